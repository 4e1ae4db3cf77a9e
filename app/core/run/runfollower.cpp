#include "run/runfollower.h"

#include "api/dlqentry.h"
#include "run/actionrun.h"
#include "util/logging.h"
#include "util/translate.h"

#include <QDateTime>

#include <memory>

namespace dlq {

namespace {

// Keys at or above this are DLQ look-ups (key - base = the entry); below, a batch's pages.
constexpr int kLookupBase = 1 << 20;
// A run that failed again has at most a few entries in the DLQ: one page is plenty.
constexpr int kLookupPageSize = 10;

QString refKey(const QString &workflowRunId, qint64 createdAt)
{
    return workflowRunId + QLatin1Char('@') + QString::number(createdAt);
}

RunConfig followerRunConfig(RunConfig config)
{
    config.notFoundGuard = 0; // a follow-up answers 404 only for a wrong URL
    return config.normalized();
}

// The DLQ entries the run left behind: its ID, and for a resume or restart its creation time
// (a callback retry belongs to the original run, which keeps its own creation time).
api::DlqFilter lookupFilter(const LedgerEntry &entry)
{
    api::DlqFilter filter;
    filter.workflowRunId = entry.newWorkflowRunId;
    if (entry.action != EntryCall::Callback)
        filter.workflowCreatedAt = entry.newWorkflowCreatedAt;
    return filter;
}

} // namespace

FollowUp followUpFor(EntryCall action, const api::WorkflowRunLog &log, QString *note)
{
    if (action == EntryCall::Callback) {
        const QString &state = log.callbackState;
        if (state == QLatin1String("CALLBACK_SUCCESS"))
            return FollowUp::Recovered;
        if (state == QLatin1String("CALLBACK_FAIL"))
            return FollowUp::FailedAgain;
        if (state == QLatin1String("CALLBACK_INPROGRESS"))
            return FollowUp::Running;
        *note = state.isEmpty() ? tr("The run's log says nothing about its failure callback.")
                                : tr("The failure callback is %1.").arg(state);
        return FollowUp::Unknown;
    }
    if (log.state == QLatin1String("RUN_SUCCESS"))
        return FollowUp::Recovered;
    if (log.state == QLatin1String("RUN_FAILED"))
        return FollowUp::FailedAgain;
    if (log.state == QLatin1String("RUN_STARTED"))
        return FollowUp::Running;
    *note = log.state == QLatin1String("RUN_CANCELED")
                ? tr("The new run was cancelled.")
                : tr("The new run's state is \"%1\".").arg(log.state);
    return FollowUp::Unknown;
}

RunFollower::RunFollower(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(followerRunConfig(config))
{
    m_next.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &RunFollower::poll);
    connect(&m_deadline, &QTimer::timeout, this, &RunFollower::onTimeout);
}

RunFollower::~RunFollower() = default;

bool RunFollower::start(const Ledger &ledger)
{
    if (m_running)
        return false;
    m_ledger = ledger;
    m_pending.clear();
    m_seenRunning.clear();
    m_lookups.clear();
    m_switchedPath = false;
    m_stopReason.clear();
    m_polls = 0;
    m_cancelled = false;
    m_timedOut = false;
    m_running = true;
    for (int i = 0; i < m_ledger.entries.size(); ++i) {
        LedgerEntry &entry = m_ledger.entries[i];
        if (!entry.startedRun())
            continue;
        if (entry.newWorkflowRunId.isEmpty()) {
            settle(i, FollowUp::Unknown,
                   entry.chunk >= 0 ? tr("Started in bulk: the API does not say which new run "
                                         "belongs to this entry.")
                                    : tr("The server did not say which run it started."));
        } else if (entry.newWorkflowCreatedAt < 0) {
            settle(i, FollowUp::Unknown,
                   tr("The server did not say when the new run was created, so it cannot be "
                      "told apart from other runs with the same ID."));
        } else {
            m_pending.append(i);
        }
    }
    m_deadline.start(qMax(0, m_follow.timeoutMs));
    // Later: a caller connecting after start() still sees every signal.
    QTimer::singleShot(0, this, &RunFollower::poll);
    return true;
}

void RunFollower::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_stopReason = tr("Following was cancelled.");
    if (m_run)
        m_run->cancel(); // the round's finished() ends the follow-up
    else
        finish();
}

