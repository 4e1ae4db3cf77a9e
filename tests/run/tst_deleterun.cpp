// DeleteRun against the sandbox server over real loopback sockets.
#include "run/deleterun.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

namespace {

struct Outcomes
{
    QHash<int, ResultRow> byKey;
    QList<int> started;
};

class Harness
{
public:
    explicit Harness(SandboxServer &server, int concurrency = 6, int timeoutMs = 10000,
                     QString token = SandboxServer::defaultToken(), int maxAttempts = 1)
        : run(&nam, config(server, concurrency, timeoutMs, std::move(token), maxAttempts)),
          finished(&run, &DeleteRun::finished)
    {
        QObject::connect(
            &run, &DeleteRun::itemFinished, &run,
            [this](int key, const ResultRow &row) { outcomes.byKey.insert(key, row); });
        QObject::connect(&run, &DeleteRun::itemStarted, &run,
                         [this](int key) { outcomes.started.append(key); });
    }

    static RunConfig config(SandboxServer &server, int concurrency, int timeoutMs, QString token,
                            int maxAttempts)
    {
        RunConfig c{server.baseUrl(), std::move(token), concurrency, timeoutMs};
        // Retries have their own tests; here each answer is the final one.
        c.maxAttempts = maxAttempts;
        c.retryBaseDelayMs = 10;
        return c;
    }

    void start(const QStringList &ids)
    {
        QList<RunItem> items;
        for (int i = 0; i < ids.size(); ++i)
            items.append(RunItem{i, ids.at(i)});
        run.start(items);
    }

    bool waitFinished(int ms = 20000) { return !finished.isEmpty() || finished.wait(ms); }

    RunEnd end() const { return finished.first().first().value<RunEnd>(); }
    ResultState state(int key) const { return outcomes.byKey.value(key).state; }

    QNetworkAccessManager nam;
    DeleteRun run;
    QSignalSpy finished;
    Outcomes outcomes;
};

SandboxResponse respond(int status, QByteArray body, QByteArray contentType = "application/json")
{
    SandboxResponse r;
    r.status = status;
    r.body = std::move(body);
    if (!contentType.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(contentType)));
    return r;
}

} // namespace

class TestDeleteRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        existing = server->seed(10);
    }
    void cleanup() { server.reset(); }

    void existingId_isDeleted_andMissingId_isNotFound()
    {
        Harness h(*server);
        h.start({existing.at(0), QStringLiteral("1700000000000-9")});
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::Completed);
        QCOMPARE(h.state(0), ResultState::Deleted);
        QCOMPARE(h.outcomes.byKey.value(0).httpStatus, 200);
        QCOMPARE(h.state(1), ResultState::NotFound);
        QCOMPARE(h.outcomes.byKey.value(1).httpStatus, 404);
        QVERIFY(!server->contains(existing.at(0)));
        QCOMPARE(server->deletedIds(), QStringList{existing.at(0)});
    }

    void everyRequest_isADeleteOfOneEncodedSegment_withBearerToken()
    {
        Harness h(*server);
        const QStringList ids{existing.at(0), QStringLiteral("abc%2Fdef"),
                              QStringLiteral("caf\u00e9-1")};
        h.start(ids);
        QVERIFY(h.waitFinished());
        const QList<SandboxRequest> requests = server->requests();
        QCOMPARE(requests.size(), 3);
        QSet<QByteArray> paths;
        for (const SandboxRequest &r : requests) {
            QCOMPARE(r.method, QByteArray("DELETE"));
            QCOMPARE(r.header("authorization"),
                     QByteArray("Bearer ") + SandboxServer::defaultToken().toUtf8());
            QVERIFY(r.query.isEmpty());
            QVERIFY(!r.target.contains(SandboxServer::defaultToken().toUtf8()));
            paths.insert(r.path);
        }
        QVERIFY(paths.contains("/v2/workflows/dlq/" + existing.at(0).toUtf8()));
        QVERIFY(paths.contains("/v2/workflows/dlq/abc%252Fdef"));
        QVERIFY(paths.contains("/v2/workflows/dlq/caf%C3%A9-1"));
    }

    void unsendableIds_finishInvalid_andNeverReachTheServer_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dotdot") << QStringLiteral("..");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("query") << QStringLiteral("a?dlqIds=");
        QTest::newRow("run id") << QStringLiteral("wfr_abcdefghijklmnopqrstu");
    }
    void unsendableIds_finishInvalid_andNeverReachTheServer()
    {
        QFETCH(QString, id);
        Harness h(*server);
        h.start({id});
        QVERIFY(h.waitFinished());
        QCOMPARE(h.state(0), ResultState::Invalid);
        QVERIFY(!h.outcomes.byKey.value(0).message.isEmpty());
        QVERIFY(h.outcomes.started.isEmpty());
        QCOMPARE(server->requests().size(), 0);
        QCOMPARE(server->entryCount(), 10);
    }

    void statusCodes_mapToResults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<ResultState>("expected");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("200") << 200 << QByteArray() << QByteArray() << ResultState::Deleted
                             << QString();
        QTest::newRow("202") << 202 << QByteArray() << QByteArray() << ResultState::Deleted
                             << QString();
        QTest::newRow("204") << 204 << QByteArray() << QByteArray() << ResultState::Deleted
                             << QString();
        QTest::newRow("400 json") << 400 << QByteArray(R"({"error":"invalid dlq id"})")
                                  << QByteArray("application/json") << ResultState::InvalidId
                                  << QStringLiteral("invalid dlq id");
        QTest::newRow("404 json") << 404 << QByteArray(R"({"error":"dlq message not found"})")
                                  << QByteArray("application/json") << ResultState::NotFound
                                  << QStringLiteral("dlq message not found");
        QTest::newRow("500 json") << 500 << QByteArray(R"({"error":"internal error"})")
                                  << QByteArray("application/json") << ResultState::Failed
                                  << QStringLiteral("internal error");
        QTest::newRow("502 html")
            << 502
            << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                          "<body><h1>Bad Gateway</h1></body></html>")
            << QByteArray("text/html") << ResultState::Failed << QStringLiteral("502 Bad Gateway");
        QTest::newRow("503 plain")
            << 503 << QByteArray("upstream overloaded, try later") << QByteArray("text/plain")
            << ResultState::Failed << QStringLiteral("upstream overloaded");
        QTest::newRow("500 invalid json") << 500 << QByteArray("{\"error\": ") << QByteArray()
                                          << ResultState::Failed << QStringLiteral("{\"error\":");
        QTest::newRow("500 json without error")
            << 500 << QByteArray(R"({"code":17})") << QByteArray("application/json")
            << ResultState::Failed << QStringLiteral("{\"code\":17}");
        QTest::newRow("418 unexpected") << 418 << QByteArray() << QByteArray()
                                        << ResultState::Failed << QStringLiteral("HTTP 418");
    }
    void statusCodes_mapToResults()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(ResultState, expected);
        QFETCH(QString, messagePart);
        server->setOverride([&](const SandboxRequest &) {
            return std::optional<SandboxResponse>(respond(status, body, contentType));
        });
        Harness h(*server);
        h.start({existing.at(0)});
        QVERIFY(h.waitFinished());
        const ResultRow row = h.outcomes.byKey.value(0);
        QCOMPARE(row.state, expected);
        QCOMPARE(row.httpStatus, status);
        QVERIFY2(row.message.contains(messagePart), qPrintable(row.message));
        QCOMPARE(row.attempts, 1);
        QVERIFY(row.durationMs >= 0);
        QVERIFY(row.finishedAt.isValid());
    }

    void tokenRejected_stopsTheRun_andNothingMoreIsSent()
    {
        server->setLatencyMs(40);
        const int concurrency = 4;
        Harness h(*server, concurrency, 10000, QStringLiteral("wrong-token"));
        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids << QStringLiteral("1700000000%1-0").arg(i, 3, 10, QLatin1Char('0'));
        h.start(ids);
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::TokenRejected);
        const int sent = int(server->requests().size());
        // Only what was already in flight when the first 401 arrived.
        QVERIFY2(sent <= concurrency, qPrintable(QString::number(sent)));
        int rejected = 0;
        int notSent = 0;
        for (const ResultRow &row : std::as_const(h.outcomes.byKey)) {
            rejected += row.state == ResultState::TokenRejected;
            notSent += row.state == ResultState::NotSent;
        }
        QCOMPARE(rejected, sent);
        QCOMPARE(notSent, 50 - sent);
        QCOMPARE(h.outcomes.byKey.size(), 50);
        QCOMPARE(server->entryCount(), 10);
    }

    void inFlightRequests_neverExceedTheConcurrencyLimit_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("6") << 6;
        // Above Qt's six connections per manager the run spreads over more managers.
        QTest::newRow("16") << 16;
        QTest::newRow("40") << 40;
    }
    void inFlightRequests_neverExceedTheConcurrencyLimit()
    {
        QFETCH(int, concurrency);
        server->setLatencyMs(40);
        const QStringList ids = server->seed(120, 7);
        Harness h(*server, concurrency);
        h.start(ids);
        QVERIFY(h.waitFinished());
        QCOMPARE(server->maxInFlight(), concurrency);
        QCOMPARE(server->deletedIds().size(), 120);
        QCOMPARE(h.run.finishedCount(), 120);
    }

    void hangingServer_timesOut_andIsReportedAsFailedNotCancelled()
    {
        server->setOverride([](const SandboxRequest &) {
            SandboxResponse r;
            r.action = SandboxResponse::Action::Hang;
            return std::optional<SandboxResponse>(r);
        });
        Harness h(*server, 2, 300);
        h.start({existing.at(0)});
        QVERIFY(h.waitFinished());
        const ResultRow row = h.outcomes.byKey.value(0);
        QCOMPARE(row.state, ResultState::Failed);
        QCOMPARE(row.httpStatus, 0);
        QVERIFY2(row.message.contains(QStringLiteral("timed out")), qPrintable(row.message));
        QCOMPARE(h.end(), RunEnd::Completed);
    }

    void cancelMidRun_abortsInFlight_andMarksTheRestNotSent()
    {
        server->setLatencyMs(5000);
        const QStringList ids = server->seed(20, 3);
        Harness h(*server, 2);
        h.start(ids);
        QTRY_COMPARE(server->inFlight(), 2);
        h.run.cancel();
        QVERIFY(h.waitFinished());
        QCOMPARE(h.end(), RunEnd::Cancelled);
        int cancelled = 0;
        int notSent = 0;
        for (const ResultRow &row : std::as_const(h.outcomes.byKey)) {
            cancelled += row.state == ResultState::Cancelled;
            notSent += row.state == ResultState::NotSent;
        }
        QCOMPARE(cancelled, 2);
        QCOMPARE(notSent, 18);
        QCOMPARE(server->requests().size(), 2);
        QTRY_COMPARE(server->inFlight(), 0);
    }

    void redirect_isNotFollowed_andTheTokenNeverReachesTheOtherOrigin()
    {
        SandboxServer other;
        QVERIFY(other.listen());
        const QByteArray target = other.baseUrl().toEncoded() + "/v2/workflows/dlq/x-1";
        for (int status : {301, 302, 307, 308}) {
            server->clearRequests();
            server->setOverride([&](const SandboxRequest &) {
                SandboxResponse r = respond(status, {}, {});
                r.headers.append(qMakePair(QByteArray("Location"), QByteArray(target)));
                return std::optional<SandboxResponse>(r);
            });
            Harness h(*server);
            h.start({existing.at(0)});
            QVERIFY(h.waitFinished());
            const ResultRow row = h.outcomes.byKey.value(0);
            QCOMPARE(row.state, ResultState::Failed);
            QCOMPARE(row.httpStatus, status);
            QVERIFY2(row.message.contains(QString::fromUtf8(target)), qPrintable(row.message));
        }
        QCOMPARE(other.requests().size(), 0);
    }

    void refusedConnection_isFailedWithAMessageNamingTheHost()
    {
        const QUrl base = server->baseUrl();
        server.reset(); // nothing listens on that port any more
        QNetworkAccessManager nam;
        RunConfig config{base, QStringLiteral("t"), 2, 5000};
        config.maxAttempts = 1;
        DeleteRun run(&nam, config);
        QSignalSpy finished(&run, &DeleteRun::finished);
        QSignalSpy items(&run, &DeleteRun::itemFinished);
        run.start({RunItem{0, QStringLiteral("1700000000000-0")}});
        QVERIFY(finished.wait(10000));
        const ResultRow row = items.first().at(1).value<ResultRow>();
        QCOMPARE(row.state, ResultState::Failed);
        QVERIFY2(row.message.contains(QStringLiteral("127.0.0.1")), qPrintable(row.message));
        server = std::make_unique<SandboxServer>();
    }

private:
    std::unique_ptr<SandboxServer> server;
    QStringList existing;
};

QTEST_GUILESS_MAIN(TestDeleteRun)
#include "tst_deleterun.moc"
