// Following the runs an action started (RunFollower) against the sandbox, whose runs succeed,
// fail again (back in the DLQ under a new dlqId) or keep running as each test decides: every
// follow-up equals the sandbox's truth, batches keep their URLs within the bound, and the
// timeout and cancel() end the follow-up with what was known.
#include "run/actrun.h"
#include "run/runfollower.h"
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxlabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dlq;

class tst_RunFollower : public QObject
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
        c.timeoutMs = 5000;
        return c;
    }

    static FollowConfig quick()
    {
        FollowConfig f;
        f.pollIntervalMs = 20;
        f.timeoutMs = 60000;
        f.maxPolls = 5;
        return f;
    }

    Ledger act(EntryCall call, const QStringList &ids, bool bulk = false)
    {
        ActPlan plan;
        plan.call = call;
        plan.ids = ids;
        plan.bulk = bulk;
        ActRun run(&nam, config());
        QSignalSpy finished(&run, &ActRun::finished);
        if (!run.start(plan) || !finished.wait(60000))
            return {};
        return run.ledger();
    }

    // Follows to the end; the follower is left for inspection.
    bool follow(RunFollower &follower, const Ledger &ledger)
    {
        QSignalSpy finished(&follower, &RunFollower::finished);
        return follower.start(ledger) && finished.wait(60000) && finished.size() == 1;
    }

    // The sandbox's own record of the run an entry started.
    std::optional<SandboxRun> truth(const LedgerEntry &entry) const
    {
        for (const SandboxRun &run : server->runs()) {
            if (run.workflowRunId == entry.newWorkflowRunId &&
                run.createdAt == entry.newWorkflowCreatedAt)
                return run;
        }
        return std::nullopt;
    }

    QList<SandboxRequest> logRequests() const
    {
        QList<SandboxRequest> out;
        for (const SandboxRequest &r : server->requests()) {
            if (r.path.startsWith("/v2/workflows/logs") ||
                r.path.startsWith("/v2/workflows/events"))
                out.append(r);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
    }

    void cleanup() { server.reset(); }

    void eachOutcome_equalsTheSandbox()
    {
        const QStringList ids = server->seed(6, 11);
        server->setRunFate(ids.at(2), SandboxRunFate::FailAgain);
        server->setRunFate(ids.at(3), SandboxRunFate::KeepRunning);
        server->setRunFate(ids.at(5), SandboxRunFate::FailAgain);
        server->markResumeIncompatible({ids.at(4)});
        const Ledger acted = act(EntryCall::Resume, ids);
        QCOMPARE(acted.entries.size(), ids.size());

        RunFollower follower(&nam, config());
        follower.setFollowConfig(quick());
        QSignalSpy updated(&follower, &RunFollower::entryUpdated);
        QVERIFY(follow(follower, acted));
        const Ledger &ledger = follower.ledger();
        const QList<FollowUp> expected{FollowUp::Recovered,   FollowUp::Recovered,
                                       FollowUp::FailedAgain, FollowUp::Running,
                                       FollowUp::None,        FollowUp::FailedAgain};
        for (int i = 0; i < ids.size(); ++i) {
            const LedgerEntry &e = ledger.entries.at(i);
            QCOMPARE(e.followUp, expected.at(i));
            if (e.followUp == FollowUp::None) {
                QVERIFY(!e.followedAt.isValid());
                continue;
            }
            QVERIFY(e.followedAt.isValid());
            const std::optional<SandboxRun> run = truth(e);
            QVERIFY(run);
            QCOMPARE(e.newDlqId, run->newDlqId);
        }
        // Failed again: the new entry is in the DLQ and holds the new run.
        for (int i : {2, 5}) {
            const LedgerEntry &e = ledger.entries.at(i);
            QVERIFY(!e.newDlqId.isEmpty());
            QVERIFY(e.newDlqId != ids.at(i));
            const std::optional<QJsonObject> entry = server->entry(e.newDlqId);
            QVERIFY(entry);
            QCOMPARE(entry->value(QLatin1String("workflowRunId")).toString(), e.newWorkflowRunId);
        }
        QVERIFY(ledger.entries.at(3).followUpNote.contains(QLatin1String("polls")));
        QCOMPARE(follower.pollCount(), quick().maxPolls);
        QSet<int> updatedRows;
        for (const QList<QVariant> &signal : std::as_const(updated))
            updatedRows.insert(signal.at(0).toInt());
        QCOMPARE(updatedRows, (QSet<int>{0, 1, 2, 3, 5}));

        // The export carries the follow-up, the old fields unchanged.
        const QJsonObject root = QJsonDocument::fromJson(ledger.toJson()).object();
        const QJsonArray results = root.value(QLatin1String("results")).toArray();
        QCOMPARE(results.at(2).toObject().value(QLatin1String("followUp")).toString(),
                 QStringLiteral("failed_again"));
        QCOMPARE(results.at(2).toObject().value(QLatin1String("newDlqId")).toString(),
                 ledger.entries.at(2).newDlqId);
        QCOMPARE(results.at(2).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("started"));
        QVERIFY(results.at(4).toObject().value(QLatin1String("followUp")).isNull());
        QCOMPARE(root.value(QLatin1String("followUps"))
                     .toObject()
                     .value(QLatin1String("recovered"))
                     .toInt(),
                 2);
        const QByteArray csv = ledger.toCsv();
        QVERIFY(csv.startsWith("id,action,result,http_status,message,attempts,"
                               "new_workflow_run_id,new_workflow_created_at,outcome,follow_up,"
                               "new_dlq_id,followed_at,follow_up_note\r\n") ||
                csv.startsWith("id,action,result,http_status,message,attempts,"
                               "new_workflow_run_id,new_workflow_created_at,outcome,follow_up,"
                               "new_dlq_id,followed_at,follow_up_note\n"));
        QVERIFY(csv.contains(ledger.entries.at(2).newDlqId.toUtf8()));
    }

    void runningThenFailing_nextPollFindsTheNewDlqEntry()
    {
        const QStringList ids = server->seed(2, 12);
        server->setRunFate(SandboxRunFate::KeepRunning);
        const Ledger acted = act(EntryCall::Restart, ids);
        RunFollower follower(&nam, config());
        follower.setFollowConfig(quick());
        connect(&follower, &RunFollower::pollFinished, this, [&](int poll, int) {
            if (poll == 1) {
                QVERIFY(server->settleRun(acted.entries.at(0).newWorkflowRunId,
                                          SandboxRunFate::FailAgain));
                QVERIFY(server->settleRun(acted.entries.at(1).newWorkflowRunId,
                                          SandboxRunFate::Succeed));
            }
        });
        QVERIFY(follow(follower, acted));
        QCOMPARE(follower.pollCount(), 2);
        const LedgerEntry &failed = follower.ledger().entries.at(0);
        QCOMPARE(failed.followUp, FollowUp::FailedAgain);
        QCOMPARE(failed.newDlqId, truth(failed)->newDlqId);
        QVERIFY(server->contains(failed.newDlqId));
        QCOMPARE(follower.ledger().entries.at(1).followUp, FollowUp::Recovered);
        QVERIFY(follower.stopReason().isEmpty());
    }

    void batches_respectTheUrlBound()
    {
        const QStringList ids = server->seed(40, 13);
        const Ledger acted = act(EntryCall::Resume, ids);
        RunFollower follower(&nam, config());
        FollowConfig f = quick();
        f.maxUrlBytes = 700;
        follower.setFollowConfig(f);
        server->clearRequests();
        QVERIFY(follow(follower, acted));
        for (const LedgerEntry &e : follower.ledger().entries)
            QCOMPARE(e.followUp, FollowUp::Recovered);
        const QList<SandboxRequest> requests = logRequests();
        QVERIFY(requests.size() > 3);
        QSet<QString> asked;
        for (const SandboxRequest &r : requests) {
            const QByteArray url = server->baseUrl().toEncoded() + r.target;
            QVERIFY2(url.size() <= f.maxUrlBytes, url.constData());
            QVERIFY(r.query.contains("workflowRuns="));
            for (const QString &pair : QString::fromUtf8(QByteArray::fromPercentEncoding(r.query))
                                           .split(QLatin1Char(',')))
                asked.insert(pair.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('='), -1));
        }
        for (const LedgerEntry &e : acted.entries)
            QVERIFY(asked.contains(e.newWorkflowRunId));
    }

    void timeout_leavesRunsRunning()
    {
        const QStringList ids = server->seed(3, 14);
        server->setRunFate(SandboxRunFate::KeepRunning);
        const Ledger acted = act(EntryCall::Resume, ids);
        RunFollower follower(&nam, config());
        FollowConfig f = quick();
        f.maxPolls = 1000000;
        f.timeoutMs = 300;
        follower.setFollowConfig(f);
        QVERIFY(follow(follower, acted));
        QVERIFY(follower.stopReason().contains(QLatin1String("Stopped following after")));
        for (const LedgerEntry &e : follower.ledger().entries) {
            QCOMPARE(e.followUp, FollowUp::Running);
            QVERIFY(e.followUpNote.contains(QLatin1String("Stopped following")));
        }
    }

    void cancel_abortsTheRequestInFlight()
    {
        const QStringList ids = server->seed(2, 15);
        const Ledger acted = act(EntryCall::Resume, ids);
        server->setOverride([](const SandboxRequest &r) -> std::optional<SandboxResponse> {
            if (!r.path.startsWith("/v2/workflows/logs"))
                return std::nullopt;
            SandboxResponse hang;
            hang.action = SandboxResponse::Action::Hang;
            return hang;
        });
        RunFollower follower(&nam, config());
        follower.setFollowConfig(quick());
        QSignalSpy received(server.get(), &SandboxServer::requestReceived);
        QSignalSpy finished(&follower, &RunFollower::finished);
        QVERIFY(follower.start(acted));
        QVERIFY(received.wait(10000));
        follower.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!follower.isRunning());
        for (const LedgerEntry &e : follower.ledger().entries) {
            QCOMPARE(e.followUp, FollowUp::Unknown);
            QVERIFY2(e.followUpNote.contains(QLatin1String("cancelled")),
                     qPrintable(e.followUpNote));
        }
        QCOMPARE(received.size(), 1);
    }

    void logs404_eventsAnswer()
    {
        const QStringList ids = server->seed(2, 16);
        server->setRunFate(ids.at(1), SandboxRunFate::FailAgain);
        const Ledger acted = act(EntryCall::Resume, ids);
        server->setOverride([](const SandboxRequest &r) -> std::optional<SandboxResponse> {
            if (!r.path.startsWith("/v2/workflows/logs"))
                return std::nullopt;
            SandboxResponse missing;
            missing.status = 404;
            missing.body = R"({"error":"not found"})";
            return missing;
        });
        RunFollower follower(&nam, config());
        follower.setFollowConfig(quick());
        server->clearRequests();
        QVERIFY(follow(follower, acted));
        QCOMPARE(follower.ledger().entries.at(0).followUp, FollowUp::Recovered);
        const LedgerEntry &failed = follower.ledger().entries.at(1);
        QCOMPARE(failed.followUp, FollowUp::FailedAgain);
        QCOMPARE(failed.newDlqId, truth(failed)->newDlqId);
        const QList<SandboxRequest> requests = logRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, QByteArray("/v2/workflows/logs"));
        QCOMPARE(requests.at(1).path, QByteArray("/v2/workflows/events"));
        QVERIFY(requests.at(1).query.contains("groupBy=workflowRunId"));
    }

    void callbackRetry_followsTheCallback()
    {
        server->seed(200, 17); // IDs follow the clock; ~20 failed callbacks expected, not 4
        QStringList failed = test::idsWithCallbackState(*server, QStringLiteral("CALLBACK_FAIL"));
        QVERIFY(failed.size() >= 2);
        failed = failed.mid(0, 2);
        server->setRunFate(failed.at(0), SandboxRunFate::Succeed);
        server->setRunFate(failed.at(1), SandboxRunFate::FailAgain);
        const Ledger acted = act(EntryCall::Callback, failed);
        RunFollower follower(&nam, config());
        follower.setFollowConfig(quick());
        QVERIFY(follow(follower, acted));
        QCOMPARE(follower.ledger().entries.at(0).followUp, FollowUp::Recovered);
        QCOMPARE(follower.ledger().entries.at(1).followUp, FollowUp::FailedAgain);
        QCOMPARE(follower.ledger().entries.at(1).newDlqId, failed.at(1));
    }

    void bulkStarted_unknownWithWhy()
    {
        const QStringList ids = server->seed(3, 18);
        const Ledger acted = act(EntryCall::Resume, ids, true);
        RunFollower follower(&nam, config());
        follower.setFollowConfig(quick());
        server->clearRequests();
        QVERIFY(follow(follower, acted));
        for (const LedgerEntry &e : follower.ledger().entries) {
            QCOMPARE(e.followUp, FollowUp::Unknown);
            QVERIFY(e.followUpNote.contains(QLatin1String("bulk")));
        }
        QVERIFY(logRequests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RunFollower)
#include "tst_runfollower.moc"
