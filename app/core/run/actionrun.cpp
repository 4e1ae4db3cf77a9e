#include "run/actionrun.h"

#include "net/managerpool.h"
#include "net/ratelimitheaders.h"
#include "net/requestjob.h"
#include "net/retrypolicy.h"
#include "run/pacer.h"
#include "session/sendgate.h"
#include "util/logging.h"

#include <QNetworkAccessManager>

#include <limits>

namespace dlq {

namespace {

qint64 utcNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool cannotReachHost(const ReplyOutcome &outcome)
{
    return outcome.httpStatus == 0 && !outcome.cancelled &&
           (outcome.networkError == QNetworkReply::ConnectionRefusedError ||
            outcome.networkError == QNetworkReply::HostNotFoundError);
}

} // namespace

ActionRun::ActionRun(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent)
    : QObject(parent), m_config(config.normalized())
{
    m_rng = m_config.jitterSeed ? QRandomGenerator(m_config.jitterSeed)
                                : QRandomGenerator(QRandomGenerator::global()->generate());
    m_clock.start();
    m_pacer = std::make_unique<Pacer>(m_config.maxRequestsPerSecond, m_config.concurrency,
                                      [this] { return nowMs(); });
    m_managers = std::make_unique<ManagerPool>(nam, m_config.concurrency);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &ActionRun::pump);
}

ActionRun::~ActionRun()
{
    // A job's reply belongs to its manager: the jobs go first, silently (no finished()).
    const QList<RequestJob *> jobs = m_active.keys();
    m_active.clear();
    qDeleteAll(jobs);
}

int ActionRun::managerCount() const
{
    return m_managers->size();
}

int ActionRun::rateLimitedCount() const
{
    return m_pacer->rateLimitedCount();
}

double ActionRun::currentRateLimit() const
{
    return m_pacer->rate();
}

void ActionRun::start(const QList<ActionItem> &items)
{
    Q_ASSERT(!m_running);
    m_items.clear();
    m_items.reserve(items.size());
    m_ready.clear();
    for (const ActionItem &input : items)
        enqueue(input);
    m_total = int(items.size());
    m_running = true;
    qCInfo(lcRun) << "run of" << m_total << "to" << m_config.baseUrl.host() << "with"
                  << m_config.concurrency << "in flight over" << m_managers->size() << "manager(s)";
    pump();
}

bool ActionRun::append(const ActionItem &input)
{
    if (!m_running || m_stopping)
        return false;
    enqueue(input);
    ++m_total;
    // Not pump() itself: the caller may be inside this run's own signal.
    scheduleWake(0);
    return true;
}

void ActionRun::enqueue(const ActionItem &input)
{
    Item item;
    item.input = input;
    if (input.outcomeUnknown)
        noteOutcomeUnknown(item);
    m_ready.push_back(int(m_items.size()));
    m_items.append(std::move(item));
}

void ActionRun::cancel()
{
    if (!m_running)
        return;
    // After a stop (token rejected, quota) the run is already stopping; cancel then only aborts.
    stop(m_stopping ? m_end : RunEnd::Cancelled, tr("Not sent: the run was cancelled."), true);
}

void ActionRun::pause()
{
    if (!m_running || m_paused || m_stopping)
        return;
    m_paused = true;
    m_wake.stop();
    Q_EMIT paused();
}

void ActionRun::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    Q_EMIT resumed();
    pump();
}

