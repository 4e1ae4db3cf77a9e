// SessionJournal against real files: what a crash, a torn write or a damaged disk leaves behind
// must come back as exactly the records that were complete, never as a crash of its own.
#include "ids/idparser.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"
#include "session/journalrecord.h"
#include "session/sessionjournal.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace dlq;

namespace {

QString journalPath(const QString &dir)
{
    return dir + QLatin1Char('/') + QLatin1String(journal::kJournalFileName);
}

QString snapshotPath(const QString &dir)
{
    return dir + QLatin1Char('/') + QLatin1String(journal::kSnapshotFileName);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QString someIds(int count, int offset = 0)
{
    QStringList ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids << QStringLiteral("1752829295505-%1").arg(offset + i);
    return ids.join(QLatin1Char('\n'));
}

ResultRow outcome(ResultState state, int httpStatus, const QString &message = {})
{
    ResultRow row;
    row.state = state;
    row.httpStatus = httpStatus;
    row.message = message;
    row.attempts = 1;
    row.durationMs = 120;
    row.finishedAt = QDateTime::fromMSecsSinceEpoch(1752829300123, Qt::UTC);
    row.history = {AttemptInfo{httpStatus,
                               httpStatus == 0 ? QStringLiteral("timed out")
                                               : QStringLiteral("HTTP %1").arg(httpStatus),
                               120, 0}};
    return row;
}

// The model's rows, after a session went through the files and back.
void compareRows(const QList<ResultRow> &actual, const QList<ResultRow> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const ResultRow &a = actual.at(i);
        const ResultRow &e = expected.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.verdict.kind, e.verdict.kind);
        QCOMPARE(a.verdict.reason, e.verdict.reason);
        QCOMPARE(a.state, e.state);
        QCOMPARE(a.httpStatus, e.httpStatus);
        QCOMPARE(a.message, e.message);
        QCOMPARE(a.attempts, e.attempts);
        QCOMPARE(a.durationMs, e.durationMs);
        QCOMPARE(a.finishedAt, e.finishedAt);
        QCOMPARE(a.confirmedOnRetry, e.confirmedOnRetry);
        QCOMPARE(a.history.size(), e.history.size());
        for (qsizetype h = 0; h < a.history.size(); ++h) {
            QCOMPARE(a.history.at(h).httpStatus, e.history.at(h).httpStatus);
            QCOMPARE(a.history.at(h).error, e.history.at(h).error);
            QCOMPARE(a.history.at(h).durationMs, e.history.at(h).durationMs);
            QCOMPARE(a.history.at(h).waitMs, e.history.at(h).waitMs);
        }
    }
}

