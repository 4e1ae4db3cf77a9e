// The sandbox is what the app's own tests trust to behave like the Upstash DLQ API, so it is
// tested through real sockets: QNetworkAccessManager (the app's client) for API behaviour, and
// a raw QTcpSocket for the HTTP framing a well-behaved client never produces.

#include "sandbox/httprequestparser.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxtestclients.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace dlq;
using namespace dlq::test;

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // API behaviour, through QNetworkAccessManager
    void deleteOfExistingId_returns200WithEmptyBodyAndRemovesIt();
    void deleteOfUnknownId_returns404WithJsonError();
    void wrongToken_returns401AndDeletesNothing();
    void missingToken_returns401EvenForUnknownRoutes();
    void getOfExistingId_returnsTheCompleteEntry();
    void getOfUnknownId_returns404();
    void listPagination_coversEverySeededEntryExactlyOnceNewestFirst();
    void listCount_defaultsTo100AndIsCappedAt100();
    void listCursor_staysValidWhenEntriesAreDeletedBetweenPages();
    void listFilter_returnsOnlyMatchingEntries();
    void bulkDelete_countsOnlyExistingIdsFromRepeatedAndCommaJoinedParameters();
    void bulkDeleteWithoutIdsOrFilters_wipesEverythingAndIsRecorded();
    void bulkDeleteWithEmptyIdList_isTreatedAsUnfilteredLikeTheRealApi();
    void bulkDeleteWithFilter_deletesOnlyMatchingEntries();
    void bulkDeleteWithIdsAndFilters_ignoresTheFiltersAsTheSpecSays();
    void percentEncodedSlash_decodesToAnIdContainingSlash();
    void percentEncodedUtf8_decodesToTheUnicodeId();
    void blankIdAfterDecoding_returns400();
    void extraSegmentsAndDotSegments_areRouteMisses();
    void unknownMethodOnKnownRoute_returns405();
    void requests_areRecordedWithRawTargetAndLowerCasedHeaders();
    void seed_isDeterministicUniqueAndRealistic();
    void seed_isDatedWithinTheLastDaysOfTheSandboxClock();

    // Timing, faults, overrides
    void latency_keepsConcurrentRequestsInFlight();
    void hangingRequest_staysInFlightUntilTheClientAborts();
    void hangingRequest_clientTransferTimeoutDecrementsInFlight();
    void resetBeforeFault_closesWithoutDeleting();
    void resetAfterFault_deletesButTheClientSeesAnError();
    void faults_areReproducibleWithTheSameSeed();
    void rateLimit_answers429WithBurstHeadersAboveTheLimit();
    void rateLimit_windowReopensAfterOneSecond();
    void override_answersBeforeAuthAndFallsThroughOnNullopt();
    void overrideResetAfter_appliesTheDeleteThenCloses();
    void overrideDelay_replacesTheServerLatency();
    void serverClose_dropsConnectionsAndClearsInFlight();

    // HTTP framing, through a raw socket
    void requestSplitAcrossWrites_isReassembled();
    void parserFedOneByteAtATime_yieldsTheCompleteRequest();
    void oversizedHeader_isRejectedWith431AndClosed();
    void oversizedBody_isRejectedWith413AndClosed();
    void malformedRequest_isAnsweredWithErrorAndClosed_data();
    void malformedRequest_isAnsweredWithErrorAndClosed();
    void randomGarbage_neverCrashesTheServer();
    void keepAlive_servesSeveralSequentialRequestsOnOneSocket();
    void pipelinedRequests_areAnsweredInOrder();
    void connectionClose_isHonoured();
    void networkAccessManager_reusesOneConnectionForSequentialRequests();

private:
    QNetworkRequest request(const QUrl &url, const QByteArray &auth = BearerHeader) const;
    QUrl url(const QByteArray &encodedPathAndQuery) const;
    QUrl entryUrl(const QByteArray &encodedId) const;
    HttpResult get(const QUrl &url);
    HttpResult del(const QUrl &url);
    HttpResult custom(const QUrl &url, const QByteArray &verb);
    RawResponse rawExchange(const QByteArray &bytes);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_SandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void tst_SandboxServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
    setSandboxClock({});
}

QNetworkRequest tst_SandboxServer::request(const QUrl &url, const QByteArray &auth) const
{
    QNetworkRequest req(url);
    if (!auth.isEmpty())
        req.setRawHeader("Authorization", auth);
    return req;
}

QUrl tst_SandboxServer::url(const QByteArray &encodedPathAndQuery) const
{
    return QUrl::fromEncoded(m_server->baseUrl().toEncoded() + encodedPathAndQuery,
                             QUrl::StrictMode);
}

QUrl tst_SandboxServer::entryUrl(const QByteArray &encodedId) const
{
    return url("/v2/workflows/dlq/" + encodedId);
}

HttpResult tst_SandboxServer::get(const QUrl &target)
{
    return waitFor(m_nam->get(request(target)));
}

HttpResult tst_SandboxServer::del(const QUrl &target)
{
    return waitFor(m_nam->deleteResource(request(target)));
}

HttpResult tst_SandboxServer::custom(const QUrl &target, const QByteArray &verb)
{
    return waitFor(m_nam->sendCustomRequest(request(target), verb));
}

