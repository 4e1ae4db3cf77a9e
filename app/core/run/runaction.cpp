#include "run/runaction.h"

#include "api/dlqentry.h"
#include "ids/idcheck.h"
#include "net/retrypolicy.h"
#include "util/translate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dlq {

namespace {

// The parts every call shares: 400, 401/403, 404, other statuses and network errors.
ActionResult classifyCommon(const ReplyOutcome &outcome)
{
    ActionResult result;
    result.httpStatus = outcome.httpStatus;
    result.message = outcome.message;
    const int status = outcome.httpStatus;
    if (outcome.cancelled) {
        result.state = ResultState::Cancelled;
    } else if (status == 404) {
        result.state = ResultState::NotFound;
        result.message = dlq::tr("Not in the DLQ: already deleted, expired, or in another region.");
        if (!outcome.message.isEmpty())
            result.message += QStringLiteral(" (") + outcome.message + QStringLiteral(")");
    } else if (status == 400) {
        result.state = ResultState::InvalidId;
    } else if (status == 401 || status == 403) {
        result.state = ResultState::TokenRejected;
        if (result.message.isEmpty())
            result.message = dlq::tr("The server rejected the token.");
    } else if (status > 0 && (status < 300 || status >= 400)) {
        result.state = ResultState::Failed;
        result.message = dlq::tr("HTTP %1: %2").arg(status).arg(outcome.message);
    } else {
        // No answer, or a redirect (readOutcome already names its target).
        result.state = ResultState::Failed;
    }
    return result;
}

bool isSuccess(const ReplyOutcome &outcome)
{
    return !outcome.cancelled && outcome.httpStatus >= 200 && outcome.httpStatus < 300;
}

QString afterAttempts(int attempts, const QString &message)
{
    return dlq::tr("After %1 attempts: %2").arg(attempts).arg(message);
}

ActionResult readPage(const ReplyOutcome &last, int attempts, qint64 maxBytes);

} // namespace

bool RunAction::mayHaveApplied(const ReplyOutcome &outcome) const
{
    return isOutcomeUnknown(outcome) || outcome.timesSent > 1;
}

LookupVerdict RunAction::readLookup(const QByteArray &) const
{
    return {LookupFinding::StillInDlq, dlq::tr("still in the DLQ"), {}};
}

ActionResult classifyDelete(const ReplyOutcome &outcome)
{
    if (!isSuccess(outcome))
        return classifyCommon(outcome);
    ActionResult result;
    result.httpStatus = outcome.httpStatus;
    result.state = ResultState::Deleted;
    return result;
}

std::optional<RequestSpec> EntryAction::request(const QUrl &baseUrl) const
{
    std::optional<RequestSpec> spec = entryRequest(m_call, baseUrl, m_id, m_overrides);
    if (spec && startsRun(m_call))
        spec->sendOnce = true; // a second copy would start a second run (or callback)
    return spec;
}

QString EntryAction::refusal() const
{
    // The last line of defence: an empty ID would address the bulk endpoint.
    const QString reason = checkId(m_id).reason;
    if (!reason.isEmpty() || m_overrides.isEmpty())
        return reason;
    const QStringList problems = m_overrides.problems();
    return problems.isEmpty()
               ? dlq::tr("Not sent: these overrides only apply to resume and restart.")
               : dlq::tr("Not sent: %1").arg(problems.join(QLatin1Char(' ')));
}

