#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace dlq {

// Where one row of the list stands. Order matters only for display of filters.
enum class ResultState {
    Pending,       // valid, not sent yet
    Invalid,       // rejected locally, never sent (the reason is in the message)
    Sending,       // a request is in flight
    Deleted,       // 2xx
    NotFound,      // 404: already deleted, expired, or another region; not an error
    InvalidId,     // 400 from the server
    TokenRejected, // 401/403: the run stopped here
    Failed,        // 5xx, unexpected status or network error
    Cancelled,     // aborted in flight: the server may have applied it
    NotSent,       // the run stopped (token rejected or cancelled) before this one went out
    Retrying,      // the last try failed in a way worth retrying; waiting for the next one
    // Sent in a bulk delete whose answer counted fewer deletions than IDs: this one was
    // either deleted or not there, and the API does not say which.
    DeletedOrNotFound,
    // 2xx for a call that does not delete: the entry was read, resumed, restarted or its
    // failure callback retried.
    Done,
};
inline constexpr int kResultStateCount = 13;
static_assert(int(ResultState::Done) + 1 == kResultStateCount);

QString resultLabel(ResultState state);
QString resultKey(ResultState state); // stable lower-case key for exports, e.g. "not_found"
std::optional<ResultState> resultStateFromKey(const QString &key); // resultKey() back
bool isFinished(ResultState state); // a final outcome for this ID in this run
// Rows "Delete N IDs…" sends: never tried, or stopped before a verdict.
bool isUnsent(ResultState state);
// Rows "Retry failed" re-queues.
bool isRetryableState(ResultState state);
bool isError(ResultState state); // shown as an error (red): InvalidId, TokenRejected, Failed

} // namespace dlq

Q_DECLARE_METATYPE(dlq::ResultState)
