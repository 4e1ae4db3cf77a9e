// How a reply becomes the sentence a person reads.
#include "net/replyoutcome.h"
#include "net/requestjob.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

class TestReplyOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageFromBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("json error")
            << QByteArray(R"({"error":"dlq not found"})") << QStringLiteral("dlq not found");
        QTest::newRow("json message")
            << QByteArray(R"({"message":"slow down"})") << QStringLiteral("slow down");
        QTest::newRow("json without error")
            << QByteArray(R"({"code": 5})") << QStringLiteral("{\"code\": 5}");
        QTest::newRow("json array") << QByteArray(R"(["a"])") << QStringLiteral("[\"a\"]");
        QTest::newRow("invalid json") << QByteArray("{\"error\":") << QStringLiteral("{\"error\":");
        QTest::newRow("html title")
            << QByteArray("<html><head><title>503 Service Unavailable</title></head><body>x</body>"
                          "</html>")
            << QStringLiteral("503 Service Unavailable");
        QTest::newRow("html no title")
            << QByteArray("<!DOCTYPE html><html><body><h1>Bad</h1> <p>gateway</p></body></html>")
            << QStringLiteral("Bad gateway");
        QTest::newRow("plain") << QByteArray("  upstream\r\nreset  ")
                               << QStringLiteral("upstream reset");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("whitespace") << QByteArray(" \n ") << QString();
    }
    void messageFromBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(dlq::messageFromBody(body, false), expected);
    }

    void longBodies_areCutForPeople()
    {
        const QString message = dlq::messageFromBody(QByteArray(5000, 'a'), false);
        QVERIFY(message.size() <= 301);
        QVERIFY(dlq::messageFromBody("x", true).contains(QStringLiteral("64 KB")));
    }

    void hugeErrorBody_isReadOnlyUpTo64KB_andSaysItWasCut()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        server.setOverride([](const SandboxRequest &) {
            SandboxResponse r;
            r.status = 500;
            r.body = QByteArray(3 * 1024 * 1024, 'z');
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
            return std::optional<SandboxResponse>(r);
        });
        QNetworkAccessManager nam;
        RequestJob job(
            &nam,
            RequestSpec{"DELETE",
                        QUrl(server.baseUrl().toString() + QStringLiteral("/v2/workflows/dlq/1-1")),
                        {},
                        {}},
            SandboxServer::defaultToken(), 10000);
        QSignalSpy finished(&job, &RequestJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(job.outcome().httpStatus, 500);
        QCOMPARE(job.outcome().body.size(), kMaxBodyBytes);
        QVERIFY(job.outcome().bodyTruncated);
        QVERIFY(job.outcome().message.contains(QStringLiteral("cut at 64 KB")));
    }

    void connectionClosedBeforeAnAnswer_qtResendsSilently_andTheJobNoticesIt()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        const QString id = server.seed(1).first();
        int seen = 0;
        server.setOverride([&](const SandboxRequest &) -> std::optional<SandboxResponse> {
            if (seen++ > 0)
                return std::nullopt;
            SandboxResponse r;
            r.action = SandboxResponse::Action::ResetAfter; // applied, then no answer
            return r;
        });
        QNetworkAccessManager nam;
        RequestJob job(&nam,
                       RequestSpec{"DELETE",
                                   QUrl(server.baseUrl().toString() +
                                        QStringLiteral("/v2/workflows/dlq/") + id),
                                   {},
                                   {}},
                       SandboxServer::defaultToken(), 10000);
        QSignalSpy finished(&job, &RequestJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        // The delete happened on the first send; Qt's own second send sees 404.
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(job.outcome().httpStatus, 404);
        QCOMPARE(job.outcome().timesSent, 2);
    }

    void userAbort_isCancelled_andTransferTimeout_isTimedOut()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        server.setOverride([](const SandboxRequest &) {
            SandboxResponse r;
            r.action = SandboxResponse::Action::Hang;
            return std::optional<SandboxResponse>(r);
        });
        QNetworkAccessManager nam;
        const QUrl url(server.baseUrl().toString() + QStringLiteral("/v2/workflows/dlq/1-1"));

        RequestJob aborted(&nam, RequestSpec{"DELETE", url, {}, {}}, QStringLiteral("t"), 60000);
        QSignalSpy abortedDone(&aborted, &RequestJob::finished);
        aborted.start();
        QTRY_COMPARE(server.inFlight(), 1);
        aborted.abort();
        QCOMPARE(abortedDone.size(), 1);
        QVERIFY(aborted.outcome().cancelled);
        QVERIFY(!aborted.outcome().timedOut);
        // Qt 6.4 reports both with the same code; our flags are what tell them apart.
        QCOMPARE(aborted.outcome().networkError, QNetworkReply::OperationCanceledError);

        RequestJob timed(&nam, RequestSpec{"DELETE", url, {}, {}}, QStringLiteral("t"), 200);
        QSignalSpy timedDone(&timed, &RequestJob::finished);
        timed.start();
        QVERIFY(timedDone.wait(10000));
        QVERIFY(timed.outcome().timedOut);
        QVERIFY(!timed.outcome().cancelled);
        QCOMPARE(timed.outcome().networkError, QNetworkReply::OperationCanceledError);
        QVERIFY(timed.outcome().message.contains(QStringLiteral("timed out")));
    }
};

QTEST_GUILESS_MAIN(TestReplyOutcome)
#include "tst_replyoutcome.moc"
