#include "ids/idcheck.h"
#include "net/dlqurl.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QString kCollection = QStringLiteral("/v2/workflows/dlq/");

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// The whole safety argument in one place: for any ID, either no URL at all, or a URL that names
// exactly one entry under the collection on the base's own host, on the wire as well.
void verifyEntryUrl(const QUrl &base, const QString &pathPrefix, const QString &id)
{
    const std::optional<QUrl> url = dlq::dlqEntryUrl(base, id);
    if (!dlq::checkId(id).isSendable()) {
        QVERIFY2(!url.has_value(), qPrintable(url ? url->toString() : QString()));
        return;
    }
    QVERIFY(url.has_value());
    QVERIFY(url->isValid());
    QCOMPARE(url->scheme(), base.scheme());
    QCOMPARE(url->host(), base.host());
    QCOMPARE(url->port(), base.port());
    QVERIFY(url->userInfo().isEmpty());
    QVERIFY(!url->hasQuery());
    QVERIFY(!url->hasFragment());

    const QString path = url->path(QUrl::FullyEncoded);
    const QString head = pathPrefix + kCollection;
    QVERIFY2(path.startsWith(head), qPrintable(path));
    const QString segment = path.mid(head.size());
    QVERIFY(!segment.isEmpty());
    QVERIFY2(!segment.contains(QLatin1Char('/')), qPrintable(segment));
    QVERIFY(segment != QLatin1String(".") && segment != QLatin1String(".."));
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        if (c == QLatin1Char('%')) {
            QVERIFY2(i + 2 < segment.size() && isHex(segment.at(i + 1)) && isHex(segment.at(i + 2)),
                     qPrintable(segment));
            continue;
        }
        QVERIFY2(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                     c == QLatin1Char('~') || c == QLatin1Char('.'),
                 qPrintable(segment));
        QVERIFY(c.unicode() < 0x80);
    }
    // Qt keeps unreserved characters literal (see the %2E test), everything else encoded.
    QCOMPARE(segment, QString::fromLatin1(id.toUtf8().toPercentEncoding()));
    QCOMPARE(QUrl::fromPercentEncoding(segment.toLatin1()), id);

    // What QHttpNetworkRequest::uri() writes into the request line.
    const QByteArray wire =
        url->toEncoded(QUrl::FullyEncoded | QUrl::RemoveScheme | QUrl::RemoveAuthority |
                       QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    QCOMPARE(wire, path.toLatin1());

    const QUrl reparsed = QUrl::fromEncoded(url->toEncoded(), QUrl::StrictMode);
    QCOMPARE(reparsed.path(QUrl::FullyEncoded), path);
    QCOMPARE(reparsed.host(), base.host());
    QVERIFY(!reparsed.hasQuery());
    QVERIFY(!reparsed.hasFragment());
}

const QUrl kUpstash(QStringLiteral("https://qstash.upstash.io"));

