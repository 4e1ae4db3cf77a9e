// dlqctl resume, restart, retry-callback, cancel-callback and delete --matching against the
// sandbox: the printed ledger agrees with the sandbox's state, every new run is recorded, no
// unscoped or mixed bulk call is sent, and entries that arrive after the preview are reported
// and never touched.
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxserver.h"
#include "support/dlqctlsandbox.h"
#include "support/sandboxlabels.h"
#include "support/terminal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dlq;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray resultsOf(const QJsonObject &root)
{
    return root.value(QLatin1String("results")).toArray();
}

} // namespace

class TestDlqctlAct : public QObject, private test::DlqctlSandbox
{
    Q_OBJECT

private:
    QProcessEnvironment env() const { return environment(); }

    void verifyBulkGuards() const
    {
        for (const SandboxBulkCall &c : server->bulkCalls()) {
            QVERIFY(!c.isUnscoped());
            QVERIFY(!c.isMixed());
            QVERIFY(!c.dlqIds.isEmpty());
            QVERIFY(c.filters.isEmpty());
        }
        QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
    }

    // Runs start in the order their requests arrive, not in the order of the IDs.
    static SandboxRun runFor(const QList<SandboxRun> &runs, const QString &dlqId)
    {
        for (const SandboxRun &run : runs) {
            if (run.fromDlqId == dlqId)
                return run;
        }
        return {};
    }

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void resumeFollow_json_followUpPerIdIsTheSandboxTruth()
    {
        const QStringList ids = server->seed(4, 21);
        server->setRunFate(ids.at(1), SandboxRunFate::FailAgain);
        server->setRunFate(ids.at(2), SandboxRunFate::KeepRunning);
        const test::DlqctlRun r =
            dlqctl(QStringLiteral("resume"),
                   QStringList{QStringLiteral("--yes"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--follow"),
                               QStringLiteral("--follow-timeout"), QStringLiteral("2"),
                               QStringLiteral("--follow-interval"), QStringLiteral("1")} +
                       ids);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results = resultsOf(parse(r.out));
        QCOMPARE(results.size(), ids.size());
        const QList<SandboxRun> runs = server->runs();
        QCOMPARE(runs.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const QJsonObject item = results.at(i).toObject();
            QCOMPARE(item.value(QLatin1String("id")).toString(), ids.at(i));
            const QString runId = item.value(QLatin1String("newWorkflowRunId")).toString();
            const auto run = std::find_if(runs.cbegin(), runs.cend(), [&](const SandboxRun &s) {
                return s.workflowRunId == runId && s.fromDlqId == ids.at(i);
            });
            QVERIFY(run != runs.cend());
            const QString expected =
                run->state == QLatin1String("RUN_SUCCESS")  ? QStringLiteral("recovered")
                : run->state == QLatin1String("RUN_FAILED") ? QStringLiteral("failed_again")
                                                            : QStringLiteral("running");
            QCOMPARE(item.value(QLatin1String("followUp")).toString(), expected);
            QCOMPARE(item.value(QLatin1String("newDlqId")).toString(), run->newDlqId);
            QVERIFY(!item.value(QLatin1String("followedAt")).toString().isEmpty());
        }
        QVERIFY(!runFor(runs, ids.at(1)).newDlqId.isEmpty());
        QVERIFY(server->contains(runFor(runs, ids.at(1)).newDlqId));
        QVERIFY2(r.err.contains(QStringLiteral("Follow-up: 2 recovered · 1 failed again · 1 still "
                                               "running · 0 unknown")),
                 qPrintable(r.err));
    }

    void followLedgerFile_laterFollowUpsAreTheSandboxTruth()
    {
        const QStringList ids = server->seed(3, 22);
        server->setRunFate(ids.at(1), SandboxRunFate::FailAgain);
        server->setRunFate(ids.at(2), SandboxRunFate::KeepRunning);
        const QString ledgerFile = home->filePath(QStringLiteral("ledger.json"));
        const test::DlqctlRun acted = dlqctl(
            QStringLiteral("restart"),
            QStringList{QStringLiteral("--yes"), QStringLiteral("--output"), ledgerFile} + ids);
        QCOMPARE(acted.exitCode, 0);
        // The run that was still going when the ledger was written has succeeded since.
        const QList<SandboxRun> runs = server->runs();
        QVERIFY(server->settleRun(runFor(runs, ids.at(2)).workflowRunId, SandboxRunFate::Succeed));

        const test::DlqctlRun r =
            dlqctl(QStringLiteral("follow"),
                   {QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--follow-timeout"), QStringLiteral("2"),
                    QStringLiteral("--follow-interval"), QStringLiteral("1"), ledgerFile});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results = resultsOf(parse(r.out));
        QCOMPARE(results.size(), 3);
        const QStringList expected{QStringLiteral("recovered"), QStringLiteral("failed_again"),
                                   QStringLiteral("recovered")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject item = results.at(i).toObject();
            QCOMPARE(item.value(QLatin1String("id")).toString(), ids.at(i));
            QCOMPARE(item.value(QLatin1String("newWorkflowRunId")).toString(),
                     runFor(runs, ids.at(i)).workflowRunId);
            QCOMPARE(item.value(QLatin1String("followUp")).toString(), expected.at(i));
        }
        QCOMPARE(results.at(1).toObject().value(QLatin1String("newDlqId")).toString(),
                 runFor(runs, ids.at(1)).newDlqId);

        const test::DlqctlRun bad =
            dlqctl(QStringLiteral("follow"), {home->filePath(QStringLiteral("none"))});
        QCOMPARE(bad.exitCode, 2);
    }

    void resumeIds_json_newRunPerId_incompatibleIsAFailure()
    {
        const QStringList ids = server->seed(6, 3);
        server->markResumeIncompatible({ids.at(1)});
        const test::DlqctlRun r = dlqctl(
            QStringLiteral("resume"),
            QStringList{QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("--reason"), QStringLiteral("INC-7"),
                        QStringLiteral("--set-retries"), QStringLiteral("2")} +
                ids);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1); // the refused resume
        const QJsonObject root = parse(r.out);
        QCOMPARE(root.value(QLatin1String("action")).toString(), QStringLiteral("resume"));
        QCOMPARE(root.value(QLatin1String("reason")).toString(), QStringLiteral("INC-7"));
        QVERIFY(!root.contains(QLatin1String("frozen")));
        const QJsonArray results = resultsOf(root);
        QCOMPARE(results.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const QJsonObject item = results.at(i).toObject();
            QCOMPARE(item.value(QLatin1String("id")).toString(), ids.at(i));
            if (i == 1) {
                QCOMPARE(item.value(QLatin1String("result")).toString(),
                         QStringLiteral("invalid_id"));
                QCOMPARE(item.value(QLatin1String("httpStatus")).toInt(), 400);
                QCOMPARE(item.value(QLatin1String("outcome")).toString(),
                         QStringLiteral("refused"));
                QVERIFY(item.value(QLatin1String("newWorkflowRunId")).isNull());
                QVERIFY(server->contains(ids.at(i)));
                continue;
            }
            QCOMPARE(item.value(QLatin1String("result")).toString(), QStringLiteral("done"));
            QCOMPARE(item.value(QLatin1String("outcome")).toString(), QStringLiteral("started"));
            QVERIFY(item.value(QLatin1String("newWorkflowRunId"))
                        .toString()
                        .startsWith(QLatin1String("wfr_")));
            QVERIFY(item.value(QLatin1String("newWorkflowCreatedAt")).toDouble() > 0);
            QVERIFY(!server->contains(ids.at(i)));
        }
        for (const SandboxRequest &req : server->requests())
            QCOMPARE(req.header("upstash-retries"), QByteArray("2"));
    }

