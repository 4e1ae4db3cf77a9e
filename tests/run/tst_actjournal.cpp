// What the window and dlqctl read back from an action run's journal (run/actjournal.h),
// without widgets: a run cancelled half-way leaves its plan, settled IDs and the window's
// context (profile, server, start time); a completed one leaves nothing; and an interrupted
// run continues only on the server and profile it began on, with a token.
#include "run/actjournal.h"
#include "sandbox/sandboxserver.h"
#include "session/sessionjournal.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dlq;

class tst_ActJournal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

    RunConfig config() const
    {
        RunConfig c;
        c.baseUrl = m_server->baseUrl();
        c.token = SandboxServer::defaultToken();
        c.concurrency = 1;
        c.jitterSeed = 7;
        return c;
    }

    QJsonObject windowContext(const ActPlan &plan, const QDateTime &startedAt) const
    {
        QJsonObject act =
            actContext(plan, std::nullopt, QStringLiteral("127.0.0.1"), QStringLiteral("TICKET-9"));
        addWindowContext(act, QStringLiteral("prod EU"), m_server->baseUrl().toString(), startedAt);
        return act;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
    }

    void cancelledRunLeavesWhatARestoreNeeds()
    {
        const QStringList ids = m_server->seed(12, 5);
        m_server->setLatencyMs(30);
        QTemporaryDir dir;
        ActPlan plan;
        plan.ids = ids;
        const QDateTime startedAt = QDateTime::fromMSecsSinceEpoch(1764597720000, Qt::UTC);
        ActRun run(&m_nam, config());
        run.setJournal(dir.path(), windowContext(plan, startedAt), QStringLiteral("127.0.0.1"));
        QSignalSpy finished(&run, &ActRun::finished);
        connect(&run, &ActRun::progress, &run, [&run](int done) {
            if (done == 4)
                run.cancel();
        });
        QVERIFY(run.start(plan));
        QVERIFY(finished.wait(30000));
        QVERIFY(run.closeJournal(true));

        const InterruptedAct read = readInterruptedAct(dir.path());
        QVERIFY(read.recoverable);
        QVERIFY(read.found);
        QCOMPARE(read.plan.call, EntryCall::Resume);
        QCOMPARE(read.plan.ids, ids);
        QCOMPARE(read.total(), 12);
        // Settled: answered before the cancel; the server may also have applied what was cut off.
        QTRY_COMPARE(m_server->inFlight(), 0);
        QVERIFY(read.settled() >= 4);
        QVERIFY(read.settled() <= 12 - m_server->entryCount());
        QCOMPARE(read.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(read.profile(), QStringLiteral("prod EU"));
        QCOMPARE(read.startedAt(), startedAt);

        const QString url = m_server->baseUrl().toString();
        const QString profile = QStringLiteral("prod EU");
        QCOMPARE(continueRefusal(read, url, profile, true), QString());
        QVERIFY(continueRefusal(read, url, profile, false).contains(QLatin1String("No token")));
        QVERIFY(continueRefusal(read, url, QStringLiteral("staging"), true)
                    .contains(QLatin1String("profile prod EU")));
        QVERIFY(continueRefusal(read, QStringLiteral("http://127.0.0.1:1"), profile, true)
                    .contains(QLatin1String("points elsewhere")));

        Ledger ledger;
        restoreFrame(ledger, read.act);
        QCOMPARE(ledger.reason, QStringLiteral("TICKET-9"));
        QVERIFY(!ledger.matching);
    }

    void completedRunLeavesNothing()
    {
        const QStringList ids = m_server->seed(3, 6);
        QTemporaryDir dir;
        ActPlan plan;
        plan.ids = ids;
        ActRun run(&m_nam, config());
        run.setJournal(dir.path(), windowContext(plan, QDateTime::currentDateTimeUtc()),
                       QStringLiteral("127.0.0.1"));
        QSignalSpy finished(&run, &ActRun::finished);
        QVERIFY(run.start(plan));
        QVERIFY(finished.wait(30000));
        QVERIFY(!run.closeJournal(false));
        const InterruptedAct read = readInterruptedAct(dir.path());
        QVERIFY(!read.recoverable);
        QVERIFY(!read.found);
    }

    void emptyDirectoryHoldsNothing()
    {
        QTemporaryDir dir;
        QVERIFY(!readInterruptedAct(dir.path()).recoverable);
        QVERIFY(!readInterruptedAct(QString()).found);
    }
};

QTEST_GUILESS_MAIN(tst_ActJournal)
#include "tst_actjournal.moc"