ActionResult EntryAction::read(const ReplyOutcome &last, int attempts,
                               bool earlierMayHaveApplied) const
{
    ActionResult result = classifyDelete(last);
    if (m_call != EntryCall::Delete && isSuccess(last)) {
        result.state = ResultState::Done;
        result.body = last.body;
    }
    // The spec's answer to a cancelled callback is a redirect, which is never followed.
    if (m_call == EntryCall::CancelCallback && !last.cancelled && last.httpStatus == 302) {
        result.state = ResultState::Done;
        result.message.clear();
    }
    if (result.state == ResultState::NotFound && earlierMayHaveApplied &&
        m_call == EntryCall::Delete) {
        result.state = ResultState::Deleted;
        result.confirmedOnRetry = true;
        result.message =
            dlq::tr("Deleted (confirmed on retry): an earlier try's outcome was unknown "
                    "and the server no longer has this ID, so that try deleted it.");
    } else if (result.state == ResultState::NotFound && earlierMayHaveApplied) {
        result.message +=
            QLatin1Char(' ') + dlq::tr("An earlier try's outcome is unknown; the server "
                                       "may have applied it.");
    } else if (result.state == ResultState::Failed && attempts > 1) {
        result.message = afterAttempts(attempts, result.message);
        if (earlierMayHaveApplied)
            result.message =
                dlq::tr("Outcome unknown: an earlier try may have applied it. ") + result.message;
    }
    return result;
}

std::optional<RequestSpec> EntryAction::lookupRequest(const QUrl &baseUrl) const
{
    if (!startsRun(m_call)) // the others can be sent again as they are
        return std::nullopt;
    return entryRequest(EntryCall::Get, baseUrl, m_id);
}

LookupVerdict EntryAction::readLookup(const QByteArray &body) const
{
    if (m_call != EntryCall::Callback)
        return RunAction::readLookup(body);
    const QString state =
        api::parseDlqEntry(QJsonDocument::fromJson(body).object()).failureCallback.state;
    if (state == QLatin1String("CALLBACK_FAIL"))
        return {LookupFinding::StillInDlq, dlq::tr("callback still CALLBACK_FAIL"), {}};
    if (state.isEmpty()) {
        return {LookupFinding::None, dlq::tr("no callback state"),
                dlq::tr("Not sent again: the look-up after a try without an answer did not show "
                        "the entry's failure-callback state.")};
    }
    return {LookupFinding::AlreadyApplied, dlq::tr("callback %1").arg(state),
            dlq::tr("Callback retried already (state %1) — found by a look-up; not sent again.")
                .arg(state)};
}

std::optional<RequestSpec> BulkDeleteAction::request(const QUrl &baseUrl) const
{
    return bulkDeleteRequest(baseUrl, m_ids);
}

QString BulkDeleteAction::refusal() const
{
    return dlq::tr("Not sent: no safe bulk request could be built for these IDs.");
}

bool BulkDeleteAction::mayHaveApplied(const ReplyOutcome &outcome) const
{
    const int status = outcome.httpStatus;
    return RunAction::mayHaveApplied(outcome) || status == 500 || status == 502 || status == 504;
}

ActionResult BulkDeleteAction::read(const ReplyOutcome &last, int attempts,
                                    bool earlierMayHaveApplied) const
{
    ActionResult result;
    if (isSuccess(last)) {
        result.httpStatus = last.httpStatus;
        result.state = ResultState::Deleted;
        result.count = deletedCount(last.body);
        if (result.count < 0)
            result.message = dlq::tr("The server did not say how many entries it deleted.");
    } else {
        result = classifyCommon(last);
        // A bulk DELETE of missing IDs is not a 404; any 404 here is a wrong URL.
        if (result.state == ResultState::NotFound) {
            result.state = ResultState::Failed;
            result.message = dlq::tr("HTTP %1: %2").arg(last.httpStatus).arg(last.message);
        }
    }
    if (result.state == ResultState::Cancelled)
        result.message =
            dlq::tr("Cancelled while in flight: the server may have deleted some or all "
                    "of these.");
    if (result.state == ResultState::Failed && attempts > 1)
        result.message = afterAttempts(attempts, result.message);
    if (earlierMayHaveApplied && result.state != ResultState::Cancelled) {
        const QString note =
            dlq::tr("An earlier attempt may already have deleted some of these IDs; "
                    "the count covers the last attempt only.");
        result.message = result.message.isEmpty() ? note : result.message + QLatin1Char(' ') + note;
    }
    return result;
}

