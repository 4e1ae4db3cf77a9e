#include "cli/bulkprinter.h"

#include "cli/resultprinter.h"
#include "results/resultsmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dlq::cli {

namespace {

QString idCount(int n)
{
    return n == 1 ? QStringLiteral("1 ID") : QStringLiteral("%1 IDs").arg(n);
}

QString withMessage(const QString &text, const QString &message)
{
    return message.isEmpty() ? text : text + QStringLiteral(": ") + printable(message);
}

QString csvCell(QString cell)
{
    // Same guard as the per-ID export: a spreadsheet would run these as formulas.
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

} // namespace

QString chunkLine(const BulkChunk &chunk)
{
    const QString head =
        QStringLiteral("chunk %1: ").arg(chunk.index) + idCount(int(chunk.ids.size()));
    switch (chunk.state) {
    case ResultState::Deleted:
        if (chunk.deleted < 0)
            return withMessage(head + QStringLiteral(" sent, deleted count unknown"),
                               chunk.message);
        return withMessage(head + QStringLiteral(" sent, %1 deleted").arg(chunk.deleted),
                           chunk.message);
    case ResultState::NotSent:
    case ResultState::Invalid:
    case ResultState::Pending:
        return withMessage(head + QStringLiteral(" not sent"), chunk.message);
    case ResultState::Cancelled:
        return withMessage(head + QStringLiteral(" sent, cancelled"), chunk.message);
    case ResultState::TokenRejected:
        return withMessage(head + QStringLiteral(" sent, token rejected"), chunk.message);
    case ResultState::InvalidId:
        return withMessage(
            head + QStringLiteral(" sent, refused by the server (HTTP %1)").arg(chunk.httpStatus),
            chunk.message);
    default: {
        const QString tries = chunk.attempts > 1
                                  ? QStringLiteral(" after %1 attempts").arg(chunk.attempts)
                                  : QString();
        return withMessage(head + QStringLiteral(" sent, failed") + tries, chunk.message);
    }
    }
}

QList<BulkChunk> inChunkOrder(QList<BulkChunk> chunks)
{
    std::sort(chunks.begin(), chunks.end(),
              [](const BulkChunk &a, const BulkChunk &b) { return a.index < b.index; });
    return chunks;
}

QString bulkText(const QList<BulkChunk> &chunks)
{
    QString out;
    for (const BulkChunk &chunk : inChunkOrder(chunks))
        out += chunkLine(chunk) + QLatin1Char('\n');
    return out;
}

QByteArray bulkCsv(const QList<BulkChunk> &chunks)
{
    QString out = QStringLiteral("chunk,ids,result,http_status,deleted,attempts,message\r\n");
    for (const BulkChunk &c : inChunkOrder(chunks)) {
        const QStringList cells = {
            QString::number(c.index),
            csvCell(c.ids.join(QLatin1Char(' '))),
            resultKey(c.state),
            c.httpStatus > 0 ? QString::number(c.httpStatus) : QString(),
            c.deleted >= 0 ? QString::number(c.deleted) : QString(),
            QString::number(c.attempts),
            csvCell(c.message),
        };
        out += cells.join(QLatin1Char(','));
        out += QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray bulkJson(const QList<BulkChunk> &chunks, const ResultsModel &model, const QString &host,
                    const QString &snapshotPath)
{
    QJsonArray chunkArray;
    int deleted = 0;
    for (const BulkChunk &c : inChunkOrder(chunks)) {
        QJsonObject item;
        item.insert(QLatin1String("chunk"), c.index);
        item.insert(QLatin1String("ids"), QJsonArray::fromStringList(c.ids));
        item.insert(QLatin1String("result"), resultKey(c.state));
        item.insert(QLatin1String("httpStatus"),
                    c.httpStatus > 0 ? QJsonValue(c.httpStatus) : QJsonValue(QJsonValue::Null));
        item.insert(QLatin1String("deleted"),
                    c.deleted >= 0 ? QJsonValue(c.deleted) : QJsonValue(QJsonValue::Null));
        item.insert(QLatin1String("attempts"), c.attempts);
        item.insert(QLatin1String("outcomeUncertain"), c.outcomeUncertain);
        item.insert(QLatin1String("message"), c.message);
        chunkArray.append(item);
        deleted += qMax(0, c.deleted);
    }
    QJsonArray invalid;
    for (const ResultRow &r : model.rows()) {
        if (!r.verdict.isSendable()) {
            invalid.append(QJsonObject{{QLatin1String("id"), r.id},
                                       {QLatin1String("reason"), r.verdict.reason}});
        }
    }
    QJsonObject root;
    root.insert(QLatin1String("exportedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QLatin1String("host"), host);
    root.insert(QLatin1String("mode"), QStringLiteral("bulk"));
    root.insert(QLatin1String("deleted"), deleted);
    root.insert(QLatin1String("chunks"), chunkArray);
    root.insert(QLatin1String("invalid"), invalid);
    if (!snapshotPath.isEmpty())
        root.insert(QLatin1String("snapshotPath"), snapshotPath);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dlq::cli