RawResponse tst_SandboxServer::rawExchange(const QByteArray &bytes)
{
    RawClient client(m_server->port());
    if (!client.waitConnected())
        return {};
    client.write(bytes);
    return client.read().value_or(RawResponse{});
}

// --- API behaviour ---------------------------------------------------------------------

void tst_SandboxServer::deleteOfExistingId_returns200WithEmptyBodyAndRemovesIt()
{
    const QStringList ids = m_server->seed(3);
    const HttpResult result = del(entryUrl(ids.at(1).toUtf8()));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArray());
    QVERIFY(!m_server->contains(ids.at(1)));
    QCOMPARE(m_server->entryCount(), 2);
    QCOMPARE(m_server->deletedIds(), QStringList{ids.at(1)});
}

void tst_SandboxServer::deleteOfUnknownId_returns404WithJsonError()
{
    m_server->seed(2);
    const HttpResult result = del(entryUrl("1752829295505-9"));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!result.json().value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(m_server->entryCount(), 2);
    QVERIFY(m_server->deletedIds().isEmpty());
}

void tst_SandboxServer::wrongToken_returns401AndDeletesNothing()
{
    const QStringList ids = m_server->seed(1);
    const HttpResult result =
        waitFor(m_nam->deleteResource(request(entryUrl(ids.first().toUtf8()), "Bearer nope")));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("unauthorized"));
    QVERIFY(m_server->contains(ids.first()));

    m_server->setToken(QStringLiteral("other"));
    QCOMPARE(del(entryUrl(ids.first().toUtf8())).status, 401);
    QVERIFY(m_server->contains(ids.first()));
}

void tst_SandboxServer::missingToken_returns401EvenForUnknownRoutes()
{
    QCOMPARE(waitFor(m_nam->get(request(url("/v2/workflows/dlq"), {}))).status, 401);
    QCOMPARE(waitFor(m_nam->get(request(url("/nowhere"), {}))).status, 401);
    QCOMPARE(waitFor(m_nam->get(request(url("/v2/workflows/dlq"), "Basic c2FuZGJveA=="))).status,
             401);
}

void tst_SandboxServer::getOfExistingId_returnsTheCompleteEntry()
{
    const QStringList ids = m_server->seed(5, 3);
    const HttpResult result = get(entryUrl(ids.at(2).toUtf8()));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject entry = result.json();
    QCOMPARE(entry.value(QStringLiteral("dlqId")).toString(), ids.at(2));
    const QStringList stringFields = {QStringLiteral("workflowUrl"),
                                      QStringLiteral("workflowRunId"),
                                      QStringLiteral("url"),
                                      QStringLiteral("method"),
                                      QStringLiteral("body"),
                                      QStringLiteral("failureCallback"),
                                      QStringLiteral("callerIP"),
                                      QStringLiteral("flowControlKey"),
                                      QStringLiteral("failureFunctionState"),
                                      QStringLiteral("responseBody")};
    for (const QString &field : stringFields)
        QVERIFY2(entry.value(field).isString(), qPrintable(field));
    for (const char *field : {"workflowCreatedAt", "createdAt", "maxRetries", "responseStatus"})
        QVERIFY2(entry.value(QLatin1String(field)).isDouble(), field);
    QVERIFY(entry.value(QStringLiteral("header")).isObject());
    QVERIFY(entry.value(QStringLiteral("responseHeader")).isObject());
    QVERIFY(entry.value(QStringLiteral("labels")).isArray());
    QVERIFY(entry.value(QStringLiteral("header"))
                .toObject()
                .value(QStringLiteral("Content-Type"))
                .isArray());
    static const QRegularExpression runId(QStringLiteral("^wfr_[A-Za-z0-9_-]{21}$"));
    QVERIFY(runId.match(entry.value(QStringLiteral("workflowRunId")).toString()).hasMatch());
    QVERIFY(entry.value(QStringLiteral("workflowUrl"))
                .toString()
                .startsWith(QStringLiteral("https://")));
    QVERIFY(entry.value(QStringLiteral("responseStatus")).toInt() >= 400);
    QVERIFY(m_server->contains(ids.at(2))); // GET never deletes
}

void tst_SandboxServer::getOfUnknownId_returns404()
{
    const HttpResult result = get(entryUrl("missing"));
    QCOMPARE(result.status, 404);
    QVERIFY(result.json().contains(QStringLiteral("error")));
}

void tst_SandboxServer::listPagination_coversEverySeededEntryExactlyOnceNewestFirst()
{
    const QStringList seeded = m_server->seed(250, 11);
    QStringList listed;
    QString cursor;
    int pages = 0;
    do {
        QByteArray query = "/v2/workflows/dlq?count=100";
        if (!cursor.isEmpty())
            query += "&cursor=" + QUrl::toPercentEncoding(cursor);
        const HttpResult result = get(url(query));
        QCOMPARE(result.status, 200);
        const QJsonObject page = result.json();
        const QJsonArray messages = page.value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &message : messages)
            listed.append(message.toObject().value(QStringLiteral("dlqId")).toString());
        cursor = page.value(QStringLiteral("cursor")).toString();
        QVERIFY(++pages <= 3);
    } while (!cursor.isEmpty());

    QCOMPARE(pages, 3);
    QStringList newestFirst = seeded;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(listed, newestFirst);
}

