#pragma once

#include "api/dlqentry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dlq {

// "What did we delete?": the entries as last fetched (full JSON, bodies included), written
// before they are deleted so the answer survives the delete. Never holds the token.
struct EntrySnapshot
{
    QString action; // "delete"
    QString host;
    QString reason;
    QString filter; // in words; empty for pasted IDs
    QDateTime takenAt;
    QList<api::DlqEntry> entries;
};

// Where dlqctl and the app keep snapshots: <data>/dlq-manager/snapshots (XDG_DATA_HOME).
QString defaultSnapshotDir();

// Writes `snapshot` as JSON ({"app", "action", "host", "reason", "filter", "takenAt",
// "entries": [raw…]}) to a new file in `dir`, readable by the owner only, atomically. Returns
// the file's path, or empty with `error` set.
QString saveEntrySnapshot(const QString &dir, const EntrySnapshot &snapshot, QString *error);

} // namespace dlq