void RunFollower::onTimeout()
{
    if (!m_running)
        return;
    m_timedOut = true;
    m_stopReason = tr("Stopped following after %1 s.").arg(m_follow.timeoutMs / 1000.0);
    if (m_run)
        m_run->cancel();
    else
        finish();
}

void RunFollower::poll()
{
    if (!m_running || m_run)
        return;
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    ++m_polls;
    m_roundError.clear();
    m_byRef.clear();
    QList<api::RunRef> refs;
    for (int index : std::as_const(m_pending)) {
        const LedgerEntry &entry = m_ledger.entries.at(index);
        const QString key = refKey(entry.newWorkflowRunId, entry.newWorkflowCreatedAt);
        if (!m_byRef.contains(key))
            refs.append({entry.newWorkflowRunId, entry.newWorkflowCreatedAt});
        m_byRef[key].append(index);
    }
    const api::RunBatches batches = api::runLogBatches(
        m_config.baseUrl, m_follow.source, refs, m_follow.maxUrlBytes, m_follow.maxRunsPerBatch);
    for (const api::RunRef &ref : batches.refused) {
        const QList<int> indices = m_byRef.take(refKey(ref.workflowRunId, ref.createdAt));
        for (int index : indices)
            settle(index, FollowUp::Unknown,
                   tr("This run ID cannot be asked about (empty, a comma, or too long)."));
    }
    m_batches.clear();
    for (const QList<api::RunRef> &runs : batches.batches)
        m_batches.append(Batch{runs, {}, false});
    if (m_batches.isEmpty()) {
        finish();
        return;
    }
    QList<ActionItem> items;
    for (int b = 0; b < m_batches.size(); ++b)
        items.append({b, std::make_shared<RunLogsPageAction>(m_follow.source, m_batches.at(b).runs,
                                                             QString())});
    m_run = new ActionRun(m_nam, m_config, this);
    connect(m_run, &ActionRun::itemFinished, this, &RunFollower::onItemFinished);
    connect(m_run, &ActionRun::finished, this, &RunFollower::onRoundFinished);
    m_run->start(items);
}

void RunFollower::onItemFinished(int key, const ActionResult &result)
{
    if (m_cancelled || m_timedOut)
        return;
    if (key >= kLookupBase)
        onLookup(key - kLookupBase, result);
    else
        onPage(key, result);
}

void RunFollower::onPage(int batch, const ActionResult &result)
{
    Batch &pages = m_batches[batch];
    if (result.httpStatus == 404 && m_follow.tryOtherPathOn404 && !pages.triedOtherPath) {
        if (!m_switchedPath) {
            m_follow.source = m_follow.source == api::RunLogSource::Logs ? api::RunLogSource::Events
                                                                         : api::RunLogSource::Logs;
            m_switchedPath = true;
            qCInfo(lcRun) << "Run logs: 404, asking" << api::runLogSourceName(m_follow.source);
        }
        pages.triedOtherPath = true;
        pages.cursors.clear();
        m_run->append(
            {batch, std::make_shared<RunLogsPageAction>(m_follow.source, pages.runs, QString())});
        return;
    }
    if (result.state != ResultState::Done || !result.message.isEmpty()) {
        m_roundError =
            tr("The run logs could not be read: %1")
                .arg(result.message.isEmpty() ? resultLabel(result.state) : result.message);
        return;
    }
    const api::WorkflowRunPage page = api::parseWorkflowRunPage(result.body);
    if (!page.ok()) {
        m_roundError = page.error;
        return;
    }
    for (const api::WorkflowRunLog &log : page.runs) {
        const QList<int> indices = m_byRef.take(refKey(log.workflowRunId, log.createdAt));
        for (int index : indices) {
            LedgerEntry &entry = m_ledger.entries[index];
            QString note;
            const FollowUp followUp = followUpFor(entry.action, log, &note);
            if (followUp == FollowUp::Running) {
                // Shown as running at once, and asked about again at the next poll.
                if (!m_seenRunning.contains(index)) {
                    m_seenRunning.insert(index);
                    entry.followUp = FollowUp::Running;
                    entry.followedAt = QDateTime::currentDateTimeUtc();
                    Q_EMIT entryUpdated(index);
                }
                continue;
            }
            if (followUp != FollowUp::FailedAgain) {
                settle(index, followUp, note);
                continue;
            }
            // The log's own dlqId stands until the DLQ itself says which entry holds the run.
            entry.newDlqId = entry.action == EntryCall::Callback ? log.callbackDlqId : log.dlqId;
            m_lookups.insert(index);
            m_run->append({kLookupBase + index,
                           std::make_shared<ListPageAction>(lookupFilter(entry), kLookupPageSize,
                                                            QString())});
        }
    }
    if (page.cursor.isEmpty())
        return;
    if (pages.cursors.contains(page.cursor)) {
        m_roundError = tr("The run logs sent cursor \"%1\" twice.").arg(page.cursor);
        return;
    }
    pages.cursors.insert(page.cursor);
    m_run->append(
        {batch, std::make_shared<RunLogsPageAction>(m_follow.source, pages.runs, page.cursor)});
}