void tst_SandboxServer::listCount_defaultsTo100AndIsCappedAt100()
{
    m_server->seed(150);
    const HttpResult defaults = get(url("/v2/workflows/dlq"));
    QCOMPARE(defaults.status, 200);
    QCOMPARE(defaults.json().value(QStringLiteral("messages")).toArray().size(), 100);
    QVERIFY(!defaults.json().value(QStringLiteral("cursor")).toString().isEmpty());

    const HttpResult capped = get(url("/v2/workflows/dlq?count=500"));
    QCOMPARE(capped.json().value(QStringLiteral("messages")).toArray().size(), 100);

    const HttpResult small = get(url("/v2/workflows/dlq?count=1"));
    QCOMPARE(small.json().value(QStringLiteral("messages")).toArray().size(), 1);

    QCOMPARE(get(url("/v2/workflows/dlq?count=abc")).status, 400);
    QCOMPARE(get(url("/v2/workflows/dlq?cursor=bogus")).status, 400);
}

void tst_SandboxServer::listCursor_staysValidWhenEntriesAreDeletedBetweenPages()
{
    const QStringList seeded = m_server->seed(10, 5);
    const HttpResult first = get(url("/v2/workflows/dlq?count=4"));
    const QString cursor = first.json().value(QStringLiteral("cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    // Delete the first entry of the next page (seeded[5]) and one already listed.
    QCOMPARE(del(entryUrl(seeded.at(5).toUtf8())).status, 200);
    QCOMPARE(del(entryUrl(seeded.at(9).toUtf8())).status, 200);

    const HttpResult second =
        get(url("/v2/workflows/dlq?count=4&cursor=" + QUrl::toPercentEncoding(cursor)));
    QCOMPARE(second.status, 200);
    QStringList ids;
    const QJsonArray messages = second.json().value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &m : messages)
        ids.append(m.toObject().value(QStringLiteral("dlqId")).toString());
    QCOMPARE(ids, (QStringList{seeded.at(4), seeded.at(3), seeded.at(2), seeded.at(1)}));
}

void tst_SandboxServer::listFilter_returnsOnlyMatchingEntries()
{
    m_server->seed(60, 9);
    const HttpResult result = get(url("/v2/workflows/dlq?responseStatus=504"));
    QCOMPARE(result.status, 200);
    const QJsonArray messages = result.json().value(QStringLiteral("messages")).toArray();
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.size() < 60);
    for (const QJsonValue &m : messages)
        QCOMPARE(m.toObject().value(QStringLiteral("responseStatus")).toInt(), 504);
}

void tst_SandboxServer::bulkDelete_countsOnlyExistingIdsFromRepeatedAndCommaJoinedParameters()
{
    const QStringList ids = m_server->seed(6);
    const QByteArray query = "/v2/workflows/dlq?dlqIds=" + ids.at(0).toUtf8() +
                             "&dlqIds=" + ids.at(1).toUtf8() + "," + ids.at(2).toUtf8() +
                             "&dlqIds=unknown-id";
    const HttpResult result = del(url(query));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("deleted")).toInt(), 3);
    QCOMPARE(m_server->entryIds(), ids.mid(3));
    QCOMPARE(m_server->deletedIds(), ids.mid(0, 3));
    QCOMPARE(m_server->unfilteredBulkDeleteCount(), 0);
}

void tst_SandboxServer::bulkDeleteWithoutIdsOrFilters_wipesEverythingAndIsRecorded()
{
    const QStringList ids = m_server->seed(7);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("unfiltered bulk DELETE")));
    const HttpResult result = del(url("/v2/workflows/dlq"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("deleted")).toInt(), 7);
    QCOMPARE(m_server->entryCount(), 0);
    QCOMPARE(m_server->deletedIds(), ids);
    QCOMPARE(m_server->unfilteredBulkDeleteCount(), 1);
}

void tst_SandboxServer::bulkDeleteWithEmptyIdList_isTreatedAsUnfilteredLikeTheRealApi()
{
    m_server->seed(4);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("unfiltered bulk DELETE")));
    const HttpResult result = del(url("/v2/workflows/dlq?dlqIds=&dlqIds=,"));
    QCOMPARE(result.json().value(QStringLiteral("deleted")).toInt(), 4);
    QCOMPARE(m_server->unfilteredBulkDeleteCount(), 1);
}

void tst_SandboxServer::bulkDeleteWithFilter_deletesOnlyMatchingEntries()
{
    m_server->seed(40, 2);
    const int before = m_server->entryCount();
    const HttpResult result = del(url("/v2/workflows/dlq?responseStatus=500"));
    QCOMPARE(result.status, 200);
    const int deleted = result.json().value(QStringLiteral("deleted")).toInt();
    QVERIFY(deleted > 0);
    QCOMPARE(m_server->entryCount(), before - deleted);
    QCOMPARE(m_server->unfilteredBulkDeleteCount(), 0);
    QCOMPARE(get(url("/v2/workflows/dlq?responseStatus=500"))
                 .json()
                 .value(QStringLiteral("messages"))
                 .toArray()
                 .size(),
             0);
}

