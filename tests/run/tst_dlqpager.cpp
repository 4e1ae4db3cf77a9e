// The DLQ list pager and the one-entry fetch against the sandbox on loopback: cursors to the
// end, every filter's exact query and result, the cap and "load more", cancel, 429 waits, the
// token stop, broken pages, a repeating cursor, and both failure-callback shapes.
#include "api/dlqfilter.h"
#include "run/dlqentryfetch.h"
#include "run/dlqpager.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxrunconfig.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace dlq;
using api::DlqEntry;
using api::DlqFilter;

Q_DECLARE_METATYPE(dlq::api::DlqFilter)

namespace {

struct Load
{
    Load(QNetworkAccessManager *nam, const RunConfig &config)
        : pager(nam, config), finished(&pager, &DlqPager::finished)
    {
        QObject::connect(&pager, &DlqPager::pageLoaded, &pager,
                         [this](int, const QList<DlqEntry> &page, const QStringList &issues) {
                             entries += page;
                             problems += issues;
                             ++pages;
                         });
    }
    bool wait() { return !finished.isEmpty() || finished.wait(30000); }
    PagerEnd end() const { return finished.first().at(0).value<PagerEnd>(); }
    QString message() const { return finished.first().at(1).toString(); }
    QStringList ids() const
    {
        QStringList out;
        for (const DlqEntry &entry : entries)
            out.append(entry.dlqId);
        return out;
    }

    DlqPager pager;
    QSignalSpy finished;
    QList<DlqEntry> entries;
    QStringList problems;
    int pages = 0;
};

QStringList newestFirst(QStringList ids)
{
    std::reverse(ids.begin(), ids.end());
    return ids;
}

SandboxResponse answer(int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> h = {})
{
    SandboxResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(h);
    return r;
}

bool isListRequest(const SandboxRequest &request)
{
    return request.method == "GET" && request.path == "/v2/workflows/dlq";
}

} // namespace

class TestDlqPager : public QObject
{
    Q_OBJECT

private:
    RunConfig config() const { return test::sandboxRunConfig(*server); }
    QList<QByteArray> listQueries() const
    {
        QList<QByteArray> out;
        for (const SandboxRequest &request : server->requests()) {
            if (isListRequest(request))
                out.append(request.query);
        }
        return out;
    }
    // Every entry, read without filters: the oracle the filtered loads are checked against.
    QList<DlqEntry> loadAll()
    {
        Load all(&nam, config());
        all.pager.start({});
        if (!all.wait())
            return {};
        server->clearRequests();
        return all.entries;
    }

    // The second list page is `body` with status 200; every other request goes through.
    void answerSecondPageWith(const QByteArray &body)
    {
        auto listed = std::make_shared<int>(0);
        server->setOverride(
            [listed, body](const SandboxRequest &request) -> std::optional<SandboxResponse> {
                if (isListRequest(request) && ++*listed == 2)
                    return answer(200, body);
                return std::nullopt;
            });
    }

