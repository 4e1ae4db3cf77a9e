// The run logs: both answer shapes (the spec's /v2/workflows/logs, the SDK's
// /v2/workflows/events?groupBy=workflowRunId), errors for what cannot be read, the request for
// a batch of runs and the batches that keep every URL within its bound.
#include "api/workflowruns.h"

#include <QTest>
#include <QUrlQuery>

using namespace dlq;
using namespace dlq::api;

class tst_WorkflowRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsShape_spec()
    {
        const QByteArray body =
            "{\"cursor\": \"\", \"runs\": ["
            " {\"workflowRunId\": \"wfr_a\", \"workflowUrl\": \"https://x/api\", "
            "\"workflowState\": \"RUN_SUCCESS\","
            " \"workflowRunCreatedAt\": 1752829295505, \"workflowRunCompletedAt\": 1752829296000,"
            " \"steps\": [], \"labels\": [\"l1\"]},"
            " {\"workflowRunId\": \"wfr_b\", \"workflowState\": \"RUN_FAILED\","
            " \"workflowRunCreatedAt\": 1752829295600, \"dlqId\": \"1752829299999-0\"},"
            " {\"workflowRunId\": \"wfr_c\", \"workflowState\": \"RUN_FAILED\","
            " \"workflowRunCreatedAt\": 1752829295700,"
            " \"failureFunction\": {\"state\": \"CALLBACK_FAIL\", \"dlqId\": \"d-9\"}}]}";
        const WorkflowRunPage page = parseWorkflowRunPage(body);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.cursor, QString());
        QCOMPARE(page.runs.size(), 3);
        QCOMPARE(page.runs.at(0).workflowRunId, QStringLiteral("wfr_a"));
        QCOMPARE(page.runs.at(0).state, QStringLiteral("RUN_SUCCESS"));
        QCOMPARE(page.runs.at(0).createdAt, 1752829295505);
        QCOMPARE(page.runs.at(0).completedAt, 1752829296000);
        QCOMPARE(page.runs.at(1).completedAt, -1);
        QCOMPARE(page.runs.at(1).dlqId, QStringLiteral("1752829299999-0"));
        QCOMPARE(page.runs.at(2).callbackState, QStringLiteral("CALLBACK_FAIL"));
        QCOMPARE(page.runs.at(2).callbackDlqId, QStringLiteral("d-9"));
        QCOMPARE(page.runs.at(2).ref(), (RunRef{QStringLiteral("wfr_c"), 1752829295700}));
    }

    void eventsShape_sdk()
    {
        // WorkflowRunLog (workflow-js src/client/types.ts): `label`, a cursor that may be
        // missing, and timestamps that may come as strings.
        const QByteArray body =
            "{\"runs\": ["
            " {\"workflowRunId\": \"wfr_a\", \"workflowUrl\": \"https://x\", \"workflowState\": "
            "\"RUN_STARTED\","
            " \"workflowRunCreatedAt\": \"1752829295505\", \"steps\": [], \"label\": \"l1\"}]}";
        const WorkflowRunPage page = parseWorkflowRunPage(body);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.cursor, QString());
        QCOMPARE(page.runs.size(), 1);
        QCOMPARE(page.runs.at(0).state, QStringLiteral("RUN_STARTED"));
        QCOMPARE(page.runs.at(0).createdAt, 1752829295505);

        const WorkflowRunPage next = parseWorkflowRunPage("{\"cursor\": \"abc\", \"runs\": null}");
        QVERIFY(next.ok());
        QCOMPARE(next.cursor, QStringLiteral("abc"));
        QVERIFY(next.runs.isEmpty());
        QVERIFY(parseWorkflowRunPage("{\"cursor\": null}").ok());
    }

    void badAnswers_clearErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("<html>502</html>")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("cut off") << QByteArray("{\"runs\": [{\"workflowRunId\": \"a\"")
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("runs object")
            << QByteArray("{\"runs\": {}}") << QStringLiteral("\"runs\" that is not a list");
        QTest::newRow("cursor number") << QByteArray("{\"cursor\": 5, \"runs\": []}")
                                       << QStringLiteral("cursor that is not a string");
    }

    void badAnswers_clearErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const WorkflowRunPage page = parseWorkflowRunPage(body);
        QVERIFY(!page.ok());
        QVERIFY2(page.error.contains(expected), qPrintable(page.error));
        QVERIFY(page.runs.isEmpty());
    }

    void runWithoutId_skippedWithProblem()
    {
        const WorkflowRunPage page = parseWorkflowRunPage(
            "{\"runs\": [{\"workflowState\": \"RUN_SUCCESS\"}, {\"workflowRunId\": \"b\"}, 7]}");
        QVERIFY(page.ok());
        QCOMPARE(page.runs.size(), 1);
        QCOMPARE(page.problems.size(), 2);
    }

    void request_bothPaths()
    {
        const QUrl base(QStringLiteral("https://qstash.example/prefix/"));
        const QList<RunRef> runs{{QStringLiteral("wfr_a&b=c"), 10}, {QStringLiteral("wfr_z"), 20}};
        const std::optional<RequestSpec> logs =
            runLogsRequest(base, RunLogSource::Logs, runs, QStringLiteral("c+1"));
        QVERIFY(logs);
        QCOMPARE(logs->verb, QByteArray("GET"));
        QCOMPARE(logs->url.path(), QStringLiteral("/prefix/v2/workflows/logs"));
        const QUrlQuery query(logs->url);
        QCOMPARE(query.queryItemValue(QStringLiteral("workflowRuns"), QUrl::FullyDecoded),
                 QStringLiteral("wfr_a&b=c@10,wfr_z@20"));
        QCOMPARE(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded),
                 QStringLiteral("c+1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("count")), QStringLiteral("10"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("groupBy")));

        const std::optional<RequestSpec> events = runLogsRequest(base, RunLogSource::Events, runs);
        QVERIFY(events);
        QCOMPARE(events->url.path(), QStringLiteral("/prefix/v2/workflows/events"));
        QCOMPARE(QUrlQuery(events->url).queryItemValue(QStringLiteral("groupBy")),
                 QStringLiteral("workflowRunId"));
        QVERIFY(!QUrlQuery(events->url).hasQueryItem(QStringLiteral("cursor")));
    }

    void request_refusesWhatCannotNameOneRun()
    {
        const QUrl base(QStringLiteral("https://qstash.example"));
        QVERIFY(!runLogsRequest(base, RunLogSource::Logs, {}));
        QVERIFY(!runLogsRequest(base, RunLogSource::Logs, {{QStringLiteral("a,b"), 1}}));
        QVERIFY(!runLogsRequest(base, RunLogSource::Logs, {{QStringLiteral("a"), -1}}));
        QVERIFY(!runLogsRequest(base, RunLogSource::Logs, {{QStringLiteral(" "), 1}}));
        QVERIFY(!runLogsRequest(base, RunLogSource::Logs, {{QStringLiteral("a"), 1}}, {}, 11));
        QVERIFY(!runLogsRequest(base, RunLogSource::Logs, {{QString(300, QLatin1Char('x')), 1}}, {},
                                10, 200));
    }

    void batches_withinBound_inOrder_data()
    {
        QTest::addColumn<int>("maxUrlBytes");
        QTest::addColumn<int>("maxRuns");
        QTest::newRow("url bound") << 1000 << 500;
        QTest::newRow("run bound") << 8000 << 7;
        QTest::newRow("default") << int(kMaxRunLogUrlBytes) << 50;
    }

    void batches_withinBound_inOrder()
    {
        QFETCH(int, maxUrlBytes);
        QFETCH(int, maxRuns);
        const QUrl base(QStringLiteral("https://qstash.example"));
        QList<RunRef> runs;
        for (int i = 0; i < 120; ++i)
            runs.append({QStringLiteral("wfr_%1_%2").arg(i).arg(QString(i % 17, QLatin1Char('y'))),
                         1752829295505 + i});
        runs.append({QStringLiteral("bad,id"), 1});
        const RunBatches out = runLogBatches(base, RunLogSource::Logs, runs, maxUrlBytes, maxRuns);
        QCOMPARE(out.refused, (QList<RunRef>{{QStringLiteral("bad,id"), 1}}));
        QList<RunRef> joined;
        for (const QList<RunRef> &batch : out.batches) {
            QVERIFY(!batch.isEmpty());
            QVERIFY(batch.size() <= maxRuns);
            // With a cursor as later pages carry, the URL still fits.
            const std::optional<RequestSpec> spec = runLogsRequest(
                base, RunLogSource::Logs, batch, QString(100, QLatin1Char('c')), 10, maxUrlBytes);
            QVERIFY(spec);
            QVERIFY(spec->url.toEncoded().size() <= maxUrlBytes);
            joined += batch;
        }
        joined.append(out.refused);
        QCOMPARE(joined, runs);
        QVERIFY(out.batches.size() > 1);
    }
};

QTEST_GUILESS_MAIN(tst_WorkflowRuns)
#include "tst_workflowruns.moc"
