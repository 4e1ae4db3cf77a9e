#pragma once

#include "ids/idsource.h"

#include <QString>
#include <QStringList>

class QMimeData;

namespace dlq {

// Reading ID lists from files and drops. The text goes through IdIntake like a paste; the
// reading itself lives in dlqcore (idsource.h) so the intake's worker thread can do it.

inline constexpr qint64 kMaxImportBytes = kMaxIdSourceBytes;

struct ImportedText
{
    QString text;
    QString error; // a sentence naming the file; empty on success
};

// Reads a .txt/.csv/.json (or any text) file on the calling thread (see readIdSource()).
ImportedText readIdFile(const QString &path);

// Name filters for the import dialog.
QStringList importNameFilters();

// Drops the window takes: local files, or plain text.
bool isImportableDrop(const QMimeData *mime);
QStringList droppedFiles(const QMimeData *mime);

} // namespace dlq
