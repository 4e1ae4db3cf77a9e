#pragma once

#include "api/workflowruns.h"
#include "results/ledger.h"
#include "run/runconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;
struct ActionResult;

// How RunFollower polls.
struct FollowConfig
{
    api::RunLogSource source = api::RunLogSource::Logs;
    int pollIntervalMs = 5000; // between the end of one poll and the start of the next
    int timeoutMs = 300000;    // the whole follow-up; what is unsettled then stays running
    int maxPolls = 60;
    int maxUrlBytes = api::kMaxRunLogUrlBytes;
    int maxRunsPerBatch = 50;
    // A 404 from one path (the spec's /logs, the SDK's /events) asks the other, once.
    bool tryOtherPathOn404 = true;
};

// What a run's log says about the entry's action: the run's state (RUN_SUCCESS → Recovered,
// RUN_FAILED → FailedAgain, RUN_STARTED → Running), or for a failure-callback retry the
// callback's (CALLBACK_SUCCESS, CALLBACK_FAIL, CALLBACK_INPROGRESS). Anything else is Unknown
// and `note` says what the log said.
FollowUp followUpFor(EntryCall action, const api::WorkflowRunLog &log, QString *note);

// Follows the runs a ledger's actions started until each has settled: polls the run logs for
// the new run IDs in batches (one request names at most maxRunsPerBatch runs and stays within
// maxUrlBytes; later pages follow the cursor), and for a run that failed again looks its entry
// up in the DLQ (GET /v2/workflows/dlq?workflowRunId=…&workflowCreatedAt=…) for the new DLQ ID.
// The logs path is the spec's, the events path the SDK's (api::RunLogSource); when the one
// configured answers 404 the other is tried, and kept for later polls.
// Every request goes through the engine (ActionRun: timeout, retries, pacing, token and quota
// stops). Stops when nothing is pending, after maxPolls, at the timeout, on cancel() or when
// the engine stops for the token, the quota or an unreachable host; what is unsettled then is
// Running when its run was seen running, else Unknown with why.
class RunFollower : public QObject
{
    Q_OBJECT
public:
    RunFollower(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent = nullptr);
    ~RunFollower() override;

    void setFollowConfig(const FollowConfig &config) { m_follow = config; }
    const FollowConfig &followConfig() const { return m_follow; }

    // Follows every entry whose action started a run with a known ID and creation time.
    // Runs a bulk call started (not linked to an entry) and runs without a creation time are
    // Unknown at once; entries that started nothing stay None. False while following.
    bool start(const Ledger &ledger);
    // Aborts the request in flight; finished() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    const Ledger &ledger() const { return m_ledger; }
    int pollCount() const { return m_polls; }
    int pendingCount() const { return int(m_pending.size()); }
    // Why following stopped before everything settled (timeout, cancel, token…); empty else.
    QString stopReason() const { return m_stopReason; }

Q_SIGNALS:
    // ledger().entries[index] changed its follow-up.
    void entryUpdated(int index);
    void pollFinished(int poll, int pending);
    void finished();

private:
    void poll();
    void onItemFinished(int key, const ActionResult &result);
    void onPage(int batch, const ActionResult &result);
    void onLookup(int index, const ActionResult &result);
    void onRoundFinished(RunEnd end);
    void onTimeout();
    void settle(int index, FollowUp followUp, const QString &note);
    void finish();

    QNetworkAccessManager *m_nam;
    RunConfig m_config;
    FollowConfig m_follow;
    Ledger m_ledger;
    ActionRun *m_run = nullptr;
    QTimer m_next;
    QTimer m_deadline;
    QList<int> m_pending;               // entries not settled, in ledger order
    QSet<int> m_seenRunning;            // entries whose run the logs listed as running
    QHash<QString, QList<int>> m_byRef; // "id@createdAt" -> entries (this poll)
    struct Batch
    {
        QList<api::RunRef> runs;
        QSet<QString> cursors;       // already followed
        bool triedOtherPath = false; // after a 404 from one path, the other was asked
    };
    QList<Batch> m_batches; // this poll's, by key
    QSet<int> m_lookups;    // failed again, the DLQ search in flight
    bool m_switchedPath = false;
    QString m_roundError;
    QString m_stopReason;
    int m_polls = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
};

} // namespace dlq
