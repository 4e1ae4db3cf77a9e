#include "api/bodytext.h"
#include "util/translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>

namespace dlq::api {
namespace {

bool looksLikeJson(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

bool isJson(const QByteArray &bytes)
{
    if (bytes.size() > kMaxPrettyJsonBytes || !looksLikeJson(bytes))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError;
}

// Re-indents valid JSON token by token instead of going through QJsonDocument, which would
// sort object keys and round integers above 2^53 (IDs!) through double: a debugging view must
// show exactly what was sent.
QByteArray indentJson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    const auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(depth * 4, ' '));
    };
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            break;
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (next < json.size() && QByteArrayView(" \t\r\n").contains(json.at(next)))
                ++next;
            const char close = c == '{' ? '}' : ']';
            if (next < json.size() && json.at(next) == close) {
                out.append(c).append(close); // {} and [] stay on one line
                i = next;
                break;
            }
            out.append(c);
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

// Cuts UTF-8 at most `max` bytes in, on a character boundary, preferring the end of a line
// when one is near so the last shown line is whole.
qsizetype cutPoint(const QByteArray &utf8, qsizetype max)
{
    if (utf8.size() <= max)
        return utf8.size();
    qsizetype cut = max;
    while (cut > 0 && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    const qsizetype lineEnd = utf8.lastIndexOf('\n', cut - 1);
    if (lineEnd >= 0 && cut - lineEnd < 4096)
        cut = lineEnd + 1;
    return cut;
}

} // namespace

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

QString formatByteSize(qint64 bytes)
{
    if (bytes < 1024)
        return dlq::tr("%1 B").arg(bytes);
    double value = bytes / 1024.0;
    QString unit = dlq::tr("KB");
    if (value >= 1024.0) {
        value /= 1024.0;
        unit = dlq::tr("MB");
    }
    const QString number =
        value < 10.0 ? QString::number(value, 'f', 1) : QString::number(qRound64(value));
    return number + QLatin1Char(' ') + unit;
}

QString hexPreview(const QByteArray &bytes, qsizetype maxBytes)
{
    const qsizetype end = qMin(bytes.size(), maxBytes);
    QString out;
    out.reserve(end * 4 + end / 16 * 12);
    for (qsizetype line = 0; line < end; line += 16) {
        if (line > 0)
            out.append(QLatin1Char('\n'));
        out.append(QStringLiteral("%1 ").arg(line, 8, 16, QLatin1Char('0')));
        QString ascii;
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i == line + 8)
                out.append(QLatin1Char(' '));
            if (i < end) {
                const auto byte = static_cast<unsigned char>(bytes.at(i));
                out.append(QStringLiteral(" %1").arg(uint(byte), 2, 16, QLatin1Char('0')));
                ascii.append(byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte))
                                                         : QLatin1Char('.'));
            } else {
                out.append(QStringLiteral("   "));
            }
        }
        out.append(QStringLiteral("  |") + ascii + QLatin1Char('|'));
    }
    return out;
}

QString bodyFullText(const Body &body)
{
    if (body.bytes.isEmpty())
        return QString();
    if (!isValidUtf8(body.bytes))
        return QString::fromLatin1(body.bytes.toBase64());
    if (isJson(body.bytes))
        return QString::fromUtf8(indentJson(body.bytes));
    return QString::fromUtf8(body.bytes);
}

BodyText bodyText(const Body &body, qsizetype maxShownBytes)
{
    BodyText out;
    out.wasBase64 = body.wasBase64;
    out.bodyBytes = body.bytes.size();
    if (body.bytes.isEmpty())
        return out;
    if (!isValidUtf8(body.bytes)) {
        out.kind = BodyKind::Binary;
        out.shownBytes = qMin(body.bytes.size(), kHexPreviewBytes);
        out.fullBytes = body.bytes.size();
        out.shown = hexPreview(body.bytes, out.shownBytes);
        return out;
    }
    const bool json = isJson(body.bytes);
    out.kind = json ? BodyKind::Json : BodyKind::Text;
    const QByteArray full = json ? indentJson(body.bytes) : body.bytes;
    out.fullBytes = full.size();
    out.shownBytes = cutPoint(full, qMax<qsizetype>(1, maxShownBytes));
    out.shown = QString::fromUtf8(full.constData(), out.shownBytes);
    return out;
}

QString BodyText::summary() const
{
    QString text;
    switch (kind) {
    case BodyKind::Empty:
        return dlq::tr("Empty");
    case BodyKind::Text:
        text = dlq::tr("Text · %1").arg(formatByteSize(bodyBytes));
        break;
    case BodyKind::Json:
        text = dlq::tr("JSON · %1").arg(formatByteSize(bodyBytes));
        break;
    case BodyKind::Binary:
        text = dlq::tr("Binary · %1, not UTF-8").arg(formatByteSize(bodyBytes));
        break;
    }
    if (wasBase64)
        text += dlq::tr(" (sent as base64)");
    return text;
}

QString BodyText::cutNote() const
{
    if (!isCut())
        return QString();
    if (kind == BodyKind::Binary)
        return dlq::tr("Showing the first %1 of %2 as hex; Copy body copies all of it as base64.")
            .arg(formatByteSize(shownBytes), formatByteSize(fullBytes));
    return dlq::tr("Showing the first %1 of %2; Copy body copies all of it.")
        .arg(formatByteSize(shownBytes), formatByteSize(fullBytes));
}

QByteArray jsonBytes(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return QByteArray();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString headersText(const HeaderMap &headers)
{
    QStringList lines;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.value().isEmpty())
            lines.append(it.key() + QLatin1Char(':'));
        for (const QString &value : it.value())
            lines.append(it.key() + QStringLiteral(": ") + value);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace dlq::api
