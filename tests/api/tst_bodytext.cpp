// How bodies read in the details pane: text, JSON indented without reordering or rounding,
// binary as a hex preview, and big bodies cut with a note that says so.
#include "api/bodytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dlq::api;

namespace {

Body text(const QByteArray &bytes, bool wasBase64 = false)
{
    return Body{bytes, wasBase64};
}

} // namespace

class tst_BodyText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyBody()
    {
        const BodyText t = bodyText(Body{});
        QCOMPARE(t.kind, BodyKind::Empty);
        QVERIFY(t.shown.isEmpty());
        QVERIFY(!t.isCut());
        QCOMPARE(t.summary(), QStringLiteral("Empty"));
        QVERIFY(bodyFullText(Body{}).isEmpty());
    }

    void plainUtf8TextIsShownAsIs()
    {
        const QByteArray bytes = QStringLiteral("Zoë → 配送先\nline 2").toUtf8();
        const BodyText t = bodyText(text(bytes));
        QCOMPARE(t.kind, BodyKind::Text);
        QCOMPARE(t.shown, QString::fromUtf8(bytes));
        QCOMPARE(t.summary(), QStringLiteral("Text · %1 B").arg(bytes.size()));
        QCOMPARE(bodyFullText(text(bytes)), QString::fromUtf8(bytes));
    }

    void jsonIsIndentedKeepingOrderAndExactNumbers()
    {
        const QByteArray json =
            "{\"z\":1,\"a\":{\"id\":1752829295505123456,\"s\":\"x, {y}: \\\"q\\\"\"},"
            "\"e\":[],\"o\":{},\"l\":[1, 2.50]}";
        const BodyText t = bodyText(text(json));
        QCOMPARE(t.kind, BodyKind::Json);
        const QString expected = QStringLiteral("{\n"
                                                "    \"z\": 1,\n"
                                                "    \"a\": {\n"
                                                "        \"id\": 1752829295505123456,\n"
                                                "        \"s\": \"x, {y}: \\\"q\\\"\"\n"
                                                "    },\n"
                                                "    \"e\": [],\n"
                                                "    \"o\": {},\n"
                                                "    \"l\": [\n"
                                                "        1,\n"
                                                "        2.50\n"
                                                "    ]\n"
                                                "}");
        QCOMPARE(t.shown, expected);
        QVERIFY(t.summary().startsWith(QStringLiteral("JSON · ")));
        // Still the same document.
        QCOMPARE(QJsonDocument::fromJson(t.shown.toUtf8()), QJsonDocument::fromJson(json));
    }

    void brokenOrScalarJsonIsText()
    {
        const QByteArray unclosed = R"({"a":1)";
        QCOMPARE(bodyText(text(unclosed)).kind, BodyKind::Text);
        QCOMPARE(bodyText(text("42")).kind, BodyKind::Text);
        QCOMPARE(bodyText(text("<html>{}</html>")).kind, BodyKind::Text);
    }

    void base64ThatIsUtf8ReadsAsText()
    {
        const BodyText t = bodyText(text(R"({"ok":true})", true));
        QCOMPARE(t.kind, BodyKind::Json);
        QVERIFY2(t.summary().endsWith(QLatin1String("(sent as base64)")), qPrintable(t.summary()));
    }

    void notUtf8IsAHexPreviewAndCopiesAsBase64()
    {
        const QByteArray bytes =
            QByteArray::fromHex("1f8b0800636166e9206372e86d65") + QByteArray(40, char(0xff));
        const BodyText t = bodyText(text(bytes, true));
        QCOMPARE(t.kind, BodyKind::Binary);
        QCOMPARE(t.shown.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("00000000  1f 8b 08 00 63 61 66 e9  20 63 72 e8 6d 65 ff ff  "
                                "|....caf. cr.me..|"));
        QCOMPARE(t.shown.count(QLatin1Char('\n')), 3); // 54 bytes: 4 lines
        QVERIFY(!t.isCut());
        QCOMPARE(t.summary(), QStringLiteral("Binary · 54 B, not UTF-8 (sent as base64)"));
        QCOMPARE(bodyFullText(text(bytes)), QString::fromLatin1(bytes.toBase64()));
    }

    void bigBinaryShowsOnlyThePreview()
    {
        const QByteArray bytes(100 * 1024, char(0x80));
        const BodyText t = bodyText(text(bytes));
        QCOMPARE(t.shownBytes, kHexPreviewBytes);
        QCOMPARE(t.shown.count(QLatin1Char('\n')), int(kHexPreviewBytes / 16) - 1);
        QCOMPARE(t.cutNote(), QStringLiteral("Showing the first 4.0 KB of 100 KB as hex; Copy "
                                             "body copies all of it as base64."));
    }

    void bigJsonIsCutOnALineWithANote()
    {
        QJsonArray rows;
        for (int i = 0; i < 8000; ++i)
            rows.append(QJsonObject{{QStringLiteral("row"), i}, {QStringLiteral("sku"), i * 7}});
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows}})
                                    .toJson(QJsonDocument::Compact);
        QVERIFY(json.size() > 150 * 1024);
        const BodyText t = bodyText(text(json), 64 * 1024);
        QCOMPARE(t.kind, BodyKind::Json);
        QVERIFY(t.isCut());
        QVERIFY(t.shownBytes <= 64 * 1024);
        QVERIFY(t.shownBytes > 60 * 1024);
        QVERIFY(t.shown.endsWith(QLatin1Char('\n'))); // whole lines only
        QCOMPARE(t.shown.toUtf8().size(), t.shownBytes);
        QCOMPARE(t.fullBytes, bodyFullText(text(json)).toUtf8().size());
        QVERIFY2(t.cutNote().startsWith(QStringLiteral("Showing the first ")),
                 qPrintable(t.cutNote()));
        QVERIFY2(t.cutNote().contains(QStringLiteral(" of %1").arg(formatByteSize(t.fullBytes))),
                 qPrintable(t.cutNote()));
        QVERIFY(bodyFullText(text(json)).endsWith(QLatin1String("}")));
    }

    void cutNeverSplitsACharacter()
    {
        // One long line of 3-byte characters: no line end to cut at.
        const QByteArray bytes = QString(30000, QChar(0x914d)).toUtf8();
        const BodyText t = bodyText(text(bytes), 1000);
        QVERIFY(t.isCut());
        QCOMPARE(t.shownBytes, 999);
        QCOMPARE(t.shown, QString(333, QChar(0x914d)));
    }

    void byteSizes()
    {
        QCOMPARE(formatByteSize(0), QStringLiteral("0 B"));
        QCOMPARE(formatByteSize(1023), QStringLiteral("1023 B"));
        QCOMPARE(formatByteSize(2150), QStringLiteral("2.1 KB"));
        QCOMPARE(formatByteSize(200 * 1024), QStringLiteral("200 KB"));
        QCOMPARE(formatByteSize(1536 * 1024), QStringLiteral("1.5 MB"));
    }

    void headersOneLinePerValue()
    {
        HeaderMap headers;
        headers[QStringLiteral("X-B")] = {QStringLiteral("1"), QStringLiteral("2")};
        headers[QStringLiteral("Content-Type")] = {QStringLiteral("application/json")};
        QCOMPARE(headersText(headers),
                 QStringLiteral("Content-Type: application/json\nX-B: 1\nX-B: 2"));
        QVERIFY(headersText({}).isEmpty());
    }

    void jsonBytesOfAnyValue()
    {
        const QByteArray object = R"({"a":1})";
        const QByteArray array = R"([1,"x"])";
        const QByteArray quoted = "\"q\\\"\"";
        QCOMPARE(jsonBytes(QJsonObject{{QStringLiteral("a"), 1}}), object);
        QCOMPARE(jsonBytes(QJsonArray{1, QStringLiteral("x")}), array);
        QCOMPARE(jsonBytes(QJsonValue(7)), QByteArray("7"));
        QCOMPARE(jsonBytes(QJsonValue(QStringLiteral("q\""))), quoted);
        QCOMPARE(jsonBytes(QJsonValue()), QByteArray("null"));
    }
};

QTEST_GUILESS_MAIN(tst_BodyText)
#include "tst_bodytext.moc"
