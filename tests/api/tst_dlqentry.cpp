// DLQ entries as the spec, the SDK and a confused server send them.
#include "api/dlqentry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dlq::api;

class tst_DlqEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specShape_readsEveryField();
    void sdkCallbackInfoShape_readsStateStatusBodyAndHeaders();
    void bothCallbackShapesDisagree_prefersInfoAndSaysSo();
    void base64Bodies_areDecoded();
    void invalidBase64_isKeptAndNamed();
    void deprecatedLabel_becomesLabels();
    void wrongTypes_areNamedNotFatal_data();
    void wrongTypes_areNamedNotFatal();
    void timestampAsString_isAccepted();
    void nonObjectEntry_isKeptWithRawJson();
    void missingDlqId_isUnusable();
    void status489OrNonRetryableHeader_isNonRetryable();
    void page_keepsEveryEntryAndTheCursor();
    void page_emptyOrMissingCursorMeansLastPage();
    void page_notJson_saysWhy();
    void page_messagesNotAnArray_saysWhy();
    void page_withoutMessages_isNotAnEmptyLastPage();
};

static QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void tst_DlqEntry::specShape_readsEveryField()
{
    const DlqEntry e = parseDlqEntry(object(R"({
        "dlqId": "1752829295505-0", "workflowUrl": "https://shop.example/api/checkout",
        "workflowRunId": "wfr_abc", "workflowCreatedAt": 1752829290000,
        "url": "https://shop.example/api/checkout/step-2", "method": "POST",
        "header": {"Content-Type": ["application/json"], "X-Two": ["a", "b"]},
        "body": "{\"order\":42}", "maxRetries": 3, "createdAt": 1752829295505,
        "failureCallback": "https://shop.example/api/failed", "callerIP": "203.0.113.9",
        "labels": ["checkout", "eu"], "flowControlKey": "tenant-7",
        "failureFunctionState": "CALLBACK_FAIL", "responseStatus": 502,
        "responseHeader": {"Server": ["nginx"]}, "responseBody": "Bad gateway",
        "futureField": {"anything": true}
    })"));
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(QLatin1Char('\n'))));
    QCOMPARE(e.dlqId, QStringLiteral("1752829295505-0"));
    QCOMPARE(e.workflowUrl, QStringLiteral("https://shop.example/api/checkout"));
    QCOMPARE(e.workflowRunId, QStringLiteral("wfr_abc"));
    QCOMPARE(e.workflowCreatedAt, Q_INT64_C(1752829290000));
    QCOMPARE(e.url, QStringLiteral("https://shop.example/api/checkout/step-2"));
    QCOMPARE(e.method, QStringLiteral("POST"));
    QCOMPARE(e.header.value(QStringLiteral("X-Two")),
             QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(e.body.bytes, QByteArray("{\"order\":42}"));
    QVERIFY(!e.body.wasBase64);
    QCOMPARE(e.maxRetries, 3);
    QCOMPARE(e.createdAt, Q_INT64_C(1752829295505));
    QCOMPARE(e.failureCallback.url, QStringLiteral("https://shop.example/api/failed"));
    QCOMPARE(e.callerIp, QStringLiteral("203.0.113.9"));
    QCOMPARE(e.labels, QStringList({QStringLiteral("checkout"), QStringLiteral("eu")}));
    QCOMPARE(e.flowControlKey, QStringLiteral("tenant-7"));
    QCOMPARE(e.failureCallback.state, QStringLiteral("CALLBACK_FAIL"));
    QVERIFY(!e.failureCallback.hasInfo);
    QCOMPARE(e.responseStatus, 502);
    QCOMPARE(e.responseHeader.value(QStringLiteral("Server")),
             QStringList{QStringLiteral("nginx")});
    QCOMPARE(e.responseBody.bytes, QByteArray("Bad gateway"));
    QVERIFY(e.raw.toObject().contains(QStringLiteral("futureField")));
    QVERIFY(e.isUsable());
}

void tst_DlqEntry::sdkCallbackInfoShape_readsStateStatusBodyAndHeaders()
{
    const DlqEntry e = parseDlqEntry(object(R"({
        "dlqId": "d1", "failureCallbackInfo": {"state": "CALLBACK_FAIL", "responseStatus": 500,
        "responseBody": "{\"error\":\"boom\"}", "responseHeaders": {"X-Req": ["r1"]}}
    })"));
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(QLatin1Char('\n'))));
    QVERIFY(e.failureCallback.hasInfo);
    QCOMPARE(e.failureCallback.state, QStringLiteral("CALLBACK_FAIL"));
    QCOMPARE(e.failureCallback.responseStatus, 500);
    QCOMPARE(e.failureCallback.responseBody.bytes, QByteArray("{\"error\":\"boom\"}"));
    QCOMPARE(e.failureCallback.responseHeaders.value(QStringLiteral("X-Req")),
             QStringList{QStringLiteral("r1")});
}

