#pragma once

#include "run/bulkdeleterun.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dlq {
class ResultsModel;
}

namespace dlq::cli {

inline constexpr char kBulkNote[] =
    "Bulk mode reports counts per chunk, not which IDs were missing.";

// "chunk 3: 100 IDs sent, 97 deleted", or what went wrong with the chunk.
QString chunkLine(const BulkChunk &chunk);
// One chunkLine() per chunk, in chunk order.
QString bulkText(const QList<BulkChunk> &chunks);
// chunk,ids,result,http_status,deleted,attempts,message (ids space-separated), RFC 4180.
QByteArray bulkCsv(const QList<BulkChunk> &chunks);
// {"host", "exportedAt", "deleted", "chunks": [...], "invalid": [{"id", "reason"}]}
// `snapshotPath`: where the entries were saved first; empty: not written.
QByteArray bulkJson(const QList<BulkChunk> &chunks, const ResultsModel &model, const QString &host,
                    const QString &snapshotPath = {});

// Chunks sorted by index (they finish in any order).
QList<BulkChunk> inChunkOrder(QList<BulkChunk> chunks);

} // namespace dlq::cli
