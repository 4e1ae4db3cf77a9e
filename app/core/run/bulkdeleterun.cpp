#include "run/bulkdeleterun.h"

#include "ids/idcheck.h"
#include "net/dlqurl.h"
#include "net/managerpool.h"
#include "net/ratelimitheaders.h"
#include "net/requestjob.h"
#include "net/retrypolicy.h"
#include "run/pacer.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

#include <algorithm>
#include <limits>
#include <utility>

namespace dlq {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dlq", text);
}

int deletedCount(const QByteArray &body)
{
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(QLatin1String("deleted"));
    if (!value.isDouble())
        return -1;
    const double n = value.toDouble();
    return n >= 0 && n <= std::numeric_limits<int>::max() ? int(n) : -1;
}

// The final state of a chunk's last attempt (retries are decided elsewhere).
void classify(const ReplyOutcome &outcome, BulkChunk &chunk)
{
    const int status = outcome.httpStatus;
    chunk.httpStatus = status;
    chunk.deleted = -1;
    chunk.message = outcome.message;
    if (outcome.cancelled) {
        chunk.state = ResultState::Cancelled;
        chunk.message = tr("Cancelled while in flight: the server may have deleted some or all "
                           "of these.");
    } else if (status >= 200 && status < 300) {
        chunk.state = ResultState::Deleted;
        chunk.deleted = deletedCount(outcome.body);
        chunk.message = chunk.deleted < 0
                            ? tr("The server did not say how many entries it deleted.")
                            : QString();
    } else if (status == 400) {
        chunk.state = ResultState::InvalidId;
    } else if (status == 401 || status == 403) {
        chunk.state = ResultState::TokenRejected;
        if (chunk.message.isEmpty())
            chunk.message = tr("The server rejected the token.");
    } else {
        chunk.state = ResultState::Failed;
        if (status > 0 && (status < 300 || status >= 400))
            chunk.message = tr("HTTP %1: %2").arg(status).arg(outcome.message);
    }
}

// Besides what isOutcomeUnknown() covers: a gateway's 500/502/504 may come after the backend
// applied the delete, and for a bulk request that is no longer visible in a later count.
bool mayHaveBeenApplied(const ReplyOutcome &outcome)
{
    const int status = outcome.httpStatus;
    return isOutcomeUnknown(outcome) || outcome.timesSent > 1 || status == 500 || status == 502 ||
           status == 504;
}

qint64 utcNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

BulkDeleteRun::BulkDeleteRun(QNetworkAccessManager *nam, RunConfig config, int chunkSize,
                             QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_chunkSize(qBound(1, chunkSize, kMaxChunkSize))
{
    m_config.concurrency = qBound(1, m_config.concurrency, kMaxConcurrency);
    m_managers = std::make_unique<ManagerPool>(nam, m_config.concurrency);
    m_config.timeoutMs = qMax(1, m_config.timeoutMs);
    m_config.maxAttempts = qMax(1, m_config.maxAttempts);
    m_rng.seed(m_config.jitterSeed != 0 ? m_config.jitterSeed
                                        : QRandomGenerator::global()->generate());
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        pump();
        maybeFinish();
    });
}

BulkDeleteRun::~BulkDeleteRun()
{
    // A job's reply belongs to its manager: delete the jobs (silently, no finished()) before
    // the pool deletes the managers.
    const QList<RequestJob *> jobs = m_active.keys();
    m_active.clear();
    qDeleteAll(jobs);
}

bool BulkDeleteRun::isBulkSendable(const QString &id)
{
    return checkId(id).isSendable() && !id.contains(QLatin1Char(','));
}

QList<QStringList> BulkDeleteRun::makeChunks(const QStringList &ids, int chunkSize)
{
    const qsizetype size = qBound(1, chunkSize, kMaxChunkSize);
    QList<QStringList> chunks;
    for (qsizetype from = 0; from < ids.size(); from += size)
        chunks.append(ids.mid(from, size));
    Q_ASSERT(std::none_of(chunks.cbegin(), chunks.cend(),
                          [](const QStringList &chunk) { return chunk.isEmpty(); }));
    return chunks;
}

