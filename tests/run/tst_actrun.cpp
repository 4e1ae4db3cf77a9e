// Acting on exact DLQ IDs (ActPlan, ActRun) and on the frozen set of a filter (SetFreezer),
// against the sandbox on loopback. Every guard is checked against the sandbox's own log of
// bulk calls: no bulk call without dlqIds, never dlqIds with a filter, no empty chunk.
#include "api/dlqrequests.h"
#include "run/actrun.h"
#include "run/frozenset.h"
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxlabels.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dlq;

Q_DECLARE_METATYPE(dlq::EntryCall)

class tst_ActRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> server;
    QNetworkAccessManager nam;

    RunConfig config() const
    {
        RunConfig c;
        c.baseUrl = server->baseUrl();
        c.token = SandboxServer::defaultToken();
        c.jitterSeed = 7;
        return c;
    }

    // Runs the plan to the end; the ledger.
    Ledger act(const ActPlan &plan, const std::optional<FrozenSet> &frozen = std::nullopt)
    {
        ActRun run(&nam, config());
        QSignalSpy finished(&run, &ActRun::finished);
        if (!run.start(plan, frozen))
            return {};
        if (!finished.wait(60000))
            return {};
        return run.ledger();
    }

    std::optional<FrozenSet> freeze(const api::DlqFilter &filter)
    {
        SetFreezer freezer(&nam, config());
        QSignalSpy finished(&freezer, &SetFreezer::finished);
        if (!freezer.start(filter) || !finished.wait(60000))
            return std::nullopt;
        return freezer.set();
    }

    void verifyGuards() const
    {
        const QList<SandboxBulkCall> log = server->bulkCalls();
        for (const SandboxBulkCall &c : log) {
            QVERIFY2(!c.isUnscoped(), "a bulk call without dlqIds or a filter was sent");
            QVERIFY2(!c.isMixed(), "a bulk call with dlqIds and a filter was sent");
            QVERIFY2(!c.dlqIds.isEmpty(), "a bulk call without dlqIds was sent");
            QVERIFY(c.filters.isEmpty());
            QVERIFY(c.cursor.isEmpty());
        }
        QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }

    void cleanup() { server.reset(); }

    void requests_refuseWhatCouldActOnMore()
    {
        const QUrl base(QStringLiteral("http://127.0.0.1:9"));
        for (EntryCall call : {EntryCall::Delete, EntryCall::Resume, EntryCall::Restart}) {
            QVERIFY(!bulkActionRequest(call, base, {}));
            QStringList tooMany;
            for (int i = 0; i <= maxBulkIds(call); ++i)
                tooMany << QStringLiteral("1752829295505-%1").arg(i);
            QVERIFY(!bulkActionRequest(call, base, tooMany));
            QVERIFY(bulkActionRequest(call, base, tooMany.mid(1)));
            QVERIFY(!bulkActionRequest(call, base, {QString()}));
            QVERIFY(!bulkActionRequest(call, base, {QStringLiteral("a,b")}));
        }
        QCOMPARE(maxBulkIds(EntryCall::Restart), 50);
        QCOMPARE(maxBulkIds(EntryCall::Callback), 0);
        const auto resume = bulkActionRequest(EntryCall::Resume, base,
                                              {QStringLiteral("a+b"), QStringLiteral("c")});
        QVERIFY(resume);
        QCOMPARE(resume->verb, QByteArray("POST"));
        QCOMPARE(resume->url.path(), QStringLiteral("/v2/workflows/dlq/resume"));
        QCOMPARE(resume->url.query(QUrl::FullyEncoded), QStringLiteral("dlqIds=a%2Bb&dlqIds=c"));
        // Overrides only where the API takes them, and only valid ones.
        api::DlqOverrides bad;
        bad.delay = QStringLiteral("soon");
        QVERIFY(!entryRequest(EntryCall::Resume, base, QStringLiteral("x"), bad));
        api::DlqOverrides good;
        good.retries = 2;
        QVERIFY(!entryRequest(EntryCall::Delete, base, QStringLiteral("x"), good));
        QVERIFY(entryRequest(EntryCall::Restart, base, QStringLiteral("x"), good));
    }

    void plan_chunks_areNeverEmpty_and50ForRestart()
    {
        ActPlan plan;
        plan.call = EntryCall::Restart;
        plan.bulk = true;
        for (int i = 0; i < 120; ++i)
            plan.ids << QStringLiteral("1752829295505-%1").arg(i);
        plan.ids << plan.ids.first(); // a duplicate is sent once
        const QList<QStringList> chunks = plan.chunks();
        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks.at(0).size(), 50);
        QCOMPARE(chunks.at(2).size(), 20);
        plan.call = EntryCall::Resume;
        QCOMPARE(plan.chunks().size(), 2);
        plan.ids.clear();
        QVERIFY(plan.chunks().isEmpty());
        QVERIFY(!plan.problems().isEmpty());
        plan.ids << QStringLiteral("x");
        plan.call = EntryCall::Callback; // no bulk form
        QVERIFY(!plan.problems().isEmpty());
    }

    void overrides_validate_andTravelAsHeaders()
    {
        api::DlqOverrides o;
        o.retries = 3;
        o.delay = QStringLiteral("10s");
        o.retryDelay = QStringLiteral("1000 * retried");
        o.flowControlKey = QStringLiteral("tenant-1");
        o.flowControlValue = QStringLiteral("parallelism=2, rate=10, period=1m");
        o.labels = {QStringLiteral("replay"), QStringLiteral("ticket-42")};
        o.failureCallback = QStringLiteral("https://example.com/failed");
        QVERIFY2(o.problems().isEmpty(), qPrintable(o.problems().join(QLatin1Char(' '))));
        for (const auto &[field, value] :
             QList<QPair<int, QString>>{{0, QStringLiteral("5 minutes")},
                                        {1, QStringLiteral("a\r\nX-Evil: 1")},
                                        {2, QStringLiteral("parallelism=two")},
                                        {3, QStringLiteral("ftp://example.com")},
                                        {4, QStringLiteral("a,b")}}) {
            api::DlqOverrides wrong = o;
            switch (field) {
            case 0:
                wrong.delay = value;
                break;
            case 1:
                wrong.retryDelay = value;
                break;
            case 2:
                wrong.flowControlValue = value;
                break;
            case 3:
                wrong.failureCallback = value;
                break;
            default:
                wrong.labels = {value};
            }
            QVERIFY2(!wrong.problems().isEmpty(), qPrintable(value));
        }
        api::DlqOverrides noKey;
        noKey.flowControlValue = QStringLiteral("rate=1");
        QVERIFY(!noKey.problems().isEmpty());
        api::DlqOverrides tooMany;
        tooMany.retries = 101;
        QVERIFY(!tooMany.problems().isEmpty());

        const QStringList ids = server->seed(2, 3);
        ActPlan plan;
        plan.call = EntryCall::Resume;
        plan.ids = ids;
        plan.overrides = o;
        const Ledger ledger = act(plan);
        QCOMPARE(ledger.entries.size(), 2);
        const QList<SandboxRequest> requests = server->requests();
        QCOMPARE(requests.size(), 2);
        for (const SandboxRequest &r : requests) {
            QCOMPARE(r.header("upstash-retries"), QByteArray("3"));
            QCOMPARE(r.header("upstash-delay"), QByteArray("10s"));
            QCOMPARE(r.header("upstash-retry-delay"), QByteArray("1000 * retried"));
            QCOMPARE(r.header("upstash-flow-control-key"), QByteArray("tenant-1"));
            QCOMPARE(r.header("upstash-flow-control-value"),
                     QByteArray("parallelism=2, rate=10, period=1m"));
            QCOMPARE(r.header("upstash-label"), QByteArray("replay,ticket-42"));
            QCOMPARE(r.header("upstash-failure-callback"),
                     QByteArray("https://example.com/failed"));
        }
    }

    void perId_eachAction_recordsTheNewRun_data()
    {
        QTest::addColumn<EntryCall>("call");
        QTest::newRow("resume") << EntryCall::Resume;
        QTest::newRow("restart") << EntryCall::Restart;
    }

    void perId_eachAction_recordsTheNewRun()
    {
        QFETCH(EntryCall, call);
        const QStringList ids = server->seed(12, 4);
        const QStringList incompatible = ids.mid(0, 2);
        server->markResumeIncompatible(incompatible);
        ActPlan plan;
        plan.call = call;
        plan.ids = ids + QStringList{QStringLiteral("1600000000000-0")};
        const Ledger ledger = act(plan);
        QCOMPARE(ledger.entries.size(), 13);
        QSet<QString> runs;
        for (const LedgerEntry &e : ledger.entries) {
            QCOMPARE(e.action, call);
            if (e.row.id == QLatin1String("1600000000000-0")) {
                QCOMPARE(e.row.state, ResultState::NotFound);
                QCOMPARE(e.outcome(), QStringLiteral("not_found"));
                continue;
            }
            if (call == EntryCall::Resume && incompatible.contains(e.row.id)) {
                QCOMPARE(e.row.state, ResultState::InvalidId);
                QCOMPARE(e.row.httpStatus, 400);
                QVERIFY(e.row.message.contains(QLatin1String("Incompatible step name")));
                QVERIFY(e.newWorkflowRunId.isEmpty());
                QCOMPARE(e.outcome(), QStringLiteral("refused"));
                QVERIFY(server->contains(e.row.id));
                continue;
            }
            QCOMPARE(e.row.state, ResultState::Done);
            QVERIFY(e.newWorkflowRunId.startsWith(QLatin1String("wfr_")));
            QVERIFY(e.newWorkflowCreatedAt > 0);
            QCOMPARE(e.outcome(), QStringLiteral("started"));
            runs.insert(e.newWorkflowRunId);
            QVERIFY(!server->contains(e.row.id)); // the sandbox's state agrees
        }
        QCOMPARE(runs.size(), call == EntryCall::Resume ? 10 : 12);
        QVERIFY(server->bulkCalls().isEmpty());
    }

    void callbacks_retryThenCancel_perId()
    {
        const QStringList ids = server->seed(60, 9);
        QStringList failed;
        for (const QString &id : ids) {
            if (sandboxCallbackState(*server->entry(id)) == QLatin1String("CALLBACK_FAIL"))
                failed << id;
        }
        QVERIFY(failed.size() >= 2);
        ActPlan plan;
        plan.call = EntryCall::Callback;
        plan.ids = failed;
        const Ledger retried = act(plan);
        for (const LedgerEntry &e : retried.entries) {
            QCOMPARE(e.row.state, ResultState::Done);
            QCOMPARE(e.outcome(), QStringLiteral("callback_retried"));
        }
        plan.call = EntryCall::CancelCallback;
        plan.ids = failed + ids.mid(0, 1);
        const Ledger cancelled = act(plan);
        for (const LedgerEntry &e : cancelled.entries) {
            const bool wasRetried = failed.contains(e.row.id);
            QCOMPARE(e.row.state, wasRetried ? ResultState::Done : ResultState::InvalidId);
            if (wasRetried) {
                QCOMPARE(e.row.httpStatus, 302);
                QCOMPARE(e.outcome(), QStringLiteral("callback_canceled"));
                QCOMPARE(sandboxCallbackState(*server->entry(e.row.id)),
                         QStringLiteral("CALLBACK_CANCELED"));
            }
        }
    }

    void matching_actsOnTheFrozenSetOnly_andCountsArrivals_data()
    {
        QTest::addColumn<EntryCall>("call");
        QTest::addColumn<bool>("bulk");
        QTest::newRow("restart in bulk") << EntryCall::Restart << true;
        QTest::newRow("resume in bulk") << EntryCall::Resume << true;
        QTest::newRow("delete in bulk") << EntryCall::Delete << true;
        QTest::newRow("resume per ID") << EntryCall::Resume << false;
    }

    void matching_actsOnTheFrozenSetOnly_andCountsArrivals()
    {
        QFETCH(EntryCall, call);
        QFETCH(bool, bulk);
        server->seed(700, 5);
        const auto [label, matching] = test::commonLabel(*server);
        QVERIFY2(matching.size() > 100, qPrintable(QString::number(matching.size())));
        api::DlqFilter filter;
        filter.labels = {label};

        const std::optional<FrozenSet> frozen = freeze(filter);
        QVERIFY(frozen);
        QVERIFY(frozen->complete);
        QCOMPARE(frozen->ids, matching);

        // Between the preview and the action: three new entries match the filter, one does not.
        QStringList arrived;
        const QJsonObject model = *server->entry(matching.first());
        for (int i = 0; i < 4; ++i) {
            QJsonObject entry = model;
            const QString id = QStringLiteral("1900000000000-%1").arg(i);
            entry.insert(QStringLiteral("dlqId"), id);
            entry.insert(QStringLiteral("createdAt"), QDateTime::currentMSecsSinceEpoch());
            if (i == 3)
                entry.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("other-x")});
            else
                arrived << id;
            QVERIFY(server->insertEntry(entry));
        }
        const int before = server->entryCount();
        server->clearRequests();

        ActPlan plan;
        plan.call = call;
        plan.bulk = bulk;
        plan.ids = frozen->ids;
        ActRun run(&nam, config());
        QSignalSpy finished(&run, &ActRun::finished);
        QVERIFY(run.start(plan, frozen));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        const Ledger &ledger = run.ledger();
        QVERIFY(ledger.matching);
        QCOMPARE(ledger.frozen, int(matching.size()));
        QCOMPARE(ledger.arrivedAfterPreview, 3);
        QCOMPARE(run.arrivedIds(), QStringList({arrived.at(2), arrived.at(1), arrived.at(0)}));
        QCOMPARE(ledger.entries.size(), matching.size());
        for (const LedgerEntry &e : ledger.entries) {
            QVERIFY(e.row.state == ResultState::Done || e.row.state == ResultState::Deleted);
            QCOMPARE(e.chunk >= 0, bulk);
        }
        // Exactly the frozen entries are gone; the arrivals and the rest are untouched.
        QCOMPARE(server->entryCount(), before - int(matching.size()));
        for (const QString &id : arrived)
            QVERIFY(server->contains(id));
        for (const QString &id : matching)
            QVERIFY(!server->contains(id));

        verifyGuards();
        if (bulk) {
            const int limit = maxBulkIds(call);
            QCOMPARE(server->bulkCalls().size(), int((matching.size() + limit - 1) / limit));
            QStringList sent;
            for (const SandboxBulkCall &c : server->bulkCalls()) {
                QVERIFY(c.dlqIds.size() <= limit);
                QCOMPARE(c.action, entryCallName(call));
                sent += c.dlqIds;
            }
            // Chunks run concurrently, so they may arrive in any order; each ID goes once.
            QStringList expected = matching;
            std::sort(sent.begin(), sent.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(sent, expected);
        } else {
            QVERIFY(server->bulkCalls().isEmpty());
        }
    }

    void freezer_refusesAnEmptyFilter_andSendsNothing()
    {
        server->seed(5, 1);
        SetFreezer freezer(&nam, config());
        QVERIFY(!freezer.start(api::DlqFilter{}));
        QVERIFY(freezer.errorMessage().contains(QLatin1String("whole DLQ")));
        QVERIFY(server->requests().isEmpty());
    }

    void arrivedAfter_isTheDifference()
    {
        FrozenSet set;
        set.ids = {QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(arrivedAfter(set, {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("c")}),
                 QStringList{QStringLiteral("c")});
    }
};

QTEST_GUILESS_MAIN(tst_ActRun)
#include "tst_actrun.moc"