void tst_SandboxServer::bulkDeleteWithIdsAndFilters_ignoresTheFiltersAsTheSpecSays()
{
    // workflow-openapi.yaml, dlqIds: "If provided, other filters are ignored."
    const QStringList ids = m_server->seed(20, 2);
    // A filter no entry matches does not spare the listed IDs.
    HttpResult result =
        del(url("/v2/workflows/dlq?dlqIds=" + ids.at(0).toUtf8() + "&dlqIds=" + ids.at(1).toUtf8() +
                "&workflowUrl=https%3A%2F%2Fnowhere.invalid%2Fwf"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("deleted")).toInt(), 2);
    QCOMPARE(m_server->entryIds(), ids.mid(2));
    // A filter every entry matches does not widen the delete beyond the listed ID.
    result = del(url("/v2/workflows/dlq?fromDate=0&dlqIds=" + ids.at(2).toUtf8()));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("deleted")).toInt(), 1);
    QCOMPARE(m_server->entryIds(), ids.mid(3));
    QCOMPARE(m_server->unfilteredBulkDeleteCount(), 0);
}

void tst_SandboxServer::percentEncodedSlash_decodesToAnIdContainingSlash()
{
    m_server->addEntry(QStringLiteral("a/b"));
    m_server->addEntry(QStringLiteral("a"));
    const HttpResult result = del(entryUrl("a%2Fb"));
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->deletedIds(), QStringList{QStringLiteral("a/b")});
    QVERIFY(m_server->contains(QStringLiteral("a")));
    QCOMPARE(m_server->requests().last().target, QByteArray("/v2/workflows/dlq/a%2Fb"));
}

void tst_SandboxServer::percentEncodedUtf8_decodesToTheUnicodeId()
{
    const QString id = QStringLiteral("r\u00e9sum\u00e9 #1?");
    m_server->addEntry(id);
    const HttpResult result = get(entryUrl(QUrl::toPercentEncoding(id)));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("dlqId")).toString(), id);
}

void tst_SandboxServer::blankIdAfterDecoding_returns400()
{
    const QStringList ids = m_server->seed(2);
    for (const QByteArray &segment : {QByteArray("%20%20"), QByteArray(""), QByteArray("%09")}) {
        const HttpResult result = del(entryUrl(segment));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid dlq id"));
    }
    QCOMPARE(m_server->entryIds(), ids);
}

