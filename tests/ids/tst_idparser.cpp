#include "ids/idparser.h"

#include <QElapsedTimer>
#include <QTest>

using dlq::IdKind;
using dlq::ParseResult;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList idsOf(const ParseResult &result)
{
    QStringList ids;
    for (const dlq::ParsedEntry &e : result.entries)
        ids.append(e.id);
    return ids;
}

} // namespace

class TstIdParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Pasted text is intake: an invisible character makes the ID invalid, not "unusual".
    void invisibleCharactersMakeAPastedIdInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("zero-width space") << QStringLiteral("1-1\n17528\u200B29295505-0\n");
        QTest::newRow("BOM inside") << QStringLiteral("1-1,1752829295505-\uFEFF0");
        QTest::newRow("bidi override") << QStringLiteral("1-1;\u202E1752829295505-0");
    }

    void invisibleCharactersMakeAPastedIdInvalid()
    {
        QFETCH(QString, text);
        const dlq::ParseResult parsed = dlq::parseIds(text);
        QCOMPARE(parsed.entries.size(), 2);
        QVERIFY(parsed.entries.at(0).verdict.isSendable());
        QVERIFY(!parsed.entries.at(1).verdict.isSendable());
        QCOMPARE(parsed.countInvalid(), 1);
        QVERIFY(parsed.summary().contains(QLatin1String("1 invalid")));
    }

    void awkwardPastesYieldTheExpectedIdsAndCounts_data();
    void awkwardPastesYieldTheExpectedIdsAndCounts();
    void everyEntryCarriesTheVerdictOfCheckId();
    void anEmptyJsonStringIsAnEntryWithTheEmptyIdVerdict();
    void workflowRunAndMessageIdsAreExplainedNotSent();
    void aHundredThousandLinePasteIsParsedQuickly();
    void theSummaryCountsIdsDuplicatesInvalidAndUnusual_data();
    void theSummaryCountsIdsDuplicatesInvalidAndUnusual();
    void theSummaryUsesSingularForOne();
};

