#pragma once

#include "results/resultstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace dlq {

class ResultsModel;
struct ResultRow;

struct ExportContext
{
    QString host; // where the deletes went, e.g. "qstash.upstash.io" or "sandbox"
    QDateTime exportedAt;
    QString snapshotPath = {}; // the entries as saved before the deletes; empty: none (not written)
};

// Exports never contain the token: they are built from rows only.
namespace exporter {
// One row as toJson() writes it: {"id", "result", "resultLabel", "httpStatus", "message",
// "attempts", "durationMs", "finishedAt"}.
QJsonObject rowJson(const ResultRow &row);
// One CSV line (CRLF) of cells, each formula-guarded and quoted as toCsv() does.
QString csvRow(const QStringList &cells);
// ISO 8601 in UTC with milliseconds; empty for an invalid time.
QString isoTime(const QDateTime &when);
// {"deleted": 3, "not_found": 1, …}: the states with a count above zero, by result key.
QJsonObject countsJson(const std::array<int, kResultStateCount> &counts);
// RFC 4180 CSV with a header row: id,result,http_status,message,attempts,duration_ms,finished_at.
// Text cells that a spreadsheet would run as a formula (=, +, -, @, tab or CR at the start) are
// prefixed with '.
QByteArray toCsv(const ResultsModel &model, const QList<int> &rows);
// {"exportedAt":…, "host":…, "counts":{…}, "results":[{"id":…, "result":"not_found", …}]}
QByteArray toJson(const ResultsModel &model, const QList<int> &rows, const ExportContext &ctx);
// Tab-separated with a header row, for the clipboard (pastes into a spreadsheet), so it gets the
// same formula guard as CSV; tabs and line breaks inside cells become spaces.
QString toTsv(const ResultsModel &model, const QList<int> &rows);
QString idsOnly(const ResultsModel &model, const QList<int> &rows); // one per line
// Writes atomically (QSaveFile). Format from the suffix: .json, else CSV. Empty on success,
// else the error message.
QString writeFile(const QString &path, const ResultsModel &model, const QList<int> &rows,
                  const ExportContext &ctx);
// What writeFile() does with bytes already made: the JSON-or-CSV choice and the message.
bool isJsonPath(const QString &path);
QString writeBytes(const QString &path, const QByteArray &bytes);
} // namespace exporter

} // namespace dlq
