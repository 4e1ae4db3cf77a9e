#pragma once

#include "api/dlqentry.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace dlq::api {

// How a request, response or callback body reads for people.
enum class BodyKind {
    Empty,
    Text,   // valid UTF-8, shown as it is
    Json,   // valid UTF-8 that parses as JSON, shown indented
    Binary, // not UTF-8: shown as a hex preview, copied as base64
};

// The part of a body a text widget can hold without stalling the GUI (a 200 KB body laid out
// in one go blocks the window noticeably), plus what is needed to say what was left out.
struct BodyText
{
    BodyKind kind = BodyKind::Empty;
    bool wasBase64 = false;  // the API sent it as bodyBase64 / responseBodyBase64
    qsizetype bodyBytes = 0; // size of the decoded body
    QString shown;           // at most the cap: the text, the indented JSON, or a hex preview
    qsizetype shownBytes = 0;
    qsizetype fullBytes = 0; // size of the full form of `shown` (indented JSON is larger)
    bool isCut() const { return shownBytes < fullBytes; }
    // "JSON · 2.1 KB", "Text · 18 B (sent as base64)", "Binary · 1.2 KB, not UTF-8", "Empty"
    QString summary() const;
    // Empty unless cut: "Showing the first 64 KB of 231 KB."
    QString cutNote() const;
};

// Bodies shown up to this many bytes of text; a hex preview covers kHexPreviewBytes of input.
inline constexpr qsizetype kBodyShownBytes = 64 * 1024;
inline constexpr qsizetype kHexPreviewBytes = 4 * 1024;
// JSON larger than this is shown as sent: indenting it would cost more than it helps.
inline constexpr qsizetype kMaxPrettyJsonBytes = 4 * 1024 * 1024;

BodyText bodyText(const Body &body, qsizetype maxShownBytes = kBodyShownBytes);

// The whole body in the form `bodyText` shows it (indented JSON or the text), or base64 for a
// binary one: what "Copy body" puts on the clipboard.
QString bodyFullText(const Body &body);

// Classic hex dump, 16 bytes a line: "00000000  1f 8b 08 00 …  |....|".
QString hexPreview(const QByteArray &bytes, qsizetype maxBytes = kHexPreviewBytes);

bool isValidUtf8(const QByteArray &bytes);

// "0 B", "812 B", "2.1 KB", "200 KB", "1.4 MB" (1 KB = 1024 B).
QString formatByteSize(qint64 bytes);

// The JSON text of any value, compact (QJsonDocument holds only objects and arrays).
QByteArray jsonBytes(const QJsonValue &value);

// "Name: value" a line, one line per value, in name order.
QString headersText(const HeaderMap &headers);

} // namespace dlq::api
