#include "ids/idcheck.h"

#include <QTest>

using dlq::IdKind;

Q_DECLARE_METATYPE(dlq::IdKind)

class TstIdCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIdGetsTheRightKindAndAnExplainingReason_data();
    void everyIdGetsTheRightKindAndAnExplainingReason();
    void everyAsciiControlCharacterMakesAnIdInvalid_data();
    void everyAsciiControlCharacterMakesAnIdInvalid();
    void onlyDlqAndUnusualIdsAreSendable();
    void theLengthLimitCountsUtf8BytesNotCharacters();
    void unusualIdsCarryTheStandardWarning();
    void invalidReasonsAreFullSentences_data();
    void invisibleCharactersAreInvalidUnlessAllowed_data();
    void invisibleCharactersAreInvalidUnlessAllowed();
    void invalidReasonsAreFullSentences();
};

void TstIdCheck::everyIdGetsTheRightKindAndAnExplainingReason_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<IdKind>("kind");
    QTest::addColumn<QString>("reasonContains");

    const QString notUsual = QStringLiteral("Not the usual <digits>-<digits> shape");
    QTest::newRow("a real DLQ ID") << QStringLiteral("1752829295505-0") << IdKind::Dlq << QString();
    QTest::newRow("a DLQ ID with a big sequence")
        << QStringLiteral("1752829295505-123") << IdKind::Dlq << QString();
    QTest::newRow("the docs placeholder dlq-12345 is unusual but sent")
        << QStringLiteral("dlq-12345") << IdKind::Unusual << notUsual;
    QTest::newRow("digits without a sequence are unusual")
        << QStringLiteral("1752829295505") << IdKind::Unusual << notUsual;
    QTest::newRow("a trailing dash is unusual")
        << QStringLiteral("1752829295505-") << IdKind::Unusual << notUsual;
    QTest::newRow("a leading dash is unusual")
        << QStringLiteral("-0") << IdKind::Unusual << notUsual;
    QTest::newRow("two dashes are unusual")
        << QStringLiteral("1-2-3") << IdKind::Unusual << notUsual;
    QTest::newRow("arabic-indic digits are unusual")
        << QStringLiteral("\u0661\u0662-\u0663") << IdKind::Unusual << notUsual;
    QTest::newRow("a uuid is unusual")
        << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e") << IdKind::Unusual << notUsual;
    QTest::newRow("three dots are unusual, not a dot segment")
        << QStringLiteral("...") << IdKind::Unusual << notUsual;
    QTest::newRow("a dot inside an ID is unusual")
        << QStringLiteral("1.5-0") << IdKind::Unusual << notUsual;
    QTest::newRow("percent signs are sent literally")
        << QStringLiteral("a%2Fb") << IdKind::Unusual << QStringLiteral("%2F");
    QTest::newRow("an encoded dot-dot is sent literally")
        << QStringLiteral("%2e%2e") << IdKind::Unusual << QStringLiteral("not decoded");
    QTest::newRow("an allowed zero-width space is unusual and named")
        << QStringLiteral("1752829295505-0\u200B") << IdKind::Unusual
        << QStringLiteral("invisible character U+200B at position 16");
    QTest::newRow("a unicode ID is unusual")
        << QStringLiteral("dlq-ünïcødé") << IdKind::Unusual << notUsual;
    QTest::newRow("an emoji ID is unusual")
        << QStringLiteral("dlq-\U0001F600") << IdKind::Unusual << notUsual;

    QTest::newRow("a workflow run ID is caught")
        << QStringLiteral("wfr_01HZX3Y6") << IdKind::WorkflowRunId
        << QStringLiteral("This is a workflow run ID (wfr_…), not a DLQ ID.");
    QTest::newRow("an upper-case workflow run ID is caught")
        << QStringLiteral("WFR_abc") << IdKind::WorkflowRunId << QStringLiteral("workflow run ID");
    QTest::newRow("a message ID is caught")
        << QStringLiteral("msg_26hZCxZCuWyyTWPmSVBrNC1RADwpgWxPcak2rQD51EMjFMuzcW7qYXpPiZyDjUq")
        << IdKind::MessageId << QStringLiteral("This is a message ID (msg_…)");
    QTest::newRow("a bare wfr_ prefix is just unusual")
        << QStringLiteral("wfr_") << IdKind::Unusual << notUsual;

    QTest::newRow("an empty ID is invalid")
        << QString() << IdKind::Invalid << QStringLiteral("Empty ID");
    QTest::newRow("a blank ID is invalid")
        << QStringLiteral("   ") << IdKind::Invalid << QStringLiteral("Empty ID");
    QTest::newRow("a tab-only ID is empty")
        << QStringLiteral("\t") << IdKind::Invalid << QStringLiteral("Empty ID");
    QTest::newRow("an ideographic-space-only ID is empty")
        << QStringLiteral("\u3000") << IdKind::Invalid << QStringLiteral("Empty ID");
    QTest::newRow("a dot is invalid")
        << QStringLiteral(".") << IdKind::Invalid << QStringLiteral("different endpoint");
    QTest::newRow("a dot-dot is invalid")
        << QStringLiteral("..") << IdKind::Invalid << QStringLiteral("different endpoint");
    QTest::newRow("a slash is invalid")
        << QStringLiteral("a/b") << IdKind::Invalid << QStringLiteral("“/”");
    QTest::newRow("a path traversal is invalid")
        << QStringLiteral("../x") << IdKind::Invalid << QStringLiteral("“/”");
    QTest::newRow("a question mark is invalid")
        << QStringLiteral("1-0?all=true") << IdKind::Invalid << QStringLiteral("“?”");
    QTest::newRow("a hash is invalid")
        << QStringLiteral("1-0#x") << IdKind::Invalid << QStringLiteral("“#”");
    QTest::newRow("a backslash is invalid")
        << QStringLiteral("a\\b") << IdKind::Invalid << QStringLiteral("backslash");
    QTest::newRow("an inner space is invalid")
        << QStringLiteral("1-0 2-0") << IdKind::Invalid << QStringLiteral("a space");
    QTest::newRow("a leading space is invalid")
        << QStringLiteral(" 1-0") << IdKind::Invalid << QStringLiteral("a space");
    QTest::newRow("a tab is invalid")
        << QStringLiteral("1-0\t") << IdKind::Invalid << QStringLiteral("a tab");
    QTest::newRow("a line break is invalid")
        << QStringLiteral("1-0\n2-0") << IdKind::Invalid << QStringLiteral("line break");
    QTest::newRow("a non-breaking space is invalid")
        << QStringLiteral("1-0\u00A02-0") << IdKind::Invalid << QStringLiteral("U+00A0");
    QTest::newRow("an em space is invalid")
        << QStringLiteral("1-0\u20032-0") << IdKind::Invalid << QStringLiteral("U+2003");
    QTest::newRow("a line separator is invalid")
        << QStringLiteral("1-0\u2028") << IdKind::Invalid << QStringLiteral("U+2028");
    QTest::newRow("a NUL byte is invalid")
        << QString(QLatin1String("1-0\0", 4)) << IdKind::Invalid << QStringLiteral("NUL");
    QTest::newRow("DEL is invalid")
        << QStringLiteral("1-0\u007F") << IdKind::Invalid << QStringLiteral("DEL");
    QTest::newRow("a C1 control is invalid")
        << QStringLiteral("1-0\u0085") << IdKind::Invalid << QStringLiteral("U+0085");
    QTest::newRow("the last C1 control is invalid")
        << QStringLiteral("1-0\u009F") << IdKind::Invalid
        << QStringLiteral("control character (U+009F)");
    QTest::newRow("escape is invalid")
        << QStringLiteral("1-0\u001B") << IdKind::Invalid << QStringLiteral("U+001B");
    QTest::newRow("a lone high surrogate is invalid")
        << QString(QStringLiteral("1-0") + QChar(0xD800)) << IdKind::Invalid
        << QStringLiteral("surrogate");
    QTest::newRow("a lone low surrogate is invalid")
        << QString(QChar(0xDC00) + QStringLiteral("1-0")) << IdKind::Invalid
        << QStringLiteral("surrogate");
    QTest::newRow("reversed surrogates are invalid")
        << QString(QString(QChar(0xDC00)) + QChar(0xD800)) << IdKind::Invalid
        << QStringLiteral("surrogate");
    QTest::newRow("513 bytes is too long")
        << QString(513, QLatin1Char('1')) << IdKind::Invalid << QStringLiteral("513 bytes");
    QTest::newRow("a too-long workflow run ID is still named as such")
        << QString(QStringLiteral("wfr_") + QString(600, QLatin1Char('a'))) << IdKind::WorkflowRunId
        << QStringLiteral("workflow run ID");
}

