// The "Copy curl" command: the token stays a shell variable, the ID is one percent-encoded path
// segment, and nothing in an ID or base URL escapes the quoting. Checked by running the command
// through a real POSIX shell with curl replaced by a function that prints its arguments.
#include "api/curlcommand.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

using namespace dlq::api;

namespace {

// The arguments `command` gives curl, one per line, as /bin/sh parses it.
QStringList curlArguments(const QString &command, const QString &token)
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QSTASH_TOKEN"), token);
    shell.setProcessEnvironment(env);
    const QString script = QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\n' \"$a\"; "
                                          "done; }; ") +
                           command;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0)
        return {QStringLiteral("shell failed: ") + QString::fromUtf8(shell.readAllStandardError())};
    QString out = QString::fromUtf8(shell.readAllStandardOutput());
    out.chop(1);
    return out.split(QLatin1Char('\n'));
}

} // namespace

class tst_CurlCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainIdExactText()
    {
        QCOMPARE(curlGetEntryCommand(QUrl(QStringLiteral("https://qstash.upstash.io")),
                                     QStringLiteral("1752829295505-0")),
                 QStringLiteral("curl -sS -H \"Authorization: Bearer $QSTASH_TOKEN\" "
                                "'https://qstash.upstash.io/v2/workflows/dlq/1752829295505-0'"));
    }

    void hostileIdsStayOneQuotedSegment_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("segment");
        // IDs the app would send (checkId refuses whitespace, control characters, / ? # \).
        QTest::newRow("quote and command") << QStringLiteral("a'$(id)`id`;b|c&d")
                                           << QStringLiteral("a%27%24%28id%29%60id%60%3Bb%7Cc%26d");
        QTest::newRow("double quote and glob")
            << QStringLiteral("x\"*y") << QStringLiteral("x%22%2Ay");
        QTest::newRow("unicode") << QStringLiteral("Zoë-配")
                                 << QStringLiteral("Zo%C3%AB-%E9%85%8D");
        QTest::newRow("dollar variable")
            << QStringLiteral("$QSTASH_TOKEN") << QStringLiteral("%24QSTASH_TOKEN");
    }

    void hostileIdsStayOneQuotedSegment()
    {
        QFETCH(QString, id);
        QFETCH(QString, segment);
        const QString command =
            curlGetEntryCommand(QUrl(QStringLiteral("http://127.0.0.1:8080/base")), id);
        QVERIFY(!command.isEmpty());
        QVERIFY2(!command.contains(QLatin1Char('\n')), qPrintable(command));
        const QStringList args = curlArguments(command, QStringLiteral("tok-123"));
        QCOMPARE(args, (QStringList{QStringLiteral("-sS"), QStringLiteral("-H"),
                                    QStringLiteral("Authorization: Bearer tok-123"),
                                    QStringLiteral("http://127.0.0.1:8080/base/v2/workflows/dlq/") +
                                        segment}));
    }

    void baseUrlQuoteIsQuotedToo()
    {
        // A custom base URL is the user's text: a quote in it must not end the shell word.
        const QString command = curlGetEntryCommand(
            QUrl(QStringLiteral("https://example.com/it's")), QStringLiteral("id-1"));
        QVERIFY(!command.isEmpty());
        const QStringList args = curlArguments(command, QStringLiteral("t"));
        QCOMPARE(args.size(), 4);
        QVERIFY2(args.at(3).startsWith(QLatin1String("https://example.com/it")),
                 qPrintable(args.at(3)));
        QVERIFY2(args.at(3).endsWith(QLatin1String("/v2/workflows/dlq/id-1")),
                 qPrintable(args.at(3)));
    }

    void neverCarriesTheTokenOrUserInfo()
    {
        const QString command = curlGetEntryCommand(
            QUrl(QStringLiteral("https://user:secret-pass@qstash.upstash.io/?qstash_token=sek")),
            QStringLiteral("id-1"));
        QVERIFY(!command.isEmpty());
        QVERIFY2(!command.contains(QLatin1String("secret-pass")), qPrintable(command));
        QVERIFY2(!command.contains(QLatin1String("sek")), qPrintable(command));
        QVERIFY(command.contains(QLatin1String("Bearer $QSTASH_TOKEN\"")));
    }

    void unsendableIdsGiveNoCommand_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dot dot") << QStringLiteral("..");
    }

    void unsendableIdsGiveNoCommand()
    {
        QFETCH(QString, id);
        QVERIFY(
            curlGetEntryCommand(QUrl(QStringLiteral("https://qstash.upstash.io")), id).isEmpty());
    }

    void unusableBaseUrlGivesNoCommand()
    {
        QVERIFY(curlGetEntryCommand(QUrl(), QStringLiteral("id-1")).isEmpty());
        QVERIFY(curlGetEntryCommand(QUrl(QStringLiteral("relative/path")), QStringLiteral("id-1"))
                    .isEmpty());
    }

    void shellQuoteRoundTrips()
    {
        const QString word = QStringLiteral("it's \"$HOME\" `x` \\ ; | & * ?");
        QCOMPARE(curlArguments(QStringLiteral("curl ") + shellQuote(word), QString()),
                 QStringList{word});
        QCOMPARE(shellQuote(QStringLiteral("a'b")), QStringLiteral("'a'\\''b'"));
    }
};

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
