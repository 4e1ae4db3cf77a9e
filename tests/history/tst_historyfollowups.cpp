// What following found, in the history: a run recorded in the background gets its results'
// follow-ups once written (HistoryStore::recordFollowUps with the ticket record() returned), and
// a version 2 file is upgraded to hold them, its runs intact.
#include "history/historydb.h"
#include "history/historyrecord.h"
#include "history/historystore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// A resume of three entries, each of which started a run.
HistoryRun resumeRun()
{
    Ledger ledger;
    ledger.action = EntryCall::Resume;
    for (int i = 0; i < 3; ++i) {
        LedgerEntry entry;
        entry.action = EntryCall::Resume;
        entry.row.id = QStringLiteral("1752829295500-%1").arg(i);
        entry.row.state = ResultState::Done;
        entry.row.httpStatus = 200;
        entry.newWorkflowRunId = QStringLiteral("wfr_%1").arg(i);
        entry.newWorkflowCreatedAt = 1752829300000 + i;
        ledger.entries.append(entry);
    }
    RunFacts facts;
    facts.host = QStringLiteral("sandbox");
    facts.action = QStringLiteral("resume");
    facts.source = QStringLiteral("app");
    facts.startedAt = kNow;
    facts.finishedAt = kNow;
    return historyRunFrom(ledger, facts);
}

void execSql(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-probe"));
        db.setDatabaseName(path);
        if (db.open())
            QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-probe"));
}

} // namespace

class TestHistoryFollowUps : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void followUps_reachTheRunRecordedInTheBackground()
    {
        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY2(store.open(path(), 180), qPrintable(store.errorString()));
        QSignalSpy recorded(&store, &HistoryStore::recorded);
        QSignalSpy followUps(&store, &HistoryStore::followUpsRecorded);
        QSignalSpy failed(&store, &HistoryStore::recordFailed);
        // Another run recorded in between must not take the follow-ups.
        const quint64 ticket = store.record(resumeRun());
        QVERIFY(ticket != 0);
        const quint64 other = store.record(resumeRun());
        QVERIFY(other != ticket);
        store.recordFollowUps(
            ticket, {{0, QStringLiteral("recovered"), {}},
                     {1, QStringLiteral("failed_again"), QStringLiteral("1752829399999-0")},
                     {2, QStringLiteral("running"), {}}});
        QVERIFY(followUps.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(recorded.size(), 2);
        const qint64 runId = recorded.at(0).at(0).toLongLong();
        QCOMPARE(followUps.at(0).at(0).toLongLong(), runId);

        const std::optional<HistoryRun> run = store.loadRun(runId);
        QVERIFY(run);
        QCOMPARE(run->results.at(0).followUp, QStringLiteral("recovered"));
        QCOMPARE(run->results.at(1).followUp, QStringLiteral("failed_again"));
        QCOMPARE(run->results.at(1).newDlqId, QStringLiteral("1752829399999-0"));
        QCOMPARE(run->results.at(2).followUp, QStringLiteral("running"));
        QVERIFY(run->results.at(2).newDlqId.isEmpty());
        QCOMPARE(run->results.at(0).newWorkflowRunId, QStringLiteral("wfr_0"));
        const std::optional<HistoryRun> untouched =
            store.loadRun(recorded.at(1).at(0).toLongLong());
        QVERIFY(untouched);
        for (const HistoryResult &result : untouched->results)
            QVERIFY(result.followUp.isEmpty());
        const QList<HistoryHit> hits = store.search(QStringLiteral("1752829295500-1"));
        QCOMPARE(hits.size(), 2);
    }

    void version2File_isUpgraded_andTakesFollowUps()
    {
        qint64 id = 0;
        {
            HistoryStore store(nullptr, [] { return kNow; });
            QVERIFY(store.open(path(), 180));
            id = store.recordNow(resumeRun());
            QVERIFY(id > 0);
        }
        // What version 2 had: results without the follow-up columns.
        execSql(path(), QStringLiteral("ALTER TABLE results DROP COLUMN follow_up"));
        execSql(path(), QStringLiteral("ALTER TABLE results DROP COLUMN new_dlq_id"));
        execSql(path(), QStringLiteral("PRAGMA user_version = 2"));

        HistoryStore store(nullptr, [] { return kNow; });
        QVERIFY2(store.open(path(), 180), qPrintable(store.errorString()));
        QCOMPARE(historydb::kSchemaVersion, 3);
        const std::optional<HistoryRun> old = store.loadRun(id);
        QVERIFY(old);
        QCOMPARE(old->results.size(), 3);
        QCOMPARE(old->results.at(1).newWorkflowRunId, QStringLiteral("wfr_1"));
        QVERIFY(old->results.at(1).followUp.isEmpty());

        QSignalSpy followUps(&store, &HistoryStore::followUpsRecorded);
        const quint64 ticket = store.record(resumeRun());
        store.recordFollowUps(ticket, {{1, QStringLiteral("unknown"), {}}});
        QVERIFY(followUps.wait(10000));
        const std::optional<HistoryRun> run = store.loadRun(followUps.at(0).at(0).toLongLong());
        QVERIFY(run);
        QCOMPARE(run->results.at(1).followUp, QStringLiteral("unknown"));
        QVERIFY(run->results.at(0).followUp.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryFollowUps)
#include "tst_historyfollowups.moc"
