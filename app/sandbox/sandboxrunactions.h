#pragma once

#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace dlq {

class SandboxStore;
struct SandboxBulkCall;

// The calls that start a DLQ entry's workflow again, applied to `store`:
//   POST   /v2/workflows/dlq/resume/{dlqId}    a new run continues from the failed step; 400
//                                              "Incompatible step name" for entries marked so
//   POST   /v2/workflows/dlq/restart/{dlqId}   a new run starts from the first step
//   POST   /v2/workflows/dlq/callback/{dlqId}  retries a failed failure callback (400 unless its
//                                              state is CALLBACK_FAIL); it is then in progress
//   DELETE /v2/workflows/dlq/callback/{dlqId}  cancels an in-progress callback: 302, as the spec
//                                              says (400 when none is in progress)
// Resume and restart take the entry out of the DLQ unless store.keepsAfterRun() (the spec does
// not say; QStash's own retry removes it). They answer {"workflowRunId": "wfr_…",
// "workflowCreatedAt": <Unix ms>} and record the run (sandboxlogs.h); 404 for an unknown ID.
// std::nullopt when the request is none of these (the caller routes it on).
std::optional<SandboxResponse> handleDlqRunAction(const SandboxRequest &request,
                                                  SandboxStore &store);

// The bulk forms, POST /v2/workflows/dlq/resume and /restart: by dlqIds (404 "Some DLQ
// messages were not found" when any is missing, and then nothing is done; restart takes at most
// 50) or by filter (up to `count`, at most 100 and 50 for restart, from `cursor`; the answer's
// cursor continues). Answers {"workflowRuns": [...], "cursor"}. Every call is recorded in the
// store's bulk log; `action` is "resume" or "restart".
SandboxResponse handleDlqBulkRunAction(const QString &action,
                                       const QList<QPair<QString, QString>> &query,
                                       SandboxStore &store);

// `entry` with its failure callback's state set, in both shapes it may be stored in.
QJsonObject withSandboxCallbackState(QJsonObject entry, const QString &state);

// The query of a bulk call as a client sent it: dlqIds (repeated or comma-joined), the filter
// parameters, cursor and count.
SandboxBulkCall readSandboxBulkCall(const QString &action,
                                    const QList<QPair<QString, QString>> &query);

} // namespace dlq