void TstIdCheck::everyIdGetsTheRightKindAndAnExplainingReason()
{
    QFETCH(QString, id);
    QFETCH(IdKind, kind);
    QFETCH(QString, reasonContains);

    const dlq::IdVerdict verdict = dlq::checkId(id);
    QCOMPARE(verdict.kind, kind);
    if (kind == IdKind::Dlq)
        QVERIFY(verdict.reason.isEmpty());
    else
        QVERIFY2(verdict.reason.contains(reasonContains), qPrintable(verdict.reason));
}

void TstIdCheck::everyAsciiControlCharacterMakesAnIdInvalid_data()
{
    QTest::addColumn<QString>("id");
    for (char16_t c = 0; c < 0x20; ++c)
        QTest::addRow("U+%04X inside an ID", c)
            << QString(QStringLiteral("1-") + QChar(c) + QStringLiteral("0"));
    QTest::addRow("U+007F inside an ID") << QStringLiteral("1-\u007F0");
    for (char16_t c = 0x80; c < 0xA0; ++c)
        QTest::addRow("U+%04X inside an ID", c)
            << QString(QStringLiteral("1-") + QChar(c) + QStringLiteral("0"));
}

void TstIdCheck::everyAsciiControlCharacterMakesAnIdInvalid()
{
    QFETCH(QString, id);
    const dlq::IdVerdict verdict = dlq::checkId(id);
    QCOMPARE(verdict.kind, IdKind::Invalid);
    QVERIFY(!verdict.isSendable());
    QVERIFY(!verdict.reason.isEmpty());
}

