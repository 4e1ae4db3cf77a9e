#include "run/deleterun.h"

#include "ids/idcheck.h"
#include "net/dlqurl.h"
#include "net/managerpool.h"
#include "net/ratelimitheaders.h"
#include "net/requestjob.h"
#include "net/retrypolicy.h"
#include "run/pacer.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace dlq {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dlq", text);
}

qint64 utcNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ResultRow classifyDelete(const ReplyOutcome &outcome)
{
    ResultRow row;
    row.httpStatus = outcome.httpStatus;
    row.message = outcome.message;
    if (outcome.cancelled) {
        row.state = ResultState::Cancelled;
        return row;
    }
    const int status = outcome.httpStatus;
    if (status >= 200 && status < 300) {
        row.state = ResultState::Deleted;
        row.message.clear();
    } else if (status == 404) {
        row.state = ResultState::NotFound;
        row.message = tr("Not in the DLQ: already deleted, expired, or in another region.");
        if (!outcome.message.isEmpty())
            row.message += QStringLiteral(" (") + outcome.message + QStringLiteral(")");
    } else if (status == 400) {
        row.state = ResultState::InvalidId;
    } else if (status == 401 || status == 403) {
        row.state = ResultState::TokenRejected;
        if (row.message.isEmpty())
            row.message = tr("The server rejected the token.");
    } else if (status > 0) {
        row.state = ResultState::Failed;
        if (status >= 300 && status < 400)
            return row; // readOutcome already names the redirect target
        row.message = tr("HTTP %1: %2").arg(status).arg(outcome.message);
    } else {
        row.state = ResultState::Failed;
    }
    return row;
}

DeleteRun::DeleteRun(QNetworkAccessManager *nam, RunConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    m_config.concurrency = qBound(1, m_config.concurrency, 256);
    m_config.timeoutMs = qMax(1, m_config.timeoutMs);
    m_config.maxAttempts = qBound(1, m_config.maxAttempts, 100);
    m_rng = m_config.jitterSeed ? QRandomGenerator(m_config.jitterSeed)
                                : QRandomGenerator(QRandomGenerator::global()->generate());
    m_clock.start();
    m_pacer = std::make_unique<Pacer>(m_config.maxRequestsPerSecond, m_config.concurrency,
                                      [this] { return nowMs(); });

    m_managers = std::make_unique<ManagerPool>(nam, m_config.concurrency);

    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &DeleteRun::pump);
}

DeleteRun::~DeleteRun()
{
    // A job's reply belongs to its manager: delete the jobs (silently, no finished()) before
    // the pool deletes the managers.
    const QList<RequestJob *> jobs = m_active.keys();
    m_active.clear();
    qDeleteAll(jobs);
}

int DeleteRun::rateLimitedCount() const
{
    return m_pacer->rateLimitedCount();
}

double DeleteRun::currentRateLimit() const
{
    return m_pacer->rate();
}

void DeleteRun::start(const QList<RunItem> &items)
{
    Q_ASSERT(!m_running);
    m_items.clear();
    m_items.reserve(items.size());
    m_ready.clear();
    for (const RunItem &input : items) {
        Item item;
        item.input = input;
        item.outcomeUnknown = input.outcomeUnknown;
        m_ready.push_back(int(m_items.size()));
        m_items.append(std::move(item));
    }
    m_total = int(items.size());
    m_running = true;
    qCInfo(lcRun) << "run of" << m_total << "to" << m_config.baseUrl.host() << "with"
                  << m_config.concurrency << "in flight over" << m_managers->size() << "manager(s)";
    pump();
}

void DeleteRun::cancel()
{
    if (!m_running)
        return;
    // After a token rejection the run is already stopping; cancel then only aborts.
    stop(m_stopping ? m_end : RunEnd::Cancelled, tr("Not sent: the run was cancelled."), true);
}

void DeleteRun::pause()
{
    if (!m_running || m_paused || m_stopping)
        return;
    m_paused = true;
    m_wake.stop();
    Q_EMIT paused();
}

void DeleteRun::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    Q_EMIT resumed();
    pump();
}

