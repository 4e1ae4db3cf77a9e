#pragma once

#include "net/replyoutcome.h"
#include "results/resultsmodel.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace dlq {

class ManagerPool;
class Pacer;
class RequestJob;
class SendGate;

struct RunConfig
{
    QUrl baseUrl;
    QString token;
    int concurrency = 6;
    int timeoutMs = 30000;
    int maxAttempts = 5;             // per ID and run, first try included
    int maxRetryDelayMs = 30000;     // cap of the exponential backoff
    int retryBaseDelayMs = 500;      // first backoff step (full jitter below it)
    double maxRequestsPerSecond = 0; // 0: automatic pacing from the server's rate-limit headers
    int notFoundGuard = 20;          // pause when the first N answers are all 404 (0: off)
    quint32 jitterSeed = 0;          // 0: random; tests fix it for reproducible runs
    QSslConfiguration tls = {};      // null: Qt's default; tlsTrusting() adds a private CA
};

struct RunItem
{
    int key = -1; // the caller's handle, e.g. a model row
    QString id;
    // An earlier try (before a crash, or in an earlier run) may have been applied, so a 404
    // means it was deleted.
    bool outcomeUnknown = false;
};

enum class RunEnd {
    Completed,
    Cancelled,
    TokenRejected,  // 401/403: nothing more was sent
    QuotaExhausted, // 429 with RateLimit-* (daily quota): waiting seconds would not help
};

// The verdict for one DELETE reply: state and the message a person reads.
ResultRow classifyDelete(const ReplyOutcome &outcome);

// Sends one DELETE per item with at most `concurrency` in flight, retrying what is worth
// retrying with backoff, and pacing the whole run by the server's rate-limit answers.
// Items whose ID may not be sent (see checkId) finish as Invalid without touching the network.
// A 401/403 or an exhausted daily quota stops the run: nothing more is sent, the rest finish
// as NotSent, and requests already in flight finish with their own answers. cancel() aborts
// what is in flight (Cancelled: the server may have applied it) and marks the rest NotSent.
// Over HTTP/1.1 Qt opens at most 6 connections per host and manager, so concurrency above 6
// spreads requests over extra managers created here.
class DeleteRun : public QObject
{
    Q_OBJECT
public:
    DeleteRun(QNetworkAccessManager *nam, RunConfig config, QObject *parent = nullptr);
    ~DeleteRun() override;

    // Write-ahead (session/sendgate.h): items are announced with itemStarted, then their
    // requests leave once the gate permits. Without a gate they leave at once. Before start().
    void setSendGate(SendGate *gate);
    void start(const QList<RunItem> &items);
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
    int rateLimitedCount() const;
    double currentRateLimit() const; // requests/s the pacer allows now; 0: unlimited
    const RunConfig &config() const { return m_config; }

Q_SIGNALS:
    void itemStarted(int key);
    // The last try failed in a retryable way; the next one starts in about delayMs.
    void itemRetrying(int key, int attempt, qint64 delayMs, const QString &reason);
    void itemFinished(int key, const dlq::ResultRow &outcome);
    void paused();
    void resumed();
    // The first `count` answers were all 404: the run paused itself. resume() or cancel().
    void notFoundGuardTripped(int count);
    void finished(dlq::RunEnd end);

private:
    struct Item
    {
        RunItem input;
        int attempts = 0;
        bool outcomeUnknown = false;
        QList<AttemptInfo> history;
        QString lastMessage;
        qint64 firstSentMs = -1;
    };

    void pump();
    bool announce(int index); // false: finished without a request
    void send(int index);
    void onPermitted(quint64 ticket);
    void onJobFinished(RequestJob *job);
    void finalize(int index, ResultRow row);
    void stop(RunEnd end, const QString &notSentMessage, bool abortInFlight);
    void finishWaiting(int index, const QString &why);
    void checkNotFoundGuard(ResultState state);
    void scheduleWake(qint64 ms);
    void maybeFinish();
    qint64 nowMs() const { return m_clock.elapsed(); }

    std::unique_ptr<ManagerPool> m_managers;
    RunConfig m_config;
    std::unique_ptr<Pacer> m_pacer;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    QTimer m_wake;
    QList<Item> m_items;
    std::deque<int> m_ready;
    std::multimap<qint64, int> m_waiting; // due time (ms on m_clock) -> item
    QHash<RequestJob *, QPair<int, QNetworkAccessManager *>> m_active;
    QPointer<SendGate> m_gate;
    std::map<quint64, QList<int>> m_held; // announced, waiting for the gate: ticket -> items
    int m_heldCount = 0;
    int m_total = 0;
    int m_finished = 0;
    int m_requestsSent = 0;
    int m_retries = 0;
    int m_guardSeen = 0;
    int m_guardNotFound = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_stopping = false;
    RunEnd m_end = RunEnd::Completed;
};

} // namespace dlq

Q_DECLARE_METATYPE(dlq::RunEnd)
