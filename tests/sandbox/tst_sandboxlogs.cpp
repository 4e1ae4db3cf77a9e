// The sandbox keeps the runs resume, restart and callback retries start, gives each the fate a
// test chose (succeed, fail again into a new DLQ entry, keep running), and reports them on
// GET /v2/workflows/logs and /v2/workflows/events?groupBy=workflowRunId, paged with a cursor.
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxlabels.h"
#include "support/sandboxtestclients.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

#include <memory>

using namespace dlq;
using namespace dlq::test;

class tst_SandboxLogs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;

    HttpResult call(const QByteArray &verb, const QByteArray &target)
    {
        QNetworkRequest request(QUrl::fromEncoded(server->baseUrl().toEncoded() + target));
        request.setRawHeader("Authorization", BearerHeader);
        return waitFor(nam->sendCustomRequest(request, verb));
    }

    QJsonObject start(const QByteArray &action, const QString &dlqId)
    {
        const HttpResult r = call("POST", "/v2/workflows/dlq/" + action + '/' + dlqId.toUtf8());
        [&] { QCOMPARE(r.status, 200); }();
        return r.json();
    }

    static QByteArray pair(const QJsonObject &started)
    {
        return started.value(QLatin1String("workflowRunId")).toString().toUtf8() + '@' +
               QByteArray::number(
                   qint64(started.value(QLatin1String("workflowCreatedAt")).toDouble()));
    }

    static QHash<QString, QJsonObject> byId(const HttpResult &r)
    {
        QHash<QString, QJsonObject> out;
        for (const QJsonValue &v : r.json().value(QLatin1String("runs")).toArray())
            out.insert(v.toObject().value(QLatin1String("workflowRunId")).toString(), v.toObject());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        nam = std::make_unique<QNetworkAccessManager>();
        nam->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup()
    {
        nam.reset();
        server.reset();
    }

    void eachFate_reportedByLogs_failedAgainIsBackInTheDlq()
    {
        const QStringList ids = server->seed(3, 5);
        server->setRunFate(ids.at(1), SandboxRunFate::FailAgain);
        server->setRunFate(ids.at(2), SandboxRunFate::KeepRunning);
        const QJsonObject ok = start("resume", ids.at(0));
        const QJsonObject again = start("restart", ids.at(1));
        const QJsonObject running = start("resume", ids.at(2));

        const HttpResult r = call("GET", "/v2/workflows/logs?workflowRuns=" + pair(ok) + ',' +
                                             pair(again) + ',' + pair(running));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("cursor")).toString(), QString()); // spec: ""
        QVERIFY(r.json().contains(QLatin1String("cursor")));
        const QHash<QString, QJsonObject> runs = byId(r);
        QCOMPARE(runs.size(), 3);
        auto state = [&](const QJsonObject &s) {
            return runs.value(s.value(QLatin1String("workflowRunId")).toString())
                .value(QLatin1String("workflowState"))
                .toString();
        };
        QCOMPARE(state(ok), QStringLiteral("RUN_SUCCESS"));
        QCOMPARE(state(again), QStringLiteral("RUN_FAILED"));
        QCOMPARE(state(running), QStringLiteral("RUN_STARTED"));

        // The failed run is back in the DLQ under a new dlqId, with the new run's ID and time.
        const QString againRun = again.value(QLatin1String("workflowRunId")).toString();
        const QString newDlqId = runs.value(againRun).value(QLatin1String("dlqId")).toString();
        QVERIFY(!newDlqId.isEmpty());
        QVERIFY(newDlqId != ids.at(1));
        QVERIFY(!server->contains(ids.at(1)));
        const std::optional<QJsonObject> entry = server->entry(newDlqId);
        QVERIFY(entry);
        QCOMPARE(entry->value(QLatin1String("workflowRunId")).toString(), againRun);
        QCOMPARE(entry->value(QLatin1String("workflowCreatedAt")).toDouble(),
                 again.value(QLatin1String("workflowCreatedAt")).toDouble());
        const QList<SandboxRun> all = server->runs();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).newDlqId, newDlqId);

        // A running run settles when told; the logs say so on the next look.
        QVERIFY(server->settleRun(running.value(QLatin1String("workflowRunId")).toString(),
                                  SandboxRunFate::Succeed));
        const HttpResult later = call("GET", "/v2/workflows/logs?workflowRuns=" + pair(running));
        QCOMPARE(byId(later).size(), 1);
        QCOMPARE(byId(later).cbegin()->value(QLatin1String("workflowState")).toString(),
                 QStringLiteral("RUN_SUCCESS"));
        QVERIFY(!server->settleRun(running.value(QLatin1String("workflowRunId")).toString(),
                                   SandboxRunFate::FailAgain));
    }

    void workflowRuns_matchesIdAndTime_otherFiltersIgnored()
    {
        const QStringList ids = server->seed(2, 6);
        const QJsonObject a = start("resume", ids.at(0));
        start("resume", ids.at(1));
        QByteArray wrongTime = a.value(QLatin1String("workflowRunId")).toString().toUtf8() + "@1";
        QCOMPARE(byId(call("GET", "/v2/workflows/logs?workflowRuns=" + wrongTime)).size(), 0);
        const HttpResult r =
            call("GET", "/v2/workflows/logs?workflowRunId=nope&workflowRuns=" + pair(a));
        QCOMPARE(byId(r).size(), 1);
        QCOMPARE(byId(call("GET", "/v2/workflows/logs")).size(), 2);
        const QByteArray id = a.value(QLatin1String("workflowRunId")).toString().toUtf8();
        QCOMPARE(byId(call("GET", "/v2/workflows/logs?workflowRunId=" + id)).size(), 1);
    }

    void paged_tenARun_cursorContinues()
    {
        const QStringList ids = server->seed(23, 7);
        QByteArray runs;
        for (const QString &id : ids)
            runs += (runs.isEmpty() ? "" : ",") + pair(start("restart", id));
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        do {
            QByteArray target = "/v2/workflows/logs?workflowRuns=" + runs;
            if (!cursor.isEmpty())
                target += "&cursor=" + cursor.toUtf8();
            const HttpResult r = call("GET", target);
            QCOMPARE(r.status, 200);
            const QJsonArray page = r.json().value(QLatin1String("runs")).toArray();
            QVERIFY(page.size() <= 10);
            for (const QJsonValue &v : page)
                seen.insert(v.toObject().value(QLatin1String("workflowRunId")).toString());
            cursor = r.json().value(QLatin1String("cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 23);
        QCOMPARE(call("GET", "/v2/workflows/logs?cursor=zzz").status, 400);
        QCOMPARE(call("GET", "/v2/workflows/logs?workflowRuns=abc").status, 400);
        QCOMPARE(call("GET", "/v2/workflows/logs?count=0").status, 400);
    }

    void events_needsGroupBy_sdkShape()
    {
        const QStringList ids = server->seed(1, 8);
        server->setRunFate(SandboxRunFate::FailAgain);
        const QJsonObject a = start("resume", ids.at(0));
        QCOMPARE(call("GET", "/v2/workflows/events?workflowRuns=" + pair(a)).status, 400);
        const HttpResult r =
            call("GET", "/v2/workflows/events?groupBy=workflowRunId&workflowRuns=" + pair(a));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(QLatin1String("cursor"))); // the SDK: absent on the last page
        const QJsonObject run = byId(r).value(a.value(QLatin1String("workflowRunId")).toString());
        QCOMPARE(run.value(QLatin1String("workflowState")).toString(),
                 QStringLiteral("RUN_FAILED"));
        QVERIFY(run.contains(QLatin1String("label")));
        QVERIFY(!run.contains(QLatin1String("labels")));
        QCOMPARE(call("POST", "/v2/workflows/logs").status, 405);
        QCOMPARE(call("GET", "/v2/workflows/logs?workflowRuns=" + pair(a)).status, 200);
        QCOMPARE(call("GET", "/v2/workflows/logs").status, 200);
    }

    void callbackRetry_fateSetsTheCallbackState()
    {
        server->seed(200, 17); // IDs follow the clock; ~20 failed callbacks expected, not 4
        const QStringList failed =
            test::idsWithCallbackState(*server, QStringLiteral("CALLBACK_FAIL"));
        QVERIFY(failed.size() >= 2);
        server->setRunFate(failed.at(0), SandboxRunFate::Succeed);
        server->setRunFate(failed.at(1), SandboxRunFate::FailAgain);
        const QJsonObject ok = start("callback", failed.at(0));
        const QJsonObject again = start("callback", failed.at(1));
        QCOMPARE(sandboxCallbackState(*server->entry(failed.at(0))),
                 QStringLiteral("CALLBACK_SUCCESS"));
        QCOMPARE(sandboxCallbackState(*server->entry(failed.at(1))),
                 QStringLiteral("CALLBACK_FAIL"));
        const HttpResult r =
            call("GET", "/v2/workflows/logs?workflowRuns=" + pair(ok) + ',' + pair(again));
        const QHash<QString, QJsonObject> runs = byId(r);
        auto callback = [&](const QJsonObject &s) {
            return runs.value(s.value(QLatin1String("workflowRunId")).toString())
                .value(QLatin1String("failureFunction"))
                .toObject();
        };
        QCOMPARE(callback(ok).value(QLatin1String("state")).toString(),
                 QStringLiteral("CALLBACK_SUCCESS"));
        QCOMPARE(callback(again).value(QLatin1String("state")).toString(),
                 QStringLiteral("CALLBACK_FAIL"));
        QCOMPARE(callback(again).value(QLatin1String("dlqId")).toString(), failed.at(1));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxLogs)
#include "tst_sandboxlogs.moc"
