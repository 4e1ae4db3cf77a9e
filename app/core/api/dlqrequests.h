#pragma once

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
    Delete,  // DELETE /v2/workflows/dlq/{id}
    Get,     // GET    /v2/workflows/dlq/{id}
    Resume,  // POST   /v2/workflows/dlq/resume/{id}
    Restart, // POST   /v2/workflows/dlq/restart/{id}
    Callback // POST   /v2/workflows/dlq/callback/{id} (retry the failure callback)
};

std::optional<RequestSpec> entryRequest(EntryCall call, const QUrl &baseUrl, const QString &id);

// The API takes at most this many dlqIds per bulk DELETE.
inline constexpr int kMaxBulkIds = 100;

// True when `id` may go into a bulk request (sendable, and no ',' that a server would split on).
bool isBulkSendable(const QString &id);
// Consecutive slices of at most chunkSize (1..kMaxBulkIds) IDs; never an empty one.
QList<QStringList> bulkChunks(const QStringList &ids, int chunkSize);
// DELETE /v2/workflows/dlq?dlqIds=…: 1..kMaxBulkIds bulk-sendable IDs, never with a filter.
std::optional<RequestSpec> bulkDeleteRequest(const QUrl &baseUrl, const QStringList &ids);

// {"deleted": N} of a bulk DELETE; -1 when the body does not say.
int deletedCount(const QByteArray &body);

// The answer of resume / restart / callback: the workflow run the server started.
struct StartedRun
{
    QString workflowRunId;
    qint64 workflowCreatedAt = -1; // Unix ms; -1 when absent
};
std::optional<StartedRun> readStartedRun(const QByteArray &body);

} // namespace dlq