void tst_DlqEntry::bothCallbackShapesDisagree_prefersInfoAndSaysSo()
{
    const DlqEntry e = parseDlqEntry(object(R"({"dlqId": "d1",
        "failureFunctionState": "CALLBACK_INPROGRESS",
        "failureCallbackInfo": {"state": "CALLBACK_FAIL"}})"));
    QCOMPARE(e.failureCallback.state, QStringLiteral("CALLBACK_FAIL"));
    QCOMPARE(e.problems.size(), 1);
    QVERIFY(e.problems.first().contains(QLatin1String("CALLBACK_INPROGRESS")));
}

void tst_DlqEntry::base64Bodies_areDecoded()
{
    const QByteArray binary("\x00\xff\xfe{", 4);
    QJsonObject o;
    o.insert(QStringLiteral("dlqId"), QStringLiteral("d1"));
    o.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(binary.toBase64()));
    o.insert(QStringLiteral("body"), QString());
    o.insert(QStringLiteral("responseBodyBase64"), QString::fromLatin1(binary.toBase64()));
    QJsonObject info;
    info.insert(QStringLiteral("responseBodyBase64"), QString::fromLatin1(binary.toBase64()));
    o.insert(QStringLiteral("failureCallbackInfo"), info);
    const DlqEntry e = parseDlqEntry(o);
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(QLatin1Char('\n'))));
    QCOMPARE(e.body.bytes, binary);
    QVERIFY(e.body.wasBase64);
    QCOMPARE(e.responseBody.bytes, binary);
    QCOMPARE(e.failureCallback.responseBody.bytes, binary);
}

void tst_DlqEntry::invalidBase64_isKeptAndNamed()
{
    const DlqEntry e = parseDlqEntry(object(R"({"dlqId": "d1", "bodyBase64": "**not base64**"})"));
    QCOMPARE(e.problems.size(), 1);
    QVERIFY(e.problems.first().contains(QLatin1String("bodyBase64")));
    QCOMPARE(e.body.bytes, QByteArray("**not base64**"));
}

void tst_DlqEntry::deprecatedLabel_becomesLabels()
{
    QCOMPARE(parseDlqEntry(object(R"({"dlqId": "d1", "label": "old"})")).labels,
             QStringList{QStringLiteral("old")});
    // labels wins when both are there
    QCOMPARE(parseDlqEntry(object(R"({"dlqId": "d1", "label": "old", "labels": ["new"]})")).labels,
             QStringList{QStringLiteral("new")});
}

void tst_DlqEntry::wrongTypes_areNamedNotFatal_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("createdAt text")
        << QByteArray(R"({"dlqId":"d","createdAt":"soon"})") << QStringLiteral("createdAt");
    QTest::newRow("createdAt fraction")
        << QByteArray(R"({"dlqId":"d","createdAt":1.5})") << QStringLiteral("createdAt");
    QTest::newRow("status object")
        << QByteArray(R"({"dlqId":"d","responseStatus":{}})") << QStringLiteral("responseStatus");
    QTest::newRow("header list") << QByteArray(R"({"dlqId":"d","header":["a"]})")
                                 << QStringLiteral("header");
    QTest::newRow("header value") << QByteArray(R"({"dlqId":"d","header":{"A":5}})")
                                  << QStringLiteral("header");
    QTest::newRow("labels number")
        << QByteArray(R"({"dlqId":"d","labels":7})") << QStringLiteral("labels");
    QTest::newRow("workflowUrl bool")
        << QByteArray(R"({"dlqId":"d","workflowUrl":true})") << QStringLiteral("workflowUrl");
    QTest::newRow("callback info text")
        << QByteArray(R"({"dlqId":"d","failureCallbackInfo":"CALLBACK_FAIL"})")
        << QStringLiteral("failureCallbackInfo");
    QTest::newRow("callback status text")
        << QByteArray(R"({"dlqId":"d","failureCallbackInfo":{"responseStatus":"x"}})")
        << QStringLiteral("failureCallbackInfo.responseStatus");
}

void tst_DlqEntry::wrongTypes_areNamedNotFatal()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const DlqEntry e = parseDlqEntry(QJsonDocument::fromJson(json).object());
    QCOMPARE(e.dlqId, QStringLiteral("d"));
    QCOMPARE(e.problems.size(), 1);
    QVERIFY2(e.problems.first().contains(field), qPrintable(e.problems.first()));
}

