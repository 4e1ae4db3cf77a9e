#include "session/journalrecord.h"

#include "ids/idcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringView>

#include <array>

namespace dlq::journal {

namespace {

constexpr char kCrcPrefix[] = ",\"crc\":\"";
constexpr qsizetype kCrcPrefixSize = sizeof(kCrcPrefix) - 1;
constexpr qsizetype kCrcHexSize = 8;
constexpr qsizetype kCrcSuffixSize = kCrcPrefixSize + kCrcHexSize + 2; // + "}

// qChecksum is CRC-16 and zlib is not a direct dependency, so the IEEE table is built here.
constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

ResultState stateFromKey(const QString &key)
{
    for (int s = 0; s < kResultStateCount; ++s) {
        if (resultKey(ResultState(s)) == key)
            return ResultState(s);
    }
    // A state written by a newer version: sending it again is the safe reading.
    return ResultState::Pending;
}

QJsonArray attemptToJson(const AttemptInfo &attempt)
{
    return QJsonArray{attempt.httpStatus, attempt.error, attempt.durationMs, attempt.waitMs};
}

AttemptInfo attemptFromJson(const QJsonArray &array)
{
    AttemptInfo attempt;
    attempt.httpStatus = array.at(0).toInt();
    attempt.error = array.at(1).toString();
    attempt.durationMs = array.at(2).toInteger();
    attempt.waitMs = array.at(3).toInteger();
    return attempt;
}

} // namespace

quint32 crc32(QByteArrayView data, quint32 crc)
{
    crc = ~crc;
    for (const char byte : data)
        crc = kCrcTable[(crc ^ quint8(byte)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

QByteArray encodeLine(const QJsonObject &record)
{
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    const quint32 crc = crc32(line);
    line.chop(1); // the closing brace comes back after the checksum
    line.reserve(line.size() + kCrcSuffixSize + 1);
    line.append(kCrcPrefix, kCrcPrefixSize);
    line.append(QByteArray::number(crc, 16).rightJustified(kCrcHexSize, '0'));
    line.append("\"}\n");
    return line;
}

std::optional<QJsonObject> decodeLine(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.size() < kCrcSuffixSize + 2 || !line.startsWith('{') || !line.endsWith("\"}"))
        return std::nullopt;
    const qsizetype bodySize = line.size() - kCrcSuffixSize;
    if (!line.sliced(bodySize).startsWith(QByteArrayView(kCrcPrefix, kCrcPrefixSize)))
        return std::nullopt;
    bool ok = false;
    const quint32 expected =
        line.sliced(bodySize + kCrcPrefixSize, kCrcHexSize).toByteArray().toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    const QByteArrayView body = line.first(bodySize);
    if (crc32("}", crc32(body)) != expected)
        return std::nullopt;
    QByteArray json = body.toByteArray();
    json.append('}');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QJsonObject rowToJson(const ResultRow &row)
{
    QJsonObject object{{QStringLiteral("id"), row.id}};
    if (row.state != ResultState::Pending)
        object.insert(QStringLiteral("s"), resultKey(row.state));
    if (row.httpStatus != 0)
        object.insert(QStringLiteral("h"), row.httpStatus);
    if (!row.message.isEmpty()) {
        object.insert(QStringLiteral("m"),
                      row.message.size() > kMaxMessageChars
                          ? QString(row.message.left(kMaxMessageChars) + QStringLiteral("…"))
                          : row.message);
    }
    if (row.attempts != 0)
        object.insert(QStringLiteral("a"), row.attempts);
    if (row.durationMs >= 0)
        object.insert(QStringLiteral("d"), row.durationMs);
    if (row.finishedAt.isValid())
        object.insert(QStringLiteral("f"), row.finishedAt.toMSecsSinceEpoch());
    if (row.confirmedOnRetry)
        object.insert(QStringLiteral("c"), true);
    if (!row.history.isEmpty()) {
        QJsonArray history;
        for (const AttemptInfo &attempt : row.history)
            history.append(attemptToJson(attempt));
        object.insert(QStringLiteral("hi"), history);
    }
    return object;
}

std::optional<ResultRow> rowFromJson(const QJsonObject &object)
{
    ResultRow row;
    row.id = object.value(QLatin1String("id")).toString();
    if (row.id.isEmpty())
        return std::nullopt;
    row.verdict = checkId(row.id, InvisibleChars::Refuse);
    const QJsonValue state = object.value(QLatin1String("s"));
    row.state = state.isString() ? stateFromKey(state.toString()) : ResultState::Pending;
    row.httpStatus = object.value(QLatin1String("h")).toInt();
    row.message = object.value(QLatin1String("m")).toString();
    row.attempts = object.value(QLatin1String("a")).toInt();
    row.durationMs = object.value(QLatin1String("d")).toInteger(-1);
    const QJsonValue finished = object.value(QLatin1String("f"));
    if (finished.isDouble())
        row.finishedAt = QDateTime::fromMSecsSinceEpoch(finished.toInteger(), Qt::UTC);
    row.confirmedOnRetry = object.value(QLatin1String("c")).toBool();
    const QJsonArray history = object.value(QLatin1String("hi")).toArray();
    row.history.reserve(history.size());
    for (const QJsonValue &attempt : history)
        row.history.append(attemptFromJson(attempt.toArray()));
    return row;
}

} // namespace dlq::journal
