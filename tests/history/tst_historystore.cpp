// HistoryStore on a real SQLite file in a temporary folder: recording, search by ID, loading a
// run, pruning by age (with an injected clock), and files it must refuse without breaking.
#include "history/historydb.h"
#include "history/historyrecord.h"
#include "history/historystore.h"
#include "ids/idparser.h"
#include "results/resultsmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// A run as the window records one: rows of a real ResultsModel with their outcomes.
HistoryRun makeRun(const QStringList &ids, const QList<ResultState> &states,
                   const QDateTime &startedAt, const QString &reason = QString())
{
    ResultsModel model;
    model.append(parseIds(ids.join(QLatin1Char('\n'))));
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        ResultRow outcome;
        outcome.state = states.at(r % states.size());
        outcome.httpStatus = outcome.state == ResultState::Deleted    ? 200
                             : outcome.state == ResultState::NotFound ? 404
                                                                      : 503;
        // A Deleted row has no message (a null QString), which must still be stored.
        if (outcome.state != ResultState::Deleted)
            outcome.message = QStringLiteral("message %1").arg(r);
        outcome.finishedAt = startedAt.addMSecs(r);
        model.setOutcome(r, outcome);
        rows.append(r);
    }
    RunFacts facts;
    facts.profile = QStringLiteral("prod EU");
    facts.host = QStringLiteral("qstash.upstash.io");
    facts.source = QStringLiteral("app");
    facts.reason = reason;
    facts.end = RunEnd::Completed;
    facts.startedAt = startedAt;
    facts.finishedAt = startedAt.addSecs(3);
    facts.durationMs = 3000;
    return historyRunFrom(model.rows(), rows, facts);
}

QStringList someIds(int first, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QStringLiteral("17528292955%1-0").arg(first + i, 2, 10, QLatin1Char('0'));
    return ids;
}

// Runs `sql` on the file with a connection of the test's own; the first column of the first
// row, or an invalid QVariant (also on failure).
QVariant execSql(const QString &path, const QString &sql)
{
    QVariant first;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                first = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-probe"));
    return first;
}

