// Every action run of the real dlqctl (resume, restart, callbacks, delete --matching) lands in
// the history file the window's History view reads, like a delete does: action, host, count,
// outcome counts, reason, duration and every result with the workflow run it started.
#include "history/historystore.h"
#include "sandbox/sandboxserver.h"
#include "support/dlqctlenv.h"
#include "support/dlqctlprocess.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

class tst_DlqctlActHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionRuns_areRecorded_withTheirNewRuns()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        SandboxServer server;
        QVERIFY(server.listen());
        const QStringList ids = server.seed(8, 3);
        const QString missing = QStringLiteral("1752829295505-777");
        const QProcessEnvironment env = test::dlqctlEnvironment(home, server.token());
        const QString base = server.baseUrl().toString();

        test::DlqctlRun run = test::runDlqctl(
            {QStringLiteral("resume"), QStringLiteral("--base-url"), base, QStringLiteral("--yes"),
             QStringLiteral("--reason"), QStringLiteral("INC-42 replay"),
             QStringLiteral("--format"), QStringLiteral("json"), ids.at(0), ids.at(1), missing},
            env);
        QVERIFY2(run.finished && (run.exitCode == 1 || run.exitCode == 0), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("not recorded")), qPrintable(run.err));
        const QJsonArray printed = QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("results"))
                                       .toArray();
        QCOMPARE(printed.size(), 3);
        run = test::runDlqctl({QStringLiteral("restart"), QStringLiteral("--base-url"), base,
                               QStringLiteral("--yes"), QStringLiteral("--fast"), ids.at(2),
                               ids.at(3)},
                              env);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));

        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_DATA_HOME", env.value(QStringLiteral("XDG_DATA_HOME")).toUtf8());
        const QString path = HistoryStore::defaultPath();
        QVERIFY2(path.startsWith(home.path()), qPrintable(path));
        HistoryStore store;
        QVERIFY2(store.open(path, 180), qPrintable(store.errorString()));
        const QList<HistoryRun> runs = store.runs(10);
        QCOMPARE(runs.size(), 2);
        const HistoryRun &restart = runs.at(0); // newest first
        QCOMPARE(restart.action, QStringLiteral("bulk_restart"));
        QCOMPARE(restart.count, 2);
        QCOMPARE(restart.counts.value(QStringLiteral("done")), 2);
        QCOMPARE(restart.source, QStringLiteral("dlqctl"));

        const std::optional<HistoryRun> resume = store.loadRun(runs.at(1).id);
        QVERIFY(resume);
        QCOMPARE(resume->action, QStringLiteral("resume"));
        QCOMPARE(resume->reason, QStringLiteral("INC-42 replay"));
        QCOMPARE(resume->host, server.baseUrl().authority());
        QCOMPARE(resume->outcome, QStringLiteral("completed"));
        QCOMPARE(resume->count, 3);
        QCOMPARE(resume->counts.value(QStringLiteral("done")), 2);
        QCOMPARE(resume->counts.value(QStringLiteral("not_found")), 1);
        QVERIFY(resume->durationMs >= 0);
        QCOMPARE(resume->results.size(), 3);
        // The same new runs the ledger printed, per ID.
        for (int i = 0; i < 3; ++i) {
            const QJsonObject item = printed.at(i).toObject();
            const HistoryResult &result = resume->results.at(i);
            QCOMPARE(result.id, item.value(QLatin1String("id")).toString());
            QCOMPARE(result.newWorkflowRunId,
                     item.value(QLatin1String("newWorkflowRunId")).toString());
        }
        QVERIFY(resume->results.at(0).newWorkflowRunId.startsWith(QLatin1String("wfr_")));
        QVERIFY(resume->results.at(0).newWorkflowCreatedAt > 0);
        QVERIFY(resume->results.at(2).newWorkflowRunId.isEmpty());

        // "Was it ever resumed, when, by which run?"
        const QList<HistoryHit> hits = store.search(ids.at(1));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).run.action, QStringLiteral("resume"));
        QCOMPARE(hits.at(0).result.newWorkflowRunId, resume->results.at(1).newWorkflowRunId);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(server.token().toUtf8()));
    }

    // --follow: what following found reaches the run in the history too, not only the printed
    // ledger (the run is recorded before following, so following adds to it).
    void followedRuns_keepTheirOutcomesInTheHistory()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        SandboxServer server;
        QVERIFY(server.listen());
        const QStringList ids = server.seed(3, 11);
        server.setRunFate(ids.at(1), SandboxRunFate::FailAgain);
        server.setRunFate(ids.at(2), SandboxRunFate::KeepRunning);
        const QProcessEnvironment env = test::dlqctlEnvironment(home, server.token());
        const test::DlqctlRun run =
            test::runDlqctl(QStringList{QStringLiteral("resume"), QStringLiteral("--base-url"),
                                        server.baseUrl().toString(), QStringLiteral("--yes"),
                                        QStringLiteral("--follow"),
                                        QStringLiteral("--follow-timeout"), QStringLiteral("2"),
                                        QStringLiteral("--follow-interval"), QStringLiteral("1")} +
                                ids,
                            env);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));

        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_DATA_HOME", env.value(QStringLiteral("XDG_DATA_HOME")).toUtf8());
        HistoryStore store;
        QVERIFY2(store.open(HistoryStore::defaultPath(), 180), qPrintable(store.errorString()));
        const QList<HistoryRun> runs = store.runs(10);
        QCOMPARE(runs.size(), 1);
        const std::optional<HistoryRun> resume = store.loadRun(runs.at(0).id);
        QVERIFY(resume);
        QCOMPARE(resume->results.size(), 3);
        QHash<QString, SandboxRun> truth;
        for (const SandboxRun &r : server.runs())
            truth.insert(r.fromDlqId, r);
        for (const HistoryResult &result : resume->results) {
            const SandboxRun sandboxRun = truth.value(result.id);
            QCOMPARE(result.newWorkflowRunId, sandboxRun.workflowRunId);
            const QString expected =
                sandboxRun.state == QLatin1String("RUN_SUCCESS")  ? QStringLiteral("recovered")
                : sandboxRun.state == QLatin1String("RUN_FAILED") ? QStringLiteral("failed_again")
                                                                  : QStringLiteral("running");
            QCOMPARE(result.followUp, expected);
            QCOMPARE(result.newDlqId, sandboxRun.newDlqId);
        }
        QVERIFY(!truth.value(ids.at(1)).newDlqId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DlqctlActHistory)
#include "tst_dlqctlacthistory.moc"
