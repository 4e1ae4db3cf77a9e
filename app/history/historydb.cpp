#include "history/historydb.h"
#include "util/translate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace dlq::historydb {

namespace {

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so "" it is.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = lastError(query);
    return false;
}

QString createSchema(QSqlDatabase db)
{
    static const char *const statements[] = {
        "CREATE TABLE runs("
        " id INTEGER PRIMARY KEY,"
        " started_at INTEGER NOT NULL,"
        " finished_at INTEGER NOT NULL,"
        " profile TEXT NOT NULL,"
        " host TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " source TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"
        " reason TEXT NOT NULL,"
        " id_count INTEGER NOT NULL,"
        " counts TEXT NOT NULL,"
        " duration_ms INTEGER NOT NULL,"
        " snapshot_path TEXT)",
        "CREATE INDEX runs_started_at ON runs(started_at)",
        // Clustered by run, so one run's results are read in one sweep.
        "CREATE TABLE results("
        " run_id INTEGER NOT NULL,"
        " row INTEGER NOT NULL,"
        " dlq_id TEXT NOT NULL,"
        " result TEXT NOT NULL,"
        " http_status INTEGER NOT NULL,"
        " message TEXT NOT NULL,"
        " finished_at INTEGER,"
        " new_run_id TEXT,"
        " new_run_created_at INTEGER,"
        " follow_up TEXT,"
        " new_dlq_id TEXT,"
        " PRIMARY KEY(run_id, row)) WITHOUT ROWID",
        "CREATE INDEX results_dlq_id ON results(dlq_id)",
    };
    QString error;
    if (!db.transaction())
        return db.lastError().text();
    for (const char *sql : statements) {
        if (!exec(db, QString::fromLatin1(sql), &error)) {
            db.rollback();
            return error;
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), &error)) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

QSet<QString> columnsOf(QSqlDatabase db, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery info(db);
    if (info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (info.next())
            columns.insert(info.value(1).toString());
    }
    return columns;
}

// Version 1 or 2 -> 3: the columns actions and following add to results, and runs.snapshot_path
// (old rows read them as NULL); from version 1 also runs.profile, which it filled with the host:
// such runs keep their host and show no profile. A file can be marked older, or even 2, yet
// have some columns and lack others (written by a build between two changes): only what is
// missing is added. One transaction, so a failure leaves the file as it was and readable.
QString upgradeFrom(QSqlDatabase db, int version)
{
    QString error;
    if (!db.transaction())
        return db.lastError().text();
    const QSet<QString> results = columnsOf(db, QStringLiteral("results"));
    QStringList steps;
    const QStringList addResultColumns = {
        QStringLiteral("ALTER TABLE results ADD COLUMN new_run_id TEXT"),
        QStringLiteral("ALTER TABLE results ADD COLUMN new_run_created_at INTEGER"),
        QStringLiteral("ALTER TABLE results ADD COLUMN follow_up TEXT"),
        QStringLiteral("ALTER TABLE results ADD COLUMN new_dlq_id TEXT")};
    for (const QString &sql : addResultColumns) {
        if (!results.contains(sql.section(QLatin1Char(' '), 5, 5)))
            steps << sql;
    }
    if (version == 1)
        steps << QStringLiteral("UPDATE runs SET profile = '' WHERE profile = host");
    if (!columnsOf(db, QStringLiteral("runs")).contains(QStringLiteral("snapshot_path")))
        steps << QStringLiteral("ALTER TABLE runs ADD COLUMN snapshot_path TEXT");
    steps << QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion);
    for (const QString &sql : std::as_const(steps)) {
        if (!exec(db, sql, &error)) {
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

// Empty when the schema is there (or was just made); else why the file cannot be used.
QString checkSchema(QSqlDatabase db, const QString &shownPath)
{
    QSqlQuery query(db);
    // The first read of the file: a file that is no SQLite database fails here.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return dlq::tr("%1 is not a readable history database (%2)")
            .arg(shownPath, lastError(query));
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion)
        return dlq::tr("%1 was written by a newer version of DLQ Manager (history "
                       "version %2; this one reads up to %3)")
            .arg(shownPath)
            .arg(version)
            .arg(kSchemaVersion);
    if (version == kSchemaVersion)
        return {};
    if (version == 1 || version == 2) {
        const QString error = upgradeFrom(db, version);
        return error.isEmpty()
                   ? QString()
                   : dlq::tr("%1: the history could not be upgraded (%2)").arg(shownPath, error);
    }
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
        return dlq::tr("%1 is not a readable history database (%2)")
            .arg(shownPath, lastError(tables));
    if (tables.value(0).toInt() > 0)
        return dlq::tr("%1 holds other tables than a DLQ Manager history").arg(shownPath);
    const QString error = createSchema(db);
    return error.isEmpty()
               ? QString()
               : dlq::tr("%1: the history tables could not be made (%2)").arg(shownPath, error);
}

} // namespace

