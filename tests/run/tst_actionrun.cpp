// The one engine (ActionRun) with every action kind against the sandbox on loopback: request
// shapes per kind, then retries, 429 pacing, cancel, pause and the early stops, once each.
#include "api/dlqrequests.h"
#include "run/actionrun.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxrunconfig.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace dlq;

Q_DECLARE_METATYPE(dlq::EntryCall)

namespace {

struct Harness
{
    Harness(const RunConfig &config) : run(&nam, config), finished(&run, &ActionRun::finished)
    {
        QObject::connect(&run, &ActionRun::itemFinished, &run,
                         [this](int key, const ActionResult &result) { results[key] = result; });
    }

    void start(EntryCall call, const QStringList &ids)
    {
        QList<ActionItem> items;
        for (int i = 0; i < ids.size(); ++i)
            items.append(ActionItem{i, std::make_shared<EntryAction>(call, ids.at(i))});
        run.start(items);
    }
    bool waitFinished() { return !finished.isEmpty() || finished.wait(20000); }
    RunEnd end() const { return finished.first().first().value<RunEnd>(); }
    int count(ResultState state) const
    {
        int n = 0;
        for (const ActionResult &r : results)
            n += r.state == state ? 1 : 0;
        return n;
    }

    QNetworkAccessManager nam;
    ActionRun run;
    QSignalSpy finished;
    QHash<int, ActionResult> results;
};

SandboxResponse status(int code, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    SandboxResponse r;
    r.status = code;
    r.headers = std::move(headers);
    r.body = R"({"error":"test"})";
    return r;
}

} // namespace

class TestActionRun : public QObject
{
    Q_OBJECT

private:
    RunConfig config(int concurrency = 2) const
    {
        RunConfig c = test::sandboxRunConfig(*server);
        c.concurrency = concurrency;
        return c;
    }