void DeleteRun::pump()
{
    if (!m_running || m_stopping || m_paused) {
        maybeFinish();
        return;
    }
    const qint64 now = nowMs();
    // Retries whose wait is over go first, so an ID that started is finished soon.
    while (!m_waiting.empty() && m_waiting.begin()->first <= now) {
        m_ready.push_front(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
    }
    while (!m_stopping && !m_paused && !m_ready.empty() && m_active.size() < m_pacer->window()) {
        const qint64 wait = m_pacer->delayBeforeNextMs();
        if (wait > 0) {
            scheduleWake(wait);
            break;
        }
        const int index = m_ready.front();
        m_ready.pop_front();
        send(index);
    }
    if (!m_waiting.empty())
        scheduleWake(std::max<qint64>(0, m_waiting.begin()->first - nowMs()));
    maybeFinish();
}

void DeleteRun::send(int index)
{
    Item &item = m_items[index];
    const std::optional<QUrl> url = dlqEntryUrl(m_config.baseUrl, item.input.id);
    if (!url) {
        // The last line of defence: an empty ID would address the bulk endpoint.
        ResultRow row;
        row.state = ResultState::Invalid;
        row.message = checkId(item.input.id).reason;
        finalize(index, row);
        return;
    }
    QNetworkAccessManager *manager = m_managers->acquire();
    auto *job = new RequestJob(manager, RequestSpec{"DELETE", *url, {}, {}}, m_config.token,
                               m_config.timeoutMs, this);
    m_active.insert(job, {index, manager});
    ++m_requestsSent;
    if (item.firstSentMs < 0)
        item.firstSentMs = nowMs();
    connect(job, &RequestJob::finished, this, &DeleteRun::onJobFinished);
    m_pacer->onSent();
    Q_EMIT itemStarted(item.input.key);
    job->start();
}

void DeleteRun::onJobFinished(RequestJob *job)
{
    const auto [index, manager] = m_active.take(job);
    m_managers->release(manager);
    job->deleteLater();
    Item &item = m_items[index];
    const ReplyOutcome &outcome = job->outcome();
    ++item.attempts;
    // Qt re-sends a request by itself when the connection closes before any answer; the
    // earlier send may have been applied, so a 404 now can mean "we deleted it".
    if (outcome.timesSent > 1)
        item.outcomeUnknown = true;

    AttemptInfo attempt;
    attempt.httpStatus = outcome.httpStatus;
    attempt.error =
        outcome.httpStatus >= 200 && outcome.httpStatus < 300 ? QString() : shortError(outcome);
    attempt.durationMs = job->elapsedMs();

    const RateLimitInfo limits = readRateLimit(outcome, utcNowMs());
    const bool success =
        outcome.httpStatus >= 200 && outcome.httpStatus < 500 && outcome.httpStatus != 429;
    m_pacer->onAnswer(limits, int(m_active.size()), utcNowMs(), success);

    if (limits.dailyQuotaExhausted) {
        const QString message = dailyQuotaMessage(limits);
        item.history.append(attempt);
        ResultRow row;
        row.state = ResultState::NotSent;
        row.httpStatus = 429;
        row.message = message;
        finalize(index, row);
        if (!m_stopping) {
            qCWarning(lcRun) << "daily quota exhausted - stopping the run";
            stop(RunEnd::QuotaExhausted, message, false);
        }
        return;
    }

    const qint64 serverWaitMs = serverRequestedWaitMs(outcome.httpStatus, limits, utcNowMs());
    if (outcome.httpStatus == 429)
        m_pacer->onRateLimited(serverWaitMs);

    if (!outcome.cancelled && isRetryable(outcome) && item.attempts < m_config.maxAttempts &&
        !m_stopping) {
        if (isOutcomeUnknown(outcome))
            item.outcomeUnknown = true;
        const qint64 backoff =
            backoffMs(item.attempts, m_config.retryBaseDelayMs, m_config.maxRetryDelayMs, m_rng);
        const qint64 delay = std::max(backoff, serverWaitMs);
        attempt.waitMs = delay;
        item.history.append(attempt);
        item.lastMessage = outcome.message;
        ++m_retries;
        m_waiting.emplace(nowMs() + delay, index);
        Q_EMIT itemRetrying(item.input.key, item.attempts + 1, delay, outcome.message);
        pump();
        return;
    }

    item.history.append(attempt);
    ResultRow row = classifyDelete(outcome);
    if (row.state == ResultState::NotFound && item.outcomeUnknown) {
        row.state = ResultState::Deleted;
        row.confirmedOnRetry = true;
        row.message = tr("Deleted (confirmed on retry): an earlier try's outcome was unknown and "
                         "the server no longer has this ID, so that try deleted it.");
    } else if (row.state == ResultState::Failed && item.attempts > 1) {
        row.message = tr("After %1 attempts: %2").arg(item.attempts).arg(row.message);
        if (item.outcomeUnknown)
            row.message = tr("Outcome unknown: an earlier try may have deleted it. ") + row.message;
    }
    finalize(index, row);

    if (row.state == ResultState::TokenRejected && !m_stopping) {
        qCWarning(lcRun) << "token rejected with HTTP" << row.httpStatus << "- stopping the run";
        // Requests already in flight finish on their own: aborting them would turn a clear
        // answer (most likely 401 too) into "outcome unknown".
        stop(RunEnd::TokenRejected,
             tr("Not sent: the server rejected the token, so the run stopped."), false);
        return;
    }
    checkNotFoundGuard(row.state);
    pump();
}

void DeleteRun::finalize(int index, ResultRow row)
{
    Item &item = m_items[index];
    row.id = item.input.id;
    row.attempts = item.attempts;
    row.history = item.history;
    row.durationMs = item.firstSentMs >= 0 ? nowMs() - item.firstSentMs : -1;
    if (row.state != ResultState::Invalid && row.state != ResultState::NotSent)
        row.finishedAt = QDateTime::currentDateTimeUtc();
    ++m_finished;
    Q_EMIT itemFinished(item.input.key, row);
}

void DeleteRun::finishWaiting(int index, const QString &why)
{
    Item &item = m_items[index];
    ResultRow row;
    if (item.outcomeUnknown) {
        row.state = ResultState::Cancelled;
        row.message = why + QLatin1Char(' ') +
                      tr("An earlier try's outcome is unknown; the server may have applied it.");
    } else {
        row.state = ResultState::Failed;
        row.message = why + QLatin1Char(' ') + tr("Last error: %1").arg(item.lastMessage);
    }
    finalize(index, row);
}

void DeleteRun::stop(RunEnd end, const QString &notSentMessage, bool abortInFlight)
{
    m_stopping = true;
    m_paused = false;
    m_end = end;
    m_wake.stop();
    // Whatever was never sent is reported as such, so nothing is left Pending.
    while (!m_ready.empty()) {
        const int index = m_ready.front();
        m_ready.pop_front();
        if (m_items.at(index).attempts > 0) {
            finishWaiting(index, tr("Not retried: the run stopped."));
            continue;
        }
        ResultRow row;
        row.state = ResultState::NotSent;
        row.message = notSentMessage;
        finalize(index, row);
    }
    while (!m_waiting.empty()) {
        const int index = m_waiting.begin()->second;
        m_waiting.erase(m_waiting.begin());
        finishWaiting(index, tr("Not retried: the run stopped."));
    }
    if (abortInFlight) {
        // abort() finishes each job synchronously, which removes it from m_active.
        const QList<RequestJob *> inFlight = m_active.keys();
        for (RequestJob *job : inFlight)
            job->abort();
    }
    maybeFinish();
}

void DeleteRun::checkNotFoundGuard(ResultState state)
{
    if (m_config.notFoundGuard <= 0 || m_guardSeen >= m_config.notFoundGuard || m_stopping)
        return;
    ++m_guardSeen;
    if (state == ResultState::NotFound)
        ++m_guardNotFound;
    if (m_guardSeen == m_config.notFoundGuard && m_guardNotFound == m_guardSeen &&
        m_finished < m_total) {
        qCWarning(lcRun) << "the first" << m_guardSeen << "answers were all 404 - pausing";
        pause();
        Q_EMIT notFoundGuardTripped(m_guardSeen);
    }
}

void DeleteRun::scheduleWake(qint64 ms)
{
    if (m_wake.isActive() && m_wake.remainingTime() <= ms)
        return;
    m_wake.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void DeleteRun::maybeFinish()
{
    if (!m_running || !m_active.isEmpty())
        return;
    if (!m_stopping && (!m_ready.empty() || !m_waiting.empty()))
        return;
    m_running = false;
    m_wake.stop();
    qCInfo(lcRun) << "run ended:" << m_finished << "of" << m_total << "finished," << m_requestsSent
                  << "requests," << m_retries << "retries," << rateLimitedCount() << "429s";
    Q_EMIT finished(m_end);
}

} // namespace dlq