std::optional<RequestSpec> BulkEntryAction::request(const QUrl &baseUrl) const
{
    std::optional<RequestSpec> spec = bulkActionRequest(m_call, baseUrl, m_ids, m_overrides);
    if (spec)
        spec->sendOnce = true; // a second copy would start a second run per ID
    return spec;
}

QString BulkEntryAction::refusal() const
{
    return dlq::tr("Not sent: no safe bulk %1 request could be built for these IDs.")
        .arg(entryCallName(m_call));
}

bool BulkEntryAction::mayHaveApplied(const ReplyOutcome &outcome) const
{
    const int status = outcome.httpStatus;
    return RunAction::mayHaveApplied(outcome) || status == 500 || status == 502 || status == 504;
}

ActionResult BulkEntryAction::read(const ReplyOutcome &last, int attempts,
                                   bool earlierMayHaveApplied) const
{
    ActionResult result;
    if (isSuccess(last)) {
        result.httpStatus = last.httpStatus;
        result.state = ResultState::Done;
        result.body = last.body;
        result.count = int(readStartedRuns(last.body).size());
        return result;
    }
    result = classifyCommon(last);
    if (result.state == ResultState::NotFound) {
        // "Some DLQ messages were not found": the spec does not say whether the rest was done.
        result.state = ResultState::Failed;
        result.message =
            dlq::tr("HTTP 404: some of these IDs were not found; the server does not say "
                    "whether it acted on the others. (%1)")
                .arg(last.message);
    }
    if (result.state == ResultState::Failed && attempts > 1)
        result.message = afterAttempts(attempts, result.message);
    if (earlierMayHaveApplied && result.state != ResultState::Cancelled)
        result.message += QLatin1Char(' ') + dlq::tr("An earlier attempt may already have acted on "
                                                     "some of these IDs.");
    return result;
}

std::optional<RequestSpec> ListPageAction::request(const QUrl &baseUrl) const
{
    return listPageRequest(baseUrl, m_filter, m_count, m_cursor);
}

QString ListPageAction::refusal() const
{
    const QStringList problems = m_filter.problems();
    return problems.isEmpty() ? dlq::tr("Not sent: no list request could be built for this filter.")
                              : dlq::tr("Not sent: %1").arg(problems.join(QLatin1Char(' ')));
}

ActionResult ListPageAction::read(const ReplyOutcome &last, int attempts, bool) const
{
    return readPage(last, attempts, kMaxListPageBytes);
}

std::optional<RequestSpec> RunLogsPageAction::request(const QUrl &baseUrl) const
{
    return api::runLogsRequest(baseUrl, m_source, m_runs, m_cursor);
}

QString RunLogsPageAction::refusal() const
{
    return dlq::tr("Not sent: these runs cannot be asked about in one request.");
}

ActionResult RunLogsPageAction::read(const ReplyOutcome &last, int attempts, bool) const
{
    return readPage(last, attempts, api::kMaxRunLogAnswerBytes);
}

namespace {

ActionResult readPage(const ReplyOutcome &last, int attempts, qint64 maxBytes)
{
    ActionResult result;
    if (isSuccess(last)) {
        result.httpStatus = last.httpStatus;
        result.state = ResultState::Done;
        result.body = last.body;
        if (last.bodyTruncated)
            result.message = dlq::tr("The page was larger than %1 MB and was cut off.")
                                 .arg(maxBytes / (1024 * 1024));
        return result;
    }
    result = classifyCommon(last);
    // The list has no per-entry 404 or 400: those name a wrong URL or a refused filter.
    if (result.state == ResultState::NotFound || result.state == ResultState::InvalidId) {
        result.state = ResultState::Failed;
        result.message = dlq::tr("HTTP %1: %2").arg(last.httpStatus).arg(last.message);
    }
    if (result.state == ResultState::Failed && attempts > 1)
        result.message = afterAttempts(attempts, result.message);
    return result;
}

} // namespace

} // namespace dlq