// The generated corpus the issue asks for: every ASCII byte, %-sequences, dot segments,
// unicode (combining, right-to-left, emoji, lone surrogates) and overlong IDs, each alone and
// inside the usual shape, plus seeded random mixes. Deterministic, so failures reproduce.
QStringList hostileCorpus()
{
    QStringList ids;
    const QString usual = QStringLiteral("1752829295505-0");
    auto wrap = [&ids, &usual](const QString &part) {
        ids << part << part + part << usual + part << part + usual
            << usual.left(13) + part + usual.mid(13) << QLatin1Char('.') + part + QLatin1Char('.');
    };

    for (char16_t c = 0; c < 0x80; ++c)
        wrap(QString(QChar(c)));

    const char *hex = "0123456789ABCDEF";
    const char *lowerHex = "0123456789abcdef";
    for (int b = 0; b < 256; ++b) {
        const QString upper =
            QLatin1Char('%') + QLatin1Char(hex[b >> 4]) + QLatin1Char(hex[b & 15]);
        const QString lower =
            QLatin1Char('%') + QLatin1Char(lowerHex[b >> 4]) + QLatin1Char(lowerHex[b & 15]);
        ids << upper << lower << upper + upper << QStringLiteral("a") + lower + QStringLiteral("b")
            << QStringLiteral("%25") + upper.mid(1) << usual + upper;
    }
    for (const char *seq :
         {"%2F", "%2f",       "%2e%2E", "%2E%2e", "%00",    "%25",          "%252F",
          "%2e", "%2E%2E%2F", "..%2F",  "%2F..",  "%C0%AE", "%C0%AE%C0%AE", "%E2%80%AE",
          "%",   "%%",        "%2",     "%G0",    "%%2F",   "%u002e",       "%uFF0F"})
        wrap(QString::fromLatin1(seq));

    // Dot segments and their neighbours: every string of up to four of these parts.
    const QStringList parts = {QStringLiteral("."),   QStringLiteral(".."), QStringLiteral("%2e"),
                               QStringLiteral("%2E"), QStringLiteral("/"),  QStringLiteral("\\"),
                               QStringLiteral(";"),   QStringLiteral("x")};
    QStringList level = {QString()};
    for (int depth = 0; depth < 4; ++depth) {
        QStringList next;
        for (const QString &prefix : std::as_const(level)) {
            for (const QString &part : parts)
                next << prefix + part;
        }
        ids += next;
        level = next;
    }

    const QList<char32_t> unicode = {
        0x0301,  0x0338,  0x20DD, // combining acute, long solidus overlay, enclosing circle
        0x202E,  0x202D,  0x200F,  0x061C, // RTL/LTR overrides and marks
        0x05D0,  0x0627,  0x200B,  0x200D, // Hebrew, Arabic, zero-width space and joiner
        0xFEFF,  0xFFFE,  0xFFFF,  0xFFFD, // BOM, noncharacters, replacement character
        0xFF0F,  0x2215,  0x2044,  0x29F8, // slashes that are not '/'
        0xFF0E,  0x2024,  0x3002,  0xFE52, // dots that are not '.'
        0xFF05,  0xFE6A,                   // percent signs that are not '%'
        0x0085,  0x00A0,  0x2028,  0x2029,  0x3000,   0x0080,  0x009F, // C1, spaces, separators
        0x1F600, 0x1F468, 0x1F1FA, 0xE0041, 0x10FFFF, 0xF0000,         // emoji, tags, private use
        0x00E9,  0x00FC,  0x65E5,  0x0130,  0x212A,   0xFB01,          // letters with case quirks
    };
    for (const char32_t cp : unicode)
        wrap(QString::fromUcs4(&cp, 1));
    wrap(QString::fromUtf8("👨‍👩‍👧‍👦"));
    wrap(QString::fromUtf8("🇺🇸"));
    wrap(QString::fromUtf8("e\u0301\u0301\u0301"));
    for (const char16_t lone :
         {char16_t(0xD800), char16_t(0xDBFF), char16_t(0xDC00), char16_t(0xDFFF)})
        wrap(QString(QChar(lone)));
    wrap(QString(QChar(0xDC00)) + QChar(0xD800)); // a pair in the wrong order

    // Around the 512-byte limit, in 1-, 2-, 3- and 4-byte characters.
    for (int n = 500; n <= 520; ++n)
        ids << QString(n, QLatin1Char('9')) << QString(n, QLatin1Char('.'))
            << QString(n, QLatin1Char('%'));
    for (int n = 250; n <= 260; ++n)
        ids << QString(n, QChar(0x00E9));
    for (int n = 168; n <= 175; ++n)
        ids << QString(n, QChar(0x65E5));
    for (int n = 126; n <= 130; ++n)
        ids << QString::fromUtf8("😀").repeated(n);
    ids << QString(10000, QLatin1Char('1')) << QString(70000, QLatin1Char('/'));

    // Seeded random mixes of everything above until the corpus has 10 000 entries and more.
    QList<char32_t> alphabet;
    for (char32_t c = 0; c < 0x80; ++c)
        alphabet << c;
    alphabet += unicode;
    QRandomGenerator rng(20260701);
    while (ids.size() < 12000) {
        QString id;
        const int length = rng.bounded(1, 24);
        for (int k = 0; k < length; ++k) {
            if (rng.bounded(6) == 0) {
                id += QLatin1Char('%') + QLatin1Char(hex[rng.bounded(16)]) +
                      QLatin1Char(hex[rng.bounded(16)]);
                continue;
            }
            const char32_t cp = alphabet.at(rng.bounded(int(alphabet.size())));
            id += QString::fromUcs4(&cp, 1);
        }
        ids << id;
    }
    return ids;
}