void BulkDeleteRun::start(const QStringList &ids)
{
    Q_ASSERT(!m_running);
    QStringList sendable;
    QStringList refused;
    for (const QString &id : ids)
        (isBulkSendable(id) ? sendable : refused).append(id);
    if (!refused.isEmpty())
        Q_EMIT rejected(refused);

    const QList<QStringList> chunks = makeChunks(sendable, m_chunkSize);
    m_pending.clear();
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        Pending pending;
        pending.chunk.index = int(i) + 1;
        pending.chunk.ids = chunks.at(i);
        m_pending.append(pending);
    }
    m_chunkCount = int(chunks.size());
    m_finished = 0;
    m_running = true;
    m_stopping = false;
    m_end = RunEnd::Completed;
    m_clock.start();
    m_pacer = std::make_unique<Pacer>(m_config.maxRequestsPerSecond, m_config.concurrency,
                                      [this] { return m_clock.elapsed(); });
    qCInfo(lcRun) << "bulk run of" << sendable.size() << "IDs in" << m_chunkCount << "chunks to"
                  << m_config.baseUrl.host() << "with" << m_config.concurrency << "in flight";
    pump();
    maybeFinish();
}

void BulkDeleteRun::cancel()
{
    if (!m_running)
        return;
    stop(m_stopping ? m_end : RunEnd::Cancelled, tr("Not sent: the run was cancelled."), true);
}

void BulkDeleteRun::pump()
{
    if (m_stopping)
        return;
    m_wake.stop();
    for (;;) {
        // Full: the next answer pumps again.
        if (m_active.size() >= qMin(m_config.concurrency, m_pacer->window()))
            return;
        const qint64 now = m_clock.elapsed();
        const auto ready = std::find_if(m_pending.begin(), m_pending.end(),
                                        [now](const Pending &p) { return p.notBeforeMs <= now; });
        if (ready == m_pending.end()) {
            if (!m_pending.isEmpty()) {
                qint64 due = std::numeric_limits<qint64>::max();
                for (const Pending &p : std::as_const(m_pending))
                    due = qMin(due, p.notBeforeMs);
                m_wake.start(int(qBound(qint64(0), due - now, qint64(kMaxServerWaitMs))));
            }
            return;
        }
        const qint64 delay = m_pacer->delayBeforeNextMs();
        if (delay > 0) {
            m_wake.start(int(qMin(delay, qint64(kMaxServerWaitMs))));
            return;
        }
        Pending pending = *ready;
        m_pending.erase(ready);
        send(pending);
    }
}

void BulkDeleteRun::send(Pending pending)
{
    BulkChunk &chunk = pending.chunk;
    // An empty dlqIds list would make this an unfiltered bulk DELETE: the whole DLQ.
    Q_ASSERT(!chunk.ids.isEmpty());
    const std::optional<QUrl> url =
        chunk.ids.isEmpty() ? std::nullopt : dlqBulkDeleteUrl(m_config.baseUrl, chunk.ids);
    if (!url) {
        chunk.state = ResultState::Invalid;
        chunk.message = tr("Not sent: no safe bulk request could be built for these IDs.");
        finishChunk(chunk);
        return;
    }

    ++chunk.attempts;
    m_pacer->onSent();
    QNetworkAccessManager *manager = m_managers->acquire();
    auto *job = new RequestJob(manager, RequestSpec{"DELETE", *url, {}, {}}, m_config.token,
                               m_config.timeoutMs, this);
    m_active.insert(job, pending);
    m_jobManager.insert(job, manager);
    connect(job, &RequestJob::finished, this, &BulkDeleteRun::onJobFinished);
    Q_EMIT chunkStarted(chunk.index, chunk.attempts);
    job->start();
}

