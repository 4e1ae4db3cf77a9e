#pragma once

#include "api/dlqrequests.h"
#include "api/workflowruns.h"
#include "net/replyoutcome.h"
#include "results/ledger.h"
#include "results/resultrow.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace dlq {

// What became of one action: a plain value (no model types).
struct ActionResult
{
    ResultState state = ResultState::Pending;
    int httpStatus = 0;
    QString message;
    int attempts = 0;
    qint64 durationMs = -1; // from the first send to the verdict; -1: never sent
    QDateTime finishedAt;   // invalid when never sent
    bool confirmedOnRetry = false;
    // An earlier try ended without a clear answer, so the server may have applied it.
    bool outcomeUncertain = false;
    QList<AttemptInfo> history;
    LookupFinding lookup = LookupFinding::None; // what a look-up before sending again found
    int count = -1;  // bulk delete: entries the server says it deleted; -1 unknown
    QByteArray body; // the last answer's body, for kinds that return data
};

// What a look-up's 200 answer (the entry is still in the DLQ) says about the call.
struct LookupVerdict
{
    // StillInDlq: the call was not applied, send it again; AlreadyApplied: it was, finish Done;
    // None: the answer cannot tell, so the call is not sent again (outcome unknown).
    LookupFinding finding = LookupFinding::StillInDlq;
    QString seen;    // for the attempt's history: "still in the DLQ", "callback CALLBACK_…"
    QString message; // AlreadyApplied / None: the row's message
};

// One unit of work for ActionRun: it builds its request and reads its final answer. The
// engine does the rest (pacing, retries, stops) and knows nothing about what the request does.
class RunAction
{
public:
    virtual ~RunAction() = default;

    // std::nullopt: this action cannot be sent safely; it finishes Invalid with refusal().
    virtual std::optional<RequestSpec> request(const QUrl &baseUrl) const = 0;
    virtual QString refusal() const = 0;
    // The verdict on the last answer (not retried): state, status, message, count.
    // earlierMayHaveApplied: an earlier try (or run) may already have been applied.
    virtual ActionResult read(const ReplyOutcome &last, int attempts,
                              bool earlierMayHaveApplied) const = 0;
    // Whether this answer leaves open that the server applied the request.
    virtual bool mayHaveApplied(const ReplyOutcome &outcome) const;
    // For calls that must not be applied twice: the request that shows whether an earlier try
    // took effect (200: not yet, send again; 404: it probably did). The engine sends it instead
    // of a retry after a try without an answer. std::nullopt: repeating is harmless, or no
    // look-up can tell (then repeatable() decides).
    virtual std::optional<RequestSpec> lookupRequest(const QUrl &) const { return std::nullopt; }
    // Reads the look-up's 200 answer. The default: the entry is there, so send again.
    virtual LookupVerdict readLookup(const QByteArray &body) const;
    // False: after a try without an answer and with no look-up, the engine does not retry.
    virtual bool repeatable() const { return true; }
};

// A call on one DLQ entry.
class EntryAction : public RunAction
{
public:
    EntryAction(EntryCall call, QString id, api::DlqOverrides overrides = {})
        : m_call(call), m_id(std::move(id)), m_overrides(std::move(overrides))
    {}

    std::optional<RequestSpec> request(const QUrl &baseUrl) const override;
    QString refusal() const override;
    ActionResult read(const ReplyOutcome &last, int attempts,
                      bool earlierMayHaveApplied) const override;
    // Resume and restart start a new run each time, and a callback retry starts the callback
    // again: GET /dlq/{id} first.
    std::optional<RequestSpec> lookupRequest(const QUrl &baseUrl) const override;
    // A callback retry leaves the entry in the DLQ: its callback state tells whether the
    // earlier try took effect (still CALLBACK_FAIL: it did not).
    LookupVerdict readLookup(const QByteArray &body) const override;

private:
    EntryCall m_call;
    QString m_id;
    api::DlqOverrides m_overrides;
};

