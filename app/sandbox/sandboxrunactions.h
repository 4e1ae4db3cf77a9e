#pragma once

#include "sandbox/sandboxserver.h"

#include <optional>

namespace dlq {

class SandboxStore;

// The calls that start a DLQ entry's workflow again, applied to `store`:
//   POST /v2/workflows/dlq/resume/{dlqId}    the entry leaves the DLQ, a new run starts
//   POST /v2/workflows/dlq/restart/{dlqId}   the same, from the first step
//   POST /v2/workflows/dlq/callback/{dlqId}  the failure callback runs again; the entry stays
// Each answers {"workflowRunId": "wfr_…", "workflowCreatedAt": <Unix ms>}, or 404 for an
// unknown ID. std::nullopt when the request is none of these (the caller routes it on).
std::optional<SandboxResponse> handleDlqRunAction(const SandboxRequest &request,
                                                  SandboxStore &store);

} // namespace dlq