// One HTTP exchange at a time: records the request line, answers 204 and closes.
class RequestLineRecorder : public QObject
{
public:
    RequestLineRecorder()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    lines << m_buffer.take(socket).split('\r').value(0);
                    socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> lines;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

} // namespace

class TstDlqUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCollectionPathIsTheWorkflowDlq();
    void aRealIdBecomesTheDocumentedUrl();
    void hostileIdsNeverLeaveTheirSegment_data();
    void hostileIdsNeverLeaveTheirSegment();
    void segmentsAreEncodedExactlyAsExpected_data();
    void segmentsAreEncodedExactlyAsExpected();
    void everyAsciiCharacterAloneOrEmbeddedStaysInOneSegment_data();
    void everyAsciiCharacterAloneOrEmbeddedStaysInOneSegment();
    void thousandsOfRandomHostileIdsStayInOneSegment();
    void aGeneratedCorpusOfTenThousandHostileIdsIsRefusedOrOneSegment();
    void qtWritesTheEncodedSegmentOnTheWire();
    void emptyBlankAndDotIdsNeverProduceAUrl_data();
    void emptyBlankAndDotIdsNeverProduceAUrl();
    void qtDecodesAnEncodedDotSoCheckIdMustRefuseDotSegments();
    void aBasePathPrefixIsKept_data();
    void aBasePathPrefixIsKept();
    void baseCredentialsQueryAndFragmentAreDropped();
    void aBaseWithoutHostGivesNoUrl();
    void theListUrlAddsCountAndCursorOnlyWhenSet_data();
    void theListUrlAddsCountAndCursorOnlyWhenSet();
    void aHostileCursorStaysInsideItsQueryValue();
    void theListUrlKeepsABasePathPrefix();
    void aHostIsShownWithItsPortUnlessItIsTheSchemeDefault();
};

void TstDlqUrl::theCollectionPathIsTheWorkflowDlq()
{
    QCOMPARE(dlq::dlqCollectionPath(), QStringLiteral("/v2/workflows/dlq"));
}

void TstDlqUrl::aRealIdBecomesTheDocumentedUrl()
{
    const std::optional<QUrl> url = dlq::dlqEntryUrl(kUpstash, QStringLiteral("1752829295505-0"));
    QVERIFY(url.has_value());
    QCOMPARE(url->toEncoded(),
             QByteArray("https://qstash.upstash.io/v2/workflows/dlq/1752829295505-0"));

    const std::optional<QUrl> local = dlq::dlqEntryUrl(
        QUrl(QStringLiteral("http://127.0.0.1:54321")), QStringLiteral("dlq-12345"));
    QVERIFY(local.has_value());
    QCOMPARE(local->toEncoded(), QByteArray("http://127.0.0.1:54321/v2/workflows/dlq/dlq-12345"));
}