// One bulk resume or restart of a chunk of IDs (?dlqIds=…, never a filter). Done carries the
// answer's body ({"workflowRuns": […]}) and `count` the runs started; the API does not say
// which ID each run came from.
class BulkEntryAction : public RunAction
{
public:
    BulkEntryAction(EntryCall call, QStringList ids, api::DlqOverrides overrides = {})
        : m_call(call), m_ids(std::move(ids)), m_overrides(std::move(overrides))
    {}

    const QStringList &ids() const { return m_ids; }
    std::optional<RequestSpec> request(const QUrl &baseUrl) const override;
    QString refusal() const override;
    ActionResult read(const ReplyOutcome &last, int attempts,
                      bool earlierMayHaveApplied) const override;
    bool mayHaveApplied(const ReplyOutcome &outcome) const override;
    // A second bulk resume would start a second run for every ID the first one reached; the
    // caller looks the chunk's IDs up one by one instead (ActRun).
    bool repeatable() const override { return false; }

private:
    EntryCall m_call;
    QStringList m_ids;
    api::DlqOverrides m_overrides;
};

// One bulk DELETE of a chunk of IDs. The API answers with a count, not with the IDs.
class BulkDeleteAction : public RunAction
{
public:
    explicit BulkDeleteAction(QStringList ids) : m_ids(std::move(ids)) {}

    const QStringList &ids() const { return m_ids; }
    std::optional<RequestSpec> request(const QUrl &baseUrl) const override;
    QString refusal() const override;
    ActionResult read(const ReplyOutcome &last, int attempts,
                      bool earlierMayHaveApplied) const override;
    // A gateway's 500/502/504 may come after the backend applied the delete, and for a bulk
    // request that no longer shows in a later count.
    bool mayHaveApplied(const ReplyOutcome &outcome) const override;

private:
    QStringList m_ids;
};

// One page of GET /v2/workflows/dlq. Done carries the page's body; reading it is the
// caller's job (api/dlqentry.h), so a page that is not JSON still ends with what it held.
class ListPageAction : public RunAction
{
public:
    ListPageAction(api::DlqFilter filter, int count, QString cursor)
        : m_filter(std::move(filter)), m_count(count), m_cursor(std::move(cursor))
    {}

    const QString &cursor() const { return m_cursor; }
    std::optional<RequestSpec> request(const QUrl &baseUrl) const override;
    QString refusal() const override;
    ActionResult read(const ReplyOutcome &last, int attempts,
                      bool earlierMayHaveApplied) const override;
    // Reading a page changes nothing on the server.
    bool mayHaveApplied(const ReplyOutcome &) const override { return false; }

private:
    api::DlqFilter m_filter;
    int m_count;
    QString m_cursor;
};

// One page of the run logs for a batch of runs (api/workflowruns.h): GET
// /v2/workflows/logs?workflowRuns=… or /v2/workflows/events?groupBy=workflowRunId&…. Done
// carries the body; reading it is the caller's job.
class RunLogsPageAction : public RunAction
{
public:
    RunLogsPageAction(api::RunLogSource source, QList<api::RunRef> runs, QString cursor)
        : m_source(source), m_runs(std::move(runs)), m_cursor(std::move(cursor))
    {}

    const QList<api::RunRef> &runs() const { return m_runs; }
    std::optional<RequestSpec> request(const QUrl &baseUrl) const override;
    QString refusal() const override;
    ActionResult read(const ReplyOutcome &last, int attempts,
                      bool earlierMayHaveApplied) const override;
    bool mayHaveApplied(const ReplyOutcome &) const override { return false; }

private:
    api::RunLogSource m_source;
    QList<api::RunRef> m_runs;
    QString m_cursor;
};

// The verdict for one per-ID DELETE answer: state and the message a person reads.
ActionResult classifyDelete(const ReplyOutcome &outcome);

} // namespace dlq

Q_DECLARE_METATYPE(dlq::ActionResult)
