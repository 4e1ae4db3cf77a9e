// DLQ filters: emptiness (the bulk guard), problems, and the bytes that go on the wire.
#include "api/dlqfilter.h"

#include <QUrlQuery>
#include <QtTest>

using namespace dlq::api;

class tst_DlqFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultFilter_isEmpty();
    void eachField_makesItNonEmpty_data();
    void eachField_makesItNonEmpty();
    void blankValues_doNotMakeAFilter();
    void parameters_repeatListsAndUseMilliseconds();
    void listUrl_encodesEveryValueCompletely();
    void listUrl_roundTripsThroughQUrlQuery();
    void listUrl_refusesFiltersWithProblems();
    void problems_nameWhatIsWrong_data();
    void problems_nameWhatIsWrong();
    void describe_saysEverythingOrWhatIsSelected();
};

void tst_DlqFilter::defaultFilter_isEmpty()
{
    QVERIFY(DlqFilter().isEmpty());
    QVERIFY(DlqFilter().parameters().isEmpty());
}

void tst_DlqFilter::eachField_makesItNonEmpty_data()
{
    QTest::addColumn<int>("field");
    for (int i = 0; i < 9; ++i)
        QTest::newRow(QByteArray::number(i).constData()) << i;
}

void tst_DlqFilter::eachField_makesItNonEmpty()
{
    QFETCH(int, field);
    DlqFilter f;
    switch (field) {
    case 0:
        f.fromDate = 1;
        break;
    case 1:
        f.toDate = 1;
        break;
    case 2:
        f.workflowUrls << QStringLiteral("https://x");
        break;
    case 3:
        f.workflowRunId = QStringLiteral("wfr_1");
        break;
    case 4:
        f.workflowCreatedAt = 5;
        break;
    case 5:
        f.labels << QStringLiteral("l");
        break;
    case 6:
        f.failureFunctionStates << QStringLiteral("CALLBACK_FAIL");
        break;
    case 7:
        f.callerIps << QStringLiteral("1.2.3.4");
        break;
    case 8:
        f.flowControlKeys << QStringLiteral("k");
        break;
    }
    QVERIFY(!f.isEmpty());
    QCOMPARE(f.parameters().size(), 1);
}

void tst_DlqFilter::blankValues_doNotMakeAFilter()
{
    DlqFilter f;
    f.labels << QStringLiteral("  ");
    f.workflowRunId = QStringLiteral(" ");
    QVERIFY(f.isEmpty());
    QVERIFY(!f.problems().isEmpty());
}

void tst_DlqFilter::parameters_repeatListsAndUseMilliseconds()
{
    DlqFilter f;
    f.fromDate = Q_INT64_C(1752829290000);
    f.labels = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    const auto p = f.parameters();
    QCOMPARE(p.size(), 3);
    QCOMPARE(p.at(0), qMakePair(QStringLiteral("fromDate"), QStringLiteral("1752829290000")));
    QCOMPARE(p.at(1), qMakePair(QStringLiteral("label"), QStringLiteral("a")));
    QCOMPARE(p.at(2), qMakePair(QStringLiteral("label"), QStringLiteral("b")));
}

void tst_DlqFilter::listUrl_encodesEveryValueCompletely()
{
    DlqFilter f;
    f.labels << QStringLiteral("a+b&c=d #e/f?g");
    f.workflowUrls << QStringLiteral("https://shop.example/api?x=1");
    const auto url = filteredListUrl(QUrl(QStringLiteral("https://qstash.upstash.io")), f, 100,
                                     QStringLiteral("cur+sor="));
    QVERIFY(url);
    QCOMPARE(url->path(), QStringLiteral("/v2/workflows/dlq"));
    const QByteArray query = url->query(QUrl::FullyEncoded).toLatin1();
    QCOMPARE(query,
             QByteArray("workflowUrl=https%3A%2F%2Fshop.example%2Fapi%3Fx%3D1"
                        "&label=a%2Bb%26c%3Dd%20%23e%2Ff%3Fg&count=100&cursor=cur%2Bsor%3D"));
    QVERIFY(!url->toEncoded().contains('#'));
}

void tst_DlqFilter::listUrl_roundTripsThroughQUrlQuery()
{
    DlqFilter f;
    f.labels = QStringList{QStringLiteral("ä ö"), QStringLiteral("x;y")};
    f.callerIps << QStringLiteral("2001:db8::1");
    f.toDate = 99;
    const auto url = filteredListUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")), f, 0, {});
    QVERIFY(url);
    const QUrlQuery query(*url);
    QCOMPARE(query.allQueryItemValues(QStringLiteral("label"), QUrl::FullyDecoded), f.labels);
    QCOMPARE(query.queryItemValue(QStringLiteral("callerIp"), QUrl::FullyDecoded),
             QStringLiteral("2001:db8::1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("toDate")), QStringLiteral("99"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("count")));
}

void tst_DlqFilter::listUrl_refusesFiltersWithProblems()
{
    DlqFilter f;
    f.labels << QStringLiteral("a,b");
    QVERIFY(!filteredListUrl(QUrl(QStringLiteral("https://qstash.upstash.io")), f, 100, {}));
    QVERIFY(!filteredListUrl(QUrl(), DlqFilter(), 100, {}));
}

void tst_DlqFilter::problems_nameWhatIsWrong_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("word");
    QTest::newRow("dates reversed") << 0 << QStringLiteral("after");
    QTest::newRow("unknown state") << 1 << QStringLiteral("CALLBACK_MAYBE");
    QTest::newRow("comma") << 2 << QStringLiteral("comma");
    QTest::newRow("blank url") << 3 << QStringLiteral("blank");
    QTest::newRow("negative date") << 4 << QStringLiteral("1970");
}

void tst_DlqFilter::problems_nameWhatIsWrong()
{
    QFETCH(int, which);
    QFETCH(QString, word);
    DlqFilter f;
    switch (which) {
    case 0:
        f.fromDate = 10;
        f.toDate = 5;
        break;
    case 1:
        f.failureFunctionStates << QStringLiteral("CALLBACK_MAYBE");
        break;
    case 2:
        f.flowControlKeys << QStringLiteral("a,b");
        break;
    case 3:
        f.workflowUrls << QString();
        break;
    case 4:
        f.fromDate = -1;
        break;
    }
    const QStringList problems = f.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(word), qPrintable(problems.first()));
}

void tst_DlqFilter::describe_saysEverythingOrWhatIsSelected()
{
    QCOMPARE(DlqFilter().describe(), QStringLiteral("every entry in the DLQ"));
    DlqFilter f;
    f.labels = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    f.workflowUrls << QStringLiteral("https://x");
    const QString text = f.describe();
    QVERIFY2(text.contains(QLatin1String("label is a or b")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("workflow URL is https://x")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_DlqFilter)
#include "tst_dlqfilter.moc"
