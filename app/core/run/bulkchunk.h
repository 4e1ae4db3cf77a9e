#pragma once

#include "results/resultrow.h"
#include "run/runaction.h"

#include <QStringList>

namespace dlq {

// One bulk DELETE and what became of it.
struct BulkChunk
{
    int index = 0; // 1-based, in input order
    QStringList ids;
    // Deleted (2xx: see `deleted`), InvalidId (400), TokenRejected, Failed, Cancelled, NotSent,
    // or Invalid (the chunk could not be turned into a request; never sent).
    ResultState state = ResultState::Pending;
    int deleted = -1; // from the {"deleted": N} body; -1 when the server did not say
    int httpStatus = 0;
    QString message;
    int attempts = 0;
    qint64 durationMs = -1;
    QDateTime finishedAt; // invalid when never sent
    // An earlier attempt ended without a clear answer (timeout, reset, 5xx), so it may have
    // deleted some of these IDs already; `deleted` then only covers the last attempt.
    bool outcomeUncertain = false;
    QList<AttemptInfo> history;
};

BulkChunk bulkChunk(int index, const QStringList &ids, const ActionResult &result);

// What a chunk's answer says about each of its rows: "Chunk 3: 97 of 100 deleted; the API
// does not say which IDs were missing." Never-sent chunks get no finishing time.
ResultRow bulkRowOutcome(const BulkChunk &chunk);

// A per-ID action's result as the row of its ID.
ResultRow entryRowOutcome(const QString &id, const ActionResult &result);

} // namespace dlq

Q_DECLARE_METATYPE(dlq::BulkChunk)