void tst_DlqEntry::timestampAsString_isAccepted()
{
    const DlqEntry e =
        parseDlqEntry(object(R"({"dlqId":"d","workflowCreatedAt":"1752829290000"})"));
    QVERIFY(e.problems.isEmpty());
    QCOMPARE(e.workflowCreatedAt, Q_INT64_C(1752829290000));
}

void tst_DlqEntry::nonObjectEntry_isKeptWithRawJson()
{
    const DlqEntry e = parseDlqEntry(QJsonValue(QStringLiteral("1752829295505-0")));
    QVERIFY(!e.isUsable());
    QCOMPARE(e.problems.size(), 1);
    QCOMPARE(e.raw.toString(), QStringLiteral("1752829295505-0"));
}

void tst_DlqEntry::missingDlqId_isUnusable()
{
    const DlqEntry e = parseDlqEntry(object(R"({"dlqId": "  ", "workflowUrl": "https://x"})"));
    QVERIFY(!e.isUsable());
    QCOMPARE(e.workflowUrl, QStringLiteral("https://x"));
    QVERIFY(e.problems.first().contains(QLatin1String("dlqId")));
}

void tst_DlqEntry::status489OrNonRetryableHeader_isNonRetryable()
{
    QVERIFY(parseDlqEntry(object(R"({"dlqId":"d","responseStatus":489})")).isNonRetryable());
    QVERIFY(parseDlqEntry(object(R"({"dlqId":"d","responseStatus":400,
        "responseHeader":{"upstash-nonretryable-error":["true"]}})"))
                .isNonRetryable());
    QVERIFY(!parseDlqEntry(object(R"({"dlqId":"d","responseStatus":500})")).isNonRetryable());
}

void tst_DlqEntry::page_keepsEveryEntryAndTheCursor()
{
    const DlqPage page = parseDlqPage(R"({"cursor": "c+2/=", "messages": [
        {"dlqId": "a"}, 17, {"dlqId": "b", "createdAt": "x"}, null]})");
    QVERIFY(page.ok());
    QCOMPARE(page.cursor, QStringLiteral("c+2/="));
    QCOMPARE(page.entries.size(), 4);
    QCOMPARE(page.entries.at(0).dlqId, QStringLiteral("a"));
    QVERIFY(!page.entries.at(1).isUsable());
    QCOMPARE(page.entries.at(1).raw.toInt(), 17);
    QCOMPARE(page.entries.at(2).dlqId, QStringLiteral("b"));
    QCOMPARE(page.entries.at(2).problems.size(), 1);
    QVERIFY(!page.entries.at(3).isUsable());
}

void tst_DlqEntry::page_emptyOrMissingCursorMeansLastPage()
{
    QVERIFY(parseDlqPage(R"({"cursor": "", "messages": []})").cursor.isEmpty());
    const DlqPage page = parseDlqPage(R"({"messages": [{"dlqId":"a"}]})");
    QVERIFY(page.ok());
    QVERIFY(page.cursor.isEmpty());
    QCOMPARE(page.entries.size(), 1);
}

void tst_DlqEntry::page_notJson_saysWhy()
{
    const DlqPage page = parseDlqPage("<html>502 Bad Gateway</html>");
    QVERIFY(!page.ok());
    QVERIFY(page.error.contains(QLatin1String("JSON")));
    QVERIFY(page.entries.isEmpty());
}

void tst_DlqEntry::page_messagesNotAnArray_saysWhy()
{
    const DlqPage page = parseDlqPage(R"({"messages": {"dlqId": "a"}})");
    QVERIFY(!page.ok());
    QVERIFY(page.error.contains(QLatin1String("messages")));
}

void tst_DlqEntry::page_withoutMessages_isNotAnEmptyLastPage()
{
    for (const char *json : {"{}", R"({"cursor":""})", R"({"messages":null,"cursor":"5"})",
                             R"({"error":"upstream timeout"})"}) {
        const DlqPage page = parseDlqPage(json);
        QVERIFY2(!page.ok(), json);
        QVERIFY2(
            page.error.startsWith(QLatin1String("The server answered without a `messages` list")),
            qPrintable(page.error));
    }
    const QByteArray gateway = R"({"error":"upstream timeout"})";
    QVERIFY(parseDlqPage(gateway).error.endsWith(QLatin1String("It said: upstream timeout")));
    const DlqPage empty = parseDlqPage(R"({"messages":[]})");
    QVERIFY(empty.ok());
    QVERIFY(empty.entries.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DlqEntry)
#include "tst_dlqentry.moc"
