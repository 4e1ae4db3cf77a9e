#include "ids/idparser.h"
#include "util/translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace dlq {

int ParseResult::countSendable() const
{
    int n = 0;
    for (const ParsedEntry &e : entries)
        n += e.verdict.isSendable() ? 1 : 0;
    return n;
}

int ParseResult::countInvalid() const
{
    return static_cast<int>(entries.size()) - countSendable();
}

int ParseResult::countWarnings() const
{
    int n = 0;
    for (const ParsedEntry &e : entries)
        n += e.verdict.isWarning() ? 1 : 0;
    return n;
}

QString ParseResult::summary() const
{
    const QString sep = QStringLiteral(" \u00B7 ");
    const int total = static_cast<int>(entries.size());
    QString text = total == 1 ? dlq::tr("1 ID") : dlq::tr("%1 IDs").arg(total);
    if (duplicates > 0) {
        text += sep;
        text += duplicates == 1 ? dlq::tr("1 duplicate removed")
                                : dlq::tr("%1 duplicates removed").arg(duplicates);
    }
    if (const int bad = countInvalid(); bad > 0) {
        text += sep;
        text += dlq::tr("%1 invalid").arg(bad);
    }
    if (const int odd = countWarnings(); odd > 0) {
        text += sep;
        text += dlq::tr("%1 unusual").arg(odd);
    }
    return text;
}

namespace {

class Collector
{
public:
    explicit Collector(const QSet<QString> &known) : m_known(known) {}

    void add(const QString &id)
    {
        if (m_known.contains(id) || m_seen.contains(id)) {
            ++m_result.duplicates;
            return;
        }
        m_seen.insert(id);
        m_result.entries.append(ParsedEntry{id, checkId(id, InvisibleChars::Refuse)});
    }

    ParseResult take() { return std::move(m_result); }

private:
    const QSet<QString> &m_known;
    QSet<QString> m_seen;
    ParseResult m_result;
};

bool isQuoteOrBracket(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'`':
    case u'\u201C': // “
    case u'\u201D': // ”
    case u'\u2018': // ‘
    case u'\u2019': // ’
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'(':
    case u')':
    case u'<':
    case u'>':
        return true;
    default:
        return false;
    }
}

// Quotes and brackets are stripped from each end independently: after splitting `["a",` on the
// comma the token is `["a"`, whose ends do not pair up.
QStringView cleanToken(QStringView token)
{
    for (;;) {
        const QStringView before = token;
        token = token.trimmed();
        while (!token.isEmpty() && isQuoteOrBracket(token.front()))
            token = token.mid(1);
        while (!token.isEmpty() && isQuoteOrBracket(token.back()))
            token.chop(1);
        if (token.size() == before.size())
            return token;
    }
}

// Every whitespace character counts as a separator, not only space and tab: no ID can contain
// whitespace, so splitting on a non-breaking space only rescues IDs pasted from web pages.
bool isFreeTextSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u',' || u == u';' || c.isSpace();
}

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\n' || u == u'\r') {
            lines.append(text.mid(start, i - start));
            if (u == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(text.mid(start));
    return lines;
}

// One CSV/TSV record; a doubled quote inside a quoted cell stands for one quote.
QStringList splitCsvLine(QStringView line, QChar delimiter)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
        } else if (c == delimiter) {
            cells.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    return cells;
}

enum class HeaderName { None, Id, DlqId };

// "dlqId", "dlq_id", "DLQ ID", "dlq-id", "id", "ids" all name the ID column.
HeaderName headerName(QStringView cell)
{
    QString key;
    for (const QChar c : cleanToken(cell)) {
        if (c.isLetterOrNumber())
            key += c.toLower();
        else if (c != QLatin1Char('_') && c != QLatin1Char('-') && !c.isSpace())
            return HeaderName::None;
    }
    if (key == QLatin1String("dlqid") || key == QLatin1String("dlqids"))
        return HeaderName::DlqId;
    if (key == QLatin1String("id") || key == QLatin1String("ids"))
        return HeaderName::Id;
    return HeaderName::None;
}

bool looksLikeDlqId(QStringView cell)
{
    return checkId(cleanToken(cell).toString()).kind == IdKind::Dlq;
}

