#pragma once

#include "net/requestjob.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dlq::api {

// Where the state of workflow runs is read. The two paths answer the same envelope,
// {"cursor", "runs": [...]}, and parseWorkflowRunPage() reads both:
enum class RunLogSource {
    // GET /v2/workflows/logs: the OpenAPI spec (tag Logs). Runs are `WorkflowRun` (with
    // `labels` and `dlqId`); `cursor` is "" on the last page ("Empty if no more results").
    Logs,
    // GET /v2/workflows/events?groupBy=workflowRunId: what workflow-js `client.logs()` calls
    // (src/client/index.ts). Runs are the SDK's `WorkflowRunLog` (src/client/types.ts: `label`,
    // `dlqId?`); the SDK treats a missing cursor as the last page.
    Events,
};

// "logs" or "events".
QString runLogSourceName(RunLogSource source);

// One run to look up: `workflowRunId` is not unique, so the creation time picks the run.
struct RunRef
{
    QString workflowRunId;
    qint64 createdAt = -1; // Unix ms

    bool operator==(const RunRef &other) const
    {
        return workflowRunId == other.workflowRunId && createdAt == other.createdAt;
    }
};

// What the logs say about one run (only what following a run needs).
struct WorkflowRunLog
{
    QString workflowRunId;
    qint64 createdAt = -1;   // workflowRunCreatedAt
    qint64 completedAt = -1; // workflowRunCompletedAt; -1 while running
    QString state;           // workflowState: RUN_STARTED, RUN_SUCCESS, RUN_FAILED, RUN_CANCELED
    QString dlqId;           // "The DLQ ID if the workflow run failed"
    QString callbackState;   // failureFunction.state: CALLBACK_INPROGRESS, _SUCCESS, _FAIL, …
    QString callbackDlqId;   // failureFunction.dlqId

    RunRef ref() const { return {workflowRunId, createdAt}; }
};

struct WorkflowRunPage
{
    QList<WorkflowRunLog> runs;
    QString cursor;       // empty: no more pages
    QStringList problems; // runs that could not be read (skipped), for people
    QString error;        // the answer as a whole could not be read; empty when it could

    bool ok() const { return error.isEmpty(); }
};

// Reads either source's answer. Bad JSON, a root that is not an object, or `runs` that is not
// an array are errors; a missing or null `runs` is an empty page. Timestamps are read from
// numbers or digit strings (the SDK types one of them as a string elsewhere).
WorkflowRunPage parseWorkflowRunPage(const QByteArray &body);

// The most runs a page holds in run mode (the spec's `count`: "Max 10 (default 10)").
inline constexpr int kMaxRunLogPageSize = 10;
// The longest URL a follow-up request may have: proxies and servers commonly refuse request
// lines beyond 8 KB, so a batch stays well below that.
inline constexpr int kMaxRunLogUrlBytes = 4096;
// Answers carry steps (bodies are trimmed away with trimBody=-1, the default).
inline constexpr qint64 kMaxRunLogAnswerBytes = 16 * 1024 * 1024;

// GET {base}/v2/workflows/logs?workflowRuns=ID@TS,…&count=N[&cursor=C], or the events path
// with groupBy=workflowRunId. std::nullopt for no runs, a run without a creation time or with
// an empty ID or one holding ',' (the list separator), or a URL over maxUrlBytes.
std::optional<RequestSpec> runLogsRequest(const QUrl &baseUrl, RunLogSource source,
                                          const QList<RunRef> &runs, const QString &cursor = {},
                                          int count = kMaxRunLogPageSize,
                                          int maxUrlBytes = kMaxRunLogUrlBytes);

// The runs in order, cut into consecutive batches whose first-page requests stay within
// maxUrlBytes, with at most maxRuns each. A run that cannot travel, or that alone is too long,
// is in no batch: it is returned in `refused`.
struct RunBatches
{
    QList<QList<RunRef>> batches;
    QList<RunRef> refused;
};
RunBatches runLogBatches(const QUrl &baseUrl, RunLogSource source, const QList<RunRef> &runs,
                         int maxUrlBytes = kMaxRunLogUrlBytes, int maxRuns = 50);

} // namespace dlq::api