    QNetworkAccessManager nam;
    std::unique_ptr<SandboxServer> server;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }
    void cleanup()
    {
        server.reset();
        setSandboxClock({});
    }

    void followsCursorsToTheEnd()
    {
        const QStringList seeded = server->seed(250, 11);
        Load load(&nam, config());
        QVERIFY(load.pager.start({}));
        QVERIFY(load.pager.isLoading());
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Complete);
        QVERIFY(load.message().isEmpty());
        QCOMPARE(load.pages, 3);
        QCOMPARE(load.pager.pageCount(), 3);
        QCOMPARE(load.pager.loadedCount(), 250);
        QCOMPARE(load.ids(), newestFirst(seeded));
        QVERIFY(load.problems.isEmpty());
        QVERIFY(!load.pager.hasMore());
        // Store cursors are the sequence number of the next entry (250 seeded: 150, then 50).
        QCOMPARE(listQueries(),
                 (QList<QByteArray>{"count=100", "count=100&cursor=150", "count=100&cursor=50"}));
    }

    void filtersNarrowExactly_data()
    {
        QTest::addColumn<DlqFilter>("filter");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<std::function<bool(const DlqEntry &)>>("matches");

        // Values come from the seed (seed 5, 400 entries); the test checks each is present.
        const QString urlA = QStringLiteral("https://api.example.com/api/workflow/order-sync");
        const QString urlB = QStringLiteral("https://app.acme.dev/api/workflow/import-csv");
        DlqFilter urls;
        urls.workflowUrls = {urlA, urlB};
        QTest::newRow("workflowUrl, two values")
            << urls
            << QByteArray("workflowUrl=https%3A%2F%2Fapi.example.com%2Fapi%2Fworkflow%2Forder-sync"
                          "&workflowUrl=https%3A%2F%2Fapp.acme.dev%2Fapi%2Fworkflow%2Fimport-csv")
            << std::function<bool(const DlqEntry &)>([=](const DlqEntry &e) {
                   return e.workflowUrl == urlA || e.workflowUrl == urlB;
               });

        DlqFilter labels;
        labels.labels = {QStringLiteral("billing"), QStringLiteral("staging")};
        QTest::newRow("label, two values")
            << labels << QByteArray("label=billing&label=staging")
            << std::function<bool(const DlqEntry &)>([](const DlqEntry &e) {
                   return e.labels.contains(QLatin1String("billing")) ||
                          e.labels.contains(QLatin1String("staging"));
               });

        DlqFilter states;
        states.failureFunctionStates = {QStringLiteral("CALLBACK_FAIL"),
                                        QStringLiteral("CALLBACK_CANCELED")};
        QTest::newRow("failureFunctionState, two values")
            << states
            << QByteArray("failureFunctionState=CALLBACK_FAIL"
                          "&failureFunctionState=CALLBACK_CANCELED")
            << std::function<bool(const DlqEntry &)>([](const DlqEntry &e) {
                   return e.failureCallback.state == QLatin1String("CALLBACK_FAIL") ||
                          e.failureCallback.state == QLatin1String("CALLBACK_CANCELED");
               });

        DlqFilter keys;
        keys.flowControlKeys = {QStringLiteral("tenant-3"), QStringLiteral("tenant-7")};
        QTest::newRow("flowControlKey, two values")
            << keys << QByteArray("flowControlKey=tenant-3&flowControlKey=tenant-7")
            << std::function<bool(const DlqEntry &)>([](const DlqEntry &e) {
                   return e.flowControlKey == QLatin1String("tenant-3") ||
                          e.flowControlKey == QLatin1String("tenant-7");
               });

        DlqFilter both;
        both.labels = {QStringLiteral("production")};
        both.workflowUrls = {urlA, urlB};
        QTest::newRow("label AND workflowUrl")
            << both
            << QByteArray("workflowUrl=https%3A%2F%2Fapi.example.com%2Fapi%2Fworkflow%2Forder-sync"
                          "&workflowUrl=https%3A%2F%2Fapp.acme.dev%2Fapi%2Fworkflow%2Fimport-csv"
                          "&label=production")
            << std::function<bool(const DlqEntry &)>([=](const DlqEntry &e) {
                   return e.labels.contains(QLatin1String("production")) &&
                          (e.workflowUrl == urlA || e.workflowUrl == urlB);
               });

        // The seed's timestamps at the clock filtersNarrowExactly pins: SeedBaseMs plus up to
        // 45 s a step.
        DlqFilter dates;
        dates.fromDate = 1752829295505 + 2000000;
        dates.toDate = 1752829295505 + 4000000;
        QTest::newRow("fromDate and toDate")
            << dates << QByteArray("fromDate=1752831295505&toDate=1752833295505")
            << std::function<bool(const DlqEntry &)>([](const DlqEntry &e) {
                   return e.createdAt >= 1752831295505 && e.createdAt <= 1752833295505;
               });
    }

    void filtersNarrowExactly()
    {
        QFETCH(DlqFilter, filter);
        QFETCH(QByteArray, query);
        QFETCH(std::function<bool(const DlqEntry &)>, matches);
        setSandboxClock([] { return SeedBaseMs + seedSpanMs(400); });
        server->seed(400, 5);
        QStringList expected;
        for (const DlqEntry &entry : loadAll()) {
            if (matches(entry))
                expected.append(entry.dlqId);
        }
        QVERIFY2(!expected.isEmpty(), "the seed has no entry for this filter");
        QVERIFY2(expected.size() < 400, "the filter narrows nothing in this seed");

        Load load(&nam, config());
        QVERIFY(load.pager.start(filter));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Complete);
        QCOMPARE(load.ids(), expected);
        const QList<QByteArray> queries = listQueries();
        QVERIFY(!queries.isEmpty());
        QCOMPARE(queries.first(), QByteArray(query + "&count=100"));
        for (qsizetype i = 1; i < queries.size(); ++i)
            QVERIFY2(queries.at(i).startsWith(QByteArray(query + "&count=100&cursor=")),
                     queries.at(i).constData());
    }

    void singleValueFiltersFromAnEntry()
    {
        // Run ID, run creation time and caller IP pick values of one seeded entry.
        server->seed(300, 8);
        const QList<DlqEntry> all = loadAll();
        QCOMPARE(all.size(), 300);
        const DlqEntry &target = all.at(123);

        const auto check = [&](const DlqFilter &filter,
                               const std::function<bool(const DlqEntry &)> &m) {
            QStringList expected;
            for (const DlqEntry &entry : all) {
                if (m(entry))
                    expected.append(entry.dlqId);
            }
            Load load(&nam, config());
            if (!load.pager.start(filter) || !load.wait())
                return false;
            return load.end() == PagerEnd::Complete && load.ids() == expected &&
                   expected.contains(target.dlqId);
        };
        DlqFilter runId;
        runId.workflowRunId = target.workflowRunId;
        QVERIFY(check(runId,
                      [&](const DlqEntry &e) { return e.workflowRunId == target.workflowRunId; }));
        DlqFilter created;
        created.workflowCreatedAt = target.workflowCreatedAt;
        QVERIFY(check(created, [&](const DlqEntry &e) {
            return e.workflowCreatedAt == target.workflowCreatedAt;
        }));
        DlqFilter caller;
        caller.callerIps = {target.callerIp};
        QVERIFY(check(caller, [&](const DlqEntry &e) { return e.callerIp == target.callerIp; }));
    }

    void stopsAtTheCapAndLoadsMore()
    {
        const QStringList seeded = server->seed(250, 11);
        Load load(&nam, config());
        load.pager.setCap(150);
        QVERIFY(load.pager.start({}));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::CapReached);
        QVERIFY(load.pager.hasMore());
        QVERIFY2(load.message().contains(QLatin1String("More entries not loaded")),
                 qPrintable(load.message()));
        QCOMPARE(load.entries.size(), 150);
        QCOMPARE(load.ids(), newestFirst(seeded).mid(0, 150));
        QCOMPARE(listQueries(), (QList<QByteArray>{"count=100", "count=50&cursor=150"}));

        load.finished.clear();
        QVERIFY(load.pager.loadMore(1000));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Complete);
        QVERIFY(!load.pager.hasMore());
        QCOMPARE(load.ids(), newestFirst(seeded));
        QVERIFY(!load.pager.loadMore());
    }

    void cancelMidLoadSendsNothingMore()
    {
        server->seed(500, 2);
        server->setLatencyMs(50);
        Load load(&nam, config());
        // Cancel while page 2 is on the wire.
        connect(server.get(), &SandboxServer::requestReceived, &load.pager,
                [&](const SandboxRequest &) {
                    if (listQueries().size() == 2)
                        load.pager.cancel();
                });
        QVERIFY(load.pager.start({}));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Cancelled);
        QCOMPARE(load.entries.size(), 100);
        QVERIFY(!load.pager.isLoading());
        // Nothing else leaves, even well after the latency a next page would have needed.
        QVERIFY(!QTest::qWaitFor([&] { return listQueries().size() > 2; }, 400));
        QCOMPARE(load.entries.size(), 100);
    }

    void waitsOutA429AndGoesOn()
    {
        const QStringList seeded = server->seed(250, 11);
        int listed = 0;
        server->setOverride([&](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (isListRequest(request) && ++listed == 2)
                return answer(429, R"({"error":"Too many requests"})", {{"Retry-After", "1"}});
            return std::nullopt;
        });
        Load load(&nam, config());
        QSignalSpy retrying(&load.pager, &DlqPager::retrying);
        QVERIFY(load.pager.start({}));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Complete);
        QCOMPARE(load.ids(), newestFirst(seeded));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(0).toInt(), 2);          // page 2
        QVERIFY(retrying.first().at(1).toLongLong() >= 1000); // the server's Retry-After
        const QList<QByteArray> queries = listQueries();
        QCOMPARE(queries.size(), 4);
        QCOMPARE(queries.at(1), queries.at(2)); // the same page again
    }

    void tokenRejectedStopsAndKeepsPages()
    {
        server->seed(250, 11);
        int listed = 0;
        server->setOverride([&](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (isListRequest(request) && ++listed == 2)
                return answer(401, R"({"error":"unauthorized"})");
            return std::nullopt;
        });
        Load load(&nam, config());
        QVERIFY(load.pager.start({}));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::TokenRejected);
        QVERIFY2(load.message().contains(QLatin1String("rejected the token")),
                 qPrintable(load.message()));
        QCOMPARE(load.entries.size(), 100);
        QCOMPARE(listQueries().size(), 2); // a 401 is not retried
    }

    // Page 2 of three is broken in a way that makes it no DLQ page: the load ends with a
    // message naming the page and the reason, and page 1 stays loaded.
    void brokenSecondPageKeepsTheFirst_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("HTML") << QByteArray("<html><body>Gateway says hi</body></html>")
                              << QStringLiteral("not valid JSON");
        QTest::newRow("truncated JSON")
            << QByteArray("{\"cursor\":\"50\",\"messages\":[{\"dlqId\":\"x\",\"url\":\"ht")
            << QStringLiteral("not valid JSON");
        QTest::newRow("no messages")
            << QByteArray("{\"cursor\":\"50\"}") << QStringLiteral("without a `messages` list");
        QTest::newRow("empty object")
            << QByteArray("{}") << QStringLiteral("without a `messages` list");
        QTest::newRow("messages null")
            << QByteArray("{\"messages\":null}") << QStringLiteral("without a `messages` list");
        QTest::newRow("messages an object")
            << QByteArray("{\"messages\":{\"dlqId\":\"x\"}}") << QStringLiteral("not an array");
        QTest::newRow("a JSON array")
            << QByteArray("[{\"dlqId\":\"x\"}]") << QStringLiteral("not a JSON object");
    }

    void brokenSecondPageKeepsTheFirst()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const QStringList seeded = server->seed(250, 11);
        answerSecondPageWith(body);
        Load load(&nam, config());
        QVERIFY(load.pager.start({}));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Failed);
        QVERIFY2(load.message().startsWith(QLatin1String("Page 2: ")), qPrintable(load.message()));
        QVERIFY2(load.message().contains(reason), qPrintable(load.message()));
        QVERIFY2(load.message().contains(QLatin1String("100 entries loaded before it are kept")),
                 qPrintable(load.message()));
        QCOMPARE(load.pager.errorMessage(),
                 load.message().section(QLatin1String(" The 100"), 0, 0));
        QCOMPARE(load.pager.loadedCount(), 100);
        QCOMPARE(load.ids(), newestFirst(seeded).mid(0, 100));
        QCOMPARE(listQueries().size(), 2); // nothing after the broken page
    }

    void entryWithWrongTypesOnALaterPageIsKeptAndLoadingGoesOn()
    {
        const QStringList seeded = server->seed(150, 11);
        answerSecondPageWith("{\"messages\":[{\"dlqId\":\"odd\",\"createdAt\":\"soon\","
                             "\"header\":[1],\"maxRetries\":{},\"labels\":7}]}");
        Load load(&nam, config());
        QVERIFY(load.pager.start({}));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Complete);
        QCOMPARE(load.entries.size(), 101);
        QCOMPARE(load.ids().mid(0, 100), newestFirst(seeded).mid(0, 100));
        const DlqEntry &odd = load.entries.last();
        QCOMPARE(odd.dlqId, QStringLiteral("odd"));
        QCOMPARE(odd.problems.size(), 4);
        QCOMPARE(load.problems.size(), 1);
        QVERIFY2(load.problems.first().startsWith(QLatin1String("Entry odd: ")),
                 qPrintable(load.problems.first()));
        QVERIFY2(load.problems.first().contains(
                     QLatin1String("createdAt: expected a whole number, got a string")),
                 qPrintable(load.problems.first()));
    }

    void repeatingCursorStops()
    {
        server->setOverride([&](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (!isListRequest(request))
                return std::nullopt;
            const QByteArray id = QByteArray::number(server->requests().size());
            return answer(200, R"({"cursor":"same","messages":[{"dlqId":")" + id + R"("}]})");
        });
        Load load(&nam, config());
        QVERIFY(load.pager.start({}));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Failed);
        QVERIFY2(load.message().contains(QLatin1String("a second time")),
                 qPrintable(load.message()));
        QCOMPARE(load.entries.size(), 2);
        QCOMPARE(listQueries(), (QList<QByteArray>{"count=100", "count=100&cursor=same"}));
    }

    void unreadableEntriesAreStillEmitted()
    {
        server->setOverride([](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (!isListRequest(request))
                return std::nullopt;
            return answer(
                200, R"({"messages":[{"dlqId":"ok-1"},7,{"dlqId":"bad","createdAt":"soon"}]})");
        });
        Load load(&nam, config());
        QVERIFY(load.pager.start({}));
        QVERIFY(load.wait());
        QCOMPARE(load.end(), PagerEnd::Complete);
        QCOMPARE(load.entries.size(), 3);
        QCOMPARE(load.entries.at(1).raw.toInt(), 7);
        QVERIFY(!load.entries.at(1).problems.isEmpty());
        QCOMPARE(load.problems.size(), 2);
        QVERIFY2(load.problems.at(0).startsWith(QLatin1String("Entry 2 of page 1")),
                 qPrintable(load.problems.at(0)));
        QVERIFY2(load.problems.at(1).startsWith(QLatin1String("Entry bad")),
                 qPrintable(load.problems.at(1)));
    }

    void refusesAFilterWithProblems()
    {
        DlqFilter filter;
        filter.labels = {QStringLiteral("a,b")};
        Load load(&nam, config());
        QVERIFY(!load.pager.start(filter));
        QVERIFY(load.pager.errorMessage().contains(QLatin1String("comma")));
        QVERIFY(!load.pager.isLoading());
        QVERIFY(server->requests().isEmpty());
    }

    void bothCallbackShapesReadTheSame()
    {
        server->seed(300, 6);
        const QList<DlqEntry> spec = loadAll();
        server->setCallbackShape(SandboxCallbackShape::Sdk);
        const QList<DlqEntry> sdk = loadAll();
        QCOMPARE(sdk.size(), spec.size());
        QSet<QString> states;
        for (qsizetype i = 0; i < spec.size(); ++i) {
            QCOMPARE(sdk.at(i).dlqId, spec.at(i).dlqId);
            QCOMPARE(sdk.at(i).failureCallback.state, spec.at(i).failureCallback.state);
            QVERIFY(!spec.at(i).failureCallback.hasInfo);
            QCOMPARE(sdk.at(i).failureCallback.hasInfo,
                     !spec.at(i).failureCallback.state.isEmpty());
            QVERIFY(sdk.at(i).problems.isEmpty());
            states.insert(spec.at(i).failureCallback.state);
        }
        QCOMPARE(states.size(), 5); // none and the four documented states
    }

    void fetchesOneEntry()
    {
        const QStringList ids = server->seed(5, 3);
        DlqEntryFetch fetch(&nam, config());
        QSignalSpy done(&fetch, &DlqEntryFetch::finished);
        QVERIFY(fetch.start(ids.at(2)));
        QVERIFY(done.wait(10000));
        auto result = done.first().first().value<EntryFetchResult>();
        QVERIFY(result.entry.has_value());
        QCOMPARE(result.entry->dlqId, ids.at(2));
        QVERIFY(result.entry->problems.isEmpty());
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(server->requests().last().target, "/v2/workflows/dlq/" + ids.at(2).toUtf8());

        done.clear();
        QVERIFY(fetch.start(QStringLiteral("1700000000000-9")));
        QVERIFY(done.wait(10000));
        result = done.first().first().value<EntryFetchResult>();
        QVERIFY(!result.entry.has_value());
        QVERIFY(result.notFound);
        QCOMPARE(result.httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestDlqPager)
#include "tst_dlqpager.moc"