    std::unique_ptr<SandboxServer> server;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ActionResult>();
        qRegisterMetaType<RunEnd>();
    }
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void eachEntryCall_sendsItsMethodToOneEncodedSegment_data()
    {
        QTest::addColumn<EntryCall>("call");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("pathPrefix");
        QTest::addColumn<ResultState>("success");
        QTest::addColumn<bool>("stays");
        const QByteArray base = "/v2/workflows/dlq/";
        QTest::newRow("delete") << EntryCall::Delete << QByteArray("DELETE") << base
                                << ResultState::Deleted << false;
        QTest::newRow("get") << EntryCall::Get << QByteArray("GET") << base << ResultState::Done
                             << true;
        QTest::newRow("resume") << EntryCall::Resume << QByteArray("POST") << base + "resume/"
                                << ResultState::Done << false;
        QTest::newRow("restart") << EntryCall::Restart << QByteArray("POST") << base + "restart/"
                                 << ResultState::Done << false;
        QTest::newRow("callback") << EntryCall::Callback << QByteArray("POST") << base + "callback/"
                                  << ResultState::Done << true;
    }
    void eachEntryCall_sendsItsMethodToOneEncodedSegment()
    {
        QFETCH(EntryCall, call);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, pathPrefix);
        QFETCH(ResultState, success);
        QFETCH(bool, stays);
        const QString hostile = QStringLiteral("1752829295505-0+a&b=c%d;é");
        server->addEntry(hostile);
        if (call == EntryCall::Callback) {
            // A callback can only be retried where it failed.
            QJsonObject entry = *server->entry(hostile);
            entry.insert(QStringLiteral("failureFunctionState"), QStringLiteral("CALLBACK_FAIL"));
            entry.remove(QStringLiteral("failureCallbackInfo"));
            QVERIFY(server->replaceEntry(entry));
        }
        const QString missing = QStringLiteral("1752829295505-9");
        Harness h(config());
        h.start(call, {hostile, missing});
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::Completed);
        QCOMPARE(h.results.value(0).state, success);
        QCOMPARE(h.results.value(1).state, ResultState::NotFound);
        QCOMPARE(server->contains(hostile), stays);

        QList<SandboxRequest> requests = server->requests();
        QCOMPARE(requests.size(), 2);
        std::sort(requests.begin(), requests.end(),
                  [](const SandboxRequest &a, const SandboxRequest &b) { return a.path < b.path; });
        const SandboxRequest &sent = requests.at(0);
        QCOMPARE(sent.method, method);
        QCOMPARE(sent.path, pathPrefix + hostile.toUtf8().toPercentEncoding());
        QVERIFY(sent.query.isEmpty());
        QCOMPARE(sent.header("authorization"), QByteArray("Bearer sandbox-token"));
        if (call == EntryCall::Get)
            QVERIFY(h.results.value(0).body.contains(hostile.toUtf8()));
        if (call == EntryCall::Resume || call == EntryCall::Restart) {
            const std::optional<StartedRun> run = readStartedRun(h.results.value(0).body);
            QVERIFY(run);
            QVERIFY(run->workflowRunId.startsWith(QLatin1String("wfr_")));
            QVERIFY(run->workflowCreatedAt > 0);
        }
    }

    void unsendableIds_neverReachTheNetwork_data()
    {
        QTest::addColumn<EntryCall>("call");
        QTest::newRow("delete") << EntryCall::Delete;
        QTest::newRow("get") << EntryCall::Get;
        QTest::newRow("resume") << EntryCall::Resume;
        QTest::newRow("restart") << EntryCall::Restart;
        QTest::newRow("callback") << EntryCall::Callback;
    }
    void unsendableIds_neverReachTheNetwork()
    {
        QFETCH(EntryCall, call);
        Harness h(config());
        h.start(call, {QString(), QStringLiteral("  "), QStringLiteral("."), QStringLiteral("..")});
        QVERIFY(h.waitFinished());
        QCOMPARE(h.count(ResultState::Invalid), 4);
        QVERIFY(server->requests().isEmpty());
        for (const ActionResult &r : std::as_const(h.results))
            QVERIFY(!r.finishedAt.isValid());
    }

    void bulkChunks_sendDlqIdsOnly_andReadTheCount()
    {
        const QStringList ids = server->seed(5, 1);
        Harness h(config());
        h.run.start({ActionItem{1, std::make_shared<BulkDeleteAction>(ids.mid(0, 3))},
                     ActionItem{2, std::make_shared<BulkDeleteAction>(
                                       QStringList{ids.at(3), QStringLiteral("gone-1")})}});
        QVERIFY(h.waitFinished());
        QCOMPARE(h.results.value(1).state, ResultState::Deleted);
        QCOMPARE(h.results.value(1).count, 3);
        QCOMPARE(h.results.value(2).count, 1);
        QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
        for (const SandboxRequest &r : server->requests()) {
            QCOMPARE(r.method, QByteArray("DELETE"));
            QCOMPARE(r.path, QByteArray("/v2/workflows/dlq"));
            for (const QByteArray &pair : r.query.split('&'))
                QVERIFY2(pair.startsWith("dlqIds="), pair.constData());
        }
    }

    void bulkRequests_areNeverEmpty_tooLong_orFiltered()
    {
        const QUrl base = server->baseUrl();
        QVERIFY(!bulkDeleteRequest(base, {}));
        QVERIFY(!bulkDeleteRequest(base, {QString()}));
        QVERIFY(!bulkDeleteRequest(base, {QStringLiteral("a,b")}));
        QStringList ids;
        for (int i = 0; i < kMaxBulkIds + 1; ++i)
            ids << QStringLiteral("1700000000000-%1").arg(i);
        QVERIFY(!bulkDeleteRequest(base, ids));
        QVERIFY(bulkDeleteRequest(base, ids.mid(0, kMaxBulkIds)));
        Harness h(config());
        h.run.start({ActionItem{1, std::make_shared<BulkDeleteAction>(QStringList())}});
        QVERIFY(h.waitFinished());
        QCOMPARE(h.results.value(1).state, ResultState::Invalid);
        QVERIFY(server->requests().isEmpty());
    }

    void serverErrors_areRetried_thenTheAnswerIsRead()
    {
        const QStringList ids = server->seed(1, 1);
        int calls = 0;
        server->setOverride([&](const SandboxRequest &) -> std::optional<SandboxResponse> {
            if (++calls <= 2)
                return status(503);
            return std::nullopt;
        });
        Harness h(config());
        h.start(EntryCall::Resume, ids);
        QVERIFY(h.waitFinished());
        const ActionResult r = h.results.value(0);
        QCOMPARE(r.state, ResultState::Done);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.history.size(), 3);
        QCOMPARE(r.history.at(0).httpStatus, 503);
        QCOMPARE(h.run.retriesScheduled(), 2);
    }

    void a429_waitsWhatTheServerAsks()
    {
        const QStringList ids = server->seed(1, 1);
        bool limited = false;
        server->setOverride([&](const SandboxRequest &) -> std::optional<SandboxResponse> {
            if (std::exchange(limited, true))
                return std::nullopt;
            return status(429, {{"Retry-After", "0.2"}});
        });
        Harness h(config());
        h.start(EntryCall::Restart, ids);
        QVERIFY(h.waitFinished());
        QCOMPARE(h.results.value(0).state, ResultState::Done);
        QCOMPARE(h.run.rateLimitedCount(), 1);
        const QList<SandboxRequest> requests = server->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(0).receivedAt.msecsTo(requests.at(1).receivedAt) >= 150);
    }

    void cancel_abortsInFlight_andLeavesTheRestNotSent()
    {
        const QStringList ids = server->seed(6, 1);
        server->setLatencyMs(10000);
        Harness h(config(2));
        QSignalSpy received(server.get(), &SandboxServer::requestReceived);
        h.start(EntryCall::Callback, ids);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10000);
        h.run.cancel();
        QCOMPARE(h.finished.size(), 1); // synchronously
        QCOMPARE(h.end(), RunEnd::Cancelled);
        QCOMPARE(h.count(ResultState::Cancelled), 2);
        QCOMPARE(h.count(ResultState::NotSent), 4);
    }

    void pause_sendsNothingNew_untilResumed()
    {
        const QStringList ids = server->seed(4, 1);
        Harness h(config(1));
        QSignalSpy started(&h.run, &ActionRun::itemStarted);
        h.start(EntryCall::Get, ids);
        QCOMPARE(started.size(), 1);
        h.run.pause();
        QVERIFY(h.run.isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(h.results.size(), 1, 10000);
        // The answer was handled synchronously and sent nothing in its place.
        QCOMPARE(h.run.inFlight(), 0);
        QCOMPARE(h.run.requestsSent(), 1);
        QCOMPARE(started.size(), 1);
        h.run.resume();
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::Completed);
        QCOMPARE(h.count(ResultState::Done), 4);
    }

    void dailyQuota_stopsTheRun()
    {
        const QStringList ids = server->seed(5, 1);
        server->setOverride([](const SandboxRequest &) -> std::optional<SandboxResponse> {
            return status(429, {{"RateLimit-Limit", "1000"},
                                {"RateLimit-Remaining", "0"},
                                {"RateLimit-Reset", "4102444800"}});
        });
        Harness h(config(1));
        h.start(EntryCall::Resume, ids);
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::QuotaExhausted);
        QCOMPARE(server->requests().size(), 1);
        QCOMPARE(h.count(ResultState::NotSent), 5);
        QVERIFY(h.results.value(0).message.contains(QLatin1String("quota")));
    }

    void tokenRejected_stopsTheRun()
    {
        const QStringList ids = server->seed(5, 1);
        RunConfig c = config(1);
        c.token = QStringLiteral("wrong");
        Harness h(c);
        h.start(EntryCall::Callback, ids);
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::TokenRejected);
        QCOMPARE(server->requests().size(), 1);
        QCOMPARE(h.results.value(0).state, ResultState::TokenRejected);
        QCOMPARE(h.count(ResultState::NotSent), 4);
    }

    void closedPort_stopsEarly_cannotReachTheHost_data()
    {
        QTest::addColumn<int>("ids");
        QTest::newRow("1 ID") << 1;
        QTest::newRow("40 IDs") << 40;
    }
    void closedPort_stopsEarly_cannotReachTheHost()
    {
        QFETCH(int, ids);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: connection refused
        RunConfig c = config(2);
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        c.maxAttempts = 5;
        QStringList list;
        for (int i = 0; i < ids; ++i)
            list << QStringLiteral("1752829295505-%1").arg(i);
        Harness h(c);
        h.start(EntryCall::Delete, list);
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::Unreachable);
        // Only the first answers were needed: nothing was tried to the end.
        QVERIFY2(h.run.requestsSent() <= qMin(ids, c.unreachableGuard) + c.concurrency - 1,
                 qPrintable(QString::number(h.run.requestsSent())));
        QCOMPARE(h.results.size(), ids);
        QCOMPARE(h.count(ResultState::Failed) + h.count(ResultState::NotSent), ids);
        QVERIFY(h.count(ResultState::NotSent) >= ids - h.run.requestsSent());
        for (const ActionResult &r : std::as_const(h.results)) {
            if (r.state == ResultState::NotSent)
                QVERIFY2(r.message.contains(QLatin1String("cannot reach 127.0.0.1")),
                         qPrintable(r.message));
        }
    }

    void aConnectionReset_isNotUnreachable_andIsRetriedAsUsual()
    {
        const QStringList ids = server->seed(1, 1);
        server->setOverride([](const SandboxRequest &) -> std::optional<SandboxResponse> {
            SandboxResponse r;
            r.action = SandboxResponse::Action::ResetBefore;
            return r;
        });
        Harness h(config());
        h.start(EntryCall::Delete, ids);
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::Completed);
        QCOMPARE(h.results.value(0).attempts, 3);
    }
};

QTEST_GUILESS_MAIN(TestActionRun)
#include "tst_actionrun.moc"