void TstIdCheck::invisibleCharactersAreInvalidUnlessAllowed_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("shown");

    const QString marker = QStringLiteral("\u27E8%1\u27E9");
    const struct
    {
        char16_t cp;
        const char *name;
    } characters[] = {
        {0x200B, "zero-width space"},
        {0x200C, "zero-width non-joiner"},
        {0x200D, "zero-width joiner"},
        {0x200E, "left-to-right mark"},
        {0x200F, "right-to-left mark"},
        {0x2060, "word joiner"},
        {0xFEFF, "BOM inside"},
        {0x00AD, "soft hyphen"},
        {0x202A, "LRE"},
        {0x202E, "RLO"},
        {0x2066, "LRI"},
        {0x2069, "PDI"},
        {0x061C, "arabic letter mark"},
    };
    for (const auto &c : characters) {
        const QString label =
            QStringLiteral("U+%1").arg(uint(c.cp), 4, 16, QLatin1Char('0')).toUpper();
        const QString id = QStringLiteral("175282") + QChar(c.cp) + QStringLiteral("9295505-0");
        QTest::newRow(c.name) << id << label << 7
                              << QStringLiteral("175282") + marker.arg(label) +
                                     QStringLiteral("9295505-0");
    }
    QTest::newRow("at the end") << QStringLiteral("1-0\u200B") << QStringLiteral("U+200B") << 4
                                << QStringLiteral("1-0") + marker.arg(QStringLiteral("U+200B"));
    // Counted in characters as seen: the emoji before it is one character, two UTF-16 units.
    QTest::newRow("after a surrogate pair")
        << QStringLiteral("\U0001F600\u200Bx") << QStringLiteral("U+200B") << 2
        << QStringLiteral("\U0001F600") + marker.arg(QStringLiteral("U+200B")) +
               QStringLiteral("x");
    QTest::newRow("first of two is named")
        << QStringLiteral("1\u200E2\u200B3") << QStringLiteral("U+200E") << 2
        << QStringLiteral("1") + marker.arg(QStringLiteral("U+200E")) + QStringLiteral("2") +
               marker.arg(QStringLiteral("U+200B")) + QStringLiteral("3");
}

