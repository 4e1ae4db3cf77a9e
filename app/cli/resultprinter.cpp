#include "cli/resultprinter.h"

#include "results/resultsmodel.h"

#include <algorithm>

namespace dlq::cli {

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u == u'\r') {
            out += QLatin1String("\\r");
        } else if (u == u'\t') {
            out += QLatin1String("\\t");
        } else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0)) {
            out += QStringLiteral("\\x") +
                   QStringLiteral("%1").arg(uint(u), 2, 16, QLatin1Char('0')).toUpper();
        } else if (c.category() == QChar::Other_Format || c.isSurrogate() || u == 0x2028 ||
                   u == 0x2029) {
            // Surrogates are escaped one by one: a broken pair would print as garbage anyway,
            // and the IDs that have them are invalid.
            out += QStringLiteral("\\u") +
                   QStringLiteral("%1").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

QString cappedCell(const QString &text)
{
    if (text.size() <= kMaxTableCellChars)
        return text;
    return text.left(kMaxTableCellChars - 1) + QChar(0x2026);
}

QString alignedTable(const QStringList &header, const QList<QStringList> &uncapped)
{
    QList<QStringList> rows;
    rows.reserve(uncapped.size());
    for (const QStringList &row : uncapped) {
        QStringList capped;
        capped.reserve(row.size());
        for (const QString &cell : row)
            capped.append(cappedCell(cell));
        rows.append(capped);
    }
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths.append(cell.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }

    QString out;
    const auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QLatin1String("  ");
            line += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c)) : cells.at(c);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line;
        out += QLatin1Char('\n');
    };
    appendLine(header);
    for (const QStringList &row : rows)
        appendLine(row);
    return out;
}

QString resultsTable(const ResultsModel &model, const QList<int> &rows)
{
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (int index : rows) {
        if (index < 0 || index >= model.rowCount())
            continue;
        const ResultRow &r = model.row(index);
        cells.append({printable(r.id), resultLabel(r.state),
                      r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(),
                      printable(r.message)});
    }
    return alignedTable({QStringLiteral("ID"), QStringLiteral("Result"), QStringLiteral("HTTP"),
                         QStringLiteral("Message")},
                        cells);
}

QString invalidIdLines(const ResultsModel &model)
{
    QString out;
    int invisible = 0;
    for (const ResultRow &r : model.rows()) {
        if (r.verdict.isSendable())
            continue;
        invisible += r.verdict.kind == IdKind::Invisible ? 1 : 0;
        out += QStringLiteral("Invalid, not sent: ") + cappedCell(printable(r.id)) +
               QStringLiteral(": ") + printable(r.verdict.reason) + QLatin1Char('\n');
    }
    if (invisible > 0) {
        out += QStringLiteral("%1 with invisible characters; --allow-invisible sends them as "
                              "they are.\n")
                   .arg(invisible == 1 ? QStringLiteral("1 ID")
                                       : QStringLiteral("%1 IDs").arg(invisible));
    }
    return out;
}

QString requestLine(const QByteArray &verb, const QUrl &url)
{
    QString line = QString::fromLatin1(verb) + QLatin1Char(' ') + url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        line += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return line;
}

} // namespace dlq::cli
