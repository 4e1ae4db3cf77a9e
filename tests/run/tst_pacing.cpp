// A whole run against a server that allows 100 requests per second and answers 429 above it.
#include "run/deleterun.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

class TestPacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitedServer_everyIdDeleted_withFewRequestsSpentOn429()
    {
        const int count = qEnvironmentVariableIntValue("DLQ_PACING_IDS") > 0
                              ? qEnvironmentVariableIntValue("DLQ_PACING_IDS")
                              : 2000;
        SandboxServer server;
        QVERIFY(server.listen());
        server.setRateLimit(100);
        const QStringList ids = server.seed(count, 21);

        int rateLimited = 0;
        connect(&server, &SandboxServer::requestAnswered, this,
                [&](const SandboxRequest &, int status) { rateLimited += status == 429; });

        QNetworkAccessManager nam;
        RunConfig config{server.baseUrl(), SandboxServer::defaultToken(), 16, 10000};
        DeleteRun run(&nam, config);
        QSignalSpy finished(&run, &DeleteRun::finished);
        QHash<int, ResultState> states;
        connect(&run, &DeleteRun::itemFinished, this,
                [&](int key, const ResultRow &row) { states.insert(key, row.state); });
        QList<RunItem> items;
        for (int i = 0; i < ids.size(); ++i)
            items.append(RunItem{i, ids.at(i)});
        run.start(items);
        QVERIFY(finished.wait(110000));

        QCOMPARE(states.size(), count);
        QCOMPARE(std::count(states.cbegin(), states.cend(), ResultState::Deleted),
                 qsizetype(count));
        QCOMPARE(server.entryCount(), 0);
        const qsizetype requests = server.requests().size();
        qInfo("%d IDs: %lld requests, %d answered 429 (%.1f%%)", count, qlonglong(requests),
              rateLimited, 100.0 * rateLimited / double(requests));
        QVERIFY2(rateLimited * 100 <= requests * 15,
                 qPrintable(
                     QStringLiteral("%1 of %2 requests were 429").arg(rateLimited).arg(requests)));
    }
};

QTEST_GUILESS_MAIN(TestPacing)
#include "tst_pacing.moc"
