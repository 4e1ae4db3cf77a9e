#pragma once

#include "api/dlqentry.h"
#include "api/dlqfilter.h"
#include "browse/dlqentrycolumns.h"
#include "run/dlqpager.h"
#include "run/runconfig.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

class QNetworkAccessManager;

namespace dlq {

// The DLQ as a table, fed page by page by a DlqPager. Views pull the next page as they scroll
// to the end (canFetchMore()/fetchMore()); loadAll() keeps loading in the background up to a
// limit (DlqPager::kDefaultCap), loadMore() raises it. Entries that could not be read fully
// are kept and marked (DlqRowState::Problems), never dropped.
class DlqEntriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = DlqPager::kPageSize;
    static constexpr int kDefaultLimit = DlqPager::kDefaultCap;

    explicit DlqEntriesModel(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~DlqEntriesModel() override;

    // Where pages come from; cancels a load in progress. Invalid base URL: nothing loads.
    void setConfig(const RunConfig &config);
    void setRetentionMs(qint64 ms);
    void setClock(std::function<qint64()> nowMs); // for "expires in"; tests pin it
    // Entries a load stops at, and what Load more adds (default kDefaultLimit); from the next
    // load() on.
    void setLimitStep(int entries) { m_limitStep = qMax(1, entries); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Clears the rows and loads the first page of `filter`. False (rows kept, nothing sent)
    // when the filter has problems or no server is set; errorMessage() says why.
    bool load(const api::DlqFilter &filter);
    // The same filter from the first page again, up to as many entries as are loaded now (at
    // least a page), keeping the limit: after an action the rows are the server's again, not
    // only its first page.
    bool reload();
    void loadAll();  // keeps loading up to the limit without waiting for the view
    bool loadMore(); // after limitReached(): raises the limit by the step and goes on
    void cancel();
    void clear();

    bool isLoading() const;
    bool hasMore() const { return m_pager && m_pager->hasMore(); }
    bool limitReached() const { return hasMore() && m_entries.size() >= m_limit; }
    int limit() const { return m_limit; }
    bool isLoadingAll() const { return m_loadAll; }
    QString errorMessage() const { return m_error; }
    const api::DlqFilter &filter() const { return m_filter; }

    const api::DlqEntry &entry(int row) const { return m_entries.at(row); }
    const QList<api::DlqEntry> &entries() const { return m_entries; }
    DlqRowState rowState(int row) const;
    int rowOf(const QString &dlqId) const; // -1 when not loaded
    QStringList seenWorkflowUrls() const;  // sorted, each once

    // The answer of GET /{id}: the row shows the fresh entry; markGone() greys it out.
    void updateEntry(const api::DlqEntry &fresh);
    void markGone(const QString &dlqId, const QString &message);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Every stop of the pager: a page pause (CapReached below the limit) included, so status
    // lines can follow; `message` is for people and empty when there is nothing to say.
    void loadStopped(dlq::PagerEnd end, const QString &message);
    void entryProblems(const QStringList &problems);

private:
    void makePager();
    void onPage(const QList<api::DlqEntry> &entries, const QStringList &problems);
    void onStopped(PagerEnd end, const QString &message);
    QVariant display(const api::DlqEntry &e, int row, int column) const;
    QVariant sortKey(const api::DlqEntry &e, int row, int column) const;
    QStringList rowProblems(int row) const;

    QNetworkAccessManager *m_nam;
    RunConfig m_config;
    DlqPager *m_pager = nullptr;
    api::DlqFilter m_filter;
    QList<api::DlqEntry> m_entries;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_gone; // dlqId -> why
    std::function<qint64()> m_now;
    qint64 m_retentionMs = qint64(3) * 24 * 3600 * 1000;
    int m_limitStep = kDefaultLimit;
    int m_limit = kDefaultLimit;
    bool m_loadAll = false;
    QString m_error;
};

} // namespace dlq
