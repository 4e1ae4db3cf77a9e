#pragma once

#include "api/dlqoverrides.h"
#include "api/dlqrequests.h"
#include "results/ledger.h"
#include "run/frozenset.h"
#include "run/runconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;
class ResultsModel;
class SessionJournal;
class SetFreezer;
struct RecoveredSession;
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

// What an earlier, interrupted run of the same plan left (its journal, read back).
struct ActRestore
{
    QHash<QString, LedgerEntry> settled; // a final answer before the stop: never sent again
    // In flight at the stop: the request may have been applied. A resume, restart or callback
    // retry looks the entry up first; the others are sent again (a 404 then reads as "probably
    // done").
    QSet<QString> unknown;
};

// Reads an action session: `plan` gets the action, mode, overrides and IDs the journal names,
// `restore` what was settled or in flight; `act` is the journal's context as written.
ActRestore actRestoreFrom(const RecoveredSession &session, ActPlan *plan);

// The journal's context for a run: what a restore needs to act the same way (never the token).
QJsonObject actContext(const ActPlan &plan, const std::optional<FrozenSet> &frozen,
                       const QString &host, const QString &reason);

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

    // Write-ahead: the run keeps a session journal in `directory` (SessionJournal, with its
    // context `act`): each ID is on disk before its request leaves, each result with its new
    // run after. Before start().
    void setJournal(const QString &directory, const QJsonObject &act, const QString &host);
    // Ends the journal: removed when nothing is left to do and `keep` is false, else kept for
    // a restore. True when it was kept.
    bool closeJournal(bool keep);
    QString journalError() const { return m_journalError; }

    // False (nothing sent) when the plan has problems() or a run is going; errorMessage().
    // `restore`: what an interrupted run of this plan left; settled IDs are not sent again.
    bool start(const ActPlan &plan, const std::optional<FrozenSet> &frozen = std::nullopt,
               const ActRestore &restore = {});
    // IDs a restore would still send or look up (never sent, stopped, or cut off in flight).
    int unfinishedCount() const;
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
    QList<ActionItem> buildItems(const ActRestore &restore);
    QList<int> rowsOf(int key) const;
    void onItemStarted(int key);
    void onItemFinished(int key, const ActionResult &result);
    void settle(int row, const ActionResult &result);
    bool expandUncertainChunk(int key, const ActionResult &result);
    void onRunFinished(RunEnd end);
    void finish(const QString &recountError);

    QNetworkAccessManager *m_nam;
    RunConfig m_config;
    ActPlan m_plan;
    std::optional<FrozenSet> m_frozen;
    ActionRun *m_run = nullptr;
    SetFreezer *m_recount = nullptr;
    Ledger m_ledger;
    QList<QList<int>> m_chunkRows;         // bulk: the ledger rows each chunk carries
    std::unique_ptr<ResultsModel> m_model; // the journal's view of the ledger's rows
    std::unique_ptr<SessionJournal> m_journal;
    QString m_journalDir;
    QJsonObject m_act;
    QString m_journalHost;
    QString m_journalError;
    QStringList m_arrived;
    RunEnd m_end = RunEnd::Completed;
    QString m_error;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
};

} // namespace dlq
