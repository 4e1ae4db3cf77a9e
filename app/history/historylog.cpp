#include "history/historylog.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

struct sqlite3;

namespace dlq::historylog {

namespace {

// From sqlite3.h (a stable part of SQLite's C interface since 3.16).
constexpr int kSqliteOk = 0;
constexpr int kNoCheckpointOnClose = 1006; // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE

using DbConfig = int (*)(sqlite3 *, int, ...);

// sqlite3_db_config of the SQLite library Qt's driver loaded, looked up rather than linked:
// linking would load SQLite at every dlqctl start, and a Qt that carries its own copy of SQLite
// must not be handed another copy's function. Null when the library is not already loaded.
DbConfig driversDbConfig()
{
#ifdef Q_OS_UNIX
    static const DbConfig config = [] {
        void *library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        return library ? reinterpret_cast<DbConfig>(dlsym(library, "sqlite3_db_config"))
                       : DbConfig(nullptr);
    }();
    return config;
#else
    return nullptr;
#endif
}

} // namespace

bool leaveOnClose(QSqlDatabase db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    const DbConfig config = driversDbConfig();
    if (!config || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    int on = 0;
    return config(connection, kNoCheckpointOnClose, 1, &on) == kSqliteOk && on == 1;
}

void fold(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

} // namespace dlq::historylog
