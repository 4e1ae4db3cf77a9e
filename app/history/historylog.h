#pragma once

#include <QSqlDatabase>

// SQLite's write-ahead log under the history file. When the last connection to the file closes,
// SQLite folds the log into the file (a checkpoint: every page the runs changed is copied and
// the file synced twice), which takes longer the larger the history; results indexed by DLQ ID
// touch pages all over the file. A committed run is as safe in the log as in the file, so a
// close that must be quick (dlqctl's exit) can leave the log for the next open to fold.
namespace dlq::historylog {

// Makes closing `db` leave the log in place. False when that cannot be done: the close then
// folds it, as by default. Needs Qt's SQLite driver to use the system's SQLite library
// (libsqlite3.so.0), as Debian's libqt6sql6-sqlite does.
bool leaveOnClose(QSqlDatabase db);

// Folds whatever the log holds into the file, as far as readers still reading allow (a passive
// checkpoint: it never waits for them).
void fold(QSqlDatabase db);

} // namespace dlq::historylog