void TstDlqUrl::hostileIdsNeverLeaveTheirSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("sendable");

    QTest::newRow("slash") << s("/") << false;
    QTest::newRow("question mark") << s("?") << false;
    QTest::newRow("hash") << s("#") << false;
    QTest::newRow("dot") << s(".") << false;
    QTest::newRow("dot-dot") << s("..") << false;
    QTest::newRow("backslash") << s("\\") << false;
    QTest::newRow("parent then name") << s("../x") << false;
    QTest::newRow("name then parent") << s("x/..") << false;
    QTest::newRow("traversal in the middle") << s("a/../b") << false;
    QTest::newRow("backslash traversal") << s("..\\..\\x") << false;
    QTest::newRow("leading slash") << s("/1-0") << false;
    QTest::newRow("trailing slash") << s("1-0/") << false;
    QTest::newRow("query injection") << s("1-0?dlqIds=all") << false;
    QTest::newRow("empty query") << s("1-0?") << false;
    QTest::newRow("fragment") << s("1-0#x") << false;
    QTest::newRow("absolute URL") << s("http://evil.example/x") << false;
    QTest::newRow("scheme-relative URL") << s("//evil.example") << false;
    QTest::newRow("space") << s("a b") << false;
    QTest::newRow("trailing space") << s("1-0 ") << false;
    QTest::newRow("newline") << s("1-0\nHost: evil") << false;
    QTest::newRow("CRLF injection") << s("1-0\r\nX: y") << false;
    QTest::newRow("NUL") << QString(QChar(0)) << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << false;
    QTest::newRow("workflow run ID") << s("wfr_abc") << false;
    QTest::newRow("message ID") << s("msg_abc") << false;

    QTest::newRow("encoded slash") << s("%2F") << true;
    QTest::newRow("lower-case encoded slash") << s("a%2fb") << true;
    QTest::newRow("encoded dot-dot") << s("%2e%2e") << true;
    QTest::newRow("upper-case encoded dot-dot") << s("%2E%2E") << true;
    QTest::newRow("encoded traversal") << s("..%2F..%2Fx") << true;
    QTest::newRow("overlong UTF-8 dots") << s("%C0%AE%C0%AE") << true;
    QTest::newRow("double-encoded slash") << s("%252F") << true;
    QTest::newRow("encoded NUL") << s("1-0%00") << true;
    QTest::newRow("encoded query") << s("%3Fall") << true;
    QTest::newRow("bare percent") << s("%") << true;
    QTest::newRow("broken percent") << s("%zz%4") << true;
    QTest::newRow("three dots") << s("...") << true;
    QTest::newRow("four dots") << s("....") << true;
    QTest::newRow("leading dot") << s(".a") << true;
    QTest::newRow("trailing dot") << s("a.") << true;
    QTest::newRow("dot-dot suffix") << s("a..") << true;
    QTest::newRow("unicode") << s("dlq-ünïcødé") << true;
    QTest::newRow("CJK") << s("日本-0") << true;
    QTest::newRow("emoji") << s("😀") << true;
    QTest::newRow("fullwidth slash") << s("a／b") << true;
    QTest::newRow("division slash") << s("a∕b") << true;
    QTest::newRow("zero-width space") << s("1-0\u200B") << true;
    QTest::newRow("right-to-left override") << s("\u202E1-0") << true;
    QTest::newRow("BOM") << s("\uFEFF1-0") << true;
    QTest::newRow("at sign") << s("@evil.example") << true;
    QTest::newRow("colon") << s(":8080") << true;
    QTest::newRow("sub-delimiters") << s("!$&'()*+,;=") << true;
    QTest::newRow("brackets and braces") << s("[]{}<>") << true;
    QTest::newRow("quotes and pipes") << s("\"`|^") << true;
    QTest::newRow("tilde dash underscore") << s("~-_") << true;
    QTest::newRow("512 bytes") << QString(QString(510, QLatin1Char('9')) + s("-0")) << true;
    QTest::newRow("513 bytes") << QString(QString(511, QLatin1Char('9')) + s("-0")) << false;
    QTest::newRow("512 dots") << QString(512, QLatin1Char('.')) << true;
}

void TstDlqUrl::hostileIdsNeverLeaveTheirSegment()
{
    QFETCH(QString, id);
    QFETCH(bool, sendable);
    QCOMPARE(dlq::checkId(id).isSendable(), sendable);
    QCOMPARE(dlq::dlqEntryUrl(kUpstash, id).has_value(), sendable);
    verifyEntryUrl(kUpstash, QString(), id);
}