// JSON numbers are accepted so that `[1752829295505]` is not silently empty; only integers
// survive the round trip through double exactly enough to be worth keeping.
bool jsonScalarToId(const QJsonValue &value, QString *out)
{
    if (value.isString()) {
        *out = value.toString().trimmed();
        return true;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
            *out = QString::number(static_cast<qint64>(d));
            return true;
        }
    }
    return false;
}

void addJsonElement(const QJsonValue &value, Collector &out)
{
    QString id;
    if (value.isObject()) {
        const QJsonObject obj = value.toObject();
        const QJsonValue v = obj.contains(QLatin1String("dlqId"))
                                 ? obj.value(QLatin1String("dlqId"))
                                 : obj.value(QLatin1String("id"));
        if (jsonScalarToId(v, &id))
            out.add(id);
        return;
    }
    if (jsonScalarToId(value, &id))
        out.add(id);
}

void addJsonArray(const QJsonArray &array, Collector &out)
{
    for (const QJsonValue &v : array)
        addJsonElement(v, out);
}

void parseJson(const QJsonDocument &doc, Collector &out)
{
    if (doc.isArray()) {
        addJsonArray(doc.array(), out);
        return;
    }
    const QJsonObject obj = doc.object();
    for (const QLatin1String key :
         {QLatin1String("messages"), QLatin1String("dlqIds"), QLatin1String("ids")}) {
        if (obj.value(key).isArray()) {
            addJsonArray(obj.value(key).toArray(), out);
            return;
        }
    }
    // A single message object copied out of a list response.
    addJsonElement(obj, out);
}

void addFreeTextLine(QStringView line, bool isFirstLine, Collector &out)
{
    qsizetype start = 0;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !isFreeTextSeparator(line.at(i)))
            continue;
        if (i > start) {
            const QStringView token = cleanToken(line.mid(start, i - start));
            if (!token.isEmpty() && !(isFirstLine && headerName(token) != HeaderName::None))
                out.add(token.toString());
        }
        start = i + 1;
    }
}

QChar csvDelimiter(QStringView line)
{
    if (line.contains(QLatin1Char('\t')))
        return QLatin1Char('\t');
    if (line.contains(QLatin1Char(',')))
        return QLatin1Char(',');
    if (line.contains(QLatin1Char(';')))
        return QLatin1Char(';');
    return QChar();
}

// The column named by a multi-column header, or -1 when the text is not such a table. A first
// line that holds real DLQ IDs is data, even if one of its cells happens to read "id".
qsizetype idColumn(QStringView firstLine, QChar delimiter)
{
    if (delimiter.isNull())
        return -1;
    const QStringList cells = splitCsvLine(firstLine, delimiter);
    if (cells.size() < 2)
        return -1;
    qsizetype idCol = -1;
    qsizetype dlqIdCol = -1;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (looksLikeDlqId(cells.at(i)))
            return -1;
        const HeaderName h = headerName(cells.at(i));
        if (h == HeaderName::DlqId && dlqIdCol < 0)
            dlqIdCol = i;
        else if (h == HeaderName::Id && idCol < 0)
            idCol = i;
    }
    return dlqIdCol >= 0 ? dlqIdCol : idCol;
}

void parseText(QStringView text, Collector &out)
{
    const QList<QStringView> lines = splitLines(text);
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first == lines.size())
        return;

    const QStringView header = lines.at(first);
    const QChar delimiter = csvDelimiter(header);
    const qsizetype column = idColumn(header, delimiter);
    if (column >= 0) {
        for (qsizetype i = first + 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            const QStringList cells = splitCsvLine(lines.at(i), delimiter);
            if (column >= cells.size())
                continue;
            const QStringView id = cleanToken(cells.at(column));
            if (!id.isEmpty())
                out.add(id.toString());
        }
        return;
    }

    // "DLQ ID" on a line of its own is a one-column header even though it contains a space.
    const qsizetype from = headerName(header) != HeaderName::None ? first + 1 : first;
    for (qsizetype i = from; i < lines.size(); ++i)
        addFreeTextLine(lines.at(i), i == first, out);
}

} // namespace

ParseResult parseIds(QStringView text, const QSet<QString> &known)
{
    Collector out(known);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && !doc.isNull()) {
            parseJson(doc, out);
            return out.take();
        }
    }
    parseText(text, out);
    return out.take();
}

} // namespace dlq
