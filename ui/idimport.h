#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace dlq {

// Reading ID lists from files and drops. The text goes through parseIds() like a paste.

inline constexpr qint64 kMaxImportBytes = 50LL * 1024 * 1024;

struct ImportedText
{
    QString text;
    QString error; // a sentence naming the file; empty on success
};

// Reads a .txt/.csv/.json (or any text) file. Refuses files over kMaxImportBytes and files
// that are not text, saying so in words.
ImportedText readIdFile(const QString &path);

// Name filters for the import dialog.
QStringList importNameFilters();

// Drops the window takes: local files, or plain text.
bool isImportableDrop(const QMimeData *mime);
QStringList droppedFiles(const QMimeData *mime);

} // namespace dlq