void TstDlqUrl::segmentsAreEncodedExactlyAsExpected_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("encodedPath");

    QTest::newRow("a usual ID is untouched")
        << s("1752829295505-0") << QByteArray("/v2/workflows/dlq/1752829295505-0");
    QTest::newRow("a percent sign is encoded, not decoded")
        << s("%2F") << QByteArray("/v2/workflows/dlq/%252F");
    QTest::newRow("an encoded dot-dot stays literal")
        << s("%2e%2e") << QByteArray("/v2/workflows/dlq/%252e%252e");
    QTest::newRow("dots inside an ID stay dots") << s("a.b") << QByteArray("/v2/workflows/dlq/a.b");
    QTest::newRow("three dots stay three dots") << s("...") << QByteArray("/v2/workflows/dlq/...");
    QTest::newRow("non-ASCII is UTF-8 encoded")
        << s("dlq-ü") << QByteArray("/v2/workflows/dlq/dlq-%C3%BC");
    QTest::newRow("an emoji is four encoded bytes")
        << s("😀") << QByteArray("/v2/workflows/dlq/%F0%9F%98%80");
    QTest::newRow("sub-delimiters are encoded")
        << s("a+b:c@d") << QByteArray("/v2/workflows/dlq/a%2Bb%3Ac%40d");
    QTest::newRow("unreserved marks stay")
        << s("a-b_c~d") << QByteArray("/v2/workflows/dlq/a-b_c~d");
}

void TstDlqUrl::segmentsAreEncodedExactlyAsExpected()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, encodedPath);
    const std::optional<QUrl> url = dlq::dlqEntryUrl(kUpstash, id);
    QVERIFY(url.has_value());
    QCOMPARE(url->path(QUrl::FullyEncoded).toLatin1(), encodedPath);
    QCOMPARE(url->toEncoded(), QByteArray("https://qstash.upstash.io") + encodedPath);
}

void TstDlqUrl::everyAsciiCharacterAloneOrEmbeddedStaysInOneSegment_data()
{
    QTest::addColumn<QString>("id");
    for (char16_t c = 0; c < 0x80; ++c) {
        QTest::addRow("U+%04X alone", c) << QString(QChar(c));
        QTest::addRow("U+%04X embedded", c)
            << QString(QStringLiteral("1752829295505") + QChar(c) + QStringLiteral("-0"));
        QTest::addRow("U+%04X doubled", c) << QString(2, QChar(c));
    }
}

void TstDlqUrl::everyAsciiCharacterAloneOrEmbeddedStaysInOneSegment()
{
    QFETCH(QString, id);
    verifyEntryUrl(kUpstash, QString(), id);
}

void TstDlqUrl::thousandsOfRandomHostileIdsStayInOneSegment()
{
    const QString alphabet =
        s("/?#.%2Ee\\ -_~a0:@!$&'()*+,;=[]\"`{}|^<>é😀\u200B\u00A0\u007F\u0085");
    QList<uint> codePoints;
    for (const char32_t cp : alphabet.toUcs4())
        codePoints.append(cp);
    codePoints.append(0); // NUL cannot sit inside the literal above

    const QUrl prefixed(QStringLiteral("https://proxy.example:8443/qstash/"));
    QRandomGenerator rng(20250718); // fixed seed: failures must be reproducible
    int sent = 0;
    int refused = 0;
    for (int i = 0; i < 5000; ++i) {
        const int length = rng.bounded(1, 13);
        QList<char32_t> chars;
        for (int k = 0; k < length; ++k)
            chars.append(codePoints.at(rng.bounded(int(codePoints.size()))));
        const QString id = QString::fromUcs4(chars.constData(), chars.size());
        verifyEntryUrl(kUpstash, QString(), id);
        verifyEntryUrl(prefixed, QStringLiteral("/qstash"), id);
        if (QTest::currentTestFailed()) {
            qWarning("failing ID #%d: %s", i, qPrintable(id));
            return;
        }
        (dlq::checkId(id).isSendable() ? sent : refused)++;
    }
    // Both branches must really be exercised for the loop to prove anything.
    QVERIFY2(sent > 200 && refused > 200,
             qPrintable(QStringLiteral("%1/%2").arg(sent).arg(refused)));
}