    void retryAndCancelCallback_perId()
    {
        const QStringList ids = server->seed(40, 8);
        QStringList failed;
        for (const QString &id : ids) {
            if (sandboxCallbackState(*server->entry(id)) == QLatin1String("CALLBACK_FAIL"))
                failed << id;
        }
        QVERIFY(!failed.isEmpty());
        const test::DlqctlRun retried =
            dlqctl(QStringLiteral("retry-callback"),
                   QStringList{QStringLiteral("--yes"), QStringLiteral("--format"),
                               QStringLiteral("csv")} +
                       failed);
        QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
        QVERIFY(retried.out.startsWith(QLatin1String("id,action,result")));
        QVERIFY(retried.out.contains(QLatin1String("callback_retried")));
        const test::DlqctlRun cancelled =
            dlqctl(QStringLiteral("cancel-callback"),
                   QStringList{QStringLiteral("--yes"), QStringLiteral("--format"),
                               QStringLiteral("json"), failed.first()});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        const QJsonObject item = resultsOf(parse(cancelled.out)).first().toObject();
        QCOMPARE(item.value(QLatin1String("httpStatus")).toInt(), 302);
        QCOMPARE(item.value(QLatin1String("outcome")).toString(),
                 QStringLiteral("callback_canceled"));
        QCOMPARE(sandboxCallbackState(*server->entry(failed.first())),
                 QStringLiteral("CALLBACK_CANCELED"));
    }

