#pragma once

#include "sandbox/sandboxserver.h"

#include <QString>

namespace dlq {

class SandboxStore;

// True when the request carries "Authorization: Bearer <token>" (scheme case-insensitive,
// token exact).
bool hasBearerToken(const SandboxRequest &request, const QString &token);

struct SandboxApiResult
{
    SandboxResponse response;
    // A bulk DELETE with neither dlqIds nor filters: on the real API it empties the DLQ.
    bool unfilteredBulkDelete = false;
};

// The DLQ routes, applied to `store` (deletes happen here). Auth is the caller's job.
//   GET    /v2/workflows/dlq             list, newest first: count (<=100), cursor, filters
//   DELETE /v2/workflows/dlq             bulk: dlqIds (repeated or comma-joined; filters are then
//                                         ignored, as the spec says), else filters
//   GET    /v2/workflows/dlq/{dlqId}     one entry
//   DELETE /v2/workflows/dlq/{dlqId}     one entry
//   POST   /v2/workflows/dlq/{resume|restart|callback}/{dlqId}  see sandboxrunactions.h
//   DELETE /v2/workflows/dlq/callback/{dlqId}                   cancel the callback (302)
//   POST   /v2/workflows/dlq/{resume|restart}                   bulk, by dlqIds or filters
// Every bulk call is recorded in the store's bulk log.
// Filters: see sandboxfilter.h.
// Entries are sent in `shape` (see SandboxCallbackShape).
SandboxApiResult handleDlqApiRequest(const SandboxRequest &request, SandboxStore &store,
                                     SandboxCallbackShape shape = SandboxCallbackShape::Spec);

} // namespace dlq