void tst_SandboxServer::extraSegmentsAndDotSegments_areRouteMisses()
{
    m_server->addEntry(QStringLiteral("a/b"));
    m_server->addEntry(QStringLiteral(".."));
    const QList<QByteArray> targets = {
        "/v2/workflows/dlq/a/b", "/v2/workflows/dlq/..",     "/v2/workflows/dlq/%2E%2E",
        "/v2/workflows/dlq/.",   "/v2/workflows/dlq/a/../b", "/v2/workflows/dlqx",
        "/v2/workflows",         "/v2/workflows/dlq//"};
    for (const QByteArray &target : targets) {
        const RawResponse response = rawExchange(rawRequest("DELETE", target));
        QVERIFY2(response.status == 404, target.constData());
        QCOMPARE(QJsonDocument::fromJson(response.body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("not found"));
    }
    QCOMPARE(m_server->entryCount(), 2);
}

void tst_SandboxServer::unknownMethodOnKnownRoute_returns405()
{
    m_server->addEntry(QStringLiteral("x"));
    const HttpResult patch = custom(entryUrl("x"), "PATCH");
    QCOMPARE(patch.status, 405);
    QVERIFY(patch.header("Allow").contains("DELETE"));
    QCOMPARE(custom(url("/v2/workflows/dlq"), "POST").status, 405);
    QVERIFY(m_server->contains(QStringLiteral("x")));
}

void tst_SandboxServer::requests_areRecordedWithRawTargetAndLowerCasedHeaders()
{
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    QSignalSpy answered(m_server.get(), &SandboxServer::requestAnswered);
    m_server->addEntry(QStringLiteral("x y"));
    QNetworkRequest req = request(url("/v2/workflows/dlq/x%20y?trace=1"));
    req.setRawHeader("X-Custom-Header", "Value");
    QCOMPARE(waitFor(m_nam->deleteResource(req)).status, 200);

    const QList<SandboxRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const SandboxRequest &r = requests.first();
    QCOMPARE(r.method, QByteArray("DELETE"));
    QCOMPARE(r.target, QByteArray("/v2/workflows/dlq/x%20y?trace=1"));
    QCOMPARE(r.path, QByteArray("/v2/workflows/dlq/x%20y"));
    QCOMPARE(r.query, QByteArray("trace=1"));
    QCOMPARE(r.header("authorization"), BearerHeader);
    QCOMPARE(r.header("x-custom-header"), QByteArray("Value"));
    QVERIFY(r.receivedAt.isValid());
    QCOMPARE(received.count(), 1);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.first().at(1).toInt(), 200);

    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

void tst_SandboxServer::seed_isDeterministicUniqueAndRealistic()
{
    // The same seed and the same now: the dates come from the sandbox clock.
    setSandboxClock([] { return SeedBaseMs + seedSpanMs(50); });
    SandboxServer other;
    const QStringList a = m_server->seed(50, 7);
    const QStringList b = other.seed(50, 7);
    QCOMPARE(a, b);
    QCOMPARE(other.seed(50, 8) == a, false);
    QCOMPARE(m_server->entryIds(), a);

    static const QRegularExpression idShape(QStringLiteral("^(\\d{13})-[0-2]$"));
    qint64 previous = 0;
    for (const QString &id : a) {
        const QRegularExpressionMatch match = idShape.match(id);
        QVERIFY2(match.hasMatch(), qPrintable(id));
        const qint64 ms = match.captured(1).toLongLong();
        QVERIFY(ms > previous); // oldest first
        QVERIFY(ms >= SeedBaseMs);
        previous = ms;
    }

    // A second batch with the same seed must not collide with the first.
    const QStringList again = m_server->seed(50, 7);
    QCOMPARE(m_server->entryCount(), 100);
    QCOMPARE(
        QSet<QString>(again.begin(), again.end()).intersects(QSet<QString>(a.begin(), a.end())),
        false);
}

// Seeded entries look like a live DLQ: failed in the hours before now, so a plan's retention
// (3 days at the least) has not expired them. Checked at a pinned now, and at two of them.
void tst_SandboxServer::seed_isDatedWithinTheLastDaysOfTheSandboxClock()
{
    constexpr qint64 kDay = 24 * 3600 * 1000LL;
    for (const qint64 now : {qint64(1800000000000), qint64(1900000000123)}) {
        setSandboxClock([now] { return now; });
        SandboxServer server;
        server.seed(2000, 9);
        for (const QString &id : server.entryIds()) {
            const qint64 createdAt =
                qint64(server.entry(id)->value(QLatin1String("createdAt")).toDouble());
            QVERIFY2(
                createdAt <= now && createdAt > now - 2 * kDay,
                qPrintable(
                    QStringLiteral("%1 created %2 ms before now").arg(id).arg(now - createdAt)));
            QVERIFY(id.startsWith(QString::number(createdAt)));
        }
    }
}

// --- Timing, faults, overrides ---------------------------------------------------------

void tst_SandboxServer::latency_keepsConcurrentRequestsInFlight()
{
    constexpr int Concurrent = 4;
    constexpr int LatencyMs = 1500;
    const QStringList ids = m_server->seed(Concurrent);
    m_server->setLatencyMs(LatencyMs);

    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply *> replies;
    for (const QString &id : ids)
        replies.append(m_nam->deleteResource(request(entryUrl(id.toUtf8()))));
    QTRY_COMPARE(m_server->inFlight(), Concurrent);
    QCOMPARE(m_server->entryCount(), Concurrent); // nothing applied before the latency

    for (QNetworkReply *reply : std::as_const(replies))
        QCOMPARE(waitFor(reply).status, 200);
    QVERIFY(clock.elapsed() >= LatencyMs);
    QCOMPARE(m_server->inFlight(), 0);
    QCOMPARE(m_server->maxInFlight(), Concurrent);
    QCOMPARE(m_server->entryCount(), 0);

    m_server->resetMaxInFlight();
    QCOMPARE(m_server->maxInFlight(), 0);
}

void tst_SandboxServer::hangingRequest_staysInFlightUntilTheClientAborts()
{
    m_server->seed(1);
    SandboxFaults faults;
    faults.hangPercent = 100;
    m_server->setFaults(faults);
    QSignalSpy answered(m_server.get(), &SandboxServer::requestAnswered);

    QNetworkReply *reply = m_nam->get(request(url("/v2/workflows/dlq")));
    QTRY_COMPARE(m_server->inFlight(), 1);
    QVERIFY(!reply->isFinished());
    reply->abort();
    reply->deleteLater();
    QTRY_COMPARE(m_server->inFlight(), 0);
    QCOMPARE(answered.count(), 0);
    QCOMPARE(m_server->maxInFlight(), 1);
}

void tst_SandboxServer::hangingRequest_clientTransferTimeoutDecrementsInFlight()
{
    m_server->setOverride([](const SandboxRequest &) {
        SandboxResponse hang;
        hang.action = SandboxResponse::Action::Hang;
        return std::optional<SandboxResponse>(hang);
    });
    QNetworkRequest req = request(url("/v2/workflows/dlq"));
    req.setTransferTimeout(300);
    const HttpResult result = waitFor(m_nam->get(req));
    QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void tst_SandboxServer::resetBeforeFault_closesWithoutDeleting()
{
    const QStringList ids = m_server->seed(1);
    SandboxFaults faults;
    faults.resetBeforePercent = 100;
    m_server->setFaults(faults);
    QSignalSpy answered(m_server.get(), &SandboxServer::requestAnswered);

    const HttpResult result = del(entryUrl(ids.first().toUtf8()));
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(m_server->contains(ids.first()));
    QVERIFY(m_server->deletedIds().isEmpty());
    QVERIFY(answered.count() >= 1); // the client may retry a request on a reset connection
    QCOMPARE(answered.first().at(1).toInt(), 0);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void tst_SandboxServer::resetAfterFault_deletesButTheClientSeesAnError()
{
    const QStringList ids = m_server->seed(2);
    SandboxFaults faults;
    faults.resetAfterPercent = 100;
    m_server->setFaults(faults);

    const HttpResult result = del(entryUrl(ids.first().toUtf8()));
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(!m_server->contains(ids.first()));
    QCOMPARE(m_server->deletedIds(), QStringList{ids.first()});
    QVERIFY(m_server->contains(ids.last()));
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void tst_SandboxServer::faults_areReproducibleWithTheSameSeed()
{
    auto run = [this](quint32 seed) {
        SandboxFaults faults;
        faults.serverErrorPercent = 30;
        faults.rateLimitPercent = 20;
        faults.seed = seed;
        m_server->setFaults(faults);
        QList<int> statuses;
        for (int i = 0; i < 30; ++i)
            statuses.append(get(url("/v2/workflows/dlq?count=1")).status);
        return statuses;
    };
    m_server->seed(3);
    const QList<int> first = run(42);
    const QList<int> second = run(42);
    const QList<int> other = run(43);
    QCOMPARE(first, second);
    QVERIFY(first != other);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(503));
    QVERIFY(first.contains(429));

    // The fault bodies and headers look like the real API's.
    SandboxFaults always503;
    always503.serverErrorPercent = 100;
    m_server->setFaults(always503);
    const HttpResult unavailable = get(url("/v2/workflows/dlq"));
    QCOMPARE(unavailable.status, 503);
    QCOMPARE(unavailable.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("service unavailable"));
    SandboxFaults always429;
    always429.rateLimitPercent = 100;
    m_server->setFaults(always429);
    const HttpResult limited = get(url("/v2/workflows/dlq"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Burst-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(!limited.header("Burst-RateLimit-Limit").isEmpty());
    QVERIFY(limited.header("Burst-RateLimit-Reset").toLongLong() > 0);
}

void tst_SandboxServer::rateLimit_answers429WithBurstHeadersAboveTheLimit()
{
    m_server->seed(1);
    m_server->setRateLimit(3);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    QList<HttpResult> results;
    for (int i = 0; i < 6; ++i)
        results.append(get(url("/v2/workflows/dlq")));

    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i).status, 200);
        QCOMPARE(results.at(i).header("Burst-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(results.at(i).header("Burst-RateLimit-Remaining"), QByteArray::number(2 - i));
    }
    for (int i = 3; i < 6; ++i) {
        const HttpResult &r = results.at(i);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Too many requests"));
        QCOMPARE(r.header("Burst-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(r.header("Burst-RateLimit-Remaining"), QByteArray("0"));
        const qint64 reset = r.header("Burst-RateLimit-Reset").toLongLong();
        QVERIFY(reset > before);
        QVERIFY(reset <= QDateTime::currentSecsSinceEpoch() + 2);
    }
}

void tst_SandboxServer::rateLimit_windowReopensAfterOneSecond()
{
    m_server->setRateLimit(1);
    QCOMPARE(get(url("/v2/workflows/dlq")).status, 200);
    QCOMPARE(get(url("/v2/workflows/dlq")).status, 429);
    QElapsedTimer clock;
    clock.start();
    // Polls through the event loop until the next window opens; the lambda remembers the 200
    // because QTRY_* evaluates its expression once more after the loop.
    int status = 429;
    const auto windowReopened = [&] {
        if (status != 200)
            status = get(url("/v2/workflows/dlq")).status;
        return status == 200;
    };
    QTRY_VERIFY_WITH_TIMEOUT(windowReopened(), 5000);
    QVERIFY(clock.elapsed() >= 500);
}

void tst_SandboxServer::override_answersBeforeAuthAndFallsThroughOnNullopt()
{
    m_server->addEntry(QStringLiteral("teapot"));
    QList<QByteArray> seen;
    m_server->setOverride([&seen](const SandboxRequest &r) -> std::optional<SandboxResponse> {
        seen.append(r.target);
        if (!r.path.endsWith("/teapot"))
            return std::nullopt;
        SandboxResponse response;
        response.status = 418;
        response.headers = {{"X-Sandbox", "override"}};
        response.body = R"({"error":"short and stout"})";
        return response;
    });

    const HttpResult teapot = waitFor(m_nam->deleteResource(request(entryUrl("teapot"), {})));
    QCOMPARE(teapot.status, 418);
    QCOMPARE(teapot.header("X-Sandbox"), QByteArray("override"));
    QCOMPARE(teapot.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("short and stout"));
    QVERIFY(m_server->contains(QStringLiteral("teapot")));

    QCOMPARE(get(entryUrl("other")).status, 404);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(m_server->requests().size(), 2);
}

void tst_SandboxServer::overrideResetAfter_appliesTheDeleteThenCloses()
{
    m_server->addEntry(QStringLiteral("gone"));
    m_server->setOverride([](const SandboxRequest &) {
        SandboxResponse reset;
        reset.action = SandboxResponse::Action::ResetAfter;
        return std::optional<SandboxResponse>(reset);
    });
    const HttpResult result = del(entryUrl("gone"));
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(!m_server->contains(QStringLiteral("gone")));
    QCOMPARE(m_server->deletedIds(), QStringList{QStringLiteral("gone")});
}

void tst_SandboxServer::overrideDelay_replacesTheServerLatency()
{
    m_server->setLatencyMs(60000);
    m_server->setOverride([](const SandboxRequest &) {
        SandboxResponse response;
        response.status = 200;
        response.body = "{}";
        response.delayMs = 300;
        return std::optional<SandboxResponse>(response);
    });
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(get(url("/v2/workflows/dlq")).status, 200);
    QVERIFY(clock.elapsed() >= 300);
    QVERIFY(clock.elapsed() < 30000);
}

void tst_SandboxServer::serverClose_dropsConnectionsAndClearsInFlight()
{
    SandboxFaults faults;
    faults.hangPercent = 100;
    m_server->setFaults(faults);
    QNetworkReply *reply = m_nam->get(request(url("/v2/workflows/dlq")));
    QTRY_COMPARE(m_server->inFlight(), 1);
    m_server->close();
    QCOMPARE(m_server->inFlight(), 0);
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server->port(), quint16(0));
    QVERIFY(m_server->baseUrl().isEmpty());
    const HttpResult result = waitFor(reply);
    QVERIFY(result.error != QNetworkReply::NoError);
}

// --- HTTP framing ----------------------------------------------------------------------

void tst_SandboxServer::requestSplitAcrossWrites_isReassembled()
{
    m_server->addEntry(QStringLiteral("abc"));
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    QTRY_COMPARE(m_server->acceptedConnectionCount(), 1);

    const QList<QByteArray> pieces = {
        "DELETE /v2/workflows/dlq/ab", "c HTTP/1.1\r\nHost: x\r\nAuthor",
        "ization: " + BearerHeader + "\r\nContent-Length: 5\r", "\n\r\nhe", "llo"};
    for (const QByteArray &piece : pieces) {
        QCOMPARE(received.count(), 0);
        client.write(piece);
        QTRY_COMPARE(client.socket().bytesToWrite(), qint64(0));
        // Loopback delivers at once; let the server read this piece on its own.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    const std::optional<RawResponse> response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(m_server->requests().last().body, QByteArray("hello"));
    QVERIFY(!m_server->contains(QStringLiteral("abc")));
}

void tst_SandboxServer::parserFedOneByteAtATime_yieldsTheCompleteRequest()
{
    const QByteArray wire =
        "\r\nPOST /v2/workflows/dlq/x?y=1 HTTP/1.0\r\nContent-Length: 3\r\n"
        "X-A:  spaced value \r\nConnection: keep-alive\r\n\r\nabcGET / HTTP/1.1\n\n";
    HttpRequestParser parser;
    const qsizetype firstEnd = wire.indexOf("abc") + 3;
    for (qsizetype i = 0; i < firstEnd; ++i) {
        QCOMPARE(parser.parse(), HttpRequestParser::Result::NeedMore);
        parser.append(wire.mid(i, 1));
    }
    QCOMPARE(parser.parse(), HttpRequestParser::Result::Ready);
    QCOMPARE(parser.request().method, QByteArray("POST"));
    QCOMPARE(parser.request().path, QByteArray("/v2/workflows/dlq/x"));
    QCOMPARE(parser.request().query, QByteArray("y=1"));
    QCOMPARE(parser.request().header("x-a"), QByteArray("spaced value"));
    QCOMPARE(parser.request().body, QByteArray("abc"));
    QVERIFY(parser.keepAlive()); // HTTP/1.0 asked for keep-alive

    parser.append(wire.mid(firstEnd));
    QCOMPARE(parser.parse(), HttpRequestParser::Result::Ready); // bare-LF line endings
    QCOMPARE(parser.request().method, QByteArray("GET"));
    QVERIFY(parser.request().body.isEmpty());
    QCOMPARE(parser.parse(), HttpRequestParser::Result::NeedMore);
}

void tst_SandboxServer::oversizedHeader_isRejectedWith431AndClosed()
{
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    client.write(
        rawRequest("GET", "/v2/workflows/dlq", "X-Big: " + QByteArray(20 * 1024, 'a') + "\r\n"));
    const std::optional<RawResponse> response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QVERIFY(response->hasHeaderLine("Connection: close"));
    QVERIFY(client.waitClosed());
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->inFlight(), 0);

    // A header line that never ends is cut off too.
    RawClient endless(m_server->port());
    QVERIFY(endless.waitConnected());
    endless.write("GET /v2/workflows/dlq HTTP/1.1\r\nX-Endless: " + QByteArray(17 * 1024, 'b'));
    const std::optional<RawResponse> cutOff = endless.read();
    QVERIFY(cutOff);
    QCOMPARE(cutOff->status, 431);
    QVERIFY(endless.waitClosed());
}

void tst_SandboxServer::oversizedBody_isRejectedWith413AndClosed()
{
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    client.write(rawRequest("DELETE", "/v2/workflows/dlq", "Content-Length: 2000000\r\n"));
    const std::optional<RawResponse> response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QVERIFY(client.waitClosed());

    // The body is really on its way: the server drains it while closing, so the 413 is not
    // lost to a TCP reset.
    RawClient streaming(m_server->port());
    QVERIFY(streaming.waitConnected());
    streaming.write(rawRequest("DELETE", "/v2/workflows/dlq", {}, QByteArray(1536 * 1024, 'x')));
    const std::optional<RawResponse> streamed = streaming.read();
    QVERIFY(streamed);
    QCOMPARE(streamed->status, 413);
    QVERIFY(streaming.waitClosed());
    QVERIFY(m_server->requests().isEmpty());
}

void tst_SandboxServer::malformedRequest_isAnsweredWithErrorAndClosed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff garbage", 12) << 400;
    QTest::newRow("no target") << QByteArray("GET\r\n\r\n") << 400;
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("unknown version") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("not http") << QByteArray("GET / SPDY/3\r\n\r\n") << 400;
    QTest::newRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nBad Header\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
    QTest::newRow("bad content-length")
        << QByteArray("GET / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400;
    QTest::newRow("negative content-length")
        << QByteArray("GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("conflicting content-length")
        << QByteArray("GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
    QTest::newRow("chunked") << QByteArray(
                                    "DELETE / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << 501;
    QTest::newRow("nul in header")
        << QByteArray(QByteArray("GET / HTTP/1.1\r\nA: b") + '\0' + "c\r\n\r\n") << 400;
    QTest::newRow("form feed in header") << QByteArray("GET / HTTP/1.1\r\nA: b\f\r\n\r\n") << 400;
}

void tst_SandboxServer::malformedRequest_isAnsweredWithErrorAndClosed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    client.write(bytes);
    const std::optional<RawResponse> response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QVERIFY(QJsonDocument::fromJson(response->body).object().contains(QStringLiteral("error")));
    QVERIFY(client.waitClosed());
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->inFlight(), 0);
}

void tst_SandboxServer::randomGarbage_neverCrashesTheServer()
{
    m_server->addEntry(QStringLiteral("survivor"));
    QRandomGenerator random(20250718);
    const QByteArray valid = rawRequest("GET", "/v2/workflows/dlq/survivor");
    for (int round = 0; round < 40; ++round) {
        QByteArray bytes;
        if (round % 2 == 0) {
            bytes.resize(1 + random.bounded(4096));
            for (char &c : bytes)
                c = static_cast<char>(random.bounded(256));
        } else {
            bytes = valid;
            for (int flips = 0; flips < 1 + round / 4; ++flips)
                bytes[random.bounded(int(bytes.size()))] = static_cast<char>(random.bounded(256));
        }
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        client.write(bytes);
        // Whatever comes back (an error, a real answer, or nothing for a still-incomplete
        // request), the client then hangs up.
        client.read(200);
        client.socket().abort();
    }
    QTRY_COMPARE(m_server->inFlight(), 0);
    const HttpResult alive = get(entryUrl("survivor"));
    QCOMPARE(alive.status, 200);
}

void tst_SandboxServer::keepAlive_servesSeveralSequentialRequestsOnOneSocket()
{
    const QStringList ids = m_server->seed(3);
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    for (const QString &id : ids) {
        client.write(rawRequest("DELETE", "/v2/workflows/dlq/" + id.toUtf8()));
        const std::optional<RawResponse> response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(response->hasHeaderLine("Content-Length: 0"));
        QVERIFY(response->hasHeaderLine("Connection: keep-alive"));
    }
    client.write(rawRequest("GET", "/v2/workflows/dlq"));
    const std::optional<RawResponse> list = client.read();
    QVERIFY(list);
    QCOMPARE(list->status, 200);
    QVERIFY(list->hasHeaderLine("Content-Type: application/json"));
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
    QCOMPARE(m_server->entryCount(), 0);
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
}

void tst_SandboxServer::pipelinedRequests_areAnsweredInOrder()
{
    m_server->addEntry(QStringLiteral("p"));
    m_server->setLatencyMs(50);
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    client.write(rawRequest("GET", "/v2/workflows/dlq/p") +
                 rawRequest("DELETE", "/v2/workflows/dlq/p") +
                 rawRequest("GET", "/v2/workflows/dlq/p"));
    QList<int> statuses;
    for (int i = 0; i < 3; ++i) {
        const std::optional<RawResponse> response = client.read();
        QVERIFY(response);
        statuses.append(response->status);
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 404}));
    QCOMPARE(m_server->maxInFlight(), 1); // one request at a time per connection
}

void tst_SandboxServer::connectionClose_isHonoured()
{
    {
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        client.write(rawRequest("GET", "/v2/workflows/dlq", "Connection: close\r\n"));
        const std::optional<RawResponse> response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(response->hasHeaderLine("Connection: close"));
        QVERIFY(client.waitClosed());
    }
    {
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        client.write("GET /v2/workflows/dlq HTTP/1.0\r\nAuthorization: " + BearerHeader +
                     "\r\n\r\n");
        const std::optional<RawResponse> response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(client.waitClosed()); // HTTP/1.0 without keep-alive
    }
}

void tst_SandboxServer::networkAccessManager_reusesOneConnectionForSequentialRequests()
{
    const QStringList ids = m_server->seed(5);
    for (const QString &id : ids)
        QCOMPARE(del(entryUrl(id.toUtf8())).status, 200);
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
    QCOMPARE(m_server->maxInFlight(), 1);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