void TstDlqUrl::aGeneratedCorpusOfTenThousandHostileIdsIsRefusedOrOneSegment()
{
    const QStringList corpus = hostileCorpus();
    QVERIFY2(corpus.size() >= 10000, qPrintable(QString::number(corpus.size())));
    const QUrl prefixed(QStringLiteral("https://proxy.example:8443/qstash/"));
    int sent = 0;
    int refused = 0;
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const QString &id = corpus.at(i);
        const bool sendable = dlq::checkId(id).isSendable();
        // Refused before the network means both: no URL, and checkId() says not sendable.
        QCOMPARE(dlq::dlqEntryUrl(kUpstash, id).has_value(), sendable);
        verifyEntryUrl(kUpstash, QString(), id);
        verifyEntryUrl(prefixed, QStringLiteral("/qstash"), id);
        if (QTest::currentTestFailed()) {
            qWarning("failing corpus ID #%lld: %s (UTF-16: %s)", qlonglong(i),
                     qPrintable(id.left(80)),
                     QByteArray(reinterpret_cast<const char *>(id.utf16()), id.size() * 2)
                         .left(80)
                         .toHex()
                         .constData());
            return;
        }
        (sendable ? sent : refused)++;
    }
    // Both answers must be exercised many times for the loop to prove anything.
    QVERIFY2(sent > 2000 && refused > 2000,
             qPrintable(QStringLiteral("%1 sent / %2 refused").arg(sent).arg(refused)));
}

