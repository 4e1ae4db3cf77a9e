// BulkDeleteRun and dlqBulkDeleteUrl against the sandbox: chunks, counts, the empty-chunk
// guard (an unfiltered bulk DELETE empties the whole DLQ), 401, retries, cancel.
#include "net/dlqurl.h"
#include "run/bulkdeleterun.h"
#include "sandbox/sandboxserver.h"
#include "support/quotaresponse.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

namespace {

QList<BulkChunk> chunksFrom(const QSignalSpy &spy)
{
    QList<BulkChunk> chunks;
    for (const QList<QVariant> &args : spy)
        chunks.append(args.at(0).value<BulkChunk>());
    std::sort(chunks.begin(), chunks.end(),
              [](const BulkChunk &a, const BulkChunk &b) { return a.index < b.index; });
    return chunks;
}

} // namespace

class TestBulkDeleteRun : public QObject
{
    Q_OBJECT

private:
    RunConfig config(int concurrency = 4) const
    {
        RunConfig c;
        c.baseUrl = server->baseUrl();
        c.token = SandboxServer::defaultToken();
        c.concurrency = concurrency;
        c.timeoutMs = 10000;
        c.retryBaseDelayMs = 1;
        c.maxRetryDelayMs = 5;
        c.jitterSeed = 7;
        return c;
    }

