#pragma once

#include "history/historyrun.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// The SQL of the history, for the store (reads, pruning) and its writer thread (inserts), each
// on a connection of its own: a QSqlDatabase connection belongs to the thread that opened it.
namespace dlq::historydb {

// PRAGMA user_version of the file this build writes. Older files are upgraded; newer ones are
// refused rather than misread. 2: results name the workflow run an action started, and
// runs.profile holds the settings profile's name (version 1 wrote the host there). 3: results
// say what following found of that run (follow_up, new_dlq_id), and runs name the copy of the
// entries saved before a delete (runs.snapshot_path; NULL: none).
inline constexpr int kSchemaVersion = 3;

// Opens (creating the file and its folder if needed) and checks or creates the schema. On
// failure returns a sentence saying why, the connection is closed, and nothing was changed.
QString open(const QString &connectionName, const QString &path);
void close(const QString &connectionName);

// One run and all its results in one transaction. Returns the run's id, or 0 and `error`.
qint64 insertRun(QSqlDatabase db, const HistoryRun &run, QString *error);
// Looks each ID up in the index by DLQ ID: that reads the pages recording a run of these IDs
// will change into the connection's cache, made big enough to keep them, so that insertRun()
// later need not wait for the disk.
void readAheadFor(QSqlDatabase db, const QStringList &ids);
// Removes runs started before `cutoff` with their results, in one transaction. Returns how
// many runs went, or -1 and `error`.
int pruneBefore(QSqlDatabase db, const QDateTime &cutoff, QString *error);
// Writes what following found into run `runId`'s results, in one transaction. False and
// `error` when it could not.
bool updateFollowUps(QSqlDatabase db, qint64 runId, const QList<HistoryFollowUp> &followUps,
                     QString *error);

qint64 toStored(const QDateTime &time); // ms since the epoch, UTC
QDateTime fromStored(qint64 msSinceEpoch);

} // namespace dlq::historydb
