// BulkRunController against the sandbox: rows a bulk run queues again say so from its start.
#include "ids/idparser.h"
#include "results/resultsmodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/bulkruncontroller.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

class TestBulkRunController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queuedRows_sayPendingNotTheirLastRunsOutcome()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        const QStringList existing = server.seed(250, 3);
        ResultsModel model;
        model.append(parseIds(existing.join(QLatin1Char(' '))));
        QList<int> rows;
        for (int r = 0; r < model.rowCount(); ++r) {
            model.setState(r, ResultState::NotSent,
                           QStringLiteral("Not sent: the server rejected the token, so the run "
                                          "stopped."));
            rows.append(r);
        }

        server.setLatencyMs(200);
        QNetworkAccessManager nam;
        BulkRunController controller(&model, &nam);
        QSignalSpy finished(&controller, &BulkRunController::runFinished);
        RunConfig config{server.baseUrl(), server.token(), 1, 10000};
        QVERIFY(controller.start(rows, config, 100));
        QCOMPARE(model.count(ResultState::NotSent), 0);
        for (const ResultRow &row : model.rows()) {
            QVERIFY(row.state == ResultState::Pending || row.state == ResultState::Sending);
            QVERIFY2(row.message.isEmpty(), qPrintable(row.message));
        }
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.count(ResultState::Deleted), 250);
    }
};

QTEST_GUILESS_MAIN(TestBulkRunController)
#include "tst_bulkruncontroller.moc"
