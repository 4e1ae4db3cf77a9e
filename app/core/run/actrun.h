#pragma once

#include "api/dlqoverrides.h"
#include "api/dlqrequests.h"
#include "results/ledger.h"
#include "run/frozenset.h"
#include "run/runconfig.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;
class SetFreezer;
struct ActionItem;
struct ActionResult;

// One action on exact DLQ IDs: per ID (one request each, every new run ID recorded), or in
// bulk chunks of ?dlqIds=… (maxBulkIds(call): 100, 50 for restart). A plan never carries a
// filter: "all matching" is first frozen into IDs (FrozenSet), so no request can act on entries
// nobody saw, no bulk request goes out without dlqIds and no chunk is empty.
struct ActPlan
{
    EntryCall call = EntryCall::Resume;
    QStringList ids; // in order; duplicates are dropped
    bool bulk = false;
    api::DlqOverrides overrides;

    // Sentences for people; empty when the plan can run.
    QStringList problems() const;
    // Bulk: consecutive chunks of at most maxBulkIds(call) IDs, never an empty one.
    QList<QStringList> chunks() const;
    // What start() would send, in order (for --dry-run); IDs that cannot travel are left out.
    QList<RequestSpec> requests(const QUrl &baseUrl) const;
    QList<ActionItem> items() const;
};

// Runs an ActPlan through the engine (ActionRun: pacing, retries, early stops) and keeps the
// ledger. With a frozen set it then lists the set's filter again and counts the entries that
// match now but were not frozen ("arrived after the preview"), without touching them.
class ActRun : public QObject
{
    Q_OBJECT
public:
    // The recount of a filter after the action pages at most this many entries.
    static constexpr int kMaxRecount = 100000;

    ActRun(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent = nullptr);
    ~ActRun() override;

    // False (nothing sent) when the plan has problems() or a run is going; errorMessage().
    bool start(const ActPlan &plan, const std::optional<FrozenSet> &frozen = std::nullopt);
    void cancel();
    bool isRunning() const { return m_running; }

    const Ledger &ledger() const { return m_ledger; }
    // The IDs that arrived after the preview (matching mode, after finished()).
    const QStringList &arrivedIds() const { return m_arrived; }
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void progress(int done, int total);
    // After the actions and, in matching mode, the recount. `recountError` says why the
    // arrivals could not be counted (then ledger().arrivedAfterPreview stays -1).
    void finished(dlq::RunEnd end, const QString &recountError);

private:
    void onItemFinished(int key, const ActionResult &result);
    void onRunFinished(RunEnd end);
    void finish(const QString &recountError);

    QNetworkAccessManager *m_nam;
    RunConfig m_config;
    ActPlan m_plan;
    std::optional<FrozenSet> m_frozen;
    ActionRun *m_run = nullptr;
    SetFreezer *m_recount = nullptr;
    Ledger m_ledger;
    QList<QStringList> m_chunks;
    QStringList m_arrived;
    RunEnd m_end = RunEnd::Completed;
    QString m_error;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
};

} // namespace dlq