void TstDlqUrl::qtWritesTheEncodedSegmentOnTheWire()
{
    // Real requests through QNetworkAccessManager to a local socket: the request line is what
    // Qt's HTTP stack actually writes, after all its own normalisation. A sample of the corpus
    // (every 25th sendable ID) keeps this to a few hundred round trips.
    RequestLineRecorder recorder;
    QVERIFY(recorder.port() != 0);
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/p/").arg(recorder.port()));
    QNetworkAccessManager nam;
    const QStringList corpus = hostileCorpus();
    int checked = 0;
    int sendableSeen = 0;
    for (const QString &id : corpus) {
        const std::optional<QUrl> url = dlq::dlqEntryUrl(base, id);
        if (!url || sendableSeen++ % 25 != 0)
            continue;
        QNetworkReply *reply = nam.deleteResource(QNetworkRequest(*url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        reply->deleteLater();
        QCOMPARE(recorder.lines.size(), checked + 1);
        const QByteArray expected =
            "DELETE /p/v2/workflows/dlq/" + id.toUtf8().toPercentEncoding() + " HTTP/1.1";
        QCOMPARE(recorder.lines.constLast(), expected);
        ++checked;
    }
    QVERIFY(checked > 100);
}

void TstDlqUrl::emptyBlankAndDotIdsNeverProduceAUrl_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("null string") << QString();
    QTest::newRow("empty string") << s("");
    QTest::newRow("one space") << s(" ");
    QTest::newRow("spaces and tabs") << s(" \t ");
    QTest::newRow("newline") << s("\n");
    QTest::newRow("CRLF") << s("\r\n");
    QTest::newRow("non-breaking space") << s("\u00A0");
    QTest::newRow("ideographic space") << s("\u3000");
    QTest::newRow("dot") << s(".");
    QTest::newRow("dot-dot") << s("..");
    QTest::newRow("dot with a space") << s(". ");
    QTest::newRow("dot-dot with a tab") << s("\t..");
}

void TstDlqUrl::emptyBlankAndDotIdsNeverProduceAUrl()
{
    QFETCH(QString, id);
    QVERIFY(!dlq::dlqEntryUrl(kUpstash, id).has_value());
    QVERIFY(
        !dlq::dlqEntryUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/prefix/")), id).has_value());
}

void TstDlqUrl::qtDecodesAnEncodedDotSoCheckIdMustRefuseDotSegments()
{
    // Documents the Qt behaviour dlqEntryUrl() is built around: QUrl turns %2E back into '.'
    // however the URL is built, and the HTTP stack normalises dot segments when sending.
    QUrl tolerant(QStringLiteral("https://h.example"));
    tolerant.setPath(QStringLiteral("/v2/workflows/dlq/%2E%2E"), QUrl::TolerantMode);
    QCOMPARE(tolerant.path(QUrl::FullyEncoded), QStringLiteral("/v2/workflows/dlq/.."));
    const QUrl fromEncoded = QUrl::fromEncoded(
        QByteArray("https://h.example/v2/workflows/dlq/%2E%2E"), QUrl::StrictMode);
    QCOMPARE(fromEncoded.path(QUrl::FullyEncoded), QStringLiteral("/v2/workflows/dlq/.."));
    QCOMPARE(fromEncoded.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded),
             QStringLiteral("/v2/workflows"));

    QVERIFY(!dlq::dlqEntryUrl(kUpstash, QStringLiteral("..")).has_value());
    QVERIFY(!dlq::dlqEntryUrl(kUpstash, QStringLiteral(".")).has_value());
}

void TstDlqUrl::aBasePathPrefixIsKept_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("no path") << QUrl(QStringLiteral("https://qstash.upstash.io")) << QString();
    QTest::newRow("root path") << QUrl(QStringLiteral("https://qstash.upstash.io/")) << QString();
    QTest::newRow("a prefix") << QUrl(QStringLiteral("https://proxy.example/qstash"))
                              << s("/qstash");
    QTest::newRow("a prefix with a trailing slash")
        << QUrl(QStringLiteral("https://proxy.example:8443/qstash/")) << s("/qstash");
    QTest::newRow("a prefix with several trailing slashes")
        << QUrl(QStringLiteral("https://proxy.example/a/b//")) << s("/a/b");
    QTest::newRow("a prefix with a dot-dot segment is normalised")
        << QUrl(QStringLiteral("https://proxy.example/a/b/../c/")) << s("/a/c");
    QTest::newRow("a prefix with a dot segment is normalised")
        << QUrl(QStringLiteral("https://proxy.example/a/./c/")) << s("/a/c");
    QTest::newRow("an encoded prefix")
        << QUrl(QStringLiteral("https://proxy.example/my%20proxy/")) << s("/my%20proxy");
    QTest::newRow("loopback with a port")
        << QUrl(QStringLiteral("http://127.0.0.1:8080")) << QString();
    QTest::newRow("IPv6 loopback") << QUrl(QStringLiteral("http://[::1]:8080/p")) << s("/p");
}

void TstDlqUrl::aBasePathPrefixIsKept()
{
    QFETCH(QUrl, base);
    QFETCH(QString, prefix);
    const std::optional<QUrl> url = dlq::dlqEntryUrl(base, QStringLiteral("1752829295505-0"));
    QVERIFY(url.has_value());
    QCOMPARE(url->path(QUrl::FullyEncoded),
             prefix + QStringLiteral("/v2/workflows/dlq/1752829295505-0"));
    QCOMPARE(url->host(), base.host());
    QCOMPARE(url->port(), base.port());
    verifyEntryUrl(base, prefix, QStringLiteral("a%2F..%2Fb"));
    verifyEntryUrl(base, prefix, QStringLiteral("../x"));
}

void TstDlqUrl::baseCredentialsQueryAndFragmentAreDropped()
{
    const QUrl base(QStringLiteral("https://user:secret@proxy.example/p/?token=x#frag"));
    const std::optional<QUrl> url = dlq::dlqEntryUrl(base, QStringLiteral("1-0"));
    QVERIFY(url.has_value());
    QCOMPARE(url->toEncoded(), QByteArray("https://proxy.example/p/v2/workflows/dlq/1-0"));
}