void TstIdParser::awkwardPastesYieldTheExpectedIdsAndCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("unusual");

    // Not via fromUtf8(), which silently drops a leading BOM.
    const QString kBom(QChar(0xFEFF));
    const QStringList none;
    const QStringList oneTwo{s("1-0"), s("2-0")};
    const QStringList oneTwoThree{s("1-0"), s("2-0"), s("3-0")};

    QTest::newRow("a single DLQ ID")
        << s("1752829295505-0") << none << QStringList{s("1752829295505-0")} << 0 << 0 << 0;
    QTest::newRow("empty text") << QString() << none << QStringList() << 0 << 0 << 0;
    QTest::newRow("only separators")
        << s(" ,;\t\n\r\n ,, ;\r") << none << QStringList() << 0 << 0 << 0;
    QTest::newRow("only quotes and brackets")
        << s("\"\" '' [] () {} <> “” ‘’ ``") << none << QStringList() << 0 << 0 << 0;

    // JSON
    QTest::newRow("a JSON array of strings")
        << s(R"(["1-0","2-0","3-0"])") << none << oneTwoThree << 0 << 0 << 0;
    QTest::newRow("a JSON array surrounded by blank lines")
        << s("\n  [\"1-0\",\n \"2-0\"]  \n") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a JSON array of objects with dlqId")
        << s(R"([{"messageId":"msg_1","dlqId":"1-0"},{"dlqId":"2-0","id":"x"}])") << none << oneTwo
        << 0 << 0 << 0;
    QTest::newRow("a JSON array of objects with id")
        << s(R"([{"id":"1-0"},{"id":"2-0"}])") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a JSON list response")
        << s(R"({"cursor":"1752-0","messages":[{"messageId":"msg_a","dlqId":"1-0","url":"https://x/y"},)"
             R"({"messageId":"msg_b","dlqId":"2-0"}]})")
        << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a JSON object with dlqIds")
        << s(R"({"dlqIds":["1-0","2-0","3-0"]})") << none << oneTwoThree << 0 << 0 << 0;
    QTest::newRow("a single JSON message object") << s(R"({"dlqId":"1-0","url":"https://a/b"})")
                                                  << none << QStringList{s("1-0")} << 0 << 0 << 0;
    QTest::newRow("a JSON array with duplicates")
        << s(R"(["1-0","2-0","1-0"])") << none << oneTwo << 1 << 0 << 0;
    QTest::newRow("JSON nulls, booleans and objects without an ID are skipped")
        << s(R"(["1-0", null, true, {"other":1}, ["2-0"]])") << none << QStringList{s("1-0")} << 0
        << 0 << 0;
    QTest::newRow("a JSON number becomes its digits")
        << s("[1752829295505]") << none << QStringList{s("1752829295505")} << 0 << 0 << 1;
    QTest::newRow("JSON strings are trimmed")
        << s(R"([" 1-0 ", "\t2-0"])") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("an empty JSON string is an invalid entry")
        << s(R"(["", "1-0"])") << none << QStringList{QString(), s("1-0")} << 0 << 1 << 0;
    QTest::newRow("a blank JSON string is an invalid entry")
        << s(R"(["1-0", "   "])") << none << QStringList{s("1-0"), QString()} << 0 << 1 << 0;
    QTest::newRow("a JSON string with a slash keeps its verdict")
        << s(R"(["../x", "a/b"])") << none << QStringList{s("../x"), s("a/b")} << 0 << 2 << 0;
    QTest::newRow("JSON with a BOM")
        << QString(kBom + s("[\"1-0\"]")) << none << QStringList{s("1-0")} << 0 << 0 << 0;
    QTest::newRow("JSON with a BOM and leading blank lines")
        << QString(kBom + s("\r\n\r\n[\"1-0\"]")) << none << QStringList{s("1-0")} << 0 << 0 << 0;
    QTest::newRow("broken JSON falls back to free text")
        << s("[1-0, 2-0,]") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("an unclosed JSON array falls back to free text")
        << s(R"(["1-0", "2-0")") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("duplicates against known in JSON")
        << s(R"(["1-0","2-0"])") << QStringList{s("1-0")} << QStringList{s("2-0")} << 1 << 0 << 0;

    // CSV / TSV
    QTest::newRow("CSV with a dlqId header")
        << s("dlqId\n1-0\n2-0\n") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("CSV with a dlq_id header and CRLF")
        << s("dlq_id\r\n1-0\r\n2-0\r\n") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a DLQ ID header with a space")
        << s("DLQ ID\n1-0\n2-0") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("an upper-case IDS header")
        << s("IDS\n1-0\n2-0") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a quoted header and quoted cells")
        << s("\"dlqId\"\n\"1-0\"\n\"2-0\"") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("multi-column CSV takes only the dlqId column")
        << s("messageId,dlqId,url\nmsg_1,1-0,https://a/b\nmsg_2,2-0,https://c/d\n") << none
        << oneTwo << 0 << 0 << 0;
    QTest::newRow("multi-column CSV with quoted commas after the ID")
        << s("dlqId,body\n1-0,\"a, b, c\"\n\"2-0\",\"x,\"\"y\"\"\"\n") << none << oneTwo << 0 << 0
        << 0;
    QTest::newRow("multi-column CSV with quoted commas before the ID")
        << s("note,dlqId\n\"hello, world\",1-0\n\"a,b,c\",2-0") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("multi-column CSV prefers dlqId over id")
        << s("id,dlqId\nmsg_1,1-0\nmsg_2,2-0") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("multi-column CSV skips rows without the column")
        << s("a,b,dlqId\n1,2\n\n3,4,5-0\n6,7,\n") << none << QStringList{s("5-0")} << 0 << 0 << 0;
    QTest::newRow("multi-column CSV drops duplicate IDs")
        << s("dlqId,n\n1-0,1\n1-0,2\n2-0,3") << none << oneTwo << 1 << 0 << 0;
    QTest::newRow("semicolon CSV with a header")
        << s("messageId;dlqId\nmsg_1;1-0\nmsg_2;2-0") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("TSV with a header")
        << s("messageId\tdlqId\nmsg_1\t1-0\nmsg_2\t2-0\n") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("TSV without a header")
        << s("1-0\t2-0\n3-0\t4-0") << none << QStringList{s("1-0"), s("2-0"), s("3-0"), s("4-0")}
        << 0 << 0 << 0;
    QTest::newRow("a header word among IDs on the first line is dropped")
        << s("id,1-0,2-0") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a header word before space-separated IDs is dropped")
        << s("dlqId 1-0 2-0") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a header word on a later line is an entry")
        << s("1-0\nid") << none << QStringList{s("1-0"), s("id")} << 0 << 0 << 1;

    // Line endings and separators
    QTest::newRow("Windows line endings")
        << s("1-0\r\n2-0\r\n3-0\r\n") << none << oneTwoThree << 0 << 0 << 0;
    QTest::newRow("old Mac line endings")
        << s("1-0\r2-0\r3-0") << none << oneTwoThree << 0 << 0 << 0;
    QTest::newRow("a BOM before free text")
        << QString(kBom + s("1-0\n2-0")) << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a BOM before a CSV header")
        << QString(kBom + s("dlqId,n\n1-0,1\n2-0,2")) << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("a BOM in the middle is kept and invalid")
        << QString(s("1-0\n") + kBom + s("2-0")) << none
        << QStringList{s("1-0"), QString(kBom + s("2-0"))} << 0 << 1 << 0;
    QTest::newRow("empty lines") << s("\n\n1-0\n\n\n2-0\n\n") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("trailing commas") << s("1-0,\n2-0,\n3-0,") << none << oneTwoThree << 0 << 0 << 0;
    QTest::newRow("mixed separators")
        << s("1-0, 2-0;3-0\t4-0  5-0\r\n6-0") << none
        << QStringList{s("1-0"), s("2-0"), s("3-0"), s("4-0"), s("5-0"), s("6-0")} << 0 << 0 << 0;
    QTest::newRow("unicode spaces separate too") << s("1-0\xC2\xA0"
                                                      "2-0\xE3\x80\x80"
                                                      "3-0")
                                                 << none << oneTwoThree << 0 << 0 << 0;

    // Quotes and brackets
    QTest::newRow("double quotes") << s("\"1-0\", \"2-0\"") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("single quotes and backticks")
        << s("'1-0' `2-0`") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("typographic quotes")
        << s("“1-0” ‘2-0’ ’3-0‘") << none << oneTwoThree << 0 << 0 << 0;
    QTest::newRow("brackets of every kind")
        << s("[1-0] (2-0) {3-0} <4-0>") << none
        << QStringList{s("1-0"), s("2-0"), s("3-0"), s("4-0")} << 0 << 0 << 0;
    QTest::newRow("nested quotes and brackets")
        << s("[\"'1-0'\"], (“2-0”)") << none << oneTwo << 0 << 0 << 0;
    QTest::newRow("an unbalanced quote") << s("\"1-0\n2-0\"") << none << oneTwo << 0 << 0 << 0;

    // Content
    QTest::newRow("unicode IDs") << s("dlq-ünïcødé\ndlq-日本") << none
                                 << QStringList{s("dlq-ünïcødé"), s("dlq-日本")} << 0 << 0 << 2;
    QTest::newRow("an emoji ID") << s("dlq-😀, 1-0") << none << QStringList{s("dlq-😀"), s("1-0")}
                                 << 0 << 0 << 1;
    QTest::newRow("a path traversal is kept as an invalid entry")
        << s("../x\n1-0") << none << QStringList{s("../x"), s("1-0")} << 0 << 1 << 0;
    QTest::newRow("a slash is kept as an invalid entry")
        << s("a/b") << none << QStringList{s("a/b")} << 0 << 1 << 0;
    QTest::newRow("dot segments are invalid entries")
        << s(".\n..\n1-0") << none << QStringList{s("."), s(".."), s("1-0")} << 0 << 2 << 0;
    QTest::newRow("an encoded slash is unusual, not decoded")
        << s("%2F\n%2e%2e") << none << QStringList{s("%2F"), s("%2e%2e")} << 0 << 0 << 2;
    QTest::newRow("a query and a fragment are invalid")
        << s("1-0?x=1 2-0#y") << none << QStringList{s("1-0?x=1"), s("2-0#y")} << 0 << 2 << 0;
    QTest::newRow("duplicates across lines")
        << s("1-0\n2-0\n1-0\n1-0, 2-0") << none << oneTwo << 3 << 0 << 0;
    QTest::newRow("duplicates against known") << s("1-0\n2-0\n3-0") << QStringList{s("2-0")}
                                              << QStringList{s("1-0"), s("3-0")} << 1 << 0 << 0;
    QTest::newRow("everything already known")
        << s("1-0 2-0") << oneTwo << QStringList() << 2 << 0 << 0;
    QTest::newRow("quoted and bare duplicates are the same ID")
        << s("1-0 \"1-0\" '1-0' [1-0]") << none << QStringList{s("1-0")} << 3 << 0 << 0;
    QTest::newRow("workflow run and message IDs are flagged")
        << s("wfr_abc\nmsg_def\n1-0") << none << QStringList{s("wfr_abc"), s("msg_def"), s("1-0")}
        << 0 << 2 << 0;
    QTest::newRow("a NUL byte inside a token")
        << QString(QStringLiteral("1-0") + QChar(0) + QStringLiteral("2-0\n3-0")) << none
        << QStringList{QString(QStringLiteral("1-0") + QChar(0) + QStringLiteral("2-0")), s("3-0")}
        << 0 << 1 << 0;
    QTest::newRow("a NUL byte on its own line")
        << QString(QStringLiteral("1-0\n") + QChar(0) + QStringLiteral("\n2-0")) << none
        << QStringList{s("1-0"), QString(QChar(0)), s("2-0")} << 0 << 1 << 0;

    const QString id512 = QString(510, QLatin1Char('7')) + QStringLiteral("-0");
    const QString id513 = QString(511, QLatin1Char('7')) + QStringLiteral("-0");
    QTest::newRow("a 512-byte token is accepted")
        << QString(QStringLiteral("1-0\n") + id512) << none << QStringList{s("1-0"), id512} << 0
        << 0 << 0;
    QTest::newRow("a 513-byte token is invalid") << QString(QStringLiteral("1-0\n") + id513) << none
                                                 << QStringList{s("1-0"), id513} << 0 << 1 << 0;

    // 10 000 CRLF lines: every 100th a workflow run ID, every other 10th a repeat of the line
    // before it. That leaves 9 000 unique DLQ IDs, 100 invalid entries and 900 duplicates.
    QString big;
    QStringList bigIds;
    QString previous;
    for (int i = 0; i < 10000; ++i) {
        QString line;
        if (i % 100 == 99)
            line = QStringLiteral("wfr_%1").arg(i);
        else if (i % 10 == 9)
            line = previous;
        else
            line = QStringLiteral("1752829%1-%2").arg(i, 6, 10, QLatin1Char('0')).arg(i % 7);
        if (i % 10 != 9 || i % 100 == 99)
            bigIds.append(line);
        big += line;
        big += QStringLiteral("\r\n");
        previous = line;
    }
    QCOMPARE(bigIds.size(), 9100);
    QTest::newRow("a generated 10 000-line paste") << big << none << bigIds << 900 << 100 << 0;
}