#define COMPARE_ROWS(actual, expected)                                                             \
    do {                                                                                           \
        compareRows(actual, expected);                                                             \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// What the files looked like after each step, to know what any cut of them must give back.
struct Stage
{
    qsizetype journalSize = 0;
    QList<ResultRow> rows;
};

Stage stageOf(SessionJournal &journal, const ResultsModel &model)
{
    journal.flush();
    return Stage{QFileInfo(journalPath(journal.directory())).size(), model.rows()};
}

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (readFile(it.next()).contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestSessionJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listAndResults_roundTripThroughRecover()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(
            QString(someIds(6) + QStringLiteral("\nwfr_0123456789abcdefghijk\ndlq-12345"))));
        SessionJournal journal(&model, dir.path());
        journal.setContext(QStringLiteral("qstash.upstash.io"), QStringLiteral("Production"));

        model.setOutcome(0, outcome(ResultState::Deleted, 200));
        model.setOutcome(1, outcome(ResultState::NotFound, 404,
                                    QStringLiteral("{\"error\":\"dlq message not found\"}")));
        ResultRow failed = outcome(ResultState::Failed, 503,
                                   QStringLiteral("Service \"unavailable\"\n\tünïcödé 🚀 \\ end"));
        failed.attempts = 2;
        failed.history.prepend(AttemptInfo{0, QStringLiteral("timed out"), 30000, 750});
        model.setOutcome(2, failed);
        ResultRow confirmed = outcome(ResultState::Deleted, 404, QStringLiteral("confirmed"));
        confirmed.confirmedOnRetry = true;
        model.setOutcome(3, confirmed);
        journal.flush();

        QVERIFY(SessionJournal::hasRecoverableSession(dir.path()));
        const RecoveredSession session = SessionJournal::recover(dir.path());
        QVERIFY2(session.warnings.isEmpty(), qPrintable(session.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(session.host, QStringLiteral("qstash.upstash.io"));
        QCOMPARE(session.preset, QStringLiteral("Production"));
        QVERIFY(session.savedAt.isValid());
        COMPARE_ROWS(session.rows, model.rows());
        QCOMPARE(session.count(ResultState::Deleted), 2);
        QCOMPARE(session.count(ResultState::NotFound), 1);
        QCOMPARE(session.count(ResultState::Failed), 1);
        QCOMPARE(session.count(ResultState::Invalid), 1);
        QCOMPARE(session.count(ResultState::Pending), 3);
        QVERIFY(session.unknownOutcomeIds.isEmpty());

        ResultsModel restored;
        QCOMPARE(restoreInto(&restored, session), model.rowCount());
        COMPARE_ROWS(restored.rows(), model.rows());
        for (int s = 0; s < kResultStateCount; ++s)
            QCOMPARE(restored.count(ResultState(s)), model.count(ResultState(s)));
        QCOMPARE(restoreInto(&restored, session), 0); // IDs already listed are not added twice
    }

    void inFlightRows_recoverAsPendingWithUnknownOutcome()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(5)));
        SessionJournal journal(&model, dir.path());
        model.setOutcome(0, outcome(ResultState::Failed, 503));
        model.setSending(0); // "Retry failed" had it in flight again
        model.setSending(1);
        model.setState(2, ResultState::Retrying, QStringLiteral("Try 2 in 1.0 s after: timed out"));
        model.setOutcome(3, outcome(ResultState::Cancelled, 0, QStringLiteral("aborted")));
        journal.flush();

        const RecoveredSession session = SessionJournal::recover(dir.path());
        QVERIFY(session.warnings.isEmpty());
        const QString unknown = QStringLiteral(
            "Outcome unknown after a crash; will be re-sent (a 404 then means it was deleted).");
        const QList<ResultRow> &rows = session.rows;
        QCOMPARE(rows.size(), 5);
        for (int r : {0, 1, 2}) {
            QCOMPARE(rows.at(r).state, ResultState::Pending);
            QCOMPARE(rows.at(r).message, unknown);
            QCOMPARE(rows.at(r).httpStatus, 0);
            QCOMPARE(rows.at(r).durationMs, -1);
            QVERIFY(!rows.at(r).finishedAt.isValid());
            QVERIFY(!rows.at(r).confirmedOnRetry);
            QCOMPARE(rows.at(r).history.last().error, QStringLiteral("interrupted"));
            QCOMPARE(rows.at(r).attempts, rows.at(r).history.size());
        }
        QCOMPARE(rows.at(0).history.size(), 2); // the earlier 503 is kept
        QCOMPARE(rows.at(0).history.first().httpStatus, 503);
        QCOMPARE(rows.at(3).state, ResultState::Cancelled);
        QCOMPARE(rows.at(4).state, ResultState::Pending);
        QVERIFY(rows.at(4).message.isEmpty());
        QCOMPARE(session.unknownOutcomeIds,
                 (QSet<QString>{rows.at(0).id, rows.at(1).id, rows.at(2).id, rows.at(3).id}));
        QCOMPARE(session.count(ResultState::Pending), 4);
        QCOMPARE(session.count(ResultState::Sending), 0);
        QCOMPARE(session.count(ResultState::Retrying), 0);

        // The same from a snapshot taken while they were in flight.
        journal.checkpoint();
        journal.flush();
        QCOMPARE(readFile(journalPath(dir.path())).count('\n'), 1);
        const RecoveredSession fromSnapshot = SessionJournal::recover(dir.path());
        COMPARE_ROWS(fromSnapshot.rows, session.rows);
        QCOMPARE(fromSnapshot.unknownOutcomeIds, session.unknownOutcomeIds);
    }

    void sendingRecord_isOnDiskBeforeTheSandboxSeesTheRequest()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        const QStringList ids = server.seed(24, 5);
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(ids.join(QLatin1Char('\n'))));
        SessionJournal journal(&model, dir.path());
        // As a kill -9 at the moment the server receives a request would leave the files: the
        // request's row must already read as in flight (recovered with an unknown outcome).
        QStringList seen;
        QStringList notOnDisk;
        server.setOverride([&](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            const QString id = QString::fromUtf8(QByteArray::fromPercentEncoding(
                request.path.mid(request.path.lastIndexOf('/') + 1)));
            seen << id;
            if (!readSession(dir.path()).unknownOutcomeIds.contains(id))
                notOnDisk << id;
            return std::nullopt;
        });
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);
        RunConfig config;
        config.baseUrl = server.baseUrl();
        config.token = SandboxServer::defaultToken();
        config.concurrency = 8;
        config.notFoundGuard = 0;
        QVERIFY(controller.start(controller.unsentRows(), config));
        QVERIFY(finished.wait(30000));
        QCOMPARE(model.count(ResultState::Deleted), int(ids.size()));
        QCOMPARE(seen.size(), ids.size());
        QVERIFY2(notOnDisk.isEmpty(), qPrintable(QStringLiteral("sent before their Sending record "
                                                                "was written: ") +
                                                 notOnDisk.join(QStringLiteral(", "))));
    }

    void sendingNeverWaitsForTheDisk()
    {
        QSemaphore diskSync; // the test lets each journal sync finish, one at a time
        std::atomic<int> syncsStarted{0};
        std::atomic<int> syncsDone{0};
        JournalTiming timing;
        timing.syncIntervalMs = 0; // every batch ends with a sync
        timing.beforeSync = [&] {
            ++syncsStarted;
            diskSync.tryAcquire(1, 20000); // a broken build fails after this instead of hanging
            ++syncsDone;
        };
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(3)));
        SessionJournal journal(&model, dir.path(), timing);
        const auto releaseAll = qScopeGuard([&] { diskSync.release(1000); });
        QSignalSpy permitted(&journal, &SendGate::permitted);
        QTRY_COMPARE(syncsStarted.load(), 1); // the first snapshot's journal: a slow disk

        // What the engine does on the GUI thread for a request about to leave.
        model.setSending(1);
        const quint64 ticket = journal.requestPermission();
        QCOMPARE(syncsDone.load(), 0);  // both returned while the disk was still busy
        QCOMPARE(permitted.count(), 0); // never from inside the call

        diskSync.release(); // that sync ends; the next batch holds the Sending record
        QVERIFY(permitted.wait(10000));
        QCOMPARE(permitted.at(0).at(0).toULongLong(), ticket);
        QCOMPARE(syncsDone.load(), 1); // permission came before that batch's own sync ended
        QCOMPARE(readSession(dir.path()).unknownOutcomeIds, QSet<QString>{model.row(1).id});
    }

    void snapshotThenJournal_replayInOrder()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(10)));
        SessionJournal journal(&model, dir.path());
        for (int r = 0; r < 5; ++r)
            model.setOutcome(r, outcome(ResultState::Deleted, 200));
        journal.checkpoint();
        for (int r = 5; r < 8; ++r)
            model.setOutcome(r, outcome(ResultState::NotFound, 404));
        model.removeRowList({8});
        model.append(parseIds(someIds(2, 100)));
        model.setSending(0);
        model.setOutcome(0, outcome(ResultState::Deleted, 200));
        journal.flush();
        QCOMPARE(journal.snapshotCount(), 2); // on start, and the checkpoint

        const std::optional<QJsonObject> snapshot =
            journal::decodeLine(readFile(snapshotPath(dir.path())));
        QVERIFY(snapshot);
        QCOMPARE(snapshot->value(QLatin1String("seq")).toInteger(), 5); // five row records
        QCOMPARE(snapshot->value(QLatin1String("rows")).toArray().size(), 10);
        const QByteArray lines = readFile(journalPath(dir.path()));
        const std::optional<QJsonObject> begin =
            journal::decodeLine(lines.left(lines.indexOf('\n')));
        QVERIFY(begin);
        QCOMPARE(begin->value(QLatin1String("op")).toString(), QStringLiteral("begin"));
        QCOMPARE(begin->value(QLatin1String("epoch")), snapshot->value(QLatin1String("epoch")));
        QCOMPARE(begin->value(QLatin1String("seq")).toInteger(), 5);
        QCOMPARE(lines.count('\n'), 1 + 3 + 1 + 1 + 2);

        const RecoveredSession session = SessionJournal::recover(dir.path());
        QVERIFY(session.warnings.isEmpty());
        COMPARE_ROWS(session.rows, model.rows());
    }

    // An action run's context and each ID's detail (the new run, a look-up's finding) come
    // back from the journal alone and from a snapshot taken after them.
    void actContextAndDetails_comeBack_beforeAndAfterASnapshot()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(3)));
        const QJsonObject act{{QStringLiteral("action"), QStringLiteral("resume")},
                              {QStringLiteral("reason"), QStringLiteral("INC-7")}};
        const QJsonObject detail{{QStringLiteral("run"), QStringLiteral("wfr_1")},
                                 {QStringLiteral("at"), qint64(1752829300000)}};
        {
            SessionJournal journal(&model, dir.path());
            journal.setActContext(act);
            journal.recordDetail(model.row(0).id, detail);
            model.setOutcome(0, outcome(ResultState::Done, 200));
            journal.flush();
            const RecoveredSession fromJournal = readSession(dir.path());
            QCOMPARE(fromJournal.act, act);
            QCOMPARE(fromJournal.details.value(model.row(0).id), detail);
            journal.checkpoint();
            journal.flush();
            QCOMPARE(journal.snapshotCount(), 2);
        }
        const RecoveredSession fromSnapshot = readSession(dir.path());
        QVERIFY(fromSnapshot.warnings.isEmpty());
        QCOMPARE(fromSnapshot.act, act);
        QCOMPARE(fromSnapshot.details.size(), 1);
        QCOMPARE(fromSnapshot.details.value(model.row(0).id), detail);
        QCOMPARE(fromSnapshot.rows.at(0).state, ResultState::Done);
    }

    void recordsCoveredBySnapshot_areNotAppliedTwice()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(4)));
        SessionJournal journal(&model, dir.path());
        model.setOutcome(0, outcome(ResultState::Failed, 503));
        model.removeRowList({1});
        journal.flush();
        const QByteArray oldJournal = readFile(journalPath(dir.path()));
        model.setOutcome(0, outcome(ResultState::Deleted, 200));
        journal.checkpoint();
        journal.flush();
        const QList<ResultRow> atCheckpoint = model.rows();

        // A crash after the snapshot was committed, before its journal replaced the old one.
        QVERIFY(writeFile(journalPath(dir.path()), oldJournal));
        RecoveredSession session = SessionJournal::recover(dir.path());
        QVERIFY(session.warnings.isEmpty());
        COMPARE_ROWS(session.rows, atCheckpoint);

        // Same epoch, records on both sides of the snapshot's seq: only the later ones count.
        const QJsonObject snapshot = *journal::decodeLine(readFile(snapshotPath(dir.path())));
        const qint64 covered = snapshot.value(QLatin1String("seq")).toInteger();
        const auto line = [](qint64 seq, const char *op, QJsonObject fields) {
            fields.insert(QStringLiteral("seq"), seq);
            fields.insert(QStringLiteral("op"), QLatin1String(op));
            return journal::encodeLine(fields);
        };
        ResultRow failedAgain = atCheckpoint.at(0);
        failedAgain.state = ResultState::Failed;
        ResultRow laterDeleted = atCheckpoint.at(1);
        laterDeleted.state = ResultState::Deleted;
        QByteArray crafted =
            line(covered - 2, journal::kOpBegin,
                 {{QStringLiteral("epoch"), snapshot.value(QLatin1String("epoch"))},
                  {QStringLiteral("v"), 1}});
        crafted += line(covered - 1, journal::kOpRemove,
                        {{QStringLiteral("ids"), QJsonArray{atCheckpoint.at(2).id}}});
        crafted += line(covered, journal::kOpRow,
                        {{QStringLiteral("row"), journal::rowToJson(failedAgain)}});
        crafted += line(covered + 1, journal::kOpRow,
                        {{QStringLiteral("row"), journal::rowToJson(laterDeleted)}});
        QVERIFY(writeFile(journalPath(dir.path()), crafted));
        session = SessionJournal::recover(dir.path());
        QVERIFY(session.warnings.isEmpty());
        QList<ResultRow> expected = atCheckpoint;
        expected[1] = laterDeleted;
        COMPARE_ROWS(session.rows, expected);
    }

    void tornLastLine_recoversCompleteRecordsAtEveryOffset()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(5)));
        SessionJournal journal(&model, dir.path());
        QList<Stage> stages{stageOf(journal, model)};
        model.setOutcome(0, outcome(ResultState::Deleted, 200));
        stages << stageOf(journal, model);
        model.setOutcome(1, outcome(ResultState::NotFound, 404, QStringLiteral("gone")));
        stages << stageOf(journal, model);
        model.removeRowList({2});
        stages << stageOf(journal, model);
        const QByteArray full = readFile(journalPath(dir.path()));
        const QByteArray snapshot = readFile(snapshotPath(dir.path()));
        QCOMPARE(full.size(), stages.last().journalSize);

        QTemporaryDir crash;
        for (qsizetype cut = stages.first().journalSize; cut <= full.size(); ++cut) {
            QVERIFY(writeFile(snapshotPath(crash.path()), snapshot));
            QVERIFY(writeFile(journalPath(crash.path()), full.left(cut)));
            const RecoveredSession session = SessionJournal::recover(crash.path());
            // Complete means the checksum holds: a record missing only its '\n' still counts.
            qsizetype stage = 0;
            while (stage + 1 < stages.size() && stages.at(stage + 1).journalSize - 1 <= cut)
                ++stage;
            compareRows(session.rows, stages.at(stage).rows);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("at cut %1 of %2").arg(cut).arg(full.size())));
            const bool wholeLines = cut <= stages.at(stage).journalSize;
            QVERIFY2(session.warnings.isEmpty() == wholeLines,
                     qPrintable(QStringLiteral("at cut %1 of %2: %3")
                                    .arg(cut)
                                    .arg(full.size())
                                    .arg(session.warnings.join(QLatin1Char('|')))));
            if (!wholeLines)
                QVERIFY(session.warnings.join(QLatin1Char(' ')).contains(QLatin1String("cut off")));
        }
    }

    void garbageAppended_isIgnoredWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : random)
            c = char(rng.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("zeros after a power cut") << QByteArray(8192, '\0');
        QTest::newRow("empty lines") << QByteArray("\n\n\n");
        QTest::newRow("half a record")
            << QByteArray("{\"op\":\"row\",\"row\":{\"id\":\"1-1\"},\"se");
        QTest::newRow("no checksum") << QByteArray("{\"op\":\"reset\",\"seq\":99}\n");
        QTest::newRow("checksum of something else")
            << QByteArray("{\"op\":\"reset\",\"seq\":99,\"crc\":\"00000000\"}\n");
    }

    void garbageAppended_isIgnoredWithAWarning()
    {
        QFETCH(QByteArray, garbage);
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(5)));
        SessionJournal journal(&model, dir.path());
        model.setOutcome(0, outcome(ResultState::Deleted, 200));
        journal.flush();
        QFile file(journalPath(dir.path()));
        QVERIFY(file.open(QIODevice::Append));
        file.write(garbage);
        file.close();

        QVERIFY(SessionJournal::hasRecoverableSession(dir.path()));
        const RecoveredSession session = SessionJournal::recover(dir.path());
        COMPARE_ROWS(session.rows, model.rows());
        QVERIFY2(session.warnings.size() == 1, qPrintable(session.warnings.join(QLatin1Char('|'))));
        QVERIFY2(session.warnings.first().contains(QLatin1String("line 3")),
                 qPrintable(session.warnings.first()));
    }

    void bitFlipInTheMiddle_stopsAtTheDamagedRecord()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(5)));
        SessionJournal journal(&model, dir.path());
        QList<Stage> stages{stageOf(journal, model)};
        for (int r = 0; r < 4; ++r) {
            model.setOutcome(r, outcome(ResultState::Deleted, 200));
            stages << stageOf(journal, model);
        }
        const QByteArray full = readFile(journalPath(dir.path()));
        const QByteArray snapshot = readFile(snapshotPath(dir.path()));

        // Every single-bit flip in the second row record (line 3 of 5) loses it and all after.
        QTemporaryDir damaged;
        for (qsizetype at = stages.at(1).journalSize; at < stages.at(2).journalSize; ++at) {
            for (int bit : {0, 3, 7}) {
                QByteArray flipped = full;
                flipped[at] = char(flipped.at(at) ^ (1 << bit));
                QVERIFY(writeFile(snapshotPath(damaged.path()), snapshot));
                QVERIFY(writeFile(journalPath(damaged.path()), flipped));
                const RecoveredSession session = SessionJournal::recover(damaged.path());
                compareRows(session.rows, stages.at(1).rows);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("flip at byte %1 bit %2").arg(at).arg(bit)));
                QCOMPARE(session.warnings.size(), 1);
                QVERIFY2(session.warnings.first().contains(QLatin1String("damaged at line 3")),
                         qPrintable(session.warnings.first()));
            }
        }
    }

    void missingSnapshot_rebuildsFromJournal()
    {
        QTemporaryDir dir;
        ResultsModel model;
        SessionJournal journal(&model, dir.path());
        model.append(parseIds(someIds(6)));
        model.setOutcome(0, outcome(ResultState::Deleted, 200));
        model.setSending(1);
        journal.flush();
        QVERIFY(QFile::remove(snapshotPath(dir.path())));

        RecoveredSession session = SessionJournal::recover(dir.path());
        QCOMPARE(session.rows.size(), 6);
        QCOMPARE(session.rows.at(0).state, ResultState::Deleted);
        QCOMPARE(session.unknownOutcomeIds, QSet<QString>{model.row(1).id});
        QCOMPARE(session.unknownToResend, 1); // in flight at the crash: sent again
        QVERIFY(session.warnings.join(QLatin1Char(' ')).contains(QLatin1String("missing")));

        // After a later snapshot, the journal alone only knows the rows changed since.
        journal.checkpoint();
        model.setOutcome(2, outcome(ResultState::NotFound, 404));
        journal.flush();
        QVERIFY(QFile::remove(snapshotPath(dir.path())));
        session = SessionJournal::recover(dir.path());
        QCOMPARE(session.rows.size(), 1);
        QCOMPARE(session.rows.first().id, model.row(2).id);
        QCOMPARE(session.rows.first().state, ResultState::NotFound);
        QVERIFY(session.warnings.join(QLatin1Char(' ')).contains(QLatin1String("6 IDs")));
    }

    void corruptSnapshot_data()
    {
        QTest::addColumn<QByteArray>("snapshot");
        QTest::newRow("garbage") << QByteArray("\x7f"
                                               "ELF\x02\x01\x01\0\0\0",
                                               10);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain JSON, no checksum") << QByteArray("{\"rows\":[],\"seq\":0}");
        QTest::newRow("cut in half") << QByteArray(); // filled in from the real one below
    }

    void corruptSnapshot()
    {
        QFETCH(QByteArray, snapshot);
        QTemporaryDir dir;
        ResultsModel model;
        {
            SessionJournal journal(&model, dir.path());
            model.append(parseIds(someIds(3)));
            model.setOutcome(0, outcome(ResultState::Deleted, 200));
        }
        if (QByteArray(QTest::currentDataTag()) == "cut in half") {
            const QByteArray real = readFile(snapshotPath(dir.path()));
            snapshot = real.left(real.size() / 2);
        }
        QVERIFY(writeFile(snapshotPath(dir.path()), snapshot));

        // The journal began from an empty list, so it alone still holds everything.
        RecoveredSession session = SessionJournal::recover(dir.path());
        COMPARE_ROWS(session.rows, model.rows());
        QVERIFY(session.warnings.join(QLatin1Char(' ')).contains(QLatin1String("damaged")));

        // Both damaged: nothing to offer, the files are moved aside, the next start is clean.
        QVERIFY(writeFile(journalPath(dir.path()), QByteArray("\xff\xfe garbage\n")));
        QVERIFY(SessionJournal::hasRecoverableSession(dir.path()));
        session = SessionJournal::recover(dir.path());
        QVERIFY(session.isEmpty());
        QVERIFY(session.warnings.last().contains(QLatin1String("moved aside")));
        QVERIFY(!QFile::exists(journalPath(dir.path())));
        QVERIFY(!QFile::exists(snapshotPath(dir.path())));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).size(),
                 2);
        QVERIFY(!SessionJournal::hasRecoverableSession(dir.path()));
        QVERIFY(SessionJournal::recover(dir.path()).warnings.isEmpty());
    }

    void emptyDirectory_hasNothingToRecover()
    {
        QTemporaryDir dir;
        QVERIFY(!SessionJournal::hasRecoverableSession(dir.path()));
        const RecoveredSession session = SessionJournal::recover(dir.path());
        QVERIFY(session.isEmpty());
        QVERIFY(session.warnings.isEmpty());
        QVERIFY(!session.savedAt.isValid());
        QVERIFY(!SessionJournal::hasRecoverableSession(dir.filePath(QStringLiteral("absent"))));
        QVERIFY(SessionJournal::recover(dir.filePath(QStringLiteral("absent"))).isEmpty());

        // A journal that never saw a row offers nothing either.
        ResultsModel model;
        SessionJournal journal(&model, dir.path());
        journal.setContext(QStringLiteral("qstash.upstash.io"));
        journal.flush();
        QVERIFY(!SessionJournal::hasRecoverableSession(dir.path()));
    }

    void markClean_leavesNothingToRecover()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(3)));
        SessionJournal journal(&model, dir.path());
        model.setOutcome(0, outcome(ResultState::Deleted, 200));
        journal.markClean();
        QVERIFY(!QFile::exists(journalPath(dir.path())));
        QVERIFY(!QFile::exists(snapshotPath(dir.path())));
        QVERIFY(!SessionJournal::hasRecoverableSession(dir.path()));

        // Work after that starts a new session holding the whole list as it is now.
        model.setOutcome(1, outcome(ResultState::NotFound, 404));
        journal.flush();
        const RecoveredSession session = SessionJournal::recover(dir.path());
        QVERIFY(session.warnings.isEmpty());
        COMPARE_ROWS(session.rows, model.rows());

        journal.markClean();
        QVERIFY(!SessionJournal::hasRecoverableSession(dir.path()));
    }

    void removingAndClearing_areJournaled()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(10)));
        SessionJournal journal(&model, dir.path());
        model.removeRowList({9, 1, 3, 4});
        model.setOutcome(2, outcome(ResultState::Deleted, 200));
        journal.flush();
        RecoveredSession session = SessionJournal::recover(dir.path());
        QCOMPARE(session.rows.size(), 6);
        COMPARE_ROWS(session.rows, model.rows());

        model.clear();
        journal.flush();
        QVERIFY(!SessionJournal::hasRecoverableSession(dir.path()));
        QVERIFY(SessionJournal::recover(dir.path()).isEmpty());

        model.append(parseIds(someIds(3, 50)));
        journal.flush();
        session = SessionJournal::recover(dir.path());
        QVERIFY(session.warnings.isEmpty());
        COMPARE_ROWS(session.rows, model.rows());
    }

    void restoredSession_isJournaledAgain()
    {
        QTemporaryDir dir;
        QList<ResultRow> before;
        {
            ResultsModel model;
            model.append(parseIds(someIds(4)));
            SessionJournal journal(&model, dir.path());
            journal.setContext(QStringLiteral("qstash-eu.upstash.io"));
            model.setOutcome(0, outcome(ResultState::Deleted, 200));
            model.setSending(1);
            before = model.rows();
        } // the process dies with row 1 in flight

        const RecoveredSession first = SessionJournal::recover(dir.path());
        ResultsModel model;
        QCOMPARE(restoreInto(&model, first), 4);
        SessionJournal journal(&model, dir.path());
        journal.setContext(first.host, first.preset);
        model.setOutcome(1, outcome(ResultState::NotFound, 404));
        journal.flush();
        // The restored list is the new session's snapshot; the journal only holds what followed.
        QCOMPARE(readFile(journalPath(dir.path())).count('\n'), 3); // begin, ctx, row

        const RecoveredSession second = SessionJournal::recover(dir.path());
        QVERIFY(second.warnings.isEmpty());
        QCOMPARE(second.host, QStringLiteral("qstash-eu.upstash.io"));
        COMPARE_ROWS(second.rows, model.rows());
        QCOMPARE(second.rows.at(1).history.first().error, QStringLiteral("interrupted"));
        QVERIFY(second.unknownOutcomeIds.isEmpty());
    }

    void automaticSnapshots_keepTheJournalShort()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(50)));
        SessionJournal journal(&model, dir.path());
        journal.setSnapshotInterval(20);
        for (int r = 0; r < 50; ++r) {
            model.setSending(r);
            model.setOutcome(r, outcome(r % 2 ? ResultState::Deleted : ResultState::NotFound, 200));
            // A snapshot still being written defers the next one; waiting keeps counts exact.
            journal.flush();
        }
        QVERIFY(journal.snapshotCount() > 2);
        QVERIFY(readFile(journalPath(dir.path())).count('\n') < 60);
        const RecoveredSession session = SessionJournal::recover(dir.path());
        QVERIFY(session.warnings.isEmpty());
        COMPARE_ROWS(session.rows, model.rows());
    }

    void longMessages_areCapped()
    {
        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(someIds(1)));
        SessionJournal journal(&model, dir.path());
        model.setOutcome(0, outcome(ResultState::Failed, 500, QString(50000, QLatin1Char('x'))));
        journal.flush();
        QVERIFY(QFileInfo(journalPath(dir.path())).size() < 4000);
        const RecoveredSession session = SessionJournal::recover(dir.path());
        QCOMPARE(session.rows.first().message.size(), journal::kMaxMessageChars + 1);
        QVERIFY(session.rows.first().message.endsWith(QStringLiteral("…")));
    }

    void unwritableDirectory_reportsAndKeepsWorking()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), "not a folder"));
        ResultsModel model;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Could not save the session")));
        SessionJournal journal(&model, dir.filePath(QStringLiteral("file/session")));
        QSignalSpy failed(&journal, &SessionJournal::writeFailed);
        QVERIFY(failed.wait(10000));
        model.append(parseIds(someIds(3)));
        model.setOutcome(0, outcome(ResultState::Deleted, 200));
        journal.flush();
        QVERIFY(!journal.lastError().isEmpty());
        journal.markClean();
    }

    void twentyThousandRows_stayBoundedAndRecoverAll()
    {
        constexpr int kRows = 20000;
        const ParseResult parsed = parseIds(someIds(kRows));
        const auto result = [](int r) {
            ResultRow row =
                outcome(r % 3 ? ResultState::Deleted : ResultState::NotFound, r % 3 ? 200 : 404,
                        r % 3 ? QString() : QStringLiteral("{\"error\":\"not found\"}"));
            row.durationMs = 80 + r % 50;
            return row;
        };
        const auto run = [&](ResultsModel &model, SessionJournal *journal, qint64 *peakBytes) {
            QElapsedTimer clock;
            qint64 spent = 0;
            clock.start();
            model.append(parsed);
            spent += clock.elapsed();
            for (int r = 0; r < kRows; ++r) {
                clock.restart();
                model.setSending(r);
                model.setOutcome(r, result(r));
                spent += clock.nsecsElapsed() / 1000000;
                if (journal && r % 1000 == 999) {
                    journal->flush(); // outside the clock: sizes, not speed
                    const qint64 onDisk = QFileInfo(journalPath(journal->directory())).size() +
                                          QFileInfo(snapshotPath(journal->directory())).size();
                    *peakBytes = std::max(*peakBytes, onDisk);
                }
            }
            return spent;
        };

        ResultsModel bare;
        QElapsedTimer clock;
        clock.start();
        run(bare, nullptr, nullptr);
        const qint64 bareMs = clock.elapsed();

        QTemporaryDir dir;
        ResultsModel model;
        qint64 peak = 0;
        qint64 journaledMs = 0;
        int snapshots = 0;
        qint64 written = 0;
        {
            SessionJournal journal(&model, dir.path());
            clock.restart();
            journaledMs = run(model, &journal, &peak);
            journal.flush();
            snapshots = journal.snapshotCount();
            written = journal.bytesWritten();
        }
        clock.restart();
        const RecoveredSession session = SessionJournal::recover(dir.path());
        const qint64 recoverMs = clock.elapsed();
        qInfo("20000 IDs: model alone %lld ms, with journal %lld ms; peak on disk %.2f MB; "
              "%d snapshots; %.2f MB written in all; recover %lld ms",
              bareMs, journaledMs, double(peak) / 1e6, snapshots, double(written) / 1e6, recoverMs);

        QVERIFY(peak < 8 * 1024 * 1024);
        QVERIFY(written < 32 * 1024 * 1024);
        QVERIFY(session.warnings.isEmpty());
        QCOMPARE(session.rows.size(), kRows);
        QCOMPARE(session.count(ResultState::Deleted), model.count(ResultState::Deleted));
        QCOMPARE(session.count(ResultState::NotFound), model.count(ResultState::NotFound));
        COMPARE_ROWS(session.rows, model.rows());
    }

    // Paste, start, Cancel, quit: the IDs the run never sent are still in the DLQ, so the
    // restore prompt must count them as unfinished, as many as a resumed run would send.
    void aCancelledRun_leavesItsNotSentRowsUnfinished()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(20);
        const QStringList existing = server.seed(200, 5);

        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(existing.join(QLatin1Char('\n'))));
        {
            SessionJournal journal(&model, dir.path());
            QNetworkAccessManager nam;
            RunController controller(&model, &nam);
            QSignalSpy finished(&controller, &RunController::runFinished);
            connect(&controller, &RunController::progressChanged, &controller,
                    [&controller](int done) {
                        if (done == 20)
                            controller.cancel();
                    });
            RunConfig config;
            config.baseUrl = server.baseUrl();
            config.token = server.token();
            config.concurrency = 2;
            config.notFoundGuard = 0;
            QVERIFY(controller.start(controller.unsentRows(), config));
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Cancelled);
            journal.flush();
        } // quit without marking the session clean
        QVERIFY(model.count(ResultState::NotSent) > 100);

        const RecoveredSession session = SessionJournal::recover(dir.path());
        ResultsModel restored;
        QCOMPARE(restoreInto(&restored, session), 200);
        QNetworkAccessManager nam;
        const RunController resumer(&restored, &nam);
        QCOMPARE(session.unfinished, int(resumer.unsentRows().size()));
        QCOMPARE(session.unfinished, model.count(ResultState::NotSent) +
                                         model.count(ResultState::Pending) +
                                         model.count(ResultState::TokenRejected));
        // Rows cancelled in flight (if the cancel found any: rows held for the journal's
        // write-ahead become Not sent) have an unknown outcome, but resuming does not send
        // them again; tests/ui/tst_sessionrestore makes sure some were in flight.
        QCOMPARE(session.unknownOutcomeIds.size(), model.count(ResultState::Cancelled));
        QCOMPARE(session.unknownToResend, 0);
    }

    void tokenNeverReachesTheFiles()
    {
        const QString token =
            QStringLiteral("eyJVc2VySUQiOiJ0ZXN0LXVzZXIiLCJQYXNzd29yZCI6InMzY3IzdCJ9");
        const QString wrongToken =
            QStringLiteral("eyJVc2VySUQiOiJvdGhlciIsIlBhc3N3b3JkIjoid3JvbmcifQ==");
        SandboxServer server;
        QVERIFY(server.listen());
        server.setToken(token);
        SandboxFaults faults;
        faults.serverErrorPercent = 25;
        faults.resetAfterPercent = 15; // "outcome unknown" messages
        faults.seed = 7;
        server.setFaults(faults);
        const QStringList existing = server.seed(30, 3);

        QTemporaryDir dir;
        ResultsModel model;
        model.append(parseIds(
            QString(existing.join(QLatin1Char('\n')) + QLatin1Char('\n') + someIds(10, 900))));
        SessionJournal journal(&model, dir.path());
        journal.setContext(server.baseUrl().host(), QStringLiteral("Built-in sandbox"));
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);
        RunConfig config;
        config.baseUrl = server.baseUrl();
        config.token = token;
        config.concurrency = 4;
        config.timeoutMs = 10000;
        config.maxAttempts = 2;
        config.retryBaseDelayMs = 10;
        config.maxRetryDelayMs = 50;
        config.notFoundGuard = 0;
        QVERIFY(controller.start(controller.unsentRows(), config));
        QVERIFY(finished.wait(30000));

        // Whatever is left goes out with a rejected token: the server's answer lands in rows.
        server.setFaults({});
        server.seed(5, 99);
        model.append(parseIds(server.entryIds().join(QLatin1Char('\n'))));
        config.token = wrongToken;
        QVERIFY(controller.start(controller.unsentRows(), config));
        QVERIFY(finished.wait(30000));
        QVERIFY(model.count(ResultState::TokenRejected) > 0);
        journal.flush();
        QVERIFY(!anyFileContains(dir.path(), token.toUtf8()));
        QVERIFY(!anyFileContains(dir.path(), wrongToken.toUtf8()));
        journal.checkpoint();
        journal.flush();
        QVERIFY(!anyFileContains(dir.path(), token.toUtf8()));
        QVERIFY(!anyFileContains(dir.path(), wrongToken.toUtf8()));
        QVERIFY(!anyFileContains(dir.path(), QByteArrayLiteral("Bearer")));

        const RecoveredSession session = SessionJournal::recover(dir.path());
        QVERIFY(session.warnings.isEmpty());
        COMPARE_ROWS(session.rows, model.rows());
    }
};

QTEST_GUILESS_MAIN(TestSessionJournal)
#include "tst_sessionjournal.moc"