void TstDlqUrl::aBaseWithoutHostGivesNoUrl()
{
    QVERIFY(!dlq::dlqEntryUrl(QUrl(), QStringLiteral("1-0")).has_value());
    QVERIFY(!dlq::dlqEntryUrl(QUrl(QStringLiteral("relative/path")), QStringLiteral("1-0"))
                 .has_value());
    QVERIFY(
        !dlq::dlqEntryUrl(QUrl(QStringLiteral("file:///tmp")), QStringLiteral("1-0")).has_value());
}

void TstDlqUrl::theListUrlAddsCountAndCursorOnlyWhenSet_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QByteArray>("encoded");

    const QByteArray list("https://qstash.upstash.io/v2/workflows/dlq");
    QTest::newRow("neither") << 0 << QString() << list;
    QTest::newRow("a negative count is ignored") << -5 << QString() << list;
    QTest::newRow("a count") << 50 << QString() << QByteArray(list + "?count=50");
    QTest::newRow("a cursor") << 0 << s("1752829295505-0")
                              << QByteArray(list + "?cursor=1752829295505-0");
    QTest::newRow("both") << 10 << s("abc") << QByteArray(list + "?count=10&cursor=abc");
    QTest::newRow("a cursor with reserved characters")
        << 1 << s("a&b=c+d#e f/%")
        << QByteArray(list + "?count=1&cursor=a%26b%3Dc%2Bd%23e%20f%2F%25");
}

void TstDlqUrl::theListUrlAddsCountAndCursorOnlyWhenSet()
{
    QFETCH(int, count);
    QFETCH(QString, cursor);
    QFETCH(QByteArray, encoded);
    const QUrl url = dlq::dlqListUrl(kUpstash, count, cursor);
    QCOMPARE(url.toEncoded(), encoded);
    QVERIFY(!url.hasFragment());
}

void TstDlqUrl::aHostileCursorStaysInsideItsQueryValue()
{
    const QString cursor = s("x&count=999&cursor=y#frag ü+%2B");
    const QUrl url = dlq::dlqListUrl(kUpstash, 25, cursor);
    QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/v2/workflows/dlq"));
    QVERIFY(!url.hasFragment());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 2);
    QCOMPARE(query.queryItemValue(QStringLiteral("count")), QStringLiteral("25"));
    QCOMPARE(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded), cursor);
}

void TstDlqUrl::theListUrlKeepsABasePathPrefix()
{
    const QUrl url = dlq::dlqListUrl(QUrl(QStringLiteral("https://u:p@proxy.example/q/?a=b#c")), 5);
    QCOMPARE(url.toEncoded(), QByteArray("https://proxy.example/q/v2/workflows/dlq?count=5"));
}

void TstDlqUrl::aHostIsShownWithItsPortUnlessItIsTheSchemeDefault()
{
    using dlq::hostForDisplay;
    QCOMPARE(hostForDisplay(kUpstash), QStringLiteral("qstash.upstash.io"));
    QCOMPARE(hostForDisplay(QUrl(s("https://qstash.upstash.io:443"))), s("qstash.upstash.io"));
    QCOMPARE(hostForDisplay(QUrl(s("https://proxy.example:8443/q"))), s("proxy.example:8443"));
    QCOMPARE(hostForDisplay(QUrl(s("http://127.0.0.1:8080"))), s("127.0.0.1:8080"));
    QCOMPARE(hostForDisplay(QUrl(s("http://127.0.0.1:80"))), s("127.0.0.1"));
    QCOMPARE(hostForDisplay(QUrl(s("http://[::1]:8080"))), s("[::1]:8080"));
    QCOMPARE(hostForDisplay(QUrl(s("http://[::1]"))), s("[::1]"));
}

QTEST_GUILESS_MAIN(TstDlqUrl)
#include "tst_dlqurl.moc"
