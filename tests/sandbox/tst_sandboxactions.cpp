// The sandbox's resume, restart and failure-callback calls, per ID and in bulk, and its log of
// bulk calls: what tests of the app's guards read.
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxtestclients.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

#include <memory>

using namespace dlq;
using namespace dlq::test;

namespace {

QString stateOf(const QJsonObject &entry)
{
    return sandboxCallbackState(entry);
}

} // namespace

class tst_SandboxActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;

    HttpResult call(const QByteArray &verb, const QByteArray &target)
    {
        QNetworkRequest request(QUrl::fromEncoded(server->baseUrl().toEncoded() + target));
        request.setRawHeader("Authorization", BearerHeader);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        return waitFor(nam->sendCustomRequest(request, verb));
    }

    // IDs of seeded entries whose callback is in `state`.
    QStringList withCallbackState(const QString &state) const
    {
        QStringList out;
        for (const QString &id : server->entryIds()) {
            if (stateOf(*server->entry(id)) == state)
                out << id;
        }
        return out;
    }

    static QStringList runIds(const HttpResult &r)
    {
        QStringList out;
        for (const QJsonValue &v : r.json().value(QLatin1String("workflowRuns")).toArray())
            out << v.toObject().value(QLatin1String("workflowRunId")).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        nam = std::make_unique<QNetworkAccessManager>();
        nam->setProxy(QNetworkProxy::NoProxy);
        server->seed(300, 21);
    }

    void cleanup()
    {
        nam.reset();
        server.reset();
    }

    void resumeAndRestart_perId_newRun_entryLeaves_unlessKept_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<bool>("keep");
        QTest::newRow("resume") << QByteArray("resume") << false;
        QTest::newRow("restart") << QByteArray("restart") << false;
        QTest::newRow("resume, kept") << QByteArray("resume") << true;
        QTest::newRow("restart, kept") << QByteArray("restart") << true;
    }

    void resumeAndRestart_perId_newRun_entryLeaves_unlessKept()
    {
        QFETCH(QByteArray, action);
        QFETCH(bool, keep);
        server->setKeepEntriesAfterRun(keep);
        const QString id = server->entryIds().at(5);
        const QString oldRun = server->entry(id)->value(QLatin1String("workflowRunId")).toString();
        const HttpResult r = call("POST", "/v2/workflows/dlq/" + action + '/' + id.toUtf8());
        QCOMPARE(r.status, 200);
        const QString newRun = r.json().value(QLatin1String("workflowRunId")).toString();
        QVERIFY(newRun.startsWith(QLatin1String("wfr_")));
        QVERIFY(newRun != oldRun);
        QVERIFY(r.json().value(QLatin1String("workflowCreatedAt")).toDouble() > 0);
        QCOMPARE(server->contains(id), keep);
        QCOMPARE(call("POST", "/v2/workflows/dlq/" + action + "/missing-1").status, 404);
    }

    void resume_ofAnIncompatibleEntry_is400_andChangesNothing()
    {
        const QString id = server->entryIds().at(7);
        server->markResumeIncompatible({id});
        const HttpResult r = call("POST", "/v2/workflows/dlq/resume/" + id.toUtf8());
        QCOMPARE(r.status, 400);
        QVERIFY(r.json()
                    .value(QLatin1String("error"))
                    .toString()
                    .contains(QLatin1String("Incompatible step name")));
        QVERIFY(server->contains(id));
        // Restart runs from the first step, so the change does not matter to it.
        QCOMPARE(call("POST", "/v2/workflows/dlq/restart/" + id.toUtf8()).status, 200);
    }

    void callbackRetry_onlyWhereItFailed_thenCancel302()
    {
        const QStringList failed = withCallbackState(QStringLiteral("CALLBACK_FAIL"));
        const QStringList succeeded = withCallbackState(QStringLiteral("CALLBACK_SUCCESS"));
        QVERIFY(!failed.isEmpty() && !succeeded.isEmpty());
        QCOMPARE(call("POST", "/v2/workflows/dlq/callback/" + succeeded.first().toUtf8()).status,
                 400);
        // Nothing in progress yet: nothing to cancel.
        QCOMPARE(call("DELETE", "/v2/workflows/dlq/callback/" + failed.first().toUtf8()).status,
                 400);
        const HttpResult retried =
            call("POST", "/v2/workflows/dlq/callback/" + failed.first().toUtf8());
        QCOMPARE(retried.status, 200);
        QVERIFY(!retried.json().value(QLatin1String("workflowRunId")).toString().isEmpty());
        QCOMPARE(stateOf(*server->entry(failed.first())), QStringLiteral("CALLBACK_INPROGRESS"));
        // A second retry while it runs is refused.
        QCOMPARE(call("POST", "/v2/workflows/dlq/callback/" + failed.first().toUtf8()).status, 400);
        const HttpResult cancelled =
            call("DELETE", "/v2/workflows/dlq/callback/" + failed.first().toUtf8());
        QCOMPARE(cancelled.status, 302);
        QCOMPARE(stateOf(*server->entry(failed.first())), QStringLiteral("CALLBACK_CANCELED"));
        QCOMPARE(call("DELETE", "/v2/workflows/dlq/callback/missing-1").status, 404);
        // The entry itself stays in the DLQ throughout.
        QVERIFY(server->contains(failed.first()));
    }

    void bulkByIds_actsOnExactlyThose_andLogsThem()
    {
        const QStringList ids = server->entryIds().mid(10, 3);
        const HttpResult r =
            call("POST", "/v2/workflows/dlq/resume?dlqIds=" + ids.at(0).toUtf8() +
                             "&dlqIds=" + ids.at(1).toUtf8() + ',' + ids.at(2).toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(runIds(r).size(), 3);
        QVERIFY(!r.json().contains(QLatin1String("cursor")));
        for (const QString &id : ids)
            QVERIFY(!server->contains(id));
        QCOMPARE(server->entryCount(), 297);
        const QList<SandboxBulkCall> log = server->bulkCalls();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("resume"));
        QCOMPARE(log.first().dlqIds, ids);
        QVERIFY(log.first().filters.isEmpty());
        QVERIFY(!log.first().isUnscoped() && !log.first().isMixed());
        QCOMPARE(log.first().status, 200);
    }

    void bulkWithAMissingId_is404_someNotFound_andDoesNothing()
    {
        const QStringList ids = server->entryIds().mid(0, 2);
        const HttpResult r = call("POST", "/v2/workflows/dlq/restart?dlqIds=" + ids.at(0).toUtf8() +
                                              "&dlqIds=missing-9&dlqIds=" + ids.at(1).toUtf8());
        QCOMPARE(r.status, 404);
        QVERIFY(
            r.json().value(QLatin1String("error")).toString().contains(QLatin1String("not found")));
        QVERIFY(server->contains(ids.at(0)) && server->contains(ids.at(1)));
        QCOMPARE(server->bulkCalls().first().status, 404);
    }

    void bulkRestart_takesAtMost50Ids()
    {
        QByteArray query;
        for (const QString &id : server->entryIds().mid(0, 51))
            query += (query.isEmpty() ? "dlqIds=" : "&dlqIds=") + id.toUtf8();
        QCOMPARE(call("POST", "/v2/workflows/dlq/restart?" + query).status, 400);
        QCOMPARE(server->entryCount(), 300);
        QCOMPARE(call("POST", "/v2/workflows/dlq/resume?" + query).status, 200);
        QCOMPARE(server->entryCount(), 249);
    }

    void bulkByFilter_followsTheCursor_50PerRestart()
    {
        server->setKeepEntriesAfterRun(true);
        server->seed(600, 22);
        const QStringList failed = withCallbackState(QStringLiteral("CALLBACK_FAIL"));
        QVERIFY(failed.size() > 50);
        QStringList started;
        QString cursor;
        int calls = 0;
        do {
            QByteArray target = "/v2/workflows/dlq/restart?failureFunctionState=CALLBACK_FAIL";
            if (!cursor.isEmpty())
                target += "&cursor=" + QUrl::toPercentEncoding(cursor);
            const HttpResult r = call("POST", target);
            QCOMPARE(r.status, 200);
            QVERIFY(runIds(r).size() <= 50);
            started += runIds(r);
            cursor = r.json().value(QLatin1String("cursor")).toString();
        } while (!cursor.isEmpty() && ++calls < 20);
        QCOMPARE(started.size(), failed.size());
        QCOMPARE(server->bulkCalls().size(), int((failed.size() + 49) / 50));
        for (const SandboxBulkCall &c : server->bulkCalls()) {
            QCOMPARE(c.filters,
                     (QList<QPair<QString, QString>>{{QStringLiteral("failureFunctionState"),
                                                      QStringLiteral("CALLBACK_FAIL")}}));
            QVERIFY(c.dlqIds.isEmpty());
        }
    }

    void bulkLog_flagsUnscopedAndMixedCalls()
    {
        const QString id = server->entryIds().first();
        QCOMPARE(call("POST", "/v2/workflows/dlq/resume?dlqIds=" + id.toUtf8() + "&label=billing")
                     .status,
                 200);
        QCOMPARE(call("DELETE", "/v2/workflows/dlq?count=5").status, 200);
        const QList<SandboxBulkCall> log = server->bulkCalls();
        QCOMPARE(log.size(), 2);
        QVERIFY(log.at(0).isMixed());
        QCOMPARE(log.at(1).action, QStringLiteral("delete"));
        QVERIFY(log.at(1).isUnscoped());
        QCOMPARE(log.at(1).count, 5);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxActions)
#include "tst_sandboxactions.moc"
