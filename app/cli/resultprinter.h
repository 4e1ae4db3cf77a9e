#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dlq {
class ResultsModel;
}

namespace dlq::cli {

// Control and invisible formatting characters become visible escapes (\n, \x1B, \u202E…): IDs
// and server messages are untrusted and must not move the cursor, recolour or reorder the
// terminal. For the table and stderr only; CSV and JSON keep the exact text.
QString printable(const QString &text);

// Left-aligned columns separated by two spaces; the last column is not padded. Every line,
// the last included, ends with '\n'.
QString alignedTable(const QStringList &header, const QList<QStringList> &rows);

// Columns ID, Result, HTTP, Message.
QString resultsTable(const ResultsModel &model, const QList<int> &rows);

// One "Invalid, not sent: <id>: <reason>" line per row rejected before sending.
QString invalidIdLines(const ResultsModel &model);

// "DELETE /v2/workflows/dlq/a%2Fb": method, path and query exactly as they go on the wire.
QString requestLine(const QByteArray &verb, const QUrl &url);

} // namespace dlq::cli
