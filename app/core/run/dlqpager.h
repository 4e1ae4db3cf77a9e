#pragma once

#include "api/dlqentry.h"
#include "api/dlqfilter.h"
#include "run/runconfig.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;
struct ActionItem;
struct ActionResult;

enum class PagerEnd {
    Complete,       // the last page came (empty cursor)
    CapReached,     // stopped at the cap with more entries on the server; loadMore() continues
    Cancelled,      // cancel()
    Failed,         // a page could not be loaded or read; what came before stays loaded
    TokenRejected,  // 401/403
    QuotaExhausted, // daily quota: waiting seconds would not help
    Unreachable,    // the host could not be reached
};

// Loads GET /v2/workflows/dlq page by page in the background: kPageSize entries a page,
// following `cursor` until it is empty, through the engine (ActionRun), so pacing, retries,
// 429/Retry-After and the token/quota stops behave as for every other call. Stops at a cap
// (default kDefaultCap entries, exactly that many) and says so; loadMore() goes on from there.
// A cursor the server already sent ends the load instead of looping.
class DlqPager : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = kMaxListPageSize;
    static constexpr int kDefaultCap = 10000;

    // config.concurrency and the 404 guard do not apply: pages go one after the other.
    DlqPager(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent = nullptr);
    ~DlqPager() override;

    // Entries to load before stopping (at least 1). Raising it while loading takes effect at
    // the next page.
    void setCap(int entries);
    int cap() const { return m_cap; }

    // Starts from the first page. False (and nothing sent) while loading, or when the filter
    // has problems(); errorMessage() then says why.
    bool start(const api::DlqFilter &filter);
    // After CapReached: raises the cap by `more` entries and goes on from the saved cursor.
    bool loadMore(int more = kDefaultCap);
    // Aborts the page in flight; no request is sent after this.
    void cancel();

    bool isLoading() const { return m_run != nullptr; }
    const api::DlqFilter &filter() const { return m_filter; }
    int loadedCount() const { return m_loaded; }
    int pageCount() const { return m_pages; }
    // Stopped at the cap while the server still had entries.
    bool hasMore() const { return m_end == PagerEnd::CapReached; }
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    // One page's entries in the server's order, unreadable ones included (with their
    // problems and raw JSON); `problems` names each entry that had any.
    void pageLoaded(int page, const QList<dlq::api::DlqEntry> &entries,
                    const QStringList &problems);
    // A page is being waited for again after a retryable failure.
    void retrying(int page, qint64 delayMs, const QString &reason);
    // `message` is for people: "More entries not loaded: …" on CapReached, the error on a
    // failure, empty when complete or cancelled.
    void finished(dlq::PagerEnd end, const QString &message);

private:
    void startRun();
    ActionItem nextPage() const;
    void onPageFinished(const ActionResult &result);
    void onRunFinished(RunEnd end);

    QNetworkAccessManager *m_nam;
    RunConfig m_config;
    ActionRun *m_run = nullptr;
    api::DlqFilter m_filter;
    QString m_cursor; // where the next page starts; empty with m_pages > 0: nothing more
    QSet<QString> m_seenCursors;
    int m_cap = kDefaultCap;
    int m_loaded = 0;
    int m_pages = 0;
    bool m_cancelled = false;
    PagerEnd m_end = PagerEnd::Complete;
    QString m_error;
};

} // namespace dlq

Q_DECLARE_METATYPE(dlq::PagerEnd)
