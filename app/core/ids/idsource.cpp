#include "ids/idsource.h"

#include "util/translate.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <optional>

namespace dlq {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString binaryError(const QString &name)
{
    // "is not a text file" first: it is the short answer; the second sentence says what to do.
    return tr("“%1” is not a text file. This looks like a binary file, not a list of IDs.")
        .arg(name);
}

// Length of the UTF-8 sequence starting at data[i], or 0 when it is not valid UTF-8. A
// sequence cut off by the end of the probe counts as valid: the probe cut it, not the file.
qsizetype utf8SequenceLength(const QByteArray &data, qsizetype i, qsizetype end)
{
    const auto lead = static_cast<unsigned char>(data.at(i));
    qsizetype length = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if (i + k >= end)
            return end - i;
        if ((static_cast<unsigned char>(data.at(i + k)) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// UTF-16 without a BOM, as some Windows tools write it: ASCII IDs leave every other byte NUL,
// which looksLikeBinary() would take for binary data.
std::optional<QStringConverter::Encoding> bomlessUtf16(const QByteArray &data)
{
    const qsizetype probe = qMin<qsizetype>(data.size(), 64 * 1024);
    if (probe < 2 || data.size() % 2 != 0)
        return std::nullopt;
    bool littleEndian = true;
    bool bigEndian = true;
    for (qsizetype i = 0; i + 1 < probe && (littleEndian || bigEndian); i += 2) {
        const bool lowNul = data.at(i) == 0;
        const bool highNul = data.at(i + 1) == 0;
        littleEndian = littleEndian && !lowNul && highNul;
        bigEndian = bigEndian && lowNul && !highNul;
    }
    if (littleEndian)
        return QStringConverter::Utf16LE;
    if (bigEndian)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

bool looksLikeBinary(const QByteArray &data)
{
    const qsizetype probe = qMin<qsizetype>(data.size(), 64 * 1024);
    if (probe == 0)
        return false;
    qsizetype control = 0;
    qsizetype invalidUtf8 = 0;
    qsizetype nonAscii = 0;
    for (qsizetype i = 0; i < probe;) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
        if (c < 0x80) {
            ++i;
            continue;
        }
        ++nonAscii;
        const qsizetype length = utf8SequenceLength(data, i, probe);
        if (length == 0) {
            ++invalidUtf8;
            ++i;
        } else {
            i += length;
        }
    }
    // More than 1 % control characters: no ID list has them. Mostly invalid UTF-8 among the
    // non-ASCII bytes, and those bytes a sizeable share of the data: compressed or encrypted
    // data, not a Latin-1 CSV (whose accents are a few per cent of the text at most).
    if (control * 100 / probe > 1)
        return true;
    return nonAscii * 100 / probe > 10 && invalidUtf8 * 2 > nonAscii;
}

IdSourceText readIdSource(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return {{}, tr("“%1” does not exist.").arg(name)};
    if (info.isDir())
        return {{}, tr("“%1” is a folder, not a file.").arg(name)};
    if (info.size() > maxBytes)
        return {{},
                tr("“%1” is too big to import (%2 MB; the limit is %3 MB).")
                    .arg(name, megabytes(info.size()), megabytes(maxBytes))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("Could not read “%1”: %2").arg(name, file.errorString())};
    // One byte more than allowed: the file may have grown since we looked.
    const QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {{}, tr("Could not read “%1”: %2").arg(name, file.errorString())};
    if (data.size() > maxBytes)
        return {
            {},
            tr("“%1” is too big to import (the limit is %2 MB).").arg(name, megabytes(maxBytes))};

    IdSourceText source = decodeIdSource(data, name);
    if (source.error.isEmpty() && source.text.trimmed().isEmpty())
        source.error = tr("“%1” is empty: there are no IDs in it.").arg(name);
    return source;
}

IdSourceText decodeIdSource(const QByteArray &data, const QString &name)
{
    // UTF-16/32 with a BOM, or UTF-16 without one, is text even though it is full of NUL bytes.
    auto wide = QStringConverter::encodingForData(data);
    if (!wide)
        wide = bomlessUtf16(data);
    if (wide && *wide != QStringConverter::Utf8) {
        QStringDecoder decoder(*wide);
        QString text = decoder.decode(data);
        if (!decoder.hasError())
            return {text, {}};
        return {{}, binaryError(name)};
    }
    if (looksLikeBinary(data))
        return {{}, binaryError(name)};
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(data);
    if (utf8.hasError()) {
        // Old exports from Excel on Windows; IDs are ASCII, so Latin-1 loses nothing of them.
        text = QString::fromLatin1(data);
    }
    return {text, {}};
}

} // namespace dlq
