// 2 000 IDs against a sandbox that fails a quarter of all attempts in every way it can.
// Whatever happens, no ID is lost, none is reported twice, and what the app calls Deleted is
// exactly what the server deleted.
#include "run/deleterun.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultyServer_everyIdEndsFinal_andDeletedMatchesTheServer()
    {
        const int count = 2000;
        SandboxServer server;
        QVERIFY(server.listen());
        const QStringList ids = server.seed(count, 77);
        SandboxFaults faults;
        faults.serverErrorPercent = 10;
        faults.resetBeforePercent = 5;
        faults.resetAfterPercent = 5;
        faults.rateLimitPercent = 5;
        faults.hangPercent = 1;
        faults.seed = 2024;
        // Injected 429s say their window resets 100 ms later (in Unix ms): the run must wait
        // for it, but the test need not spend minutes doing so.
        faults.rateLimitResetMs = 100;
        server.setFaults(faults);
        // The server allows 1 000 requests/s (its 429s say so); the injected 429s come on top.
        server.setRateLimit(1000);

        QHash<int, int> statuses;
        connect(&server, &SandboxServer::requestAnswered, this,
                [&](const SandboxRequest &, int status) { ++statuses[status]; });

        QNetworkAccessManager nam;
        RunConfig config{server.baseUrl(), SandboxServer::defaultToken(), 16, 400};
        config.maxAttempts = 10;
        config.retryBaseDelayMs = 50;
        config.maxRetryDelayMs = 1000;
        config.jitterSeed = 7;
        DeleteRun run(&nam, config);
        QSignalSpy finished(&run, &DeleteRun::finished);
        QHash<int, ResultRow> results;
        int reportedTwice = 0;
        connect(&run, &DeleteRun::itemFinished, this, [&](int key, const ResultRow &row) {
            reportedTwice += results.contains(key);
            results.insert(key, row);
        });
        QList<RunItem> items;
        for (int i = 0; i < ids.size(); ++i)
            items.append(RunItem{i, ids.at(i)});
        QElapsedTimer clock;
        clock.start();
        run.start(items);
        QVERIFY(finished.wait(150000));
        const qint64 elapsed = clock.elapsed();

        QCOMPARE(reportedTwice, 0);
        QCOMPARE(results.size(), count);
        QSet<QString> reportedDeleted;
        QSet<QString> outcomeUnknown;
        int confirmedOnRetry = 0;
        int attempts = 0;
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            const ResultRow &row = it.value();
            QVERIFY2(isFinished(row.state), qPrintable(row.id));
            QCOMPARE(row.id, ids.at(it.key()));
            attempts += row.attempts;
            if (row.state == ResultState::Deleted) {
                reportedDeleted.insert(row.id);
            } else if (row.state == ResultState::Cancelled ||
                       row.message.startsWith(QStringLiteral("Outcome unknown"))) {
                outcomeUnknown.insert(row.id);
            }
            confirmedOnRetry += row.confirmedOnRetry;
        }
        const QStringList deletedList = server.deletedIds();
        const QSet<QString> serverDeleted(deletedList.cbegin(), deletedList.cend());
        QCOMPARE(qsizetype(serverDeleted.size()), deletedList.size()); // each deleted once
        // Never claim a delete that did not happen, never hide one that did (except as
        // "outcome unknown", which says exactly that).
        QVERIFY(reportedDeleted.contains(reportedDeleted & serverDeleted));
        QVERIFY((reportedDeleted - serverDeleted).isEmpty());
        QVERIFY((serverDeleted - reportedDeleted - outcomeUnknown).isEmpty());
        QVERIFY2(reportedDeleted.size() >= count - 2,
                 qPrintable(QString::number(reportedDeleted.size())));

        static const QRegularExpression shape(QStringLiteral("^/v2/workflows/dlq/[^/?#]+$"));
        const QList<SandboxRequest> requests = server.requests();
        for (const SandboxRequest &request : requests) {
            QCOMPARE(request.method, QByteArray("DELETE"));
            QVERIFY2(shape.match(QString::fromUtf8(request.target)).hasMatch(), request.target);
        }
        QCOMPARE(server.unfilteredBulkDeleteCount(), 0);

        qInfo("IDs %d, requests %lld, attempts counted %d, retries %d, elapsed %lld ms", count,
              qlonglong(requests.size()), attempts, run.retriesScheduled(), elapsed);
        qInfo("answers: 200=%d 404=%d 429=%d 503=%d reset/none=%d; deleted %lld (confirmed on "
              "retry %d), outcome unknown %lld, other %lld",
              statuses.value(200), statuses.value(404), statuses.value(429), statuses.value(503),
              statuses.value(0), qlonglong(reportedDeleted.size()), confirmedOnRetry,
              qlonglong(outcomeUnknown.size()),
              qlonglong(count - reportedDeleted.size() - outcomeUnknown.size()));
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
