// What closing the history does with SQLite's write-ahead log, on real files: by default the
// last close folds it into the file; with LeaveLog (dlqctl) a recorded run stays in the log,
// safe and readable, until the next LeaveLog open folds it in the background.
#include "history/historystore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

namespace {

const QDateTime kStarted = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

HistoryRun runOf(const QStringList &ids)
{
    HistoryRun run;
    run.startedAt = kStarted;
    run.finishedAt = kStarted.addSecs(2);
    run.profile = QStringLiteral("prod EU");
    run.host = QStringLiteral("qstash.upstash.io");
    run.action = QStringLiteral("delete");
    run.source = QStringLiteral("dlqctl");
    run.outcome = QStringLiteral("completed");
    run.count = int(ids.size());
    run.durationMs = 2000;
    for (const QString &id : ids) {
        HistoryResult result;
        result.id = id;
        result.state = ResultState::Deleted;
        result.httpStatus = 200;
        result.finishedAt = kStarted.addSecs(1);
        run.results.append(result);
    }
    return run;
}

// Runs in `path` as the file alone holds them, without its log: the file is copied on its own
// and the copy opened. -1 when the copy cannot be read.
int runsInTheFileAlone(const QString &path, const QString &copyPath)
{
    QFile::remove(copyPath);
    if (!QFile::copy(path, copyPath))
        return -1;
    int runs = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("file-alone"));
        db.setDatabaseName(copyPath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM runs")) && query.next())
                runs = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("file-alone"));
    return runs;
}

} // namespace

class TestHistoryLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QString logPath() const { return path() + QStringLiteral("-wal"); }
    QString copyPath() const { return m_dir->filePath(QStringLiteral("copy.sqlite")); }

    // One run of `ids` recorded by a store opened with `onClose`, then closed.
    void recordAndClose(const QStringList &ids, HistoryStore::OnClose onClose)
    {
        HistoryStore store;
        QVERIFY2(store.open(path(), 0, onClose), qPrintable(store.errorString()));
        QString error;
        QVERIFY2(store.recordNow(runOf(ids), &error) > 0, qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void byDefault_theLastCloseFoldsTheLogIntoTheFile()
    {
        recordAndClose({QStringLiteral("1752829295500-0")}, HistoryStore::OnClose::FoldLog);
        QVERIFY(!QFileInfo::exists(logPath()));
        QCOMPARE(runsInTheFileAlone(path(), copyPath()), 1);
    }

    void leaveLog_closesWithTheRunStillInTheLog_andItIsReadable()
    {
        recordAndClose({QStringLiteral("1752829295500-0"), QStringLiteral("1752829295501-0")},
                       HistoryStore::OnClose::LeaveLog);
        QVERIFY(QFileInfo(logPath()).size() > 0);
        QCOMPARE(runsInTheFileAlone(path(), copyPath()), 0);

        // As safe as after any commit: the next reader finds the run through the log.
        HistoryStore reader;
        QVERIFY2(reader.open(path(), 0), qPrintable(reader.errorString()));
        const QList<HistoryRun> runs = reader.runs();
        QCOMPARE(runs.size(), 1);
        const std::optional<HistoryRun> loaded = reader.loadRun(runs.first().id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->results.size(), 2);
        QCOMPARE(loaded->results.at(1).id, QStringLiteral("1752829295501-0"));
    }

    void theNextLeaveLogOpen_foldsWhatTheLastOneLeft()
    {
        recordAndClose({QStringLiteral("1752829295500-0")}, HistoryStore::OnClose::LeaveLog);
        QCOMPARE(runsInTheFileAlone(path(), copyPath()), 0);

        HistoryStore next;
        QVERIFY2(next.open(path(), 0, HistoryStore::OnClose::LeaveLog),
                 qPrintable(next.errorString()));
        QCOMPARE(runsInTheFileAlone(path(), copyPath()), 1);
        QString error;
        QVERIFY2(next.recordNow(runOf({QStringLiteral("1752829295502-0")}), &error) > 0,
                 qPrintable(error));
        QCOMPARE(next.runs().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistoryLog)
#include "tst_historylog.moc"