void ActionRun::pump()
{
    if (!m_running || m_stopping || m_paused) {
        maybeFinish();
        return;
    }
    const qint64 now = nowMs();
    // Retries whose wait is over go first, so an item that started is finished soon.
    while (!m_waiting.empty() && m_waiting.begin()->first <= now) {
        m_ready.push_front(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
    }
    // Items announced in this pass wait together for the send gate (one write-ahead per pass).
    QList<int> announced;
    while (!m_stopping && !m_paused && !m_ready.empty() &&
           m_active.size() + m_heldCount + announced.size() < m_pacer->window()) {
        const qint64 wait = m_pacer->delayBeforeNextMs();
        if (wait > 0) {
            scheduleWake(wait);
            break;
        }
        const int index = m_ready.front();
        m_ready.pop_front();
        if (!announce(index))
            continue;
        if (m_gate)
            announced.append(index);
        else
            send(index);
    }
    if (!announced.isEmpty()) {
        m_heldCount += int(announced.size());
        m_held.emplace(m_gate->requestPermission(), std::move(announced));
    }
    if (!m_waiting.empty())
        scheduleWake(std::max<qint64>(0, m_waiting.begin()->first - nowMs()));
    maybeFinish();
}

void ActionRun::setSendGate(SendGate *gate)
{
    Q_ASSERT(!m_running);
    m_gate = gate;
    if (!gate)
        return;
    connect(gate, &SendGate::permitted, this, &ActionRun::onPermitted);
    // A gate finishes its own work before it goes (the journal drains its writer).
    connect(gate, &QObject::destroyed, this, [this] {
        while (!m_held.empty())
            onPermitted(m_held.begin()->first);
    });
}

bool ActionRun::announce(int index)
{
    Item &item = m_items[index];
    const RunAction &action = *item.input.action;
    item.lookingUp = item.needsLookup;
    const std::optional<RequestSpec> spec =
        item.lookingUp ? action.lookupRequest(m_config.baseUrl) : action.request(m_config.baseUrl);
    if (!spec) {
        // The last line of defence: e.g. an empty ID would address the bulk endpoint.
        ActionResult result;
        result.state = ResultState::Invalid;
        result.message = action.refusal();
        finalize(index, result);
        return false;
    }
    m_announced.insert(index, *spec);
    m_pacer->onSent();
    Q_EMIT itemStarted(item.input.key, item.attempts + 1);
    return true;
}

void ActionRun::send(int index)
{
    Item &item = m_items[index];
    Q_ASSERT(m_announced.contains(index));
    const RequestSpec spec = m_announced.take(index);
    QNetworkAccessManager *manager = m_managers->acquire();
    auto *job = new RequestJob(manager, spec, m_config.token, m_config.timeoutMs, this);
    m_active.insert(job, InFlight{index, manager});
    ++m_requestsSent;
    if (item.firstSentMs < 0)
        item.firstSentMs = nowMs();
    if (m_config.tls)
        job->setTlsConfiguration(*m_config.tls);
    connect(job, &RequestJob::finished, this, &ActionRun::onJobFinished);
    job->start();
}

void ActionRun::onPermitted(quint64 ticket)
{
    const auto it = m_held.find(ticket);
    if (it == m_held.end())
        return; // another run's, or this run stopped and reported them NotSent
    const QList<int> indices = std::move(it->second);
    m_held.erase(it);
    m_heldCount -= int(indices.size());
    for (int index : indices)
        send(index);
}

void ActionRun::onJobFinished(RequestJob *job)
{
    const InFlight flight = m_active.take(job);
    m_managers->release(flight.manager);
    job->deleteLater();
    const int index = flight.index;
    Item &item = m_items[index];
    const RunAction &action = *item.input.action;
    const ReplyOutcome &outcome = job->outcome();
    // A look-up is not a try of the action: it neither uses up the action's attempts nor
    // leaves anything applied.
    if (item.lookingUp)
        ++item.lookups;
    else
        ++item.attempts;
    // Qt re-sends a request by itself when the connection closes before any answer; the
    // earlier send may have been applied.
    if (outcome.timesSent > 1 && !item.lookingUp)
        noteOutcomeUnknown(item);

    AttemptInfo attempt;
    attempt.httpStatus = outcome.httpStatus;
    attempt.error =
        outcome.httpStatus >= 200 && outcome.httpStatus < 300 ? QString() : shortError(outcome);
    attempt.durationMs = job->elapsedMs();

    const RateLimitInfo limits = readRateLimit(outcome, utcNowMs());
    const bool success =
        outcome.httpStatus >= 200 && outcome.httpStatus < 500 && outcome.httpStatus != 429;
    m_pacer->onAnswer(limits, int(m_active.size()), utcNowMs(), success);

    if (limits.dailyQuotaExhausted && item.outcomeUnknown) {
        // Not "not sent": an earlier try may have been applied.
        item.history.append(attempt);
        finishWaiting(index, dailyQuotaMessage(limits));
        if (!m_stopping)
            stop(RunEnd::QuotaExhausted, dailyQuotaMessage(limits), false);
        else
            maybeFinish();
        return;
    }
    if (limits.dailyQuotaExhausted) {
        const QString message = dailyQuotaMessage(limits);
        item.history.append(attempt);
        ActionResult result;
        result.state = ResultState::NotSent; // a 429 applies nothing
        result.httpStatus = 429;
        result.message = message;
        finalize(index, result);
        if (!m_stopping) {
            qCWarning(lcRun) << "daily quota exhausted - stopping the run";
            stop(RunEnd::QuotaExhausted, message, false);
        } else {
            maybeFinish();
        }
        return;
    }

    const qint64 serverWaitMs = serverRequestedWaitMs(outcome.httpStatus, limits, utcNowMs());
    if (outcome.httpStatus == 429)
        m_pacer->onRateLimited(serverWaitMs);

    if (item.lookingUp) {
        onLookupAnswered(index, outcome, attempt, serverWaitMs);
        return;
    }
    const bool unreachable = tripsUnreachableGuard(outcome);
    // A call that must not be applied twice is retried only through its look-up.
    const bool mayRepeat = action.repeatable() ||
                           (!item.outcomeUnknown && !action.mayHaveApplied(outcome)) ||
                           action.lookupRequest(m_config.baseUrl).has_value();
    if (!outcome.cancelled && isRetryableReply(outcome) && item.attempts < m_config.maxAttempts &&
        !m_stopping && !unreachable && mayRepeat) {
        if (action.mayHaveApplied(outcome))
            noteOutcomeUnknown(item);
        scheduleRetry(index, attempt, item.attempts, serverWaitMs,
                      outcome.message.isEmpty() ? shortError(outcome) : outcome.message);
        return;
    }

    item.history.append(attempt);
    const bool earlierMayHaveApplied = item.outcomeUnknown;
    ActionResult result = action.read(outcome, item.attempts, earlierMayHaveApplied);
    result.outcomeUncertain =
        earlierMayHaveApplied || (action.mayHaveApplied(outcome) && !outcome.cancelled);
    finalize(index, result);

    if (unreachable) {
        const QString host = m_config.baseUrl.host();
        qCWarning(lcRun) << "the first answers could not reach" << host << "- stopping the run";
        stop(RunEnd::Unreachable, tr("Not sent: cannot reach %1, so the run stopped.").arg(host),
             false);
        return;
    }
    if (result.state == ResultState::TokenRejected && !m_stopping) {
        qCWarning(lcRun) << "token rejected with HTTP" << result.httpStatus << "- stopping the run";
        // Requests already in flight finish on their own: aborting them would turn a clear
        // answer (most likely 401 too) into "outcome unknown".
        stop(RunEnd::TokenRejected,
             tr("Not sent: the server rejected the token, so the run stopped."), false);
        return;
    }
    checkNotFoundGuard(result.state);
    pump();
}

void ActionRun::scheduleRetry(int index, AttemptInfo attempt, int failures, qint64 serverWaitMs,
                              const QString &message)
{
    Item &item = m_items[index];
    const qint64 delay =
        std::max(backoffMs(failures, m_config.retryBaseDelayMs, m_config.maxRetryDelayMs, m_rng),
                 serverWaitMs);
    attempt.waitMs = delay;
    item.history.append(attempt);
    item.lastMessage = message;
    ++m_retries;
    m_waiting.emplace(nowMs() + delay, index);
    Q_EMIT itemRetrying(item.input.key, item.attempts + 1, delay, item.lastMessage);
    pump();
}

void ActionRun::noteOutcomeUnknown(Item &item)
{
    item.outcomeUnknown = true;
    item.needsLookup =
        item.needsLookup || item.input.action->lookupRequest(m_config.baseUrl).has_value();
}

void ActionRun::onLookupAnswered(int index, const ReplyOutcome &outcome, AttemptInfo attempt,
                                 qint64 serverWaitMs)
{
    Item &item = m_items[index];
    item.lookingUp = false;
    const LookupVerdict verdict = outcome.httpStatus == 200
                                      ? item.input.action->readLookup(outcome.body)
                                      : LookupVerdict{LookupFinding::None, shortError(outcome), {}};
    attempt.error = tr("look-up: %1").arg(verdict.seen);
    if (outcome.httpStatus == 200) {
        item.lookup = verdict.finding;
        item.history.append(attempt);
        if (verdict.finding == LookupFinding::StillInDlq) {
            item.needsLookup = false;
            m_ready.push_front(index);
        } else if (verdict.finding == LookupFinding::AlreadyApplied) {
            ActionResult result;
            result.state = ResultState::Done;
            result.httpStatus = 200;
            result.message = verdict.message;
            finalize(index, result);
        } else {
            finishWaiting(index, verdict.message);
        }
        pump();
        return;
    }
    if (outcome.httpStatus == 404) {
        item.lookup = LookupFinding::Gone;
        item.history.append(attempt);
        ActionResult result;
        result.state = ResultState::NotFound;
        result.httpStatus = 404;
        result.outcomeUncertain = true;
        result.message = tr("Outcome unknown: entry no longer in the DLQ (the earlier request "
                            "probably took effect). Not sent again.");
        finalize(index, result);
        pump();
        return;
    }
    // Reading changes nothing, so a failed look-up is retried like any request; the action
    // itself waits for an answer that says where the entry is.
    if (!outcome.cancelled && isRetryableReply(outcome) && item.lookups < m_config.maxAttempts &&
        !m_stopping) {
        scheduleRetry(index, attempt, item.lookups, serverWaitMs, attempt.error);
        return;
    }
    item.history.append(attempt);
    finishWaiting(index, tr("Not sent again: the look-up after a try without an answer did not "
                            "say whether the entry is still in the DLQ (%1).")
                             .arg(shortError(outcome)));
    pump();
}

bool ActionRun::tripsUnreachableGuard(const ReplyOutcome &outcome)
{
    if (m_config.unreachableGuard <= 0 || m_unreachableSeen < 0 || m_stopping)
        return false;
    if (!cannotReachHost(outcome)) {
        m_unreachableSeen = -1; // the host answered once: later failures are ordinary ones
        return false;
    }
    ++m_unreachableSeen;
    return m_unreachableSeen >= qMin(m_total, m_config.unreachableGuard);
}

void ActionRun::finalize(int index, ActionResult result)
{
    Item &item = m_items[index];
    result.attempts = item.attempts;
    result.lookup = item.lookup;
    result.history = item.history;
    result.durationMs = item.firstSentMs >= 0 ? nowMs() - item.firstSentMs : -1;
    // Items that were never sent (or applied nothing, like a quota 429) have no finishing time.
    if (result.state != ResultState::Invalid && result.state != ResultState::NotSent)
        result.finishedAt = QDateTime::currentDateTimeUtc();
    ++m_finished;
    Q_EMIT itemFinished(item.input.key, result);
}

void ActionRun::finishWaiting(int index, const QString &why)
{
    Item &item = m_items[index];
    ActionResult result;
    result.outcomeUncertain = item.outcomeUnknown;
    if (item.outcomeUnknown) {
        result.state = ResultState::Cancelled;
        result.message = why + QLatin1Char(' ') +
                         tr("An earlier try's outcome is unknown; the server may have applied it.");
    } else {
        result.state = ResultState::Failed;
        result.message = why + QLatin1Char(' ') + tr("Last error: %1").arg(item.lastMessage);
    }
    finalize(index, result);
}

void ActionRun::stop(RunEnd end, const QString &notSentMessage, bool abortInFlight)
{
    m_stopping = true;
    m_paused = false;
    m_end = end;
    m_wake.stop();
    // Announced items still waiting for the gate never left: they count as never sent.
    for (auto held = m_held.rbegin(); held != m_held.rend(); ++held) {
        for (auto index = held->second.crbegin(); index != held->second.crend(); ++index)
            m_ready.push_front(*index);
    }
    m_held.clear();
    m_heldCount = 0;
    m_announced.clear();
    // Whatever was never sent is reported as such, so nothing is left Pending.
    while (!m_ready.empty()) {
        const int index = m_ready.front();
        m_ready.pop_front();
        // One waiting for its look-up may have been applied before (a restored session).
        if (m_items.at(index).attempts > 0 || m_items.at(index).needsLookup) {
            finishWaiting(index, tr("Not retried: the run stopped."));
            continue;
        }
        ActionResult result;
        result.state = ResultState::NotSent;
        result.message = notSentMessage;
        finalize(index, result);
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

void ActionRun::checkNotFoundGuard(ResultState state)
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

void ActionRun::scheduleWake(qint64 ms)
{
    if (m_wake.isActive() && m_wake.remainingTime() <= ms)
        return;
    m_wake.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void ActionRun::maybeFinish()
{
    if (!m_running || !m_active.isEmpty() || !m_held.empty())
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