void BulkDeleteRun::onJobFinished(RequestJob *job)
{
    Pending pending = m_active.take(job);
    m_managers->release(m_jobManager.take(job));
    job->deleteLater();
    const ReplyOutcome &outcome = job->outcome();
    BulkChunk &chunk = pending.chunk;
    chunk.durationMs = job->elapsedMs();

    const RateLimitInfo limits = readRateLimit(outcome, utcNowMs());
    const bool success =
        outcome.httpStatus >= 200 && outcome.httpStatus < 500 && outcome.httpStatus != 429;
    m_pacer->onAnswer(limits, int(m_active.size()), utcNowMs(), success);

    if (limits.dailyQuotaExhausted) {
        const QString message = dailyQuotaMessage(limits);
        chunk.state = ResultState::NotSent; // a 429 applies nothing
        chunk.httpStatus = 429;
        chunk.message = message;
        finishChunk(chunk);
        if (!m_stopping) {
            qCWarning(lcRun) << "daily quota exhausted - stopping the bulk run";
            stop(RunEnd::QuotaExhausted, message, false);
        } else {
            maybeFinish();
        }
        return;
    }

    const qint64 serverWaitMs = serverRequestedWaitMs(outcome.httpStatus, limits, utcNowMs());
    if (outcome.httpStatus == 429)
        m_pacer->onRateLimited(serverWaitMs);

    const bool uncertain = mayHaveBeenApplied(outcome) && !outcome.cancelled;
    if (isRetryable(outcome) && chunk.attempts < m_config.maxAttempts && !m_stopping) {
        chunk.outcomeUncertain = chunk.outcomeUncertain || uncertain;
        const qint64 delay = std::max(
            backoffMs(chunk.attempts, m_config.retryBaseDelayMs, m_config.maxRetryDelayMs, m_rng),
            serverWaitMs);
        pending.notBeforeMs = m_clock.elapsed() + delay;
        chunk.httpStatus = outcome.httpStatus;
        chunk.message = outcome.message.isEmpty() ? shortError(outcome) : outcome.message;
        qCInfo(lcRun) << "bulk chunk" << chunk.index << "attempt" << chunk.attempts
                      << "failed:" << shortError(outcome) << "- retrying in" << delay << "ms";
        // Retries go first so a chunk that already waited is not starved by fresh ones.
        m_pending.prepend(pending);
        pump();
        maybeFinish();
        return;
    }

    classify(outcome, chunk);
    if (chunk.state == ResultState::Failed && chunk.attempts > 1)
        chunk.message = tr("After %1 attempts: %2").arg(chunk.attempts).arg(chunk.message);
    if (chunk.outcomeUncertain && chunk.state != ResultState::Cancelled) {
        const QString note = tr("An earlier attempt may already have deleted some of these IDs; "
                                "the count covers the last attempt only.");
        chunk.message = chunk.message.isEmpty() ? note : chunk.message + QLatin1Char(' ') + note;
    }
    chunk.outcomeUncertain = chunk.outcomeUncertain || uncertain;
    finishChunk(chunk);

    if (chunk.state == ResultState::TokenRejected && !m_stopping) {
        qCWarning(lcRun) << "token rejected with HTTP" << chunk.httpStatus
                         << "- stopping the bulk run";
        // In-flight chunks finish on their own: aborting them would turn a clear answer into
        // "outcome unknown".
        stop(RunEnd::TokenRejected,
             tr("Not sent: the server rejected the token, so the run stopped."), false);
        return;
    }
    pump();
    maybeFinish();
}

void BulkDeleteRun::stop(RunEnd end, const QString &notSentMessage, bool abortInFlight)
{
    m_stopping = true;
    m_end = end;
    m_wake.stop();
    const QList<Pending> left = std::exchange(m_pending, {});
    for (Pending pending : left) {
        BulkChunk &chunk = pending.chunk;
        if (chunk.attempts == 0) {
            chunk.state = ResultState::NotSent;
            chunk.message = notSentMessage;
        } else {
            // It was waiting for a retry: its last answer stands.
            chunk.state = ResultState::Failed;
            chunk.message = tr("Not retried: the run stopped. Last answer: %1").arg(chunk.message);
        }
        finishChunk(chunk);
    }
    if (abortInFlight) {
        const QList<RequestJob *> inFlight = m_active.keys();
        for (RequestJob *job : inFlight)
            job->abort(); // finishes synchronously, through onJobFinished
    }
    maybeFinish();
}

void BulkDeleteRun::finishChunk(const BulkChunk &chunk)
{
    ++m_finished;
    Q_EMIT chunkFinished(chunk);
}

void BulkDeleteRun::maybeFinish()
{
    if (!m_running || !m_active.isEmpty())
        return;
    if (!m_stopping && !m_pending.isEmpty())
        return;
    m_running = false;
    m_wake.stop();
    qCInfo(lcRun) << "bulk run ended:" << m_finished << "of" << m_chunkCount << "chunks finished";
    Q_EMIT finished(m_end);
}

} // namespace dlq