// A zero-width space used to make an ID merely "unusual", and the server's 404 then read as
// "already deleted or another region". Refused by default, sent only when allowed.
void TstIdCheck::invisibleCharactersAreInvalidUnlessAllowed()
{
    QFETCH(QString, id);
    QFETCH(QString, label);
    QFETCH(int, position);
    QFETCH(QString, shown);

    QCOMPARE(dlq::visibleId(id), shown);
    const QString where = QStringLiteral("invisible character %1 at position %2 (%3)")
                              .arg(label)
                              .arg(position)
                              .arg(shown);

    const dlq::IdVerdict refused = dlq::checkId(id, dlq::InvisibleChars::Refuse);
    QCOMPARE(refused.kind, IdKind::Invisible);
    QVERIFY(!refused.isSendable());
    QVERIFY2(refused.reason.contains(where), qPrintable(refused.reason));

    const dlq::IdVerdict allowed = dlq::checkId(id, dlq::InvisibleChars::Allow);
    QCOMPARE(allowed.kind, IdKind::Unusual);
    QVERIFY(allowed.isSendable());
    QVERIFY2(allowed.reason.contains(where), qPrintable(allowed.reason));
}

void TstIdCheck::onlyDlqAndUnusualIdsAreSendable()
{
    QVERIFY(dlq::checkId(QStringLiteral("1-0")).isSendable());
    QVERIFY(!dlq::checkId(QStringLiteral("1-0")).isWarning());
    QVERIFY(dlq::checkId(QStringLiteral("dlq-1")).isSendable());
    QVERIFY(dlq::checkId(QStringLiteral("dlq-1")).isWarning());
    QVERIFY(!dlq::checkId(QStringLiteral("wfr_1")).isSendable());
    QVERIFY(!dlq::checkId(QStringLiteral("msg_1")).isSendable());
    QVERIFY(!dlq::checkId(QString()).isSendable());
    QVERIFY(!dlq::checkId(QStringLiteral("..")).isSendable());
}

void TstIdCheck::theLengthLimitCountsUtf8BytesNotCharacters()
{
    const QString ascii512 = QString(510, QLatin1Char('1')) + QStringLiteral("-0");
    QCOMPARE(ascii512.toUtf8().size(), 512);
    QCOMPARE(dlq::checkId(ascii512).kind, IdKind::Dlq);
    QCOMPARE(dlq::checkId(ascii512 + QLatin1Char('0')).kind, IdKind::Invalid);

    const QString twoByte256 = QString(256, QChar(0x00E9)); // é: 2 bytes each
    QCOMPARE(twoByte256.toUtf8().size(), 512);
    QCOMPARE(dlq::checkId(twoByte256).kind, IdKind::Unusual);
    QCOMPARE(dlq::checkId(twoByte256 + QLatin1Char('x')).kind, IdKind::Invalid);

    // 171 * 3 = 513 bytes in only 171 UTF-16 units.
    const QString threeByte171 = QString(171, QChar(0x20AC)); // €
    QCOMPARE(dlq::checkId(threeByte171).kind, IdKind::Invalid);
    QVERIFY(dlq::checkId(threeByte171).reason.contains(QStringLiteral("513 bytes")));
}

void TstIdCheck::unusualIdsCarryTheStandardWarning()
{
    QCOMPARE(dlq::checkId(QStringLiteral("dlq-12345")).reason,
             QStringLiteral("Not the usual <digits>-<digits> shape; it will still be sent."));
}

void TstIdCheck::invalidReasonsAreFullSentences_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("slash") << QStringLiteral("/");
    QTest::newRow("query") << QStringLiteral("?");
    QTest::newRow("hash") << QStringLiteral("#");
    QTest::newRow("backslash") << QStringLiteral("\\");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("control") << QStringLiteral("a\u0001");
    QTest::newRow("too long") << QString(600, QLatin1Char('a'));
    QTest::newRow("surrogate") << QString(QChar(0xD800));
    QTest::newRow("workflow run") << QStringLiteral("wfr_x");
    QTest::newRow("message") << QStringLiteral("msg_x");
    QTest::newRow("percent") << QStringLiteral("%2F");
}

void TstIdCheck::invalidReasonsAreFullSentences()
{
    QFETCH(QString, id);
    const QString reason = dlq::checkId(id).reason;
    QVERIFY2(reason.size() > 20, qPrintable(reason));
    QVERIFY2(reason.at(0).isUpper() || reason.startsWith(QStringLiteral("“")), qPrintable(reason));
    QVERIFY2(reason.endsWith(QLatin1Char('.')), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TstIdCheck)
#include "tst_idcheck.moc"
