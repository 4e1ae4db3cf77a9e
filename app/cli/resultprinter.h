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

// A table cell never grows past this many characters: one garbage token must not pad every
// line of the table to its width. The full text stays in CSV and JSON.
inline constexpr qsizetype kMaxTableCellChars = 80;

// `text` cut to kMaxTableCellChars, ending in "…" when something was cut.
QString cappedCell(const QString &text);

// Left-aligned columns separated by two spaces, each at most kMaxTableCellChars wide (longer
// cells end in "…"); the last column is not padded. Every line,
// the last included, ends with '\n'.
QString alignedTable(const QStringList &header, const QList<QStringList> &rows);

// Columns ID, Result, HTTP, Message.
QString resultsTable(const ResultsModel &model, const QList<int> &rows);

// One "Invalid, not sent: <id>: <reason>" line per row rejected before sending.
QString invalidIdLines(const ResultsModel &model);

// "DELETE /v2/workflows/dlq/a%2Fb": method, path and query exactly as they go on the wire.
QString requestLine(const QByteArray &verb, const QUrl &url);

} // namespace dlq::cli