    void matching_fast_actsOnTheFrozenSet_inChunks_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("chunk");
        QTest::newRow("restart") << QStringLiteral("restart") << 50;
        QTest::newRow("resume") << QStringLiteral("resume") << 100;
        QTest::newRow("delete") << QStringLiteral("delete") << 100;
    }

    void matching_fast_actsOnTheFrozenSet_inChunks()
    {
        QFETCH(QString, command);
        QFETCH(int, chunk);
        server->seed(600, 12);
        const auto [label, matching] = test::commonLabel(*server);
        QVERIFY(matching.size() > 100);
        const int before = server->entryCount();
        const test::DlqctlRun r =
            dlqctl(command, {QStringLiteral("--matching"), QStringLiteral("--label"), label,
                             QStringLiteral("--fast"), QStringLiteral("--yes"),
                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = parse(r.out);
        QCOMPARE(root.value(QLatin1String("frozen")).toInt(), int(matching.size()));
        QCOMPARE(root.value(QLatin1String("arrivedAfterPreview")).toInt(), 0);
        QStringList printed;
        for (const QJsonValue &v : resultsOf(root))
            printed << v.toObject().value(QLatin1String("id")).toString();
        QCOMPARE(printed, matching);
        QCOMPARE(server->entryCount(), before - int(matching.size()));
        verifyBulkGuards();
        QCOMPARE(server->bulkCalls().size(), int((matching.size() + chunk - 1) / chunk));
        QStringList sent;
        for (const SandboxBulkCall &c : server->bulkCalls()) {
            QVERIFY(c.dlqIds.size() <= chunk);
            sent += c.dlqIds;
        }
        // Chunks run concurrently, so they may arrive in any order; each ID goes once.
        QStringList expected = matching;
        std::sort(sent.begin(), sent.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sent, expected);
        QVERIFY(r.err.contains(QLatin1String("0 entries arrived after the preview")));
    }

    void deleteMatching_savesTheEntriesFirst_unlessNoSnapshot()
    {
        server->seed(130, 14);
        const auto [label, matching] = test::commonLabel(*server);
        const test::DlqctlRun r =
            dlqctl(QStringLiteral("delete"),
                   {QStringLiteral("--matching"), QStringLiteral("--label"), label,
                    QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--reason"), QStringLiteral("cleanup")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString path = parse(r.out).value(QLatin1String("snapshot")).toString();
        QVERIFY2(path.startsWith(home->path()), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(saved.value(QLatin1String("reason")).toString(), QStringLiteral("cleanup"));
        QStringList ids;
        for (const QJsonValue &v : saved.value(QLatin1String("entries")).toArray()) {
            ids << v.toObject().value(QLatin1String("dlqId")).toString();
            // The whole entry, bodies included, as the list gave it.
            QVERIFY(v.toObject().contains(QLatin1String("responseStatus")));
        }
        QCOMPARE(ids, matching);
        for (const QString &id : matching)
            QVERIFY(!server->contains(id));

        server->seed(40, 15);
        const auto [label2, matching2] = test::commonLabel(*server);
        const test::DlqctlRun bare =
            dlqctl(QStringLiteral("delete"),
                   {QStringLiteral("--matching"), QStringLiteral("--label"), label2,
                    QStringLiteral("--yes"), QStringLiteral("--no-snapshot"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(bare.exitCode == 0, qPrintable(bare.err));
        QVERIFY(!parse(bare.out).contains(QLatin1String("snapshot")));
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files).size(), 1);
        QVERIFY(!matching2.isEmpty());
    }

    void dryRun_printsTheFrozenSetAndTheRequests_sendsNoAction()
    {
        server->seed(150, 2);
        const auto [label, matching] = test::commonLabel(*server);
        const test::DlqctlRun r =
            dlqctl(QStringLiteral("restart"),
                   {QStringLiteral("--matching"), QStringLiteral("--label"), label,
                    QStringLiteral("--fast"), QStringLiteral("--dry-run"),
                    QStringLiteral("--set-delay"), QStringLiteral("30s")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &id : matching)
            QVERIFY(r.out.contains(id));
        const int chunks = int((matching.size() + 49) / 50);
        QCOMPARE(int(r.out.count(QLatin1String("POST /v2/workflows/dlq/restart?dlqIds="))), chunks);
        QCOMPARE(int(r.out.count(QLatin1String("Upstash-Delay: 30s"))), chunks);
        for (const SandboxRequest &req : server->requests())
            QCOMPARE(req.method, QByteArray("GET")); // only the preview's list pages
        QVERIFY(server->bulkCalls().isEmpty());
        QCOMPARE(server->entryCount(), 150);
    }

    // The preview is taken, the prompt waits; an entry that matches arrives; the action touches
    // only the frozen set and reports the newcomer.
    void entryArrivingAfterThePreview_isNotTouched_andIsReported()
    {
        server->seed(120, 6);
        const auto [label, matching] = test::commonLabel(*server);
        test::Terminal terminal;
        QVERIFY(terminal.isValid());
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(terminal.start(process, env(),
                               args(QStringLiteral("resume"),
                                    {QStringLiteral("--matching"), QStringLiteral("--label"), label,
                                     QStringLiteral("--format"), QStringLiteral("json")})));
        QByteArray err;
        QVERIFY(test::waitForText(process, QProcess::StandardError, QStringLiteral("to confirm:"),
                                  &err));
        QVERIFY(QString::fromUtf8(err).contains(QStringLiteral("Frozen: %1").arg(matching.size())));
        QJsonObject newcomer = *server->entry(matching.first());
        newcomer.insert(QStringLiteral("dlqId"), QStringLiteral("1900000000000-0"));
        newcomer.insert(QStringLiteral("createdAt"), QDateTime::currentMSecsSinceEpoch());
        QVERIFY(server->insertEntry(newcomer));
        const QString expected =
            matching.size() >= 100 ? QString::number(matching.size()) : QStringLiteral("yes");
        terminal.type(expected.toUtf8() + '\n');
        QVERIFY(finished.wait(60000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject root = parse(QString::fromUtf8(process.readAllStandardOutput()));
        QCOMPARE(root.value(QLatin1String("frozen")).toInt(), int(matching.size()));
        QCOMPARE(root.value(QLatin1String("arrivedAfterPreview")).toInt(), 1);
        QCOMPARE(resultsOf(root).size(), matching.size());
        QVERIFY(server->contains(QStringLiteral("1900000000000-0")));
        for (const QString &id : matching)
            QVERIFY(!server->contains(id));
        for (const SandboxRequest &req : server->requests())
            QVERIFY(!req.path.endsWith("1900000000000-0"));
        QVERIFY2(QString::fromUtf8(err).contains(
                     QLatin1String("1 entry arrived after the preview and was not touched")),
                 err.constData());
    }

    void usageErrors_exitTwo_andSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("matching without a filter")
            << QStringList{QStringLiteral("resume"), QStringLiteral("--matching")}
            << QStringLiteral("whole DLQ");
        QTest::newRow("filter without matching")
            << QStringList{QStringLiteral("restart"), QStringLiteral("--label"),
                           QStringLiteral("a"), QStringLiteral("1752829295505-0")}
            << QStringLiteral("only apply with --matching");
        QTest::newRow("matching with ids")
            << QStringList{QStringLiteral("delete"), QStringLiteral("--matching"),
                           QStringLiteral("--label"), QStringLiteral("a"),
                           QStringLiteral("1752829295505-0")}
            << QStringLiteral("pass no IDs");
        QTest::newRow("fast callback")
            << QStringList{QStringLiteral("retry-callback"), QStringLiteral("--fast"),
                           QStringLiteral("1752829295505-0")}
            << QStringLiteral("no bulk form");
        QTest::newRow("bad delay")
            << QStringList{QStringLiteral("resume"), QStringLiteral("--set-delay"),
                           QStringLiteral("soon"), QStringLiteral("1752829295505-0")}
            << QStringLiteral("Upstash-Delay");
        QTest::newRow("override on a callback")
            << QStringList{QStringLiteral("retry-callback"), QStringLiteral("--set-retries"),
                           QStringLiteral("1"), QStringLiteral("1752829295505-0")}
            << QStringLiteral("Unknown option");
        QTest::newRow("no confirmation possible")
            << QStringList{QStringLiteral("resume"), QStringLiteral("1752829295505-0")}
            << QStringLiteral("Pass --yes");
    }

    void usageErrors_exitTwo_andSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        server->seed(3, 1);
        const QString command = arguments.takeFirst();
        const test::DlqctlRun r = dlqctl(command, arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDlqctlAct)
#include "tst_dlqctlact.moc"