void TstIdParser::awkwardPastesYieldTheExpectedIdsAndCounts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, known);
    QFETCH(QStringList, ids);
    QFETCH(int, duplicates);
    QFETCH(int, invalid);
    QFETCH(int, unusual);

    const QSet<QString> knownSet(known.cbegin(), known.cend());
    const ParseResult result = dlq::parseIds(text, knownSet);
    QCOMPARE(idsOf(result), ids);
    QCOMPARE(result.duplicates, duplicates);
    QCOMPARE(result.countInvalid(), invalid);
    QCOMPARE(result.countWarnings(), unusual);
    QCOMPARE(result.countSendable(), int(ids.size()) - invalid);
}

void TstIdParser::everyEntryCarriesTheVerdictOfCheckId()
{
    const ParseResult result = dlq::parseIds(s("1-0 dlq-1 wfr_1 msg_1 a/b %2F . 😀 1-0\xC2\x85"));
    QVERIFY(!result.entries.isEmpty());
    for (const dlq::ParsedEntry &e : result.entries) {
        const dlq::IdVerdict expected = dlq::checkId(e.id);
        QCOMPARE(e.verdict.kind, expected.kind);
        QCOMPARE(e.verdict.reason, expected.reason);
    }
}

void TstIdParser::anEmptyJsonStringIsAnEntryWithTheEmptyIdVerdict()
{
    const ParseResult result = dlq::parseIds(s(R"(["  "])"));
    QCOMPARE(result.entries.size(), 1);
    QCOMPARE(result.entries.at(0).verdict.kind, IdKind::Invalid);
    QVERIFY(result.entries.at(0).verdict.reason.startsWith(QStringLiteral("Empty ID")));
}