QString open(const QString &connectionName, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return dlq::tr("Qt's SQLite driver is not installed (Debian: libqt6sql6-sqlite)");
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return dlq::tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        // The writer thread and the reader share the file; a short wait beats a failed read.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = dlq::tr("%1 cannot be opened (%2)").arg(shown, db.lastError().text());
        } else {
            error = checkSchema(db, shown);
            // WAL: a search reads while a run's results are being written.
            QString walError;
            if (error.isEmpty() &&
                !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &walError))
                error = dlq::tr("%1 cannot be written (%2)").arg(shown, walError);
            if (error.isEmpty())
                exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &walError);
        }
    }
    if (!error.isEmpty())
        close(connectionName);
    return error;
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

qint64 toStored(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromStored(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
}

qint64 insertRun(QSqlDatabase db, const HistoryRun &run, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return 0;
    }
    const auto fail = [&](const QSqlQuery &query) {
        *error = lastError(query);
        db.rollback();
        return qint64(0);
    };
    QJsonObject counts;
    for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO runs(started_at, finished_at, profile, host, action, source, outcome, "
        "reason, id_count, counts, duration_ms, snapshot_path) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(toStored(run.startedAt));
    insert.addBindValue(toStored(run.finishedAt));
    insert.addBindValue(text(run.profile));
    insert.addBindValue(text(run.host));
    insert.addBindValue(text(run.action));
    insert.addBindValue(text(run.source));
    insert.addBindValue(text(run.outcome));
    insert.addBindValue(text(run.reason));
    insert.addBindValue(run.count);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
    insert.addBindValue(run.durationMs);
    insert.addBindValue(run.snapshotPath.isEmpty() ? QVariant() : QVariant(run.snapshotPath));
    if (!insert.exec())
        return fail(insert);
    const qint64 runId = insert.lastInsertId().toLongLong();

    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO results(run_id, row, dlq_id, result, http_status, "
                               "message, finished_at, new_run_id, new_run_created_at, "
                               "follow_up, new_dlq_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant noTime; // NULL: never answered
    for (qsizetype i = 0; i < run.results.size(); ++i) {
        const HistoryResult &result = run.results.at(i);
        row.bindValue(0, runId);
        row.bindValue(1, qint64(i));
        row.bindValue(2, result.id);
        row.bindValue(3, resultKey(result.state));
        row.bindValue(4, result.httpStatus);
        row.bindValue(5, text(result.message));
        row.bindValue(6,
                      result.finishedAt.isValid() ? QVariant(toStored(result.finishedAt)) : noTime);
        row.bindValue(7, result.newWorkflowRunId.isEmpty() ? QVariant()
                                                           : QVariant(result.newWorkflowRunId));
        row.bindValue(8, result.newWorkflowCreatedAt < 0 ? QVariant()
                                                         : QVariant(result.newWorkflowCreatedAt));
        row.bindValue(9, result.followUp.isEmpty() ? QVariant() : QVariant(result.followUp));
        row.bindValue(10, result.newDlqId.isEmpty() ? QVariant() : QVariant(result.newDlqId));
        if (!row.exec())
            return fail(row);
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return 0;
    }
    return runId;
}

bool updateFollowUps(QSqlDatabase db, qint64 runId, const QList<HistoryFollowUp> &followUps,
                     QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE results SET follow_up = ?, new_dlq_id = ? WHERE run_id = ? AND row = ?"));
    for (const HistoryFollowUp &followUp : followUps) {
        update.bindValue(0, followUp.followUp.isEmpty() ? QVariant() : QVariant(followUp.followUp));
        update.bindValue(1, followUp.newDlqId.isEmpty() ? QVariant() : QVariant(followUp.newDlqId));
        update.bindValue(2, runId);
        update.bindValue(3, qint64(followUp.row));
        if (!update.exec()) {
            *error = lastError(update);
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

void readAheadFor(QSqlDatabase db, const QStringList &ids)
{
    // A page per ID at most, and the way down to it; beyond that a huge run reads what fits.
    constexpr qsizetype kMostPages = 8192; // 32 MiB of 4 KiB pages
    const qsizetype pages = qBound(qsizetype(2000), 2 * ids.size() + 200, kMostPages);
    QString ignored;
    exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(pages), &ignored);
    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    if (!lookup.prepare(QStringLiteral("SELECT 1 FROM results WHERE dlq_id = ? LIMIT 1")))
        return;
    for (const QString &id : ids) {
        lookup.bindValue(0, id);
        lookup.exec();
    }
}

int pruneBefore(QSqlDatabase db, const QDateTime &cutoff, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return -1;
    }
    const qint64 before = toStored(cutoff);
    QSqlQuery results(db);
    results.prepare(QStringLiteral("DELETE FROM results WHERE run_id IN "
                                   "(SELECT id FROM runs WHERE started_at < ?)"));
    results.addBindValue(before);
    QSqlQuery runs(db);
    runs.prepare(QStringLiteral("DELETE FROM runs WHERE started_at < ?"));
    runs.addBindValue(before);
    if (!results.exec() || !runs.exec()) {
        *error = results.lastError().isValid() ? lastError(results) : lastError(runs);
        db.rollback();
        return -1;
    }
    const int removed = runs.numRowsAffected();
    if (!db.commit()) {
        *error = db.lastError().text();
        return -1;
    }
    return removed;
}

} // namespace dlq::historydb
