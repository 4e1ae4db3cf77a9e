#pragma once

#include "sandbox/sandboxruns.h"
#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace dlq {

class SandboxStore;

// Records a run started for `entry` by `action` ("resume", "restart", "callback") and gives it
// the fate store.runs() holds for the entry: a run that fails again puts a copy of the entry
// back in the DLQ under a new dlqId with the new run's workflowRunId and workflowCreatedAt; a
// callback retry sets the entry's callback state. Returns the start answer,
// {"workflowRunId", "workflowCreatedAt"}.
QJsonObject startSandboxRun(SandboxStore &store, const QString &action, const QJsonObject &entry,
                            const QString &workflowRunId);

// Settles the newest run with this ID that is still running; false when there is none.
bool settleSandboxRun(SandboxStore &store, const QString &workflowRunId, SandboxRunFate fate);

// GET /v2/workflows/logs (the spec) and GET /v2/workflows/events?groupBy=workflowRunId (what
// workflow-js client.logs() calls), over the runs the sandbox started, newest first:
//   workflowRuns=ID@TS,...            exactly those runs; every other filter is then ignored
//   workflowRunId [workflowCreatedAt] every run with that ID (and creation time)
//   count (run mode: default and max 10), cursor (from the previous answer)
// Answer {"cursor", "runs": [WorkflowRun]}. /logs sends the spec's WorkflowRun (`labels`,
// `dlqId`, cursor "" on the last page); /events the SDK's WorkflowRunLog (`label`, no cursor
// on the last page). 400 for a malformed workflowRuns pair, count or cursor, and for /events
// without groupBy=workflowRunId. std::nullopt for any other path.
std::optional<SandboxResponse> handleWorkflowLogs(const SandboxRequest &request,
                                                  const QList<QPair<QString, QString>> &query,
                                                  const SandboxStore &store);

} // namespace dlq
