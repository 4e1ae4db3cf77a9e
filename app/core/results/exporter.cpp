#include "results/exporter.h"

#include "results/resultsmodel.h"
#include "util/atomicfile.h"
#include "util/translate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace dlq {

namespace {

void putDigits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

// The text of toString(Qt::ISODateWithMs) for a UTC time, built by hand: Qt's formatter costs
// about 12 000 instructions a call (callgrind), more than the rest of a CSV row, and dlqctl
// writes one per ID.
QString isoUtc(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    const QDate date = utc.date();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime time = utc.time();
    char text[] = "0000-00-00T00:00:00.000Z";
    putDigits(text, date.year(), 4);
    putDigits(text + 5, date.month(), 2);
    putDigits(text + 8, date.day(), 2);
    putDigits(text + 11, time.hour(), 2);
    putDigits(text + 14, time.minute(), 2);
    putDigits(text + 17, time.second(), 2);
    putDigits(text + 20, time.msec(), 3);
    return QString::fromLatin1(text, qsizetype(sizeof text) - 1);
}

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection). IDs and
// messages come from user input and server responses, so neither can be trusted.
bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString guardFormula(const QString &cell)
{
    return looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString csvCell(const QString &cell)
{
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                             cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString tsvCell(const QString &cell)
{
    QString flat = guardFormula(cell);
    // A tab or line break would start a new cell or row when pasted.
    for (QChar &c : flat) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return flat;
}

QString numberOrEmpty(qint64 value, qint64 none)
{
    return value == none ? QString() : QString::number(value);
}

bool validRow(const ResultsModel &model, int row)
{
    return row >= 0 && row < model.rowCount();
}

QString appName()
{
    return QStringLiteral("DLQ Manager " DLQ_VERSION);
}

QString sayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString writeError(const QString &path, const QString &reason)
{
    return dlq::tr("Could not save the export to “%1”: %2.").arg(sayPath(path), reason);
}

} // namespace

namespace exporter {

QJsonObject rowJson(const ResultRow &r)
{
    QJsonObject item;
    item.insert(QLatin1String("id"), r.id);
    item.insert(QLatin1String("result"), resultKey(r.state));
    item.insert(QLatin1String("resultLabel"), resultLabel(r.state));
    item.insert(QLatin1String("httpStatus"),
                r.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.httpStatus));
    item.insert(QLatin1String("message"), r.message);
    item.insert(QLatin1String("attempts"), r.attempts);
    item.insert(QLatin1String("durationMs"), r.durationMs == -1 ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(qint64(r.durationMs)));
    item.insert(QLatin1String("finishedAt"), r.finishedAt.isValid()
                                                 ? QJsonValue(isoUtc(r.finishedAt))
                                                 : QJsonValue(QJsonValue::Null));
    return item;
}

QString csvRow(const QStringList &cells)
{
    QStringList out;
    for (const QString &cell : cells)
        out.append(csvCell(guardFormula(cell)));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString isoTime(const QDateTime &when)
{
    return isoUtc(when);
}

QJsonObject countsJson(const std::array<int, kResultStateCount> &counts)
{
    QJsonObject object;
    for (int s = 0; s < kResultStateCount; ++s) {
        if (counts[size_t(s)] > 0)
            object.insert(resultKey(ResultState(s)), counts[size_t(s)]);
    }
    return object;
}

QByteArray toCsv(const ResultsModel &model, const QList<int> &rows)
{
    const QLatin1String crlf("\r\n");
    QString out = QStringLiteral("id,result,http_status,message,attempts,duration_ms,finished_at");
    out += crlf;
    for (int index : rows) {
        if (!validRow(model, index))
            continue;
        const ResultRow &r = model.row(index);
        // Numbers, result keys and ISO dates can't start with a formula character; only the
        // free-text cells need the guard.
        const std::array<QString, 7> cells = {
            guardFormula(r.id),      resultKey(r.state),          numberOrEmpty(r.httpStatus, 0),
            guardFormula(r.message), QString::number(r.attempts), numberOrEmpty(r.durationMs, -1),
            isoUtc(r.finishedAt),
        };
        for (size_t c = 0; c < cells.size(); ++c) {
            if (c > 0)
                out += QLatin1Char(',');
            out += csvCell(cells[c]);
        }
        out += crlf;
    }
    return out.toUtf8();
}

QByteArray toJson(const ResultsModel &model, const QList<int> &rows, const ExportContext &ctx)
{
    std::array<int, kResultStateCount> counts{};
    QJsonArray results;
    for (int index : rows) {
        if (!validRow(model, index))
            continue;
        const ResultRow &r = model.row(index);
        ++counts[size_t(r.state)];
        const QJsonObject item = rowJson(r);
        results.append(item);
    }

    // Counts describe the exported rows, not the whole table, so a filtered export adds up.
    const QJsonObject countObject = countsJson(counts);

    QJsonObject root;
    root.insert(QLatin1String("app"), appName());
    root.insert(
        QLatin1String("exportedAt"),
        isoUtc(ctx.exportedAt.isValid() ? ctx.exportedAt : QDateTime::currentDateTimeUtc()));
    root.insert(QLatin1String("host"), ctx.host);
    root.insert(QLatin1String("counts"), countObject);
    if (!ctx.snapshotPath.isEmpty())
        root.insert(QLatin1String("snapshotPath"), ctx.snapshotPath);
    root.insert(QLatin1String("results"), results);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString toTsv(const ResultsModel &model, const QList<int> &rows)
{
    const QStringList header = {
        dlq::tr("DLQ ID"),
        dlq::tr("Result"),
        dlq::tr("HTTP status"),
        dlq::tr("Message"),
        dlq::tr("Attempts"),
        dlq::tr("Duration (ms)"),
        dlq::tr("Finished at (UTC)"),
    };
    QString out = header.join(QLatin1Char('\t'));
    out += QLatin1Char('\n');
    for (int index : rows) {
        if (!validRow(model, index))
            continue;
        const ResultRow &r = model.row(index);
        const std::array<QString, 7> cells = {
            r.id,
            resultLabel(r.state),
            numberOrEmpty(r.httpStatus, 0),
            r.message,
            QString::number(r.attempts),
            numberOrEmpty(r.durationMs, -1),
            isoUtc(r.finishedAt),
        };
        for (size_t c = 0; c < cells.size(); ++c) {
            if (c > 0)
                out += QLatin1Char('\t');
            out += tsvCell(cells[c]);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString idsOnly(const ResultsModel &model, const QList<int> &rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (int index : rows) {
        if (validRow(model, index))
            ids.append(model.row(index).id);
    }
    return ids.join(QLatin1Char('\n'));
}

QString writeFile(const QString &path, const ResultsModel &model, const QList<int> &rows,
                  const ExportContext &ctx)
{
    return writeBytes(path, isJsonPath(path) ? toJson(model, rows, ctx) : toCsv(model, rows));
}

bool isJsonPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    const QString reason = writeFileAtomically(path, bytes);
    return reason.isEmpty() ? QString() : writeError(path, reason);
}

} // namespace exporter

} // namespace dlq
