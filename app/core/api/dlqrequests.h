#pragma once

#include "api/dlqfilter.h"
#include "api/dlqoverrides.h"
#include "net/requestjob.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dlq {

// The Upstash Workflow DLQ calls the app makes, as requests and as answers. Requests are
// std::nullopt whenever they could not name exactly what the caller meant: an ID that cannot
// travel as one percent-encoded segment, or a bulk list that is empty, too long or unsafe (a
// bulk DELETE without dlqIds empties the whole DLQ).

// Calls on one entry.
enum class EntryCall {
    Delete,         // DELETE /v2/workflows/dlq/{id}
    Get,            // GET    /v2/workflows/dlq/{id}
    Resume,         // POST   /v2/workflows/dlq/resume/{id}
    Restart,        // POST   /v2/workflows/dlq/restart/{id}
    Callback,       // POST   /v2/workflows/dlq/callback/{id} (retry the failure callback)
    CancelCallback, // DELETE /v2/workflows/dlq/callback/{id} (answers 302 when it worked)
};

// "delete", "get", "resume", "restart", "retry-callback", "cancel-callback".
QString entryCallName(EntryCall call);
// A resume the server refused because the workflow cannot continue where it failed: 400 with
// "doesn't support resume" or "incompatible step" (the code changed). A restart may still work.
bool isResumeRefusal(int httpStatus, const QString &message);
// Whether the call takes api::DlqOverrides (resume and restart).
bool takesOverrides(EntryCall call);
// Whether a 2xx means the server started a workflow run (resume, restart) or a failure
// callback run (callback retry): a second copy would start a second one, and the run can be
// followed.
bool startsRun(EntryCall call);

// `overrides` go out as headers for resume and restart and are refused (std::nullopt) for the
// other calls or when they have problems().
std::optional<RequestSpec> entryRequest(EntryCall call, const QUrl &baseUrl, const QString &id,
                                        const api::DlqOverrides &overrides = {});

// The API sends at most this many entries per list page.
inline constexpr int kMaxListPageSize = 100;
// Bodies come back inside entries (up to 1 MB each on paid plans), so answers that carry
// entries may be far larger than an error body.
inline constexpr qint64 kMaxEntryAnswerBytes = 16 * 1024 * 1024;
inline constexpr qint64 kMaxListPageBytes = 128 * 1024 * 1024;

// GET /v2/workflows/dlq with the filter, 1..kMaxListPageSize per page, from `cursor` (empty:
// the first page). std::nullopt when the filter has problems() or would not travel intact.
std::optional<RequestSpec> listPageRequest(const QUrl &baseUrl, const api::DlqFilter &filter,
                                           int count, const QString &cursor);

// The API takes at most this many dlqIds per bulk DELETE.
inline constexpr int kMaxBulkIds = 100;

// True when `id` may go into a bulk request (sendable, and no ',' that a server would split on).
bool isBulkSendable(const QString &id);
// Consecutive slices of at most chunkSize (1..kMaxBulkIds) IDs; never an empty one.
QList<QStringList> bulkChunks(const QStringList &ids, int chunkSize);
// DELETE /v2/workflows/dlq?dlqIds=…: 1..kMaxBulkIds bulk-sendable IDs, never with a filter.
std::optional<RequestSpec> bulkDeleteRequest(const QUrl &baseUrl, const QStringList &ids);

// The most IDs one bulk call of this kind may carry: kMaxBulkIds, and 50 for restart (the spec:
// "A maximum of 50 workflow runs can be restarted per request"). 0: the call has no bulk form.
inline constexpr int kMaxBulkRestartIds = 50;
int maxBulkIds(EntryCall call);
// DELETE /v2/workflows/dlq, POST /v2/workflows/dlq/resume or /restart with ?dlqIds=…: 1 to
// maxBulkIds(call) bulk-sendable IDs and never a filter or cursor, so the call can only act on
// exactly these IDs (a bulk call without dlqIds acts on the whole DLQ).
std::optional<RequestSpec> bulkActionRequest(EntryCall call, const QUrl &baseUrl,
                                             const QStringList &ids,
                                             const api::DlqOverrides &overrides = {});

// {"deleted": N} of a bulk DELETE; -1 when the body does not say.
int deletedCount(const QByteArray &body);

// The answer of resume / restart / callback: the workflow run the server started.
struct StartedRun
{
    QString workflowRunId;
    qint64 workflowCreatedAt = -1; // Unix ms; -1 when absent
};
std::optional<StartedRun> readStartedRun(const QByteArray &body);
// {"workflowRuns": [{workflowRunId, workflowCreatedAt}…]} of a bulk resume / restart; entries
// without a run ID are skipped. The API does not say which DLQ ID each run came from.
QList<StartedRun> readStartedRuns(const QByteArray &body);

} // namespace dlq
