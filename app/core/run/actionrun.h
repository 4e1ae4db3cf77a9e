#pragma once

#include "run/runaction.h"
#include "run/runconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace dlq {

class ManagerPool;
class Pacer;
class RequestJob;
class SendGate;

struct ActionItem
{
    int key = -1; // the caller's handle: a model row, a chunk number
    std::shared_ptr<const RunAction> action;
    // An earlier try (before a crash, or in an earlier run) may have been applied.
    bool outcomeUnknown = false;
};

// The one scheduler: runs a list of actions with at most `concurrency` in flight, retrying
// what is worth retrying with backoff or the server's requested wait, and pacing the whole run
// by the server's rate-limit answers. An action that cannot build a safe request finishes
// Invalid without touching the network.
// Stops early, marking what was not sent NotSent: on a 401/403 or an exhausted daily quota
// (requests in flight finish with their own answers), and when the first answers all say the
// host cannot be reached. cancel() aborts what is in flight (Cancelled: the server may have
// applied it). When the first notFoundGuard answers are all 404 the run pauses itself.
// Over HTTP/1.1 Qt opens at most 6 connections per host and manager, so concurrency above 6
// spreads requests over extra managers owned by the run.
class ActionRun : public QObject
{
    Q_OBJECT
public:
    ActionRun(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent = nullptr);
    // Deletes the jobs still in flight before the managers their replies belong to.
    ~ActionRun() override;

    // Write-ahead: announced items wait for the gate's permission before their requests leave
    // (the session journal records them first). Before start(); null: send at once.
    void setSendGate(SendGate *gate);
    void start(const QList<ActionItem> &items);
    // Adds an item to a running run, for work that is only known from an earlier answer
    // (the next list page). Safe from an itemFinished() slot. False, and nothing added, when
    // the run has ended or is stopping.
    bool append(const ActionItem &item);
    void cancel();
    void pause();
    void resume();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    int total() const { return m_total; }
    int finishedCount() const { return m_finished; }
    int inFlight() const { return int(m_active.size()); }
    int requestsSent() const { return m_requestsSent; }
    int retriesScheduled() const { return m_retries; }
    int managerCount() const;
    int rateLimitedCount() const;
    double currentRateLimit() const; // requests/s the pacer allows now; 0: unlimited
    const RunConfig &config() const { return m_config; }

Q_SIGNALS:
    void itemStarted(int key, int attempt);
    // The last try failed in a retryable way; the next one starts in about delayMs.
    void itemRetrying(int key, int attempt, qint64 delayMs, const QString &reason);
    void itemFinished(int key, const dlq::ActionResult &result);
    void paused();
    void resumed();
    // The first `count` answers were all 404: the run paused itself. resume() or cancel().
    void notFoundGuardTripped(int count);
    void finished(dlq::RunEnd end);

private:
    struct Item
    {
        ActionItem input;
        int attempts = 0;
        bool outcomeUnknown = false;
        // A try may have been applied and the action must not be repeated blindly: the next
        // request is the action's look-up (see RunAction::lookupRequest).
        bool needsLookup = false;
        bool lookingUp = false; // the request in flight is the look-up
        int lookups = 0;
        LookupFinding lookup = LookupFinding::None;
        QList<AttemptInfo> history;
        QString lastMessage;
        qint64 firstSentMs = -1;
    };
    struct InFlight
    {
        int index = -1;
        QNetworkAccessManager *manager = nullptr;
    };

    void pump();
    bool announce(int index); // false: finished without a request
    void send(int index);
    void onPermitted(quint64 ticket);
    void onJobFinished(RequestJob *job);
    void onLookupAnswered(int index, const ReplyOutcome &outcome, AttemptInfo attempt,
                          qint64 serverWaitMs);
    void noteOutcomeUnknown(Item &item);
    void enqueue(const ActionItem &input); // at the end of the ready queue
    // Waits `failures` backoff steps (or the server's wait) and sends the item again.
    void scheduleRetry(int index, AttemptInfo attempt, int failures, qint64 serverWaitMs,
                       const QString &message);
    bool tripsUnreachableGuard(const ReplyOutcome &outcome);
    void finalize(int index, ActionResult result);
    void stop(RunEnd end, const QString &notSentMessage, bool abortInFlight);
    void finishWaiting(int index, const QString &why);
    void checkNotFoundGuard(ResultState state);
    void scheduleWake(qint64 ms);
    void maybeFinish();
    qint64 nowMs() const { return m_clock.elapsed(); }

    RunConfig m_config;
    std::unique_ptr<ManagerPool> m_managers;
    std::unique_ptr<Pacer> m_pacer;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    QTimer m_wake;
    QList<Item> m_items;
    std::deque<int> m_ready;
    std::multimap<qint64, int> m_waiting; // due time (ms on m_clock) -> item
    QHash<RequestJob *, InFlight> m_active;
    QPointer<SendGate> m_gate;
    std::map<quint64, QList<int>> m_held; // announced, waiting for the gate: ticket -> items
    // Built once by announce(), used by send(): the request waits for the gate in between.
    // Apart from Item, which a run holds for every ID: a run of 20 000 starts without a stall.
    QHash<int, RequestSpec> m_announced;
    int m_heldCount = 0;
    int m_total = 0;
    int m_finished = 0;
    int m_requestsSent = 0;
    int m_retries = 0;
    int m_guardSeen = 0;
    int m_guardNotFound = 0;
    int m_unreachableSeen = 0; // leading answers that could not reach the host; -1: one did
    bool m_running = false;
    bool m_paused = false;
    bool m_stopping = false;
    RunEnd m_end = RunEnd::Completed;
};

} // namespace dlq
