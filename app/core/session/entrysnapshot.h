#pragma once

#include "api/dlqentry.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

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
    // Pasted IDs that answered 404 when the copy was taken: nothing of them to keep.
    QStringList notFoundIds;
    // IDs whose entry could not be fetched: ID -> why, for the reader of the file.
    QList<QPair<QString, QString>> notFetched;
};

// What the Snapshots window lists about one saved file.
struct SnapshotInfo
{
    QString path;
    QDateTime takenAt;
    QString host;
    QString action;
    QString reason;
    QString filter;
    int entryCount = 0;
    int notFoundCount = 0;
    int notFetchedCount = 0;
};

// Where dlqctl and the app keep snapshots: <data>/dlq-manager/snapshots (XDG_DATA_HOME).
QString defaultSnapshotDir();

// Writes `snapshot` as JSON ({"app", "action", "host", "reason", "filter", "takenAt",
// "entries": [raw…], "notInDlqAtSnapshotTime": [id…], "notFetched": [{"dlqId", "error"}…]}) to a
// new file in `dir`, readable by the owner only, atomically. Returns the file's path, or empty with
// `error` set.
QString saveEntrySnapshot(const QString &dir, const EntrySnapshot &snapshot, QString *error);

// The snapshots saved in `dir`, newest first; files that are not snapshots are left out.
QList<SnapshotInfo> listSnapshots(const QString &dir);
std::optional<SnapshotInfo> readSnapshotInfo(const QString &path);

} // namespace dlq
