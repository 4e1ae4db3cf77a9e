// The DLQ view's table model against the sandbox on loopback: a page at a time as the view
// asks (fetchMore), everything in the background up to a limit, "load more", entries with
// problems kept, a broken page keeping what was loaded, and GET /{id} answers on a row.
#include "browse/dlqentriesmodel.h"
#include "browse/retention.h"
#include "run/dlqentryfetch.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxrunconfig.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dlq;

namespace {

QStringList newestFirst(QStringList ids)
{
    std::reverse(ids.begin(), ids.end());
    return ids;
}

QStringList modelIds(const DlqEntriesModel &model)
{
    QStringList ids;
    for (const api::DlqEntry &e : model.entries())
        ids.append(e.dlqId);
    return ids;
}

SandboxResponse answer(int status, QByteArray body)
{
    SandboxResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

} // namespace

class TestDlqEntriesModel : public QObject
{
    Q_OBJECT

private:
    RunConfig config() const { return test::sandboxRunConfig(*server, 2); }
    std::unique_ptr<DlqEntriesModel> makeModel()
    {
        auto model = std::make_unique<DlqEntriesModel>(&nam);
        model->setConfig(config());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return model;
    }
    static bool waitIdle(DlqEntriesModel &model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 30000);
    }

    QNetworkAccessManager nam;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QAbstractItemModelTester> tester;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }
    void cleanup()
    {
        tester.reset();
        server.reset();
        setSandboxClock({});
    }

    void loadsOnePage_thenFetchMoreLoadsTheNext()
    {
        const QStringList seeded = server->seed(250, 3);
        auto model = makeModel();
        QVERIFY(model->load({}));
        QVERIFY(waitIdle(*model));
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(model->canFetchMore({}));
        QVERIFY(model->hasMore());
        QVERIFY(!model->limitReached());

        model->fetchMore({});
        QVERIFY(model->isLoading());
        QVERIFY(!model->canFetchMore({})); // one page at a time
        QVERIFY(waitIdle(*model));
        QCOMPARE(model->rowCount(), 200);
        model->fetchMore({});
        QVERIFY(waitIdle(*model));
        QCOMPARE(model->rowCount(), 250);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(modelIds(*model), newestFirst(seeded));
    }

    void loadAll_keepsLoadingToTheLimit_thenLoadMoreGoesOn()
    {
        const QStringList seeded = server->seed(620, 4);
        auto model = makeModel();
        model->setLimitStep(250);
        QSignalSpy stopped(model.get(), &DlqEntriesModel::loadStopped);
        QVERIFY(model->load({}));
        model->loadAll(); // while the first page is in flight
        QVERIFY(QTest::qWaitFor([&] { return model->limitReached(); }, 30000));
        QVERIFY(waitIdle(*model));
        QCOMPARE(model->rowCount(), 250);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(stopped.last().at(0).value<PagerEnd>(), PagerEnd::CapReached);
        const QString said = stopped.last().at(1).toString();
        QVERIFY2(said.contains(QLatin1String("250")) && said.contains(QLatin1String("not loaded")),
                 qPrintable(said));

        QVERIFY(model->loadMore());
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 500 && !model->isLoading(); },
                                30000));
        QVERIFY(model->limitReached());
        QVERIFY(model->loadMore());
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 620 && !model->isLoading(); },
                                30000));
        QVERIFY(!model->hasMore());
        QCOMPARE(stopped.last().at(0).value<PagerEnd>(), PagerEnd::Complete);
        QCOMPARE(modelIds(*model), newestFirst(seeded));
    }

    void entriesWithProblems_areShownAndMarked()
    {
        server->setOverride([](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (request.method != "GET" || request.path != "/v2/workflows/dlq")
                return std::nullopt;
            // One entry with a wrong type, one without an ID, one fine.
            return answer(200, R"({"cursor":"","messages":[)"
                               R"({"dlqId":"1-0","responseStatus":"five hundred","createdAt":1},)"
                               R"({"workflowUrl":"https://x.example/wf"},)"
                               R"({"dlqId":"1-2","responseStatus":502}]})");
        });
        auto model = makeModel();
        QSignalSpy problems(model.get(), &DlqEntriesModel::entryProblems);
        QVERIFY(model->load({}));
        QVERIFY(waitIdle(*model));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->rowState(0), DlqRowState::Problems);
        QCOMPARE(model->rowState(1), DlqRowState::Problems);
        QCOMPARE(model->rowState(2), DlqRowState::Ok);
        QVERIFY(
            !model->index(0, DlqColumn::Status).data(DlqRole::Problems).toStringList().isEmpty());
        QCOMPARE(model->index(1, DlqColumn::WorkflowUrl).data().toString(),
                 QStringLiteral("https://x.example/wf"));
        QCOMPARE(problems.size(), 1);
    }

    void brokenSecondPage_keepsTheFirst_andSaysWhy()
    {
        server->seed(150, 6);
        server->setOverride([](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (request.path == "/v2/workflows/dlq" && request.query.contains("cursor="))
                return answer(200, "<html><body>Gateway</body></html>");
            return std::nullopt;
        });
        auto model = makeModel();
        QSignalSpy stopped(model.get(), &DlqEntriesModel::loadStopped);
        QVERIFY(model->load({}));
        model->loadAll();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !stopped.isEmpty() &&
                       stopped.last().at(0).value<PagerEnd>() == PagerEnd::Failed;
            },
            30000));
        QCOMPARE(model->rowCount(), 100);
        const QString message = stopped.last().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("Page 2")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("100 entries loaded before it are kept")),
                 qPrintable(message));
        QVERIFY(!model->canFetchMore({}));
    }

    void sortRole_ordersStatusAsNumbers_andExpiryByTimeLeft()
    {
        // One fixed now for the entries' dates and for "expires in".
        const qint64 now = SeedBaseMs + 2 * 24 * 3600 * 1000LL;
        setSandboxClock([now] { return now; });
        server->seed(40, 2);
        auto model = makeModel();
        model->setClock([now] { return now; });
        model->setRetentionMs(Retention{Retention::Plan::ThreeDays, 0}.milliseconds());
        QVERIFY(model->load({}));
        QVERIFY(waitIdle(*model));
        const QModelIndex status = model->index(0, DlqColumn::Status);
        QCOMPARE(status.data(DlqRole::Sort).userType(), QMetaType::Int);
        QCOMPARE(status.data(DlqRole::Sort).toInt(), model->entry(0).responseStatus);
        const qint64 created = model->entry(0).createdAt;
        QCOMPARE(model->index(0, DlqColumn::ExpiresIn).data(DlqRole::Sort).toLongLong(),
                 created + 3 * 24 * 3600 * 1000LL - now);
        QCOMPARE(model->index(0, DlqColumn::ExpiresIn).data().toString(),
                 expiresInText(created, 3 * 24 * 3600 * 1000LL, now));
        QVERIFY(!model->index(0, DlqColumn::ExpiresIn).data().toString().isEmpty());
    }

    void fetchAnswers_updateTheRow_orMarkItGone()
    {
        const QStringList seeded = server->seed(5, 9);
        auto model = makeModel();
        QVERIFY(model->load({}));
        QVERIFY(waitIdle(*model));
        const QString id = seeded.last();
        QCOMPARE(model->rowOf(id), 0);

        DlqEntryFetch fetch(&nam, config());
        QSignalSpy done(&fetch, &DlqEntryFetch::finished);
        server->setOverride([id](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (request.path.endsWith(id.toLatin1()))
                return answer(404, R"({"error":"DLQ message not found"})");
            return std::nullopt;
        });
        QVERIFY(fetch.start(id));
        QVERIFY(done.wait());
        const auto result = done.first().at(0).value<EntryFetchResult>();
        QVERIFY(result.notFound);
        model->markGone(id, {});
        QCOMPARE(model->rowState(0), DlqRowState::Gone);
        QVERIFY(
            model->index(0, DlqColumn::Status).data().toString().contains(QLatin1String("gone")));

        api::DlqEntry fresh = model->entry(0);
        fresh.labels = {QStringLiteral("fresh")};
        model->updateEntry(fresh);
        QCOMPARE(model->rowState(0), DlqRowState::Ok);
        QCOMPARE(model->index(0, DlqColumn::Labels).data().toString(), QStringLiteral("fresh"));
    }

    void filterWithProblems_sendsNothing_andKeepsRows()
    {
        server->seed(20, 1);
        auto model = makeModel();
        QVERIFY(model->load({}));
        QVERIFY(waitIdle(*model));
        server->clearRequests();
        api::DlqFilter bad;
        bad.fromDate = 2000;
        bad.toDate = 1000;
        QVERIFY(!model->load(bad));
        QVERIFY(!model->errorMessage().isEmpty());
        QCOMPARE(model->rowCount(), 20);
        QVERIFY(server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDlqEntriesModel)
#include "tst_dlqentriesmodel.moc"
