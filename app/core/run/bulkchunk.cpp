#include "run/bulkchunk.h"

#include "util/translate.h"

namespace dlq {

BulkChunk bulkChunk(int index, const QStringList &ids, const ActionResult &result)
{
    BulkChunk chunk;
    chunk.index = index;
    chunk.ids = ids;
    chunk.state = result.state;
    chunk.deleted = result.count;
    chunk.httpStatus = result.httpStatus;
    chunk.message = result.message;
    chunk.attempts = result.attempts;
    chunk.durationMs = result.durationMs;
    chunk.finishedAt = result.finishedAt;
    chunk.outcomeUncertain = result.outcomeUncertain;
    chunk.history = result.history;
    return chunk;
}

ResultRow bulkRowOutcome(const BulkChunk &chunk)
{
    ResultRow row;
    row.httpStatus = chunk.httpStatus;
    row.attempts = chunk.attempts;
    row.durationMs = chunk.durationMs;
    row.finishedAt = chunk.finishedAt;
    row.history = chunk.history;
    const int size = int(chunk.ids.size());
    const QString prefix = tr("Chunk %1: ").arg(chunk.index);
    switch (chunk.state) {
    case ResultState::Deleted:
        if (chunk.deleted >= size) {
            row.state = ResultState::Deleted;
            row.message = prefix + tr("all %1 deleted.").arg(size);
        } else {
            // A count, not a list: every row of the chunk may be one of the missing ones.
            row.state = ResultState::DeletedOrNotFound;
            row.message =
                chunk.deleted < 0
                    ? prefix + tr("the server did not say how many of %1 were deleted.").arg(size)
                    : prefix + tr("%1 of %2 deleted; the API does not say which IDs were missing.")
                                   .arg(chunk.deleted)
                                   .arg(size);
        }
        if (chunk.outcomeUncertain && !chunk.message.isEmpty())
            row.message += QLatin1Char(' ') + chunk.message;
        break;
    case ResultState::Invalid:
        // The chunk never became a request; the IDs themselves may be fine one by one.
        row.state = ResultState::NotSent;
        row.message = prefix + chunk.message;
        break;
    default:
        row.state = chunk.state;
        row.message = prefix + chunk.message;
        break;
    }
    return row;
}

ResultRow entryRowOutcome(const QString &id, const ActionResult &result)
{
    ResultRow row;
    row.id = id;
    row.state = result.state;
    row.httpStatus = result.httpStatus;
    row.message = result.message;
    row.attempts = result.attempts;
    row.durationMs = result.durationMs;
    row.finishedAt = result.finishedAt;
    row.confirmedOnRetry = result.confirmedOnRetry;
    row.history = result.history;
    return row;
}

} // namespace dlq