void TstIdParser::workflowRunAndMessageIdsAreExplainedNotSent()
{
    const ParseResult result = dlq::parseIds(s("wfr_x msg_y"));
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(result.entries.at(0).verdict.kind, IdKind::WorkflowRunId);
    QCOMPARE(result.entries.at(1).verdict.kind, IdKind::MessageId);
    QVERIFY(result.entries.at(0).verdict.reason.contains(QStringLiteral("Copy the DLQ ID")));
    QVERIFY(result.entries.at(1).verdict.reason.contains(QStringLiteral("Copy the DLQ ID")));
    QCOMPARE(result.countSendable(), 0);
}

void TstIdParser::aHundredThousandLinePasteIsParsedQuickly()
{
    QString text;
    text.reserve(100000 * 22);
    for (int i = 0; i < 100000; ++i) {
        text += QStringLiteral("\"17528%1-0\",").arg(i, 8, 10, QLatin1Char('0'));
        text += QLatin1Char('\n');
    }
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = dlq::parseIds(text);
    const qint64 ms = timer.elapsed();
    QCOMPARE(result.entries.size(), 100000);
    QCOMPARE(result.countSendable(), 100000);
    QCOMPARE(result.duplicates, 0);
    // Generous so sanitizer and debug builds pass; catches accidental quadratic behaviour.
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    qDebug("100 000 lines parsed in %lld ms", static_cast<long long>(ms));
}

