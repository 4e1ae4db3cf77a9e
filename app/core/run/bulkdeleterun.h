#pragma once

#include "results/resultstate.h"
#include "run/deleterun.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace dlq {

class ManagerPool;

class Pacer;
class RequestJob;

// One bulk DELETE and what became of it.
struct BulkChunk
{
    int index = 0; // 1-based, in input order
    QStringList ids;
    // Deleted (2xx: see `deleted`), InvalidId (400), TokenRejected, Failed, Cancelled, NotSent,
    // or Invalid (the chunk could not be turned into a request; never sent).
    ResultState state = ResultState::Pending;
    int deleted = -1; // from the {"deleted": N} body; -1 when the server did not say
    int httpStatus = 0;
    QString message;
    int attempts = 0;
    qint64 durationMs = -1;
    // An earlier attempt ended without a clear answer (timeout, reset, 5xx), so it may have
    // deleted some of these IDs already; `deleted` then only covers the last attempt.
    bool outcomeUncertain = false;
};

// Deletes IDs through the bulk endpoint, DELETE {base}/v2/workflows/dlq?dlqIds=…, one request
// per chunk of at most chunkSize IDs and at most `concurrency` in flight. Honours
// the same RunConfig, retry policy and pacing as DeleteRun (timeout, attempts with backoff or
// Retry-After, requests per second or the server's rate-limit headers). A 401/403 or an
// exhausted daily quota stops the run like DeleteRun does.
//
// The bulk endpoint deletes the *whole* DLQ when it gets no dlqIds, so an empty chunk is never
// built and never sent, and IDs that could not travel intact are refused before chunking.
class BulkDeleteRun : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultChunkSize = 100;
    static constexpr int kMaxChunkSize = 1000;
    // Above 6 the chunks spread over several managers (see ManagerPool).
    static constexpr int kMaxConcurrency = 64;

    BulkDeleteRun(QNetworkAccessManager *nam, RunConfig config, int chunkSize = kDefaultChunkSize,
                  QObject *parent = nullptr);
    ~BulkDeleteRun() override;

    // True when `id` may go into a bulk request (sendable, and no ',' that a server would
    // split on).
    static bool isBulkSendable(const QString &id);
    // Consecutive slices of at most chunkSize IDs; never an empty one.
    static QList<QStringList> makeChunks(const QStringList &ids, int chunkSize);

    // IDs for which isBulkSendable() is false are reported through rejected() and left out.
    // With nothing left, finished(Completed) is emitted before start() returns.
    void start(const QStringList &ids);
    void cancel();

    bool isRunning() const { return m_running; }
    int chunkSize() const { return m_chunkSize; }
    int chunkCount() const { return m_chunkCount; }
    int finishedChunkCount() const { return m_finished; }
    int inFlight() const { return int(m_active.size()); }
    const RunConfig &config() const { return m_config; }

Q_SIGNALS:
    void rejected(const QStringList &ids);
    void chunkStarted(int index, int attempt);
    void chunkFinished(const dlq::BulkChunk &chunk);
    void finished(dlq::RunEnd end);

private:
    struct Pending
    {
        BulkChunk chunk;
        qint64 notBeforeMs = 0; // on m_clock
    };

    void pump();
    void send(Pending pending);
    void onJobFinished(RequestJob *job);
    void stop(RunEnd end, const QString &notSentMessage, bool abortInFlight);
    void finishChunk(const BulkChunk &chunk);
    void maybeFinish();

    std::unique_ptr<ManagerPool> m_managers;
    RunConfig m_config;
    int m_chunkSize;
    QList<Pending> m_pending; // not in flight: never sent yet, or waiting for a retry
    QHash<RequestJob *, Pending> m_active;
    QHash<RequestJob *, QNetworkAccessManager *> m_jobManager;
    QElapsedTimer m_clock;
    std::unique_ptr<Pacer> m_pacer;
    QTimer m_wake;
    QRandomGenerator m_rng;
    int m_chunkCount = 0;
    int m_finished = 0;
    bool m_running = false;
    bool m_stopping = false;
    RunEnd m_end = RunEnd::Completed;
};

} // namespace dlq

Q_DECLARE_METATYPE(dlq::BulkChunk)
