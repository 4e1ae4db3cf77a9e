// A per-ID resume, restart or failure-callback retry is not idempotent: when a try ends without
// an answer (the connection reset, a timeout) the server may already have started the run (or
// the callback). The engine then looks the entry up (GET /v2/workflows/dlq/{id}) before it
// sends the action again, and the ledger says what the look-up found. Checked against the
// sandbox's own request log.
#include "run/actionrun.h"
#include "run/actrun.h"
#include "sandbox/sandboxrunactions.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxlabels.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dlq;

Q_DECLARE_METATYPE(dlq::EntryCall)
Q_DECLARE_METATYPE(dlq::LookupFinding)
Q_DECLARE_METATYPE(dlq::SandboxResponse::Action)

class tst_ActLookup : public QObject
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
        c.retryBaseDelayMs = 10;
        c.maxAttempts = 4;
        return c;
    }

    Ledger act(const ActPlan &plan, const ActRestore &restore = {})
    {
        ActRun run(&nam, config());
        QSignalSpy finished(&run, &ActRun::finished);
        if (!run.start(plan, std::nullopt, restore) || !finished.wait(30000))
            return {};
        return run.ledger();
    }

    // Up to `count` seeded entries whose failure callback failed (so it may be retried).
    QStringList failedCallbacks(int count)
    {
        server->seed(200, 9); // IDs follow the clock; ~20 failed callbacks expected, not 9
        return test::idsWithCallbackState(*server, QStringLiteral("CALLBACK_FAIL")).mid(0, count);
    }

    static ActPlan callbackRetries(const QStringList &ids)
    {
        ActPlan plan;
        plan.call = EntryCall::Callback;
        plan.ids = ids;
        return plan;
    }

    // "POST resume", "GET", … for the requests that named `id`, in the order they arrived.
    QStringList callsFor(const QString &id) const
    {
        QStringList out;
        for (const SandboxRequest &r : server->requests()) {
            if (!r.path.endsWith(id.toUtf8()))
                continue;
            QString call = QString::fromLatin1(r.method);
            if (r.path.contains("/resume/"))
                call += QStringLiteral(" resume");
            else if (r.path.contains("/restart/"))
                call += QStringLiteral(" restart");
            else if (r.path.contains("/callback/"))
                call += QStringLiteral(" callback");
            out << call;
        }
        return out;
    }

    // The first POST for `id` ends the way `action` says.
    void failFirstAction(const QString &id, SandboxResponse::Action action)
    {
        auto done = std::make_shared<bool>(false);
        server->setOverride(
            [id, action, done](const SandboxRequest &r) -> std::optional<SandboxResponse> {
                if (*done || r.method != "POST" || !r.path.endsWith(id.toUtf8()))
                    return std::nullopt;
                *done = true;
                SandboxResponse response;
                response.action = action;
                return response;
            });
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void unknownOutcome_entryGone_isNotSentAgain_data()
    {
        QTest::addColumn<EntryCall>("call");
        QTest::addColumn<QString>("verb");
        QTest::newRow("resume") << EntryCall::Resume << QStringLiteral("POST resume");
        QTest::newRow("restart") << EntryCall::Restart << QStringLiteral("POST restart");
    }

    // The server started the run, then the connection broke before the answer.
    void unknownOutcome_entryGone_isNotSentAgain()
    {
        QFETCH(EntryCall, call);
        QFETCH(QString, verb);
        const QStringList ids = server->seed(3, 5);
        failFirstAction(ids.at(1), SandboxResponse::Action::ResetAfter);
        ActPlan plan;
        plan.call = call;
        plan.ids = ids;
        const Ledger ledger = act(plan);
        QCOMPARE(ledger.entries.size(), 3);

        QCOMPARE(callsFor(ids.at(1)), (QStringList{verb, QStringLiteral("GET")}));
        const LedgerEntry &gone = ledger.entries.at(1);
        QCOMPARE(gone.row.state, ResultState::NotFound);
        QCOMPARE(gone.lookup, LookupFinding::Gone);
        QCOMPARE(gone.outcome(), QStringLiteral("outcome_unknown"));
        QVERIFY2(gone.row.message.contains(QLatin1String("Outcome unknown: entry no longer in the "
                                                         "DLQ (the earlier request probably took "
                                                         "effect)")),
                 qPrintable(gone.row.message));
        QVERIFY(!server->contains(ids.at(1)));
        // The others went through once each, with nothing looked up.
        for (int i : {0, 2}) {
            QCOMPARE(callsFor(ids.at(i)), QStringList{verb});
            QCOMPARE(ledger.entries.at(i).row.state, ResultState::Done);
            QCOMPARE(ledger.entries.at(i).lookup, LookupFinding::None);
        }
    }

    // The connection broke before the server applied anything: still in the DLQ, so sent again.
    void unknownOutcome_entryStillThere_isSentAgain()
    {
        const QStringList ids = server->seed(2, 6);
        failFirstAction(ids.at(0), SandboxResponse::Action::ResetBefore);
        ActPlan plan;
        plan.call = EntryCall::Resume;
        plan.ids = ids;
        const Ledger ledger = act(plan);
        QCOMPARE(ledger.entries.size(), 2);
        const QString verb = QStringLiteral("POST resume");
        QCOMPARE(callsFor(ids.at(0)), (QStringList{verb, QStringLiteral("GET"), verb}));
        const LedgerEntry &entry = ledger.entries.at(0);
        QCOMPARE(entry.row.state, ResultState::Done);
        QCOMPARE(entry.lookup, LookupFinding::StillInDlq);
        QVERIFY(entry.newWorkflowRunId.startsWith(QLatin1String("wfr_")));
        QCOMPARE(entry.outcome(), QStringLiteral("started"));
        QVERIFY(!server->contains(ids.at(0)));
    }

    void callbackRetry_unknownOutcome_readsTheCallbackState_data()
    {
        QTest::addColumn<SandboxResponse::Action>("fault");
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<LookupFinding>("finding");
        const QString verb = QStringLiteral("POST callback");
        const QString get = QStringLiteral("GET");
        // The server retried the callback, then the connection broke before the answer: the
        // entry stays in the DLQ, but its callback is in progress now, so it is not sent again.
        QTest::newRow("applied") << SandboxResponse::Action::ResetAfter << QStringList{verb, get}
                                 << LookupFinding::AlreadyApplied;
        // The connection broke before the server acted: still CALLBACK_FAIL, so sent again.
        QTest::newRow("not applied") << SandboxResponse::Action::ResetBefore
                                     << QStringList{verb, get, verb} << LookupFinding::StillInDlq;
    }

    void callbackRetry_unknownOutcome_readsTheCallbackState()
    {
        QFETCH(SandboxResponse::Action, fault);
        QFETCH(QStringList, calls);
        QFETCH(LookupFinding, finding);
        const QStringList failed = failedCallbacks(3);
        QCOMPARE(failed.size(), 3);
        failFirstAction(failed.at(1), fault);
        const Ledger ledger = act(callbackRetries(failed));
        QCOMPARE(ledger.entries.size(), 3);

        QCOMPARE(callsFor(failed.at(1)), calls);
        const LedgerEntry &entry = ledger.entries.at(1);
        QCOMPARE(entry.row.state, ResultState::Done);
        QCOMPARE(entry.lookup, finding);
        QCOMPARE(entry.outcome(), QStringLiteral("callback_retried"));
        if (finding == LookupFinding::AlreadyApplied)
            QVERIFY2(entry.row.message.contains(QStringLiteral("Callback retried already (state "
                                                               "CALLBACK_INPROGRESS) — found by "
                                                               "a look-up")),
                     qPrintable(entry.row.message));
        // The sandbox agrees: one callback run for it, the callback in progress.
        QCOMPARE(sandboxCallbackState(*server->entry(failed.at(1))),
                 QStringLiteral("CALLBACK_INPROGRESS"));
        int callbackRuns = 0;
        for (const SandboxRun &run : server->runs())
            callbackRuns +=
                run.fromDlqId == failed.at(1) && run.action == QLatin1String("callback");
        QCOMPARE(callbackRuns, 1);
        for (int i : {0, 2}) {
            QCOMPARE(callsFor(failed.at(i)), QStringList{calls.first()});
            QCOMPARE(ledger.entries.at(i).row.state, ResultState::Done);
            QCOMPARE(ledger.entries.at(i).lookup, LookupFinding::None);
        }
    }

    // A restored session: callback retries that were in flight at the stop are looked up first.
    // One was applied before the stop (in progress now), one was not (still failed).
    void callbackRetry_inFlightAtRestore_isLookedUpFirst()
    {
        const QStringList failed = failedCallbacks(2);
        QCOMPARE(failed.size(), 2);
        QVERIFY(server->replaceEntry(withSandboxCallbackState(
            *server->entry(failed.at(0)), QStringLiteral("CALLBACK_INPROGRESS"))));
        ActRestore restore;
        restore.unknown = QSet<QString>(failed.cbegin(), failed.cend());
        const Ledger ledger = act(callbackRetries(failed), restore);
        QCOMPARE(ledger.entries.size(), 2);
        const QString verb = QStringLiteral("POST callback");
        QCOMPARE(callsFor(failed.at(0)), QStringList{QStringLiteral("GET")});
        QCOMPARE(ledger.entries.at(0).row.state, ResultState::Done);
        QCOMPARE(ledger.entries.at(0).lookup, LookupFinding::AlreadyApplied);
        QCOMPARE(callsFor(failed.at(1)), (QStringList{QStringLiteral("GET"), verb}));
        QCOMPARE(ledger.entries.at(1).row.state, ResultState::Done);
        QCOMPARE(ledger.entries.at(1).lookup, LookupFinding::StillInDlq);
    }

    // Deleting twice does no harm, so a delete is retried without a look-up.
    void delete_isRetriedWithoutLookup()
    {
        const QStringList ids = server->seed(1, 7);
        server->setOverride([done = std::make_shared<bool>(false)](
                                const SandboxRequest &r) -> std::optional<SandboxResponse> {
            if (*done || r.method != "DELETE")
                return std::nullopt;
            *done = true;
            SandboxResponse response;
            response.action = SandboxResponse::Action::ResetBefore;
            return response;
        });
        ActPlan plan;
        plan.call = EntryCall::Delete;
        plan.ids = ids;
        const Ledger ledger = act(plan);
        QCOMPARE(ledger.entries.size(), 1);
        QVERIFY(!callsFor(ids.at(0)).contains(QStringLiteral("GET")));
        QCOMPARE(ledger.entries.at(0).lookup, LookupFinding::None);
        QVERIFY(!server->contains(ids.at(0)));
    }
};

QTEST_GUILESS_MAIN(tst_ActLookup)
#include "tst_actlookup.moc"