void RunFollower::onLookup(int index, const ActionResult &result)
{
    LedgerEntry &entry = m_ledger.entries[index];
    QString note;
    const api::DlqPage page =
        result.state == ResultState::Done ? api::parseDlqPage(result.body) : api::DlqPage{};
    if (result.state != ResultState::Done) {
        note = tr("The DLQ could not be searched for the new entry: %1")
                   .arg(result.message.isEmpty() ? resultLabel(result.state) : result.message);
    } else if (!page.ok()) {
        note = tr("The DLQ could not be searched for the new entry: %1").arg(page.error);
    } else if (!page.entries.isEmpty()) {
        entry.newDlqId = page.entries.first().dlqId;
        if (page.entries.size() > 1)
            note =
                tr("%1 DLQ entries hold this run; the newest is named.").arg(page.entries.size());
    } else if (entry.newDlqId.isEmpty()) {
        note = tr("Not in the DLQ (yet): it may still arrive, or it was deleted already.");
    } else {
        note = tr("The run's log names this DLQ entry; the DLQ no longer lists it.");
    }
    m_lookups.remove(index);
    settle(index, FollowUp::FailedAgain, note);
}

void RunFollower::onRoundFinished(RunEnd end)
{
    m_run->deleteLater();
    m_run = nullptr;
    // Runs the logs did not list this time are asked about again.
    m_byRef.clear();
    Q_EMIT pollFinished(m_polls, int(m_pending.size()));
    if (m_cancelled || m_timedOut) {
        finish();
        return;
    }
    switch (end) {
    case RunEnd::Completed:
    case RunEnd::Cancelled:
        break;
    case RunEnd::TokenRejected:
        m_stopReason = tr("The server rejected the token.");
        break;
    case RunEnd::QuotaExhausted:
        m_stopReason = tr("The daily request quota is used up.");
        break;
    case RunEnd::Unreachable:
        m_stopReason = tr("Cannot reach %1.").arg(m_config.baseUrl.host());
        break;
    }
    if (!m_stopReason.isEmpty() || m_pending.isEmpty()) {
        finish();
        return;
    }
    if (m_polls >= m_follow.maxPolls) {
        m_stopReason = tr("Stopped following after %1 polls.").arg(m_polls);
        finish();
        return;
    }
    m_next.start(qMax(0, m_follow.pollIntervalMs));
}

void RunFollower::settle(int index, FollowUp followUp, const QString &note)
{
    LedgerEntry &entry = m_ledger.entries[index];
    entry.followUp = followUp;
    entry.followUpNote = note;
    entry.followedAt = QDateTime::currentDateTimeUtc();
    if (followUp != FollowUp::FailedAgain)
        entry.newDlqId.clear();
    m_pending.removeAll(index);
    Q_EMIT entryUpdated(index);
}

void RunFollower::finish()
{
    if (!m_running)
        return;
    m_next.stop();
    m_deadline.stop();
    const QList<int> pending = m_pending;
    for (int index : pending) {
        if (m_lookups.contains(index)) {
            settle(index, FollowUp::FailedAgain,
                   m_stopReason + QLatin1Char(' ') +
                       tr("The DLQ was not searched for the new entry."));
        } else if (m_seenRunning.contains(index)) {
            settle(index, FollowUp::Running, m_stopReason);
        } else {
            QString why = m_roundError.isEmpty() ? tr("The run logs did not list the new run.")
                                                 : m_roundError;
            if (!m_stopReason.isEmpty())
                why = m_stopReason + QLatin1Char(' ') + why;
            settle(index, FollowUp::Unknown, why);
        }
    }
    m_running = false;
    qCInfo(lcRun) << "Follow-up ended after" << m_polls << "polls";
    Q_EMIT finished();
}

} // namespace dlq
