// Destroying a run while requests are in flight on several managers (concurrency above 6).
// Review defect D1: the extra managers were the run's first children and deleted their
// replies before the jobs that still pointed at them.
#include "run/bulkdeleterun.h"
#include "run/deleterun.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dlq;

class TestRunDestruction : public QObject
{
    Q_OBJECT

private:
    RunConfig config(int concurrency) const
    {
        RunConfig c;
        c.baseUrl = server->baseUrl();
        c.token = server->token();
        c.concurrency = concurrency;
        c.maxAttempts = 1;
        return c;
    }

    std::unique_ptr<SandboxServer> server;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        // Answers come long after the run is gone.
        server->setLatencyMs(60000);
    }
    void cleanup() { server.reset(); }

    void destroyPerIdRunMidFlight_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("16") << 16;
        QTest::newRow("40") << 40;
    }
    void destroyPerIdRunMidFlight()
    {
        QFETCH(int, concurrency);
        const QStringList ids = server->seed(concurrency * 2, 1);
        QNetworkAccessManager nam;
        auto run = std::make_unique<DeleteRun>(&nam, config(concurrency));
        QList<RunItem> items;
        for (int i = 0; i < ids.size(); ++i)
            items.append(RunItem{i, ids.at(i)});
        run->start(items);
        QTRY_COMPARE_WITH_TIMEOUT(server->inFlight(), concurrency, 10000);
        QCOMPARE(run->inFlight(), concurrency);
        QSignalSpy finished(run.get(), &DeleteRun::finished);
        run.reset();
        QCOMPARE(finished.count(), 0);
        QVERIFY(server->contains(ids.first())); // nothing was answered, nothing deleted
    }

    void destroyBulkRunMidFlight_data() { destroyPerIdRunMidFlight_data(); }
    void destroyBulkRunMidFlight()
    {
        QFETCH(int, concurrency);
        const QStringList ids = server->seed(concurrency * 4, 1);
        QNetworkAccessManager nam;
        auto run = std::make_unique<BulkDeleteRun>(&nam, config(concurrency), 2);
        run->start(ids);
        QTRY_COMPARE_WITH_TIMEOUT(server->inFlight(), concurrency, 10000);
        QCOMPARE(run->inFlight(), concurrency);
        run.reset();
        QVERIFY(server->contains(ids.first()));
    }
};

QTEST_GUILESS_MAIN(TestRunDestruction)
#include "tst_rundestruction.moc"