void TstIdParser::theSummaryCountsIdsDuplicatesInvalidAndUnusual_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QString>("summary");

    const QStringList none;
    QTest::newRow("nothing") << QString() << none << s("0 IDs");
    QTest::newRow("one ID") << s("1-0") << none << s("1 ID");
    QTest::newRow("two IDs") << s("1-0 2-0") << none << s("2 IDs");
    QTest::newRow("the example from the spec")
        << s("1-0 2-0 2-0 wfr_x") << none << s("3 IDs · 1 duplicate removed · 1 invalid");
    QTest::newRow("plural duplicates")
        << s("1-0 1-0 1-0") << none << s("1 ID · 2 duplicates removed");
    QTest::newRow("several invalid") << s("1-0 a/b ../c") << none << s("3 IDs · 2 invalid");
    QTest::newRow("unusual is appended") << s("1-0 dlq-1 dlq-2") << none << s("3 IDs · 2 unusual");
    QTest::newRow("one unusual") << s("dlq-1") << none << s("1 ID · 1 unusual");
    QTest::newRow("every part") << s("1-0 1-0 wfr_x dlq-1") << none
                                << s("3 IDs · 1 duplicate removed · 1 invalid · 1 unusual");
    QTest::newRow("only duplicates of known IDs")
        << s("1-0") << QStringList{s("1-0")} << s("0 IDs · 1 duplicate removed");
}

void TstIdParser::theSummaryCountsIdsDuplicatesInvalidAndUnusual()
{
    QFETCH(QString, text);
    QFETCH(QStringList, known);
    QFETCH(QString, summary);
    const QSet<QString> knownSet(known.cbegin(), known.cend());
    QCOMPARE(dlq::parseIds(text, knownSet).summary(), summary);
}

void TstIdParser::theSummaryUsesSingularForOne()
{
    ParseResult result;
    result.entries.append(dlq::ParsedEntry{s("x/y"), dlq::checkId(s("x/y"))});
    result.duplicates = 1;
    const QString text = result.summary();
    QCOMPARE(text, s("1 ID · 1 duplicate removed · 1 invalid"));
    QVERIFY(text.contains(QChar(0x00B7)));
}

QTEST_GUILESS_MAIN(TstIdParser)
#include "tst_idparser.moc"
