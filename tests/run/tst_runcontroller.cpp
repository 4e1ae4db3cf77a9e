// RunController drives a real run into the results model against the sandbox.
#include "ids/idparser.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

class TestRunController : public QObject
{
    Q_OBJECT

private:
    RunConfig config(int concurrency = 6) const
    {
        RunConfig c{server->baseUrl(), SandboxServer::defaultToken(), concurrency, 10000};
        c.maxAttempts = 1; // a failure stays a failure, for "Retry failed" to act on
        return c;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void twoHundredIds_halfExisting_endAsHundredDeletedAndHundredNotFound()
    {
        const QStringList existing = server->seed(100, 11);
        QStringList pasted = existing;
        for (int i = 0; i < 100; ++i)
            pasted << QStringLiteral("1600000000%1-0").arg(i, 3, 10, QLatin1Char('0'));
        pasted << QStringLiteral("../etc") << QStringLiteral("wfr_0123456789abcdefghijk");

        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parseIds(pasted.join(QLatin1Char('\n'))));
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);
        QSignalSpy progress(&controller, &RunController::progressChanged);

        QCOMPARE(controller.unsentRows().size(), 200);
        QVERIFY(controller.start(controller.unsentRows(), config()));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(controller.unsentRows(), config())); // one run at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Completed);
        QCOMPARE(model.count(ResultState::Deleted), 100);
        QCOMPARE(model.count(ResultState::NotFound), 100);
        QCOMPARE(model.count(ResultState::Invalid), 2);
        QCOMPARE(model.count(ResultState::Pending), 0);
        QCOMPARE(controller.done(), 200);
        QCOMPARE(progress.last().at(0).toInt(), 200);
        QCOMPARE(server->entryCount(), 0);
        QCOMPARE(server->requests().size(), 200);
        QVERIFY(controller.unsentRows().isEmpty());
        QVERIFY(controller.retryableRows().isEmpty());
        QVERIFY(controller.ratePerSecond() > 0);
    }

    void retryFailed_resendsOnlyFailedAndCancelledRows()
    {
        const QStringList existing = server->seed(6, 5);
        ResultsModel model;
        model.append(parseIds(existing.join(QLatin1Char(' '))));
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);

        const QString flaky = existing.at(2);
        int failuresLeft = 1;
        server->setOverride([&](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (failuresLeft > 0 && request.path.endsWith(flaky.toUtf8())) {
                --failuresLeft;
                SandboxResponse r;
                r.status = 503;
                r.body = R"({"error":"service unavailable"})";
                return r;
            }
            return std::nullopt;
        });
        QVERIFY(controller.start(controller.unsentRows(), config(2)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.count(ResultState::Deleted), 5);
        QCOMPARE(model.count(ResultState::Failed), 1);
        QCOMPARE(controller.retryableRows(), QList<int>{2});

        server->clearRequests();
        QVERIFY(controller.start(controller.retryableRows(), config(2)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(server->requests().size(), 1);
        QCOMPARE(model.count(ResultState::Deleted), 6);
        QCOMPARE(model.row(2).attempts, 2);
    }

    void tokenRejected_leavesRowsThatDeleteWillSendAgain()
    {
        const QStringList existing = server->seed(30, 9);
        ResultsModel model;
        model.append(parseIds(existing.join(QLatin1Char(' '))));
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);
        RunConfig bad = config(3);
        bad.token = QStringLiteral("expired");
        QVERIFY(controller.start(controller.unsentRows(), bad));
        QVERIFY(finished.wait(20000));
        QCOMPARE(controller.lastEnd(), RunEnd::TokenRejected);
        QCOMPARE(model.count(ResultState::TokenRejected) + model.count(ResultState::NotSent), 30);
        QCOMPARE(controller.unsentRows().size(), 30);

        QVERIFY(controller.start(controller.unsentRows(), config(3)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.count(ResultState::Deleted), 30);
    }

    // Rows sent again wait in the new run: they must not keep saying how the last one ended.
    void queuedRows_sayPendingNotTheirLastRunsOutcome()
    {
        const QStringList existing = server->seed(20, 4);
        ResultsModel model;
        model.append(parseIds(existing.join(QLatin1Char(' '))));
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);
        RunConfig bad = config(1);
        bad.token = QStringLiteral("expired");
        QVERIFY(controller.start(controller.unsentRows(), bad));
        QVERIFY(finished.wait(20000));
        QVERIFY(model.count(ResultState::NotSent) > 0);

        server->setLatencyMs(200);
        QVERIFY(controller.start(controller.unsentRows(), config(1)));
        QCOMPARE(model.count(ResultState::NotSent), 0);
        QCOMPARE(model.count(ResultState::TokenRejected), 0);
        for (const ResultRow &row : model.rows()) {
            QVERIFY(row.state == ResultState::Pending || row.state == ResultState::Sending);
            QVERIFY2(row.message.isEmpty(), qPrintable(row.message));
            QCOMPARE(row.httpStatus, 0);
            QVERIFY(row.attempts <= 1); // the earlier run's try stays in the history
        }
        controller.cancel();
        QTRY_COMPARE(finished.size(), 2);
    }

    void bulkMode_deletesInChunks_andReportsCountsPerRow()
    {
        const QStringList existing = server->seed(150, 5);
        QStringList pasted = existing;
        for (int i = 0; i < 50; ++i)
            pasted << QStringLiteral("1600000000%1-0").arg(i, 3, 10, QLatin1Char('0'));
        ResultsModel model;
        model.append(parseIds(pasted.join(QLatin1Char('\n'))));
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);
        QVERIFY(controller.start(controller.unsentRows(), config(2), RunMode::Bulk));
        QCOMPARE(controller.mode(), RunMode::Bulk);
        QVERIFY(finished.wait(20000));
        QCOMPARE(controller.lastEnd(), RunEnd::Completed);
        QCOMPARE(server->requests().size(), 2);
        QCOMPARE(server->entryCount(), 0);
        QCOMPARE(model.count(ResultState::Deleted), 100);           // chunk 1: all 100
        QCOMPARE(model.count(ResultState::DeletedOrNotFound), 100); // chunk 2: 50 of 100
        QCOMPARE(controller.done(), 200);
        QCOMPARE(controller.chunks().size(), 2);
    }

    // The same for a bulk run: its rows queue in the one place the per-ID rows do.
    void bulkQueuedRows_sayPendingNotTheirLastRunsOutcome()
    {
        const QStringList existing = server->seed(250, 3);
        ResultsModel model;
        model.append(parseIds(existing.join(QLatin1Char(' '))));
        QList<int> rows;
        for (int r = 0; r < model.rowCount(); ++r) {
            model.setState(r, ResultState::NotSent,
                           QStringLiteral("Not sent: the server rejected the token, so the run "
                                          "stopped."));
            rows.append(r);
        }
        server->setLatencyMs(200);
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);
        QVERIFY(controller.start(rows, config(1), RunMode::Bulk));
        QCOMPARE(model.count(ResultState::NotSent), 0);
        for (const ResultRow &row : model.rows()) {
            QVERIFY(row.state == ResultState::Pending || row.state == ResultState::Sending);
            QVERIFY2(row.message.isEmpty(), qPrintable(row.message));
        }
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.count(ResultState::Deleted), 250);
    }

    // Review defect D3: bulk rows that never went out had a finishing time, per-ID ones not.
    void bulkRowsNeverSent_haveNoFinishingTime()
    {
        const QStringList existing = server->seed(300, 5);
        ResultsModel model;
        model.append(parseIds(existing.join(QLatin1Char('\n'))));
        QNetworkAccessManager nam;
        RunController controller(&model, &nam);
        QSignalSpy finished(&controller, &RunController::runFinished);
        RunConfig bad = config(1); // chunk 2 waits for chunk 1's 401
        bad.token = QStringLiteral("expired");
        QVERIFY(controller.start(controller.unsentRows(), bad, RunMode::Bulk));
        QVERIFY(finished.wait(20000));
        QCOMPARE(controller.lastEnd(), RunEnd::TokenRejected);
        QCOMPARE(model.count(ResultState::TokenRejected), 100);
        QCOMPARE(model.count(ResultState::NotSent), 200);
        for (const ResultRow &row : model.rows()) {
            if (row.state == ResultState::NotSent)
                QVERIFY(!row.finishedAt.isValid());
            else
                QVERIFY(row.finishedAt.isValid());
        }
    }

private:
    std::unique_ptr<SandboxServer> server;
};

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