int userVersion(const QString &path)
{
    const QVariant version = execSql(path, QStringLiteral("PRAGMA user_version"));
    return version.isValid() ? version.toInt() : -1;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("data/history.sqlite")); }

    // A file as an older build wrote it: its runs table (the same in versions 1 and 2), then
    // `statements` (its results table and rows), marked `version`.
    void writeOldFile(int version, const QStringList &statements) const
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        const QStringList runsTable = {
            QStringLiteral("CREATE TABLE runs(id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL,"
                           " finished_at INTEGER NOT NULL, profile TEXT NOT NULL, host TEXT NOT "
                           "NULL, action TEXT NOT NULL, source TEXT NOT NULL, outcome TEXT NOT "
                           "NULL, reason TEXT NOT NULL, id_count INTEGER NOT NULL, counts TEXT "
                           "NOT NULL, duration_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX runs_started_at ON runs(started_at)"),
        };
        for (const QString &sql : runsTable + statements)
            execSql(path(), sql);
        execSql(path(), QStringLiteral("PRAGMA user_version = %1").arg(version));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void recordNow_thenLoad_givesTheSameRun()
    {
        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY2(store.open(path(), 180), qPrintable(store.errorString()));
        QVERIFY(store.errorString().isEmpty());
        const HistoryRun run = makeRun(
            someIds(0, 6), {ResultState::Deleted, ResultState::NotFound, ResultState::Failed},
            kNow.addSecs(-60), QStringLiteral("  INC-1234 replayed by hand "));
        QString error;
        const qint64 id = store.recordNow(run, &error);
        QVERIFY2(id > 0, qPrintable(error));

        const std::optional<HistoryRun> loaded = store.loadRun(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->reason, QStringLiteral("INC-1234 replayed by hand"));
        QCOMPARE(loaded->host, QStringLiteral("qstash.upstash.io"));
        QCOMPARE(loaded->profile, QStringLiteral("prod EU"));
        QCOMPARE(loaded->action, QStringLiteral("delete"));
        QCOMPARE(loaded->outcome, QStringLiteral("completed"));
        QCOMPARE(loaded->count, 6);
        QCOMPARE(loaded->durationMs, qint64(3000));
        QCOMPARE(loaded->startedAt, kNow.addSecs(-60));
        QCOMPARE(loaded->counts.value(QStringLiteral("deleted")), 2);
        QCOMPARE(loaded->counts.value(QStringLiteral("not_found")), 2);
        QCOMPARE(loaded->counts.value(QStringLiteral("failed")), 2);
        QCOMPARE(loaded->results.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const HistoryResult &got = loaded->results.at(i);
            const HistoryResult &sent = run.results.at(i);
            QCOMPARE(got.id, sent.id);
            QCOMPARE(got.state, sent.state);
            QCOMPARE(got.httpStatus, sent.httpStatus);
            QCOMPARE(got.message, sent.message);
            QCOMPARE(got.finishedAt, sent.finishedAt);
        }
        QCOMPARE(userVersion(path()), historydb::kSchemaVersion);
    }

    // dlqctl reads ahead while its requests are in flight; that must hold no read open, or the
    // store would keep seeing the file as it was and miss what others record meanwhile.
    void prepareFor_holdsNoReadOpen_othersRunsStayVisible()
    {
        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY2(store.open(path(), 180), qPrintable(store.errorString()));
        QString error;
        QVERIFY2(store.recordNow(makeRun(someIds(0, 3), {ResultState::Deleted}, kNow), &error),
                 qPrintable(error));
        store.prepareFor(someIds(2, 5));

        HistoryStore other(nullptr, [] { return kNow; });
        QVERIFY2(other.open(path(), 180), qPrintable(other.errorString()));
        QVERIFY2(other.recordNow(makeRun(someIds(10, 2), {ResultState::Deleted}, kNow), &error),
                 qPrintable(error));
        QCOMPARE(store.runs().size(), 2);
        const qint64 own =
            store.recordNow(makeRun(someIds(2, 5), {ResultState::NotFound}, kNow), &error);
        QVERIFY2(own > 0, qPrintable(error));
        QCOMPARE(store.search(someIds(2, 1).first()).size(), 2);
    }

    void record_writesOnTheWorkerThread_andSaysSo()
    {
        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY(store.open(path(), 180));
        QSignalSpy recorded(&store, &HistoryStore::recorded);
        // A big run: its results go in one transaction on the writer's own connection.
        store.record(makeRun(someIds(0, 100), {ResultState::Deleted}, kNow));
        QVERIFY(recorded.wait(30000));
        const qint64 id = recorded.first().first().toLongLong();
        const std::optional<HistoryRun> loaded = store.loadRun(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->results.size(), 100);
        QCOMPARE(store.runs().size(), 1);
    }

    void destructor_waitsForQueuedWrites()
    {
        {
            HistoryStore store(nullptr, [] { return kNow; });
            QVERIFY(store.open(path(), 180));
            for (int i = 0; i < 5; ++i)
                store.record(makeRun(someIds(i * 10, 10), {ResultState::Deleted}, kNow));
        } // no wait: the destructor must finish the writes
        HistoryStore again(nullptr, [] { return kNow; });
        QVERIFY(again.open(path(), 180));
        QCOMPARE(again.runs().size(), 5);
    }

    void search_findsEveryRunWithTheId_newestFirst()
    {
        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY(store.open(path(), 180));
        const QStringList first = someIds(0, 4);
        const QStringList second = someIds(2, 4); // shares two IDs with the first
        QString error;
        const qint64 older =
            store.recordNow(makeRun(first, {ResultState::Failed}, kNow.addDays(-2)), &error);
        QVERIFY2(older > 0, qPrintable(error));
        const qint64 newer =
            store.recordNow(makeRun(second, {ResultState::Deleted}, kNow.addDays(-1)));
        QVERIFY(older > 0 && newer > 0);

        const QList<HistoryHit> both = store.search(first.at(2));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).run.id, newer);
        QCOMPARE(both.at(0).result.state, ResultState::Deleted);
        QCOMPARE(both.at(0).result.id, first.at(2));
        QCOMPARE(both.at(1).run.id, older);
        QCOMPARE(both.at(1).result.state, ResultState::Failed);

        const QList<HistoryHit> one = store.search(first.at(0));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.at(0).run.id, older);
        QVERIFY(store.search(QStringLiteral("1752829295599-9")).isEmpty());
        // Exact match only: a prefix is another ID.
        QVERIFY(store.search(first.at(0).left(8)).isEmpty());

        const QList<HistoryRun> runs = store.runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).id, newer);
        QVERIFY(runs.at(0).results.isEmpty()); // the list carries no results
    }

    void open_prunesRunsOlderThanTheSetting()
    {
        QDateTime now = kNow;
        HistoryStore store(nullptr, [&now] { return now; });
        QVERIFY(store.open(path(), 180));
        const QStringList oldIds = someIds(0, 3);
        const QStringList newIds = someIds(10, 3);
        QVERIFY(store.recordNow(makeRun(oldIds, {ResultState::Deleted}, kNow.addDays(-181))));
        QVERIFY(store.recordNow(makeRun(newIds, {ResultState::Deleted}, kNow.addDays(-179))));

        // Another start, same day: the 181-day-old run goes, with its results.
        QVERIFY(store.open(path(), 180));
        QCOMPARE(store.runs().size(), 1);
        QVERIFY(store.search(oldIds.at(0)).isEmpty());
        QCOMPARE(store.search(newIds.at(0)).size(), 1);

        // 0 keeps everything, however old.
        now = kNow.addDays(1000);
        QVERIFY(store.open(path(), 0));
        QCOMPARE(store.runs().size(), 1);
        // Two days later with a 180-day setting the other one goes too.
        now = kNow.addDays(2);
        QVERIFY(store.open(path(), 180));
        QCOMPARE(store.runs().size(), 0);
        QVERIFY(store.search(newIds.at(0)).isEmpty());
    }

    void corruptFile_isRefused_andSaysSo()
    {
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data"))));
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk(8192, 'x');
        junk.prepend("this is no database\n");
        file.write(junk);
        file.close();

        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY(!store.open(path(), 180));
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().startsWith(QStringLiteral("History is off: ")),
                 qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QDir::toNativeSeparators(path())));
        QVERIFY(store.errorString().contains(QStringLiteral("not a readable history database")));
        // Everything else is a harmless no-op that says why.
        QVERIFY(store.runs().isEmpty());
        QVERIFY(store.search(QStringLiteral("1752829295500-0")).isEmpty());
        QString error;
        QCOMPARE(store.recordNow(makeRun(someIds(0, 2), {ResultState::Deleted}, kNow), &error),
                 qint64(0));
        QCOMPARE(error, store.errorString());
        QSignalSpy failed(&store, &HistoryStore::recordFailed);
        store.record(makeRun(someIds(0, 2), {ResultState::Deleted}, kNow));
        QCOMPARE(failed.size(), 1);
        // The user's file is left as it was.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("this is no database"));
    }

    void folderThatCannotBeMade_isRefused_andSaysSo()
    {
        // A file where the folder should be: refused even for root, unlike a read-only mode.
        QFile blocker(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryStore store;
        QVERIFY(!store.open(path(), 180));
        QVERIFY2(store.errorString().contains(QStringLiteral("cannot be created")),
                 qPrintable(store.errorString()));
    }

    // A file written before action runs were recorded (schema 1) still opens: its runs read as
    // they were, it is upgraded in place, and an action's new runs can then be stored in it.
    void schema1File_opensUpgraded_andTakesActionRuns()
    {
        const QStringList resultsAndRows = {
            QStringLiteral("CREATE TABLE results(run_id INTEGER NOT NULL, row INTEGER NOT NULL, "
                           "dlq_id TEXT NOT NULL, result TEXT NOT NULL, http_status INTEGER NOT "
                           "NULL, message TEXT NOT NULL, finished_at INTEGER, PRIMARY KEY(run_id, "
                           "row)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX results_dlq_id ON results(dlq_id)"),
            QStringLiteral("INSERT INTO runs VALUES(7, %1, %1, 'h', 'h', 'delete', 'app', "
                           "'completed', 'old one', 1, '{\"deleted\":1}', 12)")
                .arg(kNow.addDays(-1).toMSecsSinceEpoch()),
            QStringLiteral(
                "INSERT INTO results VALUES(7, 0, '1752829295500-0', 'deleted', 200, '', "
                "NULL)"),
        };
        writeOldFile(1, resultsAndRows);
        QCOMPARE(userVersion(path()), 1);

        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY2(store.open(path(), 180), qPrintable(store.errorString()));
        QCOMPARE(userVersion(path()), historydb::kSchemaVersion);
        const std::optional<HistoryRun> old = store.loadRun(7);
        QVERIFY(old);
        QCOMPARE(old->reason, QStringLiteral("old one"));
        QCOMPARE(old->results.size(), 1);
        QCOMPARE(old->results.at(0).id, QStringLiteral("1752829295500-0"));
        QCOMPARE(old->results.at(0).state, ResultState::Deleted);
        QVERIFY(old->results.at(0).newWorkflowRunId.isEmpty());
        QCOMPARE(old->results.at(0).newWorkflowCreatedAt, qint64(-1));

        Ledger ledger;
        ledger.action = EntryCall::Resume;
        for (int i = 0; i < 2; ++i) {
            LedgerEntry entry;
            entry.action = EntryCall::Resume;
            entry.row.id = QStringLiteral("1752829295500-%1").arg(i);
            entry.row.state = i == 0 ? ResultState::Done : ResultState::NotFound;
            entry.row.httpStatus = i == 0 ? 200 : 404;
            if (i == 0) {
                entry.newWorkflowRunId = QStringLiteral("wfr_new");
                entry.newWorkflowCreatedAt = 1752829300000;
            }
            ledger.entries.append(entry);
        }
        RunFacts facts;
        facts.host = QStringLiteral("h");
        facts.action = QStringLiteral("resume");
        facts.source = QStringLiteral("dlqctl");
        facts.startedAt = kNow;
        facts.finishedAt = kNow;
        QString error;
        const qint64 id = store.recordNow(historyRunFrom(ledger, facts), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const std::optional<HistoryRun> act = store.loadRun(id);
        QVERIFY(act);
        QCOMPARE(act->action, QStringLiteral("resume"));
        QCOMPARE(act->counts.value(QStringLiteral("done")), 1);
        QCOMPARE(act->results.at(0).newWorkflowRunId, QStringLiteral("wfr_new"));
        QCOMPARE(act->results.at(0).newWorkflowCreatedAt, qint64(1752829300000));
        QVERIFY(act->results.at(1).newWorkflowRunId.isEmpty());
        const QList<HistoryHit> hits = store.search(QStringLiteral("1752829295500-0"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).result.newWorkflowRunId, QStringLiteral("wfr_new"));
        QCOMPARE(hits.at(1).run.action, QStringLiteral("delete"));
    }

    void newerSchemaVersion_isRefused_olderFileUntouched()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(path(), 180));
        }
        QCOMPARE(userVersion(path()), historydb::kSchemaVersion);
        execSql(path(), QStringLiteral("PRAGMA user_version = 99"));
        QCOMPARE(userVersion(path()), 99);

        HistoryStore store;
        QVERIFY(!store.open(path(), 180));
        QVERIFY2(store.errorString().contains(QStringLiteral("newer version")),
                 qPrintable(store.errorString()));
        QCOMPARE(userVersion(path()), 99);
    }

    void version1File_isUpgraded_runsKeepTheirHostAndShowNoProfile()
    {
        qint64 id = 0;
        {
            HistoryStore store(nullptr, [] { return kNow; });
            QVERIFY(store.open(path(), 180));
            id = store.recordNow(makeRun(someIds(0, 2), {ResultState::Deleted}, kNow));
            QVERIFY(id > 0);
        }
        // What version 1 wrote: the host in the profile column.
        execSql(path(), QStringLiteral("UPDATE runs SET profile = host"));
        execSql(path(), QStringLiteral("PRAGMA user_version = 1"));
        QCOMPARE(userVersion(path()), 1);

        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY2(store.open(path(), 180), qPrintable(store.errorString()));
        QCOMPARE(userVersion(path()), historydb::kSchemaVersion);
        const std::optional<HistoryRun> loaded = store.loadRun(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->profile, QString());
        QCOMPARE(loaded->host, QStringLiteral("qstash.upstash.io"));
        QCOMPARE(loaded->results.size(), 2);
        QCOMPARE(store.search(loaded->results.at(0).id).size(), 1);
    }

    // A file from before snapshot paths were kept (schema 2) is upgraded in place: its runs read
    // as they were, with no copy, and a delete's copy is stored and read back from then on.
    void schema2File_opensUpgraded_andKeepsTheSnapshotPath()
    {
        const QStringList resultsAndRows = {
            QStringLiteral("CREATE TABLE results(run_id INTEGER NOT NULL, row INTEGER NOT NULL, "
                           "dlq_id TEXT NOT NULL, result TEXT NOT NULL, http_status INTEGER NOT "
                           "NULL, message TEXT NOT NULL, finished_at INTEGER, new_run_id TEXT, "
                           "new_run_created_at INTEGER, PRIMARY KEY(run_id, row)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX results_dlq_id ON results(dlq_id)"),
            QStringLiteral("INSERT INTO runs VALUES(5, %1, %1, 'prod', 'h', 'delete', 'app', "
                           "'completed', 'v2 run', 1, '{\"deleted\":1}', 12)")
                .arg(kNow.addDays(-1).toMSecsSinceEpoch()),
            QStringLiteral("INSERT INTO results VALUES(5, 0, '1752829295500-0', 'deleted', 200, "
                           "'', NULL, NULL, NULL)"),
        };
        writeOldFile(2, resultsAndRows);
        QCOMPARE(userVersion(path()), 2);

        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY2(store.open(path(), 180), qPrintable(store.errorString()));
        QCOMPARE(userVersion(path()), historydb::kSchemaVersion);
        const std::optional<HistoryRun> old = store.loadRun(5);
        QVERIFY(old);
        QCOMPARE(old->reason, QStringLiteral("v2 run"));
        QCOMPARE(old->profile, QStringLiteral("prod")); // only 1 -> 2 rewrites profiles
        QCOMPARE(old->results.size(), 1);
        QVERIFY(old->snapshotPath.isEmpty());

        HistoryRun run = makeRun(someIds(0, 2), {ResultState::Deleted}, kNow);
        run.snapshotPath = QStringLiteral("/home/op/.local/share/DLQ Manager/snapshots/x.json");
        QString error;
        const qint64 id = store.recordNow(run, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(store.loadRun(id)->snapshotPath, run.snapshotPath);
        QCOMPARE(store.runs().first().snapshotPath, run.snapshotPath);
        QCOMPARE(store.search(run.results.at(0).id).first().run.snapshotPath, run.snapshotPath);
    }

    // A build between two changes marked its file 2 with version 1's results table; every
    // later record then failed ("Parameter count mismatch"). The upgrade adds what is missing.
    void schema2FileWithoutActionColumns_isRepaired_andTakesRuns()
    {
        const QStringList resultsTable = {
            QStringLiteral("CREATE TABLE results(run_id INTEGER NOT NULL, row INTEGER NOT NULL, "
                           "dlq_id TEXT NOT NULL, result TEXT NOT NULL, http_status INTEGER NOT "
                           "NULL, message TEXT NOT NULL, finished_at INTEGER, PRIMARY KEY(run_id, "
                           "row)) WITHOUT ROWID"),
        };
        writeOldFile(2, resultsTable);

        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY2(store.open(path(), 180), qPrintable(store.errorString()));
        QCOMPARE(userVersion(path()), historydb::kSchemaVersion);
        HistoryRun run = makeRun(someIds(0, 2), {ResultState::Deleted}, kNow);
        QString error;
        const qint64 id = store.recordNow(run, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(store.loadRun(id)->results.size(), 2);
    }

    // The copy an action saved (delete all matching) reaches the history with the run.
    void ledgerSnapshotPath_isRecordedWithTheActionRun()
    {
        Ledger ledger;
        ledger.action = EntryCall::Delete;
        ledger.snapshotPath = QStringLiteral("/tmp/copy.json");
        LedgerEntry entry;
        entry.action = EntryCall::Delete;
        entry.row.id = QStringLiteral("1752829295500-0");
        entry.row.state = ResultState::Deleted;
        ledger.entries.append(entry);
        RunFacts facts;
        facts.startedAt = kNow;
        facts.finishedAt = kNow;
        QCOMPARE(historyRunFrom(ledger, facts).snapshotPath, ledger.snapshotPath);
    }

    // Every recorder (window delete, window action, dlqctl) ends its facts through finish().
    void runFactsFinish_recordsTheEndNowAndTheClocksDuration()
    {
        QElapsedTimer outer;
        outer.start();
        QElapsedTimer clock;
        clock.start();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        RunFacts facts;
        facts.finish(RunEnd::TokenRejected, clock);
        const qint64 outerMs = outer.elapsed();
        QCOMPARE(facts.end, RunEnd::TokenRejected);
        QVERIFY(facts.finishedAt >= before);
        QVERIFY(facts.finishedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(facts.finishedAt.timeSpec(), Qt::UTC);
        QVERIFY(facts.durationMs >= 0 && facts.durationMs <= outerMs);

        // A run that never started its clock (stopped before sending) has no duration.
        facts.durationMs = 77;
        facts.finish(RunEnd::Cancelled, QElapsedTimer());
        QCOMPARE(facts.end, RunEnd::Cancelled);
        QCOMPARE(facts.durationMs, qint64(0));
    }

    void otherDatabase_isNotTakenOver()
    {
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data"))));
        execSql(path(), QStringLiteral("CREATE TABLE notes(text TEXT)"));
        QCOMPARE(execSql(path(), QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
        HistoryStore store;
        QVERIFY(!store.open(path(), 180));
        QVERIFY(store.errorString().contains(QStringLiteral("other tables")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
