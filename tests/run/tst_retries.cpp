// Retries, backoff, server-requested waits, the daily quota and the not-found guard,
// against the sandbox over real sockets.
#include "run/deleterun.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

namespace {

SandboxResponse answer(int status, QByteArray body = {})
{
    SandboxResponse r;
    r.status = status;
    r.body = std::move(body);
    if (!r.body.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

// Answers with `first` for the first `times` requests of an ID, then falls through.
SandboxServer::Override failFirst(int times, SandboxResponse first)
{
    auto seen = std::make_shared<QHash<QByteArray, int>>();
    return [=](const SandboxRequest &request) -> std::optional<SandboxResponse> {
        if ((*seen)[request.path]++ < times)
            return first;
        return std::nullopt;
    };
}

} // namespace

class TestRetries : public QObject
{
    Q_OBJECT

private:
    RunConfig config() const
    {
        RunConfig c{server->baseUrl(), SandboxServer::defaultToken(), 4, 5000};
        c.retryBaseDelayMs = 20;
        c.maxRetryDelayMs = 200;
        c.jitterSeed = 42;
        return c;
    }

    struct Run
    {
        Run(const RunConfig &config, const QStringList &ids)
            : run(&nam, config), finished(&run, &DeleteRun::finished)
        {
            QObject::connect(&run, &DeleteRun::itemFinished, &run,
                             [this](int key, const ResultRow &row) { rows.insert(key, row); });
            QList<RunItem> items;
            for (int i = 0; i < ids.size(); ++i)
                items.append(RunItem{i, ids.at(i)});
            run.start(items);
        }
        bool wait() { return !finished.isEmpty() || finished.wait(60000); }
        RunEnd end() const { return finished.first().first().value<RunEnd>(); }

        QNetworkAccessManager nam;
        DeleteRun run;
        QSignalSpy finished;
        QHash<int, ResultRow> rows;
    };

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        ids = server->seed(5, 3);
    }
    void cleanup() { server.reset(); }

    void serverErrors_areRetried_untilTheDeleteGoesThrough_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {429, 500, 502, 503, 504})
            QTest::addRow("%d", status) << status;
    }
    void serverErrors_areRetried_untilTheDeleteGoesThrough()
    {
        QFETCH(int, status);
        server->setOverride(failFirst(2, answer(status, R"({"error":"try again"})")));
        Run r(config(), {ids.at(0)});
        QVERIFY(r.wait());
        const ResultRow row = r.rows.value(0);
        QCOMPARE(row.state, ResultState::Deleted);
        QCOMPARE(row.attempts, 3);
        QCOMPARE(row.history.size(), 3);
        QCOMPARE(row.history.at(0).httpStatus, status);
        QCOMPARE(row.history.at(2).httpStatus, 200);
        QVERIFY(!row.confirmedOnRetry);
        QCOMPARE(server->requests().size(), 3);
    }

    void clientErrors_areNeverRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ResultState>("expected");
        QTest::newRow("400") << 400 << ResultState::InvalidId;
        QTest::newRow("401") << 401 << ResultState::TokenRejected;
        QTest::newRow("403") << 403 << ResultState::TokenRejected;
        QTest::newRow("404") << 404 << ResultState::NotFound;
        QTest::newRow("409") << 409 << ResultState::Failed;
    }
    void clientErrors_areNeverRetried()
    {
        QFETCH(int, status);
        QFETCH(ResultState, expected);
        server->setOverride(failFirst(1, answer(status, R"({"error":"no"})")));
        Run r(config(), {ids.at(0)});
        QVERIFY(r.wait());
        QCOMPARE(r.rows.value(0).state, expected);
        QCOMPARE(r.rows.value(0).attempts, 1);
        QCOMPARE(server->requests().size(), 1);
    }

    void exhaustedAttempts_endFailed_sayingHowManyTries()
    {
        server->setOverride(failFirst(100, answer(503, R"({"error":"down"})")));
        RunConfig c = config();
        c.maxAttempts = 3;
        Run r(c, {ids.at(0)});
        QVERIFY(r.wait());
        const ResultRow row = r.rows.value(0);
        QCOMPARE(row.state, ResultState::Failed);
        QCOMPARE(row.attempts, 3);
        QVERIFY2(row.message.startsWith(QStringLiteral("After 3 attempts")),
                 qPrintable(row.message));
        QCOMPARE(server->requests().size(), 3);
        QCOMPARE(row.history.at(0).waitMs <= 200, true);
    }

    void retryAfterSeconds_isHonoured()
    {
        SandboxResponse limited = answer(429, R"({"error":"slow down"})");
        limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        server->setOverride(failFirst(1, limited));
        Run r(config(), {ids.at(0)});
        QVERIFY(r.wait());
        const ResultRow row = r.rows.value(0);
        QCOMPARE(row.state, ResultState::Deleted);
        QVERIFY2(row.history.at(0).waitMs >= 1000,
                 qPrintable(QString::number(row.history.at(0).waitMs)));
        const QList<SandboxRequest> requests = server->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(0).receivedAt.msecsTo(requests.at(1).receivedAt) >= 950);
    }

    void burstResetInMilliseconds_isHonoured()
    {
        SandboxResponse limited = answer(429);
        const qint64 reset = QDateTime::currentMSecsSinceEpoch() + 700;
        limited.headers.append(qMakePair(QByteArray("Burst-RateLimit-Limit"), QByteArray("100")));
        limited.headers.append(qMakePair(QByteArray("Burst-RateLimit-Remaining"), QByteArray("0")));
        limited.headers.append(
            qMakePair(QByteArray("Burst-RateLimit-Reset"), QByteArray::number(reset)));
        server->setOverride(failFirst(1, limited));
        Run r(config(), {ids.at(0)});
        QVERIFY(r.wait());
        QCOMPARE(r.rows.value(0).state, ResultState::Deleted);
        QVERIFY(r.rows.value(0).history.at(0).waitMs >= 500);
        QCOMPARE(r.run.rateLimitedCount(), 1);
    }

    void dailyQuota_stopsTheRun_withTheResetTime()
    {
        SandboxResponse quota = answer(429, R"({"error":"daily quota exceeded"})");
        quota.headers.append(qMakePair(QByteArray("RateLimit-Limit"), QByteArray("1000")));
        quota.headers.append(qMakePair(QByteArray("RateLimit-Remaining"), QByteArray("0")));
        quota.headers.append(
            qMakePair(QByteArray("RateLimit-Reset"),
                      QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600)));
        server->setOverride(failFirst(1, quota));
        RunConfig c = config();
        c.concurrency = 1;
        Run r(c, ids);
        QVERIFY(r.wait());
        QCOMPARE(r.end(), RunEnd::QuotaExhausted);
        QCOMPARE(server->requests().size(), 1);
        QCOMPARE(r.rows.size(), 5);
        for (const ResultRow &row : std::as_const(r.rows)) {
            QCOMPARE(row.state, ResultState::NotSent);
            QVERIFY2(
                row.message.startsWith(QStringLiteral("Daily request quota reached; resets at")),
                qPrintable(row.message));
        }
    }

    void resetAfterTheServerApplied_thenNotFound_isDeletedConfirmedOnRetry()
    {
        SandboxResponse reset;
        reset.action = SandboxResponse::Action::ResetAfter;
        server->setOverride(failFirst(1, reset));
        Run r(config(), {ids.at(0)});
        QVERIFY(r.wait());
        const ResultRow row = r.rows.value(0);
        QCOMPARE(row.state, ResultState::Deleted);
        QVERIFY(row.confirmedOnRetry);
        QCOMPARE(row.httpStatus, 404);
        QVERIFY(row.message.contains(QStringLiteral("confirmed on retry")));
        QCOMPARE(server->deletedIds(), QStringList{ids.at(0)});
    }

    void timeoutThenNotFound_isDeletedConfirmedOnRetry()
    {
        SandboxResponse hang;
        hang.action = SandboxResponse::Action::Hang;
        server->setOverride(failFirst(1, hang));
        RunConfig c = config();
        c.timeoutMs = 250;
        // The sandbox did not apply the hanging request; a 404 comes only for an unknown ID.
        Run r(c, {QStringLiteral("1600000000000-1")});
        QVERIFY(r.wait());
        QCOMPARE(r.rows.value(0).state, ResultState::Deleted);
        QVERIFY(r.rows.value(0).confirmedOnRetry);
        QCOMPARE(r.rows.value(0).history.at(0).error, QStringLiteral("timed out"));
    }

    void notFoundAfterAPlainFailure_staysNotFound()
    {
        server->setOverride(failFirst(1, answer(503)));
        Run r(config(), {QStringLiteral("1600000000000-2")});
        QVERIFY(r.wait());
        QCOMPARE(r.rows.value(0).state, ResultState::NotFound);
        QVERIFY(!r.rows.value(0).confirmedOnRetry);
    }

    void outcomeUnknownFromAnEarlierSession_makesA404ADelete()
    {
        QNetworkAccessManager nam;
        DeleteRun run(&nam, config());
        QSignalSpy items(&run, &DeleteRun::itemFinished);
        QSignalSpy finished(&run, &DeleteRun::finished);
        run.start({RunItem{0, QStringLiteral("1600000000000-3"), true},
                   RunItem{1, QStringLiteral("1600000000000-4"), false}});
        QVERIFY(finished.wait(20000));
        QHash<int, ResultRow> rows;
        for (const QList<QVariant> &args : std::as_const(items))
            rows.insert(args.at(0).toInt(), args.at(1).value<ResultRow>());
        QCOMPARE(rows.value(0).state, ResultState::Deleted);
        QVERIFY(rows.value(0).confirmedOnRetry);
        QCOMPARE(rows.value(1).state, ResultState::NotFound);
    }

    void firstTwentyAnswersAllNotFound_pauseTheRunWithAQuestion()
    {
        QStringList missing;
        for (int i = 0; i < 30; ++i)
            missing << QStringLiteral("1500000000%1-0").arg(i, 3, 10, QLatin1Char('0'));
        RunConfig c = config();
        c.concurrency = 2;
        QNetworkAccessManager nam;
        DeleteRun run(&nam, c);
        QSignalSpy guard(&run, &DeleteRun::notFoundGuardTripped);
        QSignalSpy finished(&run, &DeleteRun::finished);
        QSignalSpy items(&run, &DeleteRun::itemFinished);
        QList<RunItem> list;
        for (int i = 0; i < missing.size(); ++i)
            list.append(RunItem{i, missing.at(i)});
        run.start(list);
        QVERIFY(guard.wait(20000));
        QCOMPARE(guard.first().first().toInt(), 20);
        QVERIFY(run.isPaused());
        // What was in flight when it paused still finishes; nothing new starts.
        QTRY_COMPARE(run.inFlight(), 0);
        const qsizetype sent = server->requests().size();
        QVERIFY(sent >= 20 && sent <= 21);
        QCOMPARE(items.size(), sent);
        QVERIFY(finished.isEmpty());

        run.resume();
        QVERIFY(finished.wait(20000));
        QCOMPARE(items.size(), 30);
        QCOMPARE(server->requests().size(), 30);
        QCOMPARE(guard.size(), 1);
    }

    void pauseAndResume_holdAndContinueTheRun()
    {
        server->setLatencyMs(30);
        const QStringList many = server->seed(40, 8);
        RunConfig c = config();
        c.concurrency = 3;
        QNetworkAccessManager nam;
        DeleteRun run(&nam, c);
        QSignalSpy finished(&run, &DeleteRun::finished);
        QSignalSpy started(&run, &DeleteRun::itemStarted);
        QList<RunItem> list;
        for (int i = 0; i < many.size(); ++i)
            list.append(RunItem{i, many.at(i)});
        run.start(list);
        QTRY_VERIFY(started.size() >= 6);
        run.pause();
        QVERIFY(run.isPaused());
        QTRY_COMPARE(run.inFlight(), 0);
        const qsizetype sentWhilePausing = started.size();
        QVERIFY(sentWhilePausing < 40);
        QCOMPARE(server->requests().size(), sentWhilePausing);
        run.resume();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Completed);
        QCOMPARE(server->deletedIds().size(), 40);
    }

    void cancelWhileWaitingToRetry_reportsTheLastErrorNotPending()
    {
        SandboxResponse slow = answer(503, R"({"error":"down"})");
        slow.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
        server->setOverride(failFirst(1, slow));
        QNetworkAccessManager nam;
        DeleteRun run(&nam, config());
        QSignalSpy retrying(&run, &DeleteRun::itemRetrying);
        QSignalSpy items(&run, &DeleteRun::itemFinished);
        QSignalSpy finished(&run, &DeleteRun::finished);
        run.start({RunItem{0, ids.at(0)}});
        QVERIFY(retrying.wait(10000));
        QVERIFY(retrying.first().at(2).toLongLong() >= 30000);
        run.cancel();
        QCOMPARE(finished.size(), 1);
        const ResultRow row = items.first().at(1).value<ResultRow>();
        QCOMPARE(row.state, ResultState::Failed);
        QVERIFY2(row.message.contains(QStringLiteral("down")), qPrintable(row.message));
    }

private:
    std::unique_ptr<SandboxServer> server;
    QStringList ids;
};

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_retries.moc"
