#pragma once

#include <QByteArray>
#include <QString>

namespace dlq {

// Reading ID lists from files, off the GUI thread (IdParseTask calls this on its worker).

// 50 MiB: the largest list the issue asks us to take (50 MB of text, about 3 million IDs,
// already far more than the 200 000 IDs one import may add). A bigger file is refused before
// a single byte is read, so a stray disk image cannot fill memory.
inline constexpr qint64 kMaxIdSourceBytes = 50LL * 1024 * 1024;

struct IdSourceText
{
    QString text;
    QString error; // one sentence naming the file; empty on success
};

// Reads a .txt/.csv/.json (or any text) file: UTF-8, UTF-16/32 with a BOM, or Latin-1 when
// the bytes are not UTF-8 but still look like text. Files over maxBytes, folders and binary
// data are refused in words.
IdSourceText readIdSource(const QString &path, qint64 maxBytes = kMaxIdSourceBytes);

// The one place that decides whether bytes are a text file, for the window's import and for
// dlqctl --from alike, and decodes them as readIdSource describes. `name` is what the refusal
// calls the source ("ids.bin", "standard input").
IdSourceText decodeIdSource(const QByteArray &data, const QString &name);

// True for data that is no list of IDs: NUL bytes, many control characters, or mostly
// invalid UTF-8. Only the first 64 KiB are looked at, which is enough to tell.
bool looksLikeBinary(const QByteArray &data);

} // namespace dlq