    std::unique_ptr<SandboxServer> server;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<BulkChunk>(); }
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void bulkUrl_encodesEveryId()
    {
        const QUrl base(QStringLiteral("https://qstash.example.com/proxy/"));
        const auto url =
            dlqBulkDeleteUrl(base, {QStringLiteral("1752829295505-0"), QStringLiteral("a+b&c=d"),
                                    QStringLiteral("ü%41 ~.")});
        // ' ' makes the last one invalid; without it the URL must be built.
        QVERIFY(!url);
        const auto ok =
            dlqBulkDeleteUrl(base, {QStringLiteral("1752829295505-0"), QStringLiteral("a+b&c=d"),
                                    QStringLiteral("ü%41~.")});
        QVERIFY(ok);
        QCOMPARE(ok->path(QUrl::FullyEncoded), QStringLiteral("/proxy/v2/workflows/dlq"));
        QCOMPARE(ok->query(QUrl::FullyEncoded),
                 QStringLiteral("dlqIds=1752829295505-0&dlqIds=a%2Bb%26c%3Dd&"
                                "dlqIds=%C3%BC%2541~."));
        QCOMPARE(ok->host(), QStringLiteral("qstash.example.com"));
    }

    void bulkUrl_refusesEmptyListAndUnsendableIds_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("empty list") << QStringList{};
        QTest::newRow("empty id") << QStringList{QStringLiteral("1-1"), QString()};
        QTest::newRow("blank id") << QStringList{QStringLiteral(" ")};
        QTest::newRow("slash") << QStringList{QStringLiteral("a/b")};
        QTest::newRow("dot dot") << QStringList{QStringLiteral("..")};
        QTest::newRow("comma") << QStringList{QStringLiteral("1-1,2-2")};
        QTest::newRow("workflow run id") << QStringList{QStringLiteral("wfr_abcdef")};
        QTest::newRow("hash") << QStringList{QStringLiteral("1-1#x")};
    }

    void bulkUrl_refusesEmptyListAndUnsendableIds()
    {
        QFETCH(QStringList, ids);
        QVERIFY(!dlqBulkDeleteUrl(QUrl(QStringLiteral("https://qstash.upstash.io")), ids));
    }

    void makeChunks_neverYieldsAnEmptyChunk()
    {
        QVERIFY(BulkDeleteRun::makeChunks({}, 100).isEmpty());
        QStringList ids;
        for (int i = 0; i < 250; ++i)
            ids << QStringLiteral("1700000000000-%1").arg(i);
        const QList<QStringList> chunks = BulkDeleteRun::makeChunks(ids, 100);
        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks.at(0).size(), 100);
        QCOMPARE(chunks.at(2).size(), 50);
        QCOMPARE(chunks.at(2).constLast(), ids.constLast());
        QCOMPARE(BulkDeleteRun::makeChunks(ids, 0).size(), 250);  // clamped to 1
        QCOMPARE(BulkDeleteRun::makeChunks(ids, 5000).size(), 3); // clamped to the API's 100
    }

    void chunks_deleteExistingIds_andReportCounts()
    {
        const QStringList existing = server->seed(250, 3);
        QStringList ids = existing;
        for (int i = 0; i < 30; ++i)
            ids << QStringLiteral("1600000000%1-0").arg(i, 3, 10, QLatin1Char('0'));

        QNetworkAccessManager nam;
        BulkDeleteRun run(&nam, config(2), 100);
        QSignalSpy chunkSpy(&run, &BulkDeleteRun::chunkFinished);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        run.start(ids);
        QCOMPARE(run.chunkCount(), 3);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Completed);

        const QList<BulkChunk> chunks = chunksFrom(chunkSpy);
        QCOMPARE(chunks.size(), 3);
        int deleted = 0;
        for (const BulkChunk &chunk : chunks) {
            QCOMPARE(chunk.state, ResultState::Deleted);
            QCOMPARE(chunk.httpStatus, 200);
            QCOMPARE(chunk.attempts, 1);
            deleted += chunk.deleted;
        }
        QCOMPARE(chunks.at(0).ids, ids.mid(0, 100));
        QCOMPARE(chunks.at(2).ids, ids.mid(200));
        QCOMPARE(chunks.at(0).deleted, 100);
        QCOMPARE(chunks.at(2).deleted, 50);
        QCOMPARE(deleted, 250);
        QCOMPARE(server->entryCount(), 0);
        QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
        QCOMPARE(server->requests().size(), 3);
        QVERIFY(server->maxInFlight() <= 2);
        for (const SandboxRequest &request : server->requests()) {
            QCOMPARE(request.method, QByteArray("DELETE"));
            QCOMPARE(request.path, QByteArray("/v2/workflows/dlq"));
            QVERIFY(request.query.startsWith("dlqIds="));
        }
    }

    void noIds_sendsNothing_andFinishesAtOnce()
    {
        server->seed(5, 1);
        QNetworkAccessManager nam;
        BulkDeleteRun run(&nam, config(), 100);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        QSignalSpy started(&run, &BulkDeleteRun::chunkStarted);
        run.start({});
        QCOMPARE(finished.size(), 1); // synchronously
        QCOMPARE(started.size(), 0);
        QVERIFY(!run.isRunning());
        QCOMPARE(server->entryCount(), 5);
        QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
    }

    void unsendableIds_areRejected_neverSent_andNeverEmptyTheDlq()
    {
        server->seed(5, 1);
        QNetworkAccessManager nam;
        BulkDeleteRun run(&nam, config(), 100);
        QSignalSpy rejected(&run, &BulkDeleteRun::rejected);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        const QStringList bad = {QString(), QStringLiteral(" "), QStringLiteral("a/b"),
                                 QStringLiteral("1-1,2-2"), QStringLiteral("..")};
        run.start(bad);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().toStringList(), bad);
        QCOMPARE(run.chunkCount(), 0);
        QVERIFY(server->requests().isEmpty());
        QCOMPARE(server->entryCount(), 5);
        QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
    }

    void mixedIds_onlyTheSendableOnesAreChunked()
    {
        const QStringList existing = server->seed(3, 2);
        QNetworkAccessManager nam;
        BulkDeleteRun run(&nam, config(), 100);
        QSignalSpy rejected(&run, &BulkDeleteRun::rejected);
        QSignalSpy chunkSpy(&run, &BulkDeleteRun::chunkFinished);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        run.start(QStringList{QStringLiteral("x/y")} + existing);
        QVERIFY(finished.wait(10000));
        QCOMPARE(rejected.first().first().toStringList(), QStringList{QStringLiteral("x/y")});
        const QList<BulkChunk> chunks = chunksFrom(chunkSpy);
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks.first().ids, existing);
        QCOMPARE(chunks.first().deleted, 3);
    }

    void tokenRejected_stopsTheRun()
    {
        server->seed(10, 1);
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << QStringLiteral("1700000000000-%1").arg(i);
        RunConfig c = config(2);
        c.token = QStringLiteral("wrong-token");
        QNetworkAccessManager nam;
        BulkDeleteRun run(&nam, c, 1);
        QSignalSpy chunkSpy(&run, &BulkDeleteRun::chunkFinished);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        run.start(ids);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::TokenRejected);
        QVERIFY(server->requests().size() <= 2);
        const QList<BulkChunk> chunks = chunksFrom(chunkSpy);
        QCOMPARE(chunks.size(), 20);
        int rejectedCount = 0;
        int notSent = 0;
        for (const BulkChunk &chunk : chunks) {
            rejectedCount += chunk.state == ResultState::TokenRejected;
            notSent += chunk.state == ResultState::NotSent;
        }
        QCOMPARE(rejectedCount, int(server->requests().size()));
        QCOMPARE(notSent, 20 - rejectedCount);
        QCOMPARE(server->entryCount(), 10);
    }

    void serverError_isRetried_upToMaxAttempts()
    {
        const QStringList existing = server->seed(4, 1);
        int failuresLeft = 2;
        server->setOverride([&](const SandboxRequest &) -> std::optional<SandboxResponse> {
            if (failuresLeft <= 0)
                return std::nullopt;
            --failuresLeft;
            SandboxResponse response;
            response.status = 503;
            response.body = R"({"error":"try later"})";
            return response;
        });
        QNetworkAccessManager nam;
        RunConfig c = config(1);
        c.maxAttempts = 3;
        BulkDeleteRun run(&nam, c, 100);
        QSignalSpy chunkSpy(&run, &BulkDeleteRun::chunkFinished);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        run.start(existing);
        QVERIFY(finished.wait(10000));
        const BulkChunk chunk = chunksFrom(chunkSpy).first();
        QCOMPARE(chunk.state, ResultState::Deleted);
        QCOMPARE(chunk.attempts, 3);
        QCOMPARE(chunk.deleted, 4);
        QVERIFY(!chunk.outcomeUncertain); // 503 is a refusal, nothing was applied
        QCOMPARE(server->requests().size(), 3);
    }

    void serverError_givesUpAfterMaxAttempts()
    {
        const QStringList existing = server->seed(2, 1);
        SandboxFaults faults;
        faults.serverErrorPercent = 100;
        server->setFaults(faults);
        QNetworkAccessManager nam;
        RunConfig c = config(1);
        c.maxAttempts = 2;
        BulkDeleteRun run(&nam, c, 100);
        QSignalSpy chunkSpy(&run, &BulkDeleteRun::chunkFinished);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        run.start(existing);
        QVERIFY(finished.wait(10000));
        const BulkChunk chunk = chunksFrom(chunkSpy).first();
        QCOMPARE(chunk.state, ResultState::Failed);
        QCOMPARE(chunk.httpStatus, 503);
        QCOMPARE(chunk.attempts, 2);
        QCOMPARE(chunk.deleted, -1);
        QCOMPARE(server->requests().size(), 2);
    }

    void dailyQuota_stopsTheRun()
    {
        server->seed(10, 1);
        server->setOverride([](const SandboxRequest &) -> std::optional<SandboxResponse> {
            return test::dailyQuotaResponse();
        });
        QNetworkAccessManager nam;
        BulkDeleteRun run(&nam, config(1), 2);
        QSignalSpy chunkSpy(&run, &BulkDeleteRun::chunkFinished);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        run.start(server->entryIds());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::QuotaExhausted);
        QCOMPARE(server->requests().size(), 1);
        const QList<BulkChunk> chunks = chunksFrom(chunkSpy);
        QCOMPARE(chunks.size(), 5);
        for (const BulkChunk &chunk : chunks)
            QCOMPARE(chunk.state, ResultState::NotSent);
        QCOMPARE(chunks.first().httpStatus, 429);
        QVERIFY(chunks.first().message.contains(QLatin1String("quota")));
    }

    void burstRateLimit_isRetriedAfterTheServersWait()
    {
        const QStringList existing = server->seed(2, 1);
        bool limited = false;
        server->setOverride([&](const SandboxRequest &) -> std::optional<SandboxResponse> {
            if (limited)
                return std::nullopt;
            limited = true;
            SandboxResponse response;
            response.status = 429;
            response.headers = {{"Retry-After", "0.2"}};
            response.body = R"({"error":"too many requests"})";
            return response;
        });
        QNetworkAccessManager nam;
        BulkDeleteRun run(&nam, config(1), 100);
        QSignalSpy chunkSpy(&run, &BulkDeleteRun::chunkFinished);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        run.start(existing);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Completed);
        const BulkChunk chunk = chunksFrom(chunkSpy).first();
        QCOMPARE(chunk.state, ResultState::Deleted);
        QCOMPARE(chunk.attempts, 2);
        QCOMPARE(chunk.deleted, 2);
        const QList<SandboxRequest> requests = server->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(0).receivedAt.msecsTo(requests.at(1).receivedAt) >= 150);
    }

    void cancel_abortsInFlight_andMarksTheRestNotSent()
    {
        QStringList ids = server->seed(10, 1);
        server->setLatencyMs(5000);
        QNetworkAccessManager nam;
        BulkDeleteRun run(&nam, config(2), 2);
        QSignalSpy chunkSpy(&run, &BulkDeleteRun::chunkFinished);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        QSignalSpy received(server.get(), &SandboxServer::requestReceived);
        run.start(ids);
        while (received.size() < 2)
            QVERIFY(received.wait(10000));
        run.cancel();
        QCOMPARE(finished.size(), 1); // synchronously
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Cancelled);
        const QList<BulkChunk> chunks = chunksFrom(chunkSpy);
        QCOMPARE(chunks.size(), 5);
        QCOMPARE(chunks.at(0).state, ResultState::Cancelled);
        QCOMPARE(chunks.at(1).state, ResultState::Cancelled);
        for (int i = 2; i < 5; ++i)
            QCOMPARE(chunks.at(i).state, ResultState::NotSent);
    }

    void rate_pacesRequestStarts()
    {
        QStringList ids = server->seed(5, 1);
        QNetworkAccessManager nam;
        RunConfig c = config(5);
        c.maxRequestsPerSecond = 20; // one start every 50 ms
        BulkDeleteRun run(&nam, c, 1);
        QSignalSpy finished(&run, &BulkDeleteRun::finished);
        QElapsedTimer clock;
        clock.start();
        run.start(ids);
        QVERIFY(finished.wait(10000));
        // Four gaps of 50 ms between five starts; an upper bound would make the test flaky.
        QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
        const QList<SandboxRequest> requests = server->requests();
        QCOMPARE(requests.size(), 5);
        QVERIFY(requests.first().receivedAt.msecsTo(requests.last().receivedAt) >= 150);
    }
};

QTEST_GUILESS_MAIN(TestBulkDeleteRun)
#include "tst_bulkdeleterun.moc"
