// The sandbox's DLQ list as the spec describes it: every filter, OR within one filter (repeated
// parameters and comma-separated values alike), AND across filters, checked against a filter
// written here over the whole list; the seeded entries' variety; both failure-callback shapes.
#include "sandbox/sandboxserver.h"
#include "support/sandboxtestclients.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace dlq;
using namespace dlq::test;

namespace {

using Match = std::function<bool(const QJsonObject &)>;

QString text(const QJsonObject &e, const char *key)
{
    return e.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &e, const char *key)
{
    return qint64(e.value(QLatin1String(key)).toDouble());
}

bool hasLabel(const QJsonObject &e, const QString &label)
{
    return e.value(QLatin1String("labels")).toArray().contains(label);
}

QStringList idsOf(const QList<QJsonObject> &entries)
{
    QStringList out;
    for (const QJsonObject &e : entries)
        out.append(text(e, "dlqId"));
    return out;
}

} // namespace

class tst_SandboxList : public QObject
{
    Q_OBJECT

private:
    // Every page of GET /v2/workflows/dlq?<query>, following the cursor; nullopt on an error.
    std::optional<QList<QJsonObject>> listAll(const QByteArray &query)
    {
        QList<QJsonObject> out;
        QString cursor;
        for (int pages = 0; pages < 100; ++pages) {
            QByteArray target = "/v2/workflows/dlq?count=100";
            if (!query.isEmpty())
                target += '&' + query;
            if (!cursor.isEmpty())
                target += "&cursor=" + QUrl::toPercentEncoding(cursor);
            QNetworkRequest request(QUrl::fromEncoded(server->baseUrl().toEncoded() + target));
            request.setRawHeader("Authorization", BearerHeader);
            const HttpResult result = waitFor(nam->get(request));
            if (result.status != 200)
                return std::nullopt;
            const QJsonArray messages = result.json().value(QLatin1String("messages")).toArray();
            for (const QJsonValue &m : messages)
                out.append(m.toObject());
            cursor = result.json().value(QLatin1String("cursor")).toString();
            if (cursor.isEmpty())
                return out;
        }
        return std::nullopt;
    }
    int statusOf(const QByteArray &query)
    {
        QNetworkRequest request(
            QUrl::fromEncoded(server->baseUrl().toEncoded() + "/v2/workflows/dlq?" + query));
        request.setRawHeader("Authorization", BearerHeader);
        return waitFor(nam->get(request)).status;
    }

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    QList<QJsonObject> all;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        nam = std::make_unique<QNetworkAccessManager>();
        nam->setProxy(QNetworkProxy::NoProxy);
        server->seed(400, 4);
        all = listAll({}).value_or(QList<QJsonObject>{});
        QCOMPARE(all.size(), 400);
    }
    void cleanup()
    {
        nam.reset();
        server.reset();
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<Match>("match");
        const QString urlA = QStringLiteral("https://api.example.com/api/workflow/order-sync");
        const QString urlB = QStringLiteral("https://app.acme.dev/api/workflow/import-csv");
        const QByteArray encA = QUrl::toPercentEncoding(urlA);
        const QByteArray encB = QUrl::toPercentEncoding(urlB);
        const Match eitherUrl = [=](const QJsonObject &e) {
            return text(e, "workflowUrl") == urlA || text(e, "workflowUrl") == urlB;
        };
        QTest::newRow("workflowUrl repeated")
            << "workflowUrl=" + encA + "&workflowUrl=" + encB << eitherUrl;
        QTest::newRow("workflowUrl comma") << "workflowUrl=" + encA + "," + encB << eitherUrl;
        const Match billingOrStaging = [](const QJsonObject &e) {
            return hasLabel(e, QStringLiteral("billing")) || hasLabel(e, QStringLiteral("staging"));
        };
        QTest::newRow("label repeated")
            << QByteArray("label=billing&label=staging") << billingOrStaging;
        QTest::newRow("label comma") << QByteArray("label=billing%2Cstaging") << billingOrStaging;
        QTest::newRow("failureFunctionState")
            << QByteArray("failureFunctionState=CALLBACK_CANCELED,CALLBACK_INPROGRESS")
            << Match([](const QJsonObject &e) {
                   const QString s = text(e, "failureFunctionState");
                   return s == QLatin1String("CALLBACK_CANCELED") ||
                          s == QLatin1String("CALLBACK_INPROGRESS");
               });
        QTest::newRow("flowControlKey")
            << QByteArray("flowControlKey=tenant-1&flowControlKey=tenant-2")
            << Match([](const QJsonObject &e) {
                   return text(e, "flowControlKey") == QLatin1String("tenant-1") ||
                          text(e, "flowControlKey") == QLatin1String("tenant-2");
               });
        QTest::newRow("label AND workflowUrl AND flowControlKey")
            << "label=production&workflowUrl=" + encA + "&workflowUrl=" + encB +
                   "&flowControlKey=tenant-1,tenant-2,tenant-3,tenant-4,tenant-5,tenant-6"
            << Match([=](const QJsonObject &e) {
                   const int key = text(e, "flowControlKey").mid(7).toInt();
                   return hasLabel(e, QStringLiteral("production")) && eitherUrl(e) &&
                          text(e, "flowControlKey").startsWith(QLatin1String("tenant-")) &&
                          key >= 1 && key <= 6;
               });
    }

    void filters()
    {
        QFETCH(QByteArray, query);
        QFETCH(Match, match);
        QList<QJsonObject> expected;
        for (const QJsonObject &e : std::as_const(all)) {
            if (match(e))
                expected.append(e);
        }
        QVERIFY2(!expected.isEmpty() && expected.size() < all.size(), "the seed does not fit");
        const auto listed = listAll(query);
        QVERIFY(listed.has_value());
        QCOMPARE(idsOf(*listed), idsOf(expected));
    }

    void singleValueFiltersAndInclusiveDates()
    {
        const QJsonObject &target = all.at(150);
        const QByteArray runId = text(target, "workflowRunId").toUtf8();
        auto listed = listAll("workflowRunId=" + runId);
        QVERIFY(listed);
        QCOMPARE(idsOf(*listed), QStringList{text(target, "dlqId")});

        const QByteArray created = QByteArray::number(number(target, "workflowCreatedAt"));
        listed = listAll("workflowCreatedAt=" + created);
        QVERIFY(listed);
        QVERIFY(idsOf(*listed).contains(text(target, "dlqId")));
        for (const QJsonObject &e : *listed)
            QCOMPARE(number(e, "workflowCreatedAt"), number(target, "workflowCreatedAt"));

        const QString ip = text(target, "callerIP");
        listed = listAll("callerIp=" + ip.toUtf8() + ",198.51.100.77");
        QVERIFY(listed);
        QVERIFY(idsOf(*listed).contains(text(target, "dlqId")));
        for (const QJsonObject &e : *listed)
            QCOMPARE(text(e, "callerIP"), ip);

        // Both ends inclusive: exactly the entries from all[300] down to all[100] (newest first).
        const QByteArray from = QByteArray::number(number(all.at(300), "createdAt"));
        const QByteArray to = QByteArray::number(number(all.at(100), "createdAt"));
        listed = listAll("fromDate=" + from + "&toDate=" + to);
        QVERIFY(listed);
        QCOMPARE(idsOf(*listed), idsOf(all.mid(100, 201)));

        QCOMPARE(statusOf("workflowCreatedAt=yesterday"), 400);
        QCOMPARE(statusOf("fromDate=1e3"), 400);
    }

    void seedHasTheVarietyOperatorsSee()
    {
        QSet<int> statuses;
        QSet<QString> states;
        QSet<QString> labels;
        int base64Bodies = 0;
        int base64Responses = 0;
        int nonAscii = 0;
        int large = 0;
        int nonRetryable = 0;
        for (const QJsonObject &e : std::as_const(all)) {
            statuses.insert(int(number(e, "responseStatus")));
            states.insert(text(e, "failureFunctionState"));
            for (const QJsonValue &label : e.value(QLatin1String("labels")).toArray())
                labels.insert(label.toString());
            base64Bodies += text(e, "bodyBase64").isEmpty() ? 0 : 1;
            base64Responses += text(e, "responseBodyBase64").isEmpty() ? 0 : 1;
            const QString body = text(e, "body");
            nonAscii += body.toUtf8().size() != body.size() ? 1 : 0;
            large += body.size() > 150000 ? 1 : 0;
            const QJsonObject headers = e.value(QLatin1String("responseHeader")).toObject();
            if (number(e, "responseStatus") == 489) {
                QCOMPARE(headers.value(QLatin1String("Upstash-NonRetryable-Error")).toArray(),
                         QJsonArray{QStringLiteral("true")});
                ++nonRetryable;
            }
        }
        for (int status : {404, 489, 500, 502})
            QVERIFY2(statuses.contains(status), qPrintable(QString::number(status)));
        for (const char *state :
             {"CALLBACK_INPROGRESS", "CALLBACK_SUCCESS", "CALLBACK_FAIL", "CALLBACK_CANCELED", ""})
            QVERIFY2(states.contains(QLatin1String(state)), state);
        QVERIFY(labels.size() >= 3);
        QVERIFY(base64Bodies > 0);
        QVERIFY(base64Responses > 0);
        QVERIFY(nonAscii > 0);
        QVERIFY(large > 0);
        QVERIFY(nonRetryable > 0);
        QVERIFY(large < 20); // a few, not a page full
    }

    void callbackShapes()
    {
        // spec: flat failureFunctionState; sdk: failureCallbackInfo{state, response…}.
        server->setCallbackShape(SandboxCallbackShape::Sdk);
        const auto sdk = listAll({});
        QVERIFY(sdk);
        QCOMPARE(sdk->size(), all.size());
        int withInfo = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonObject &spec = all.at(i);
            const QJsonObject &other = sdk->at(i);
            QVERIFY(spec.contains(QLatin1String("failureFunctionState")));
            QVERIFY(!spec.contains(QLatin1String("failureCallbackInfo")));
            QVERIFY(!other.contains(QLatin1String("failureFunctionState")));
            const QJsonObject info = other.value(QLatin1String("failureCallbackInfo")).toObject();
            QCOMPARE(info.value(QLatin1String("state")).toString(),
                     text(spec, "failureFunctionState"));
            if (info.isEmpty())
                continue;
            ++withInfo;
            QVERIFY(info.value(QLatin1String("responseHeaders")).isObject());
            const QString state = info.value(QLatin1String("state")).toString();
            if (state == QLatin1String("CALLBACK_FAIL") ||
                state == QLatin1String("CALLBACK_SUCCESS"))
                QVERIFY(info.value(QLatin1String("responseStatus")).toInt() >= 200);
        }
        QVERIFY(withInfo > 0);
        // The filter reads the state in either shape.
        const auto filtered = listAll("failureFunctionState=CALLBACK_FAIL");
        QVERIFY(filtered && !filtered->isEmpty());
        for (const QJsonObject &e : *filtered)
            QCOMPARE(e.value(QLatin1String("failureCallbackInfo"))
                         .toObject()
                         .value(QLatin1String("state"))
                         .toString(),
                     QStringLiteral("CALLBACK_FAIL"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxList)
#include "tst_sandboxlist.moc"
