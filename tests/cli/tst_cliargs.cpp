// dlqctl's argument parsing, without a process: every flag, bad values, defaults, --token.
#include "cli/cliargs.h"
#include "cli/exitcodes.h"
#include "cli/qtmessagefilter.h"
#include "run/bulkdeleterun.h"

#include <QTest>

using namespace dlq;
using namespace dlq::cli;

namespace {

CliArgs parse(const QStringList &rest)
{
    return parseCliArgs(QStringList{QStringLiteral("dlqctl")} + rest);
}

CliArgs parseDelete(const QStringList &rest)
{
    return parse(QStringList{QStringLiteral("delete")} + rest);
}

} // namespace

class TestCliArgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArguments_isUsageError()
    {
        const CliArgs args = parse({});
        QCOMPARE(args.exitCode, int(ExitUsage));
        QVERIFY(args.error.contains(QLatin1String("No command")));
    }

    void unknownCommand_isUsageError()
    {
        const CliArgs args = parse({QStringLiteral("purge")});
        QCOMPARE(args.exitCode, int(ExitUsage));
        QVERIFY(args.error.contains(QLatin1String("purge")));
    }

    void unknownCommand_thatLooksLikeASecret_isNotEchoed()
    {
        const QString secret = QStringLiteral("eyJVc2VySUQiOiJhYmMiLCJQYXNzd29yZCI6IjEyMyJ9");
        const CliArgs args = parse({secret});
        QCOMPARE(args.exitCode, int(ExitUsage));
        QVERIFY(!args.error.contains(secret));
    }

    void help_andVersion()
    {
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliArgs args = parse({flag});
            QVERIFY(args.ok());
            QCOMPARE(args.command, Command::Help);
            QVERIFY(args.helpText.contains(QLatin1String("delete")));
            QVERIFY(args.helpText.contains(QLatin1String("sandbox")));
        }
        const CliArgs deleteHelp = parseDelete({QStringLiteral("--help")});
        QCOMPARE(deleteHelp.command, Command::Help);
        QVERIFY(deleteHelp.helpText.startsWith(QLatin1String("Usage: dlqctl delete")));
        QVERIFY(deleteHelp.helpText.contains(QLatin1String("--dry-run")));
        QVERIFY(deleteHelp.helpText.contains(QLatin1String("--token-file")));
        QVERIFY(!deleteHelp.helpText.contains(QLatin1String("--token ")));
        const CliArgs sandboxHelp = parse({QStringLiteral("sandbox"), QStringLiteral("--help")});
        QCOMPARE(sandboxHelp.command, Command::Help);
        QVERIFY(sandboxHelp.helpText.startsWith(QLatin1String("Usage: dlqctl sandbox")));
        QVERIFY(sandboxHelp.helpText.contains(QLatin1String("--fault-503")));

        const CliArgs version = parse({QStringLiteral("--version")});
        QCOMPARE(version.command, Command::Version);
        QVERIFY(versionText().startsWith(QLatin1String("dlqctl ")));
    }

    void delete_defaults()
    {
        const CliArgs args = parseDelete({QStringLiteral("1752829295505-0")});
        QVERIFY2(args.ok(), qPrintable(args.error));
        QCOMPARE(args.command, Command::Delete);
        const DeleteOptions &o = args.del;
        QCOMPARE(o.ids, QStringList{QStringLiteral("1752829295505-0")});
        QVERIFY(o.fromFile.isEmpty());
        QVERIFY(o.baseUrl.isEmpty());
        QVERIFY(o.tokenFile.isEmpty());
        QVERIFY(!o.concurrency);
        QCOMPARE(o.ratePerSecond, 0.0);
        QVERIFY(!o.timeoutSeconds);
        QVERIFY(!o.maxAttempts);
        QVERIFY(!o.notFoundGuard);
        QCOMPARE(o.format, OutputFormat::Table);
        QVERIFY(o.outputFile.isEmpty());
        QVERIFY(!o.dryRun);
        QVERIFY(!o.yes);
        QVERIFY(!o.bulk);
        QCOMPARE(o.chunkSize, BulkDeleteRun::kDefaultChunkSize);
    }

    void delete_everyFlag()
    {
        const CliArgs args = parseDelete({
            QStringLiteral("a-1"),
            QStringLiteral("--from"),
            QStringLiteral("-"),
            QStringLiteral("--base-url"),
            QStringLiteral("https://qstash.example.com/"),
            QStringLiteral("--token-file"),
            QStringLiteral("/run/secrets/qstash"),
            QStringLiteral("--concurrency"),
            QStringLiteral("200"),
            QStringLiteral("--rate"),
            QStringLiteral("12.5"),
            QStringLiteral("--timeout"),
            QStringLiteral("45"),
            QStringLiteral("--max-attempts"),
            QStringLiteral("3"),
            QStringLiteral("--not-found-guard"),
            QStringLiteral("0"),
            QStringLiteral("--format"),
            QStringLiteral("json"),
            QStringLiteral("--output=results.json"),
            QStringLiteral("--dry-run"),
            QStringLiteral("--yes"),
            QStringLiteral("--bulk"),
            QStringLiteral("--chunk-size"),
            QStringLiteral("100"),
            QStringLiteral("b-2"),
        });
        QVERIFY2(args.ok(), qPrintable(args.error));
        const DeleteOptions &o = args.del;
        QCOMPARE(o.ids, (QStringList{QStringLiteral("a-1"), QStringLiteral("b-2")}));
        QCOMPARE(o.fromFile, QStringLiteral("-"));
        QCOMPARE(o.baseUrl, QUrl(QStringLiteral("https://qstash.example.com")));
        QCOMPARE(o.tokenFile, QStringLiteral("/run/secrets/qstash"));
        QCOMPARE(o.concurrency, std::optional<int>(200));
        QCOMPARE(o.ratePerSecond, 12.5);
        QCOMPARE(o.timeoutSeconds, std::optional<int>(45));
        QCOMPARE(o.maxAttempts, std::optional<int>(3));
        QCOMPARE(o.notFoundGuard, std::optional<int>(0));
        QCOMPARE(o.format, OutputFormat::Json);
        QCOMPARE(o.outputFile, QStringLiteral("results.json"));
        QVERIFY(o.dryRun);
        QVERIFY(o.yes);
        QVERIFY(o.bulk);
        QCOMPARE(o.chunkSize, 100); // the API's maximum
    }

    void delete_fromAloneIsEnough_andDoubleDashEndsOptions()
    {
        const CliArgs fromOnly = parseDelete({QStringLiteral("--from"), QStringLiteral("ids.txt")});
        QVERIFY2(fromOnly.ok(), qPrintable(fromOnly.error));
        QVERIFY(fromOnly.del.ids.isEmpty());
        QCOMPARE(fromOnly.del.fromFile, QStringLiteral("ids.txt"));

        const CliArgs dashed = parseDelete(
            {QStringLiteral("--yes"), QStringLiteral("--"), QStringLiteral("--odd-id")});
        QVERIFY2(dashed.ok(), qPrintable(dashed.error));
        QCOMPARE(dashed.del.ids, QStringList{QStringLiteral("--odd-id")});
    }

    void delete_outputChoosesFormatFromSuffix()
    {
        QCOMPARE(parseDelete(
                     {QStringLiteral("x-1"), QStringLiteral("--output"), QStringLiteral("r.json")})
                     .del.format,
                 OutputFormat::Json);
        QCOMPARE(parseDelete(
                     {QStringLiteral("x-1"), QStringLiteral("--output"), QStringLiteral("r.csv")})
                     .del.format,
                 OutputFormat::Csv);
        const CliArgs table =
            parseDelete({QStringLiteral("x-1"), QStringLiteral("--format"), QStringLiteral("table"),
                         QStringLiteral("--output"), QStringLiteral("r.txt")});
        QVERIFY(table.ok());
        QCOMPARE(table.del.format, OutputFormat::Table);
    }

    void delete_badValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString id = QStringLiteral("1-1");
        QTest::newRow("no IDs") << QStringList{} << QStringLiteral("No IDs");
        QTest::newRow("only flags")
            << QStringList{QStringLiteral("--yes")} << QStringLiteral("No IDs");
        QTest::newRow("unknown flag")
            << QStringList{id, QStringLiteral("--force")} << QStringLiteral("force");
        QTest::newRow("CA file without a certificate")
            << QStringList{id, QStringLiteral("--ca-file"),
                           QStringLiteral(DLQ_SOURCE_DIR "/tests/cli/tst_cliargs.cpp")}
            << QStringLiteral("--ca-file: no PEM certificate");
        QTest::newRow("concurrency 0")
            << QStringList{id, QStringLiteral("--concurrency"), QStringLiteral("0")}
            << QStringLiteral("--concurrency");
        QTest::newRow("concurrency 257")
            << QStringList{id, QStringLiteral("--concurrency"), QStringLiteral("257")}
            << QStringLiteral("1 to 256");
        QTest::newRow("concurrency text")
            << QStringList{id, QStringLiteral("--concurrency"), QStringLiteral("many")}
            << QStringLiteral("many");
        QTest::newRow("rate negative")
            << QStringList{id, QStringLiteral("--rate"), QStringLiteral("-1")}
            << QStringLiteral("--rate");
        QTest::newRow("rate nan") << QStringList{id, QStringLiteral("--rate"),
                                                 QStringLiteral("nan")}
                                  << QStringLiteral("--rate");
        QTest::newRow("timeout 0")
            << QStringList{id, QStringLiteral("--timeout"), QStringLiteral("0")}
            << QStringLiteral("--timeout");
        QTest::newRow("timeout huge")
            << QStringList{id, QStringLiteral("--timeout"), QStringLiteral("601")}
            << QStringLiteral("--timeout");
        QTest::newRow("attempts 0")
            << QStringList{id, QStringLiteral("--max-attempts"), QStringLiteral("0")}
            << QStringLiteral("--max-attempts");
        QTest::newRow("guard negative")
            << QStringList{id, QStringLiteral("--not-found-guard"), QStringLiteral("-1")}
            << QStringLiteral("--not-found-guard");
        QTest::newRow("format xml")
            << QStringList{id, QStringLiteral("--format"), QStringLiteral("xml")}
            << QStringLiteral("xml");
        QTest::newRow("format vs suffix")
            << QStringList{id, QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--output"), QStringLiteral("r.csv")}
            << QStringLiteral("does not match");
        QTest::newRow("chunk without bulk")
            << QStringList{id, QStringLiteral("--chunk-size"), QStringLiteral("10")}
            << QStringLiteral("--bulk");
        QTest::newRow("chunk 101")
            << QStringList{id, QStringLiteral("--bulk"), QStringLiteral("--chunk-size"),
                           QStringLiteral("101")}
            << QStringLiteral("--chunk-size");
        QTest::newRow("http to a remote host")
            << QStringList{id, QStringLiteral("--base-url"), QStringLiteral("http://example.com")}
            << QStringLiteral("unencrypted");
        QTest::newRow("not a URL")
            << QStringList{id, QStringLiteral("--base-url"), QStringLiteral("qstash.upstash.io")}
            << QStringLiteral("--base-url");
        QTest::newRow("url with query")
            << QStringList{id, QStringLiteral("--base-url"),
                           QStringLiteral("https://qstash.upstash.io/?dlqIds=")}
            << QStringLiteral("query");
        QTest::newRow("missing value")
            << QStringList{id, QStringLiteral("--from")} << QStringLiteral("--from");
        QTest::newRow("given twice")
            << QStringList{id, QStringLiteral("--concurrency"), QStringLiteral("2"),
                           QStringLiteral("--concurrency"), QStringLiteral("3")}
            << QStringLiteral("more than once");
        QTest::newRow("resume without session") << QStringList{QStringLiteral("--resume")}
                                                << QStringLiteral("--resume needs --session");
        QTest::newRow("resume with IDs")
            << QStringList{id, QStringLiteral("--session"), QStringLiteral("s"),
                           QStringLiteral("--resume")}
            << QStringLiteral("from the session");
        QTest::newRow("session with bulk")
            << QStringList{id, QStringLiteral("--session"), QStringLiteral("s"),
                           QStringLiteral("--bulk")}
            << QStringLiteral("--bulk");
        QTest::newRow("session empty")
            << QStringList{id, QStringLiteral("--session="), QStringLiteral("--yes")}
            << QStringLiteral("--session needs");
    }

    // --resume brings its IDs from the session, so it needs none on the command line.
    void delete_sessionAndResume()
    {
        const CliArgs plain = parseDelete(
            {QStringLiteral("1-1"), QStringLiteral("--session"), QStringLiteral("dir")});
        QVERIFY2(plain.ok(), qPrintable(plain.error));
        QCOMPARE(plain.del.sessionDir, QStringLiteral("dir"));
        QVERIFY(!plain.del.resume);
        const CliArgs resume = parseDelete(
            {QStringLiteral("--session"), QStringLiteral("dir"), QStringLiteral("--resume")});
        QVERIFY2(resume.ok(), qPrintable(resume.error));
        QCOMPARE(resume.del.sessionDir, QStringLiteral("dir"));
        QVERIFY(resume.del.resume);
        QVERIFY(resume.del.ids.isEmpty());
    }

    // --reason goes into the history with the run; trimmed, optional.
    void delete_reason()
    {
        const CliArgs none = parseDelete({QStringLiteral("1-1")});
        QVERIFY(none.ok());
        QVERIFY(none.del.reason.isEmpty());
        const CliArgs given = parseDelete(
            {QStringLiteral("1-1"), QStringLiteral("--reason"), QStringLiteral(" INC-7 cleanup ")});
        QVERIFY2(given.ok(), qPrintable(given.error));
        QCOMPARE(given.del.reason, QStringLiteral("INC-7 cleanup"));
        const CliArgs twice = parseDelete(
            {QStringLiteral("1-1"), QStringLiteral("--reason=a"), QStringLiteral("--reason=b")});
        QVERIFY(!twice.ok());
    }

    void delete_badValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliArgs args = parseDelete(arguments);
        QVERIFY(!args.ok());
        QCOMPARE(args.exitCode, int(ExitUsage));
        QVERIFY2(args.error.contains(mentions), qPrintable(args.error));
        QVERIFY(args.error.contains(QLatin1String("dlqctl delete --help")));
    }

    // Qt says "Unknown option 'frob'"; the user typed --frob, and a value after = is not echoed.
    void unknownFlag_isNamedAsTyped_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString id = QStringLiteral("1-1");
        const QString del = QStringLiteral("delete");
        QTest::newRow("long") << QStringList{del, id, QStringLiteral("--frob")}
                              << QStringLiteral("Unknown option “--frob”.");
        QTest::newRow("short") << QStringList{del, id, QStringLiteral("-x")}
                               << QStringLiteral("Unknown option “-x”.");
        QTest::newRow("long with value") << QStringList{del, id, QStringLiteral("--frob=s3cret")}
                                         << QStringLiteral("Unknown option “--frob”.");
        QTest::newRow("two") << QStringList{del, QStringLiteral("--frob"), id, QStringLiteral("-x")}
                             << QStringLiteral("Unknown options “--frob”, “-x”.");
        QTest::newRow("sandbox") << QStringList{QStringLiteral("sandbox"), QStringLiteral("--frob")}
                                 << QStringLiteral("Unknown option “--frob”.");
    }

    void unknownFlag_isNamedAsTyped()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CliArgs args = parse(arguments);
        QCOMPARE(args.exitCode, int(ExitUsage));
        QCOMPARE(args.error.section(QLatin1Char('\n'), 0, 0), expected);
        QVERIFY(!args.error.contains(QLatin1String("s3cret")));
    }

    void delete_tokenFlag_isRefusedWithoutEchoingIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString secret = QStringLiteral("eyJVc2VySUQiOiJzZWNyZXQifQ==");
        QTest::newRow("separate value") << QStringList{
            QStringLiteral("delete"), QStringLiteral("1-1"), QStringLiteral("--token"), secret};
        QTest::newRow("joined value") << QStringList{
            QStringLiteral("delete"), QStringLiteral("--token=") + secret, QStringLiteral("1-1")};
        QTest::newRow("no value") << QStringList{QStringLiteral("delete"), QStringLiteral("1-1"),
                                                 QStringLiteral("--token")};
        QTest::newRow("before the command")
            << QStringList{QStringLiteral("--token"), secret, QStringLiteral("delete")};
    }

    void delete_tokenFlag_isRefusedWithoutEchoingIt()
    {
        QFETCH(QStringList, arguments);
        const CliArgs args = parse(arguments);
        QCOMPARE(args.exitCode, int(ExitUsage));
        QVERIFY(args.error.contains(QLatin1String("process list")));
        QVERIFY(args.error.contains(QLatin1String("QSTASH_TOKEN")));
        QVERIFY(args.error.contains(QLatin1String("--token-file")));
        QVERIFY(!args.error.contains(QLatin1String("eyJVc2VySUQi")));
    }

    void delete_tokenFileFlag_isNotMistakenForToken()
    {
        const CliArgs args = parseDelete({QStringLiteral("1-1"), QStringLiteral("--token-file=t")});
        QVERIFY2(args.ok(), qPrintable(args.error));
        QCOMPARE(args.del.tokenFile, QStringLiteral("t"));
    }

    void delete_httpLoopbackBaseUrl_isAllowed()
    {
        const CliArgs args = parseDelete({QStringLiteral("1-1"), QStringLiteral("--base-url"),
                                          QStringLiteral("http://127.0.0.1:8080")});
        QVERIFY2(args.ok(), qPrintable(args.error));
        QCOMPARE(args.del.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    }

    void sandbox_defaults()
    {
        const CliArgs args = parse({QStringLiteral("sandbox")});
        QVERIFY2(args.ok(), qPrintable(args.error));
        QCOMPARE(args.command, Command::Sandbox);
        const SandboxOptions &o = args.sandbox;
        QCOMPARE(o.port, quint16(0));
        QCOMPARE(o.seed, 1u);
        QCOMPARE(o.count, 2000);
        QCOMPARE(o.latencyMs, 0);
        QCOMPARE(o.rateLimit, 0);
        QCOMPARE(o.token, QStringLiteral("sandbox-token"));
        QCOMPARE(o.faults.serverErrorPercent, 0);
        QCOMPARE(o.faults.hangPercent, 0);
        QVERIFY(o.printIdsFile.isEmpty());
        QCOMPARE(o.callbackShape, SandboxCallbackShape::Spec);
    }

    void sandbox_everyFlag()
    {
        const CliArgs args = parse({
            QStringLiteral("sandbox"),  QStringLiteral("--port"),
            QStringLiteral("18080"),    QStringLiteral("--seed"),
            QStringLiteral("42"),       QStringLiteral("--count"),
            QStringLiteral("10"),       QStringLiteral("--latency-ms"),
            QStringLiteral("250"),      QStringLiteral("--rate-limit"),
            QStringLiteral("50"),       QStringLiteral("--token"),
            QStringLiteral("practice"), QStringLiteral("--fault-503"),
            QStringLiteral("10"),       QStringLiteral("--fault-reset-before"),
            QStringLiteral("5"),        QStringLiteral("--fault-reset-after"),
            QStringLiteral("6"),        QStringLiteral("--fault-429"),
            QStringLiteral("7"),        QStringLiteral("--fault-hang"),
            QStringLiteral("8"),        QStringLiteral("--print-ids"),
            QStringLiteral("ids.txt"),  QStringLiteral("--callback-shape"),
            QStringLiteral("sdk"),      QStringLiteral("--run-fate"),
            QStringLiteral("fail"),
        });
        QVERIFY2(args.ok(), qPrintable(args.error));
        const SandboxOptions &o = args.sandbox;
        QCOMPARE(o.port, quint16(18080));
        QCOMPARE(o.seed, 42u);
        QCOMPARE(o.count, 10);
        QCOMPARE(o.latencyMs, 250);
        QCOMPARE(o.rateLimit, 50);
        QCOMPARE(o.token, QStringLiteral("practice"));
        QCOMPARE(o.faults.serverErrorPercent, 10);
        QCOMPARE(o.faults.resetBeforePercent, 5);
        QCOMPARE(o.faults.resetAfterPercent, 6);
        QCOMPARE(o.faults.rateLimitPercent, 7);
        QCOMPARE(o.faults.hangPercent, 8);
        QCOMPARE(o.faults.seed, 42u);
        QCOMPARE(o.printIdsFile, QStringLiteral("ids.txt"));
        QCOMPARE(o.callbackShape, SandboxCallbackShape::Sdk);
        QCOMPARE(o.runFate, std::optional<SandboxRunFate>(SandboxRunFate::FailAgain));
        QVERIFY(!parse({QStringLiteral("sandbox")}).sandbox.runFate);
    }

    void sandbox_badValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("count") << QStringList{QStringLiteral("--count"), QStringLiteral("-1")};
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("x")};
        QTest::newRow("fault") << QStringList{QStringLiteral("--fault-503"), QStringLiteral("101")};
        QTest::newRow("fault sum")
            << QStringList{QStringLiteral("--fault-503"), QStringLiteral("60"),
                           QStringLiteral("--fault-hang"), QStringLiteral("50")};
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
        QTest::newRow("empty token") << QStringList{QStringLiteral("--token"), QStringLiteral(" ")};
        QTest::newRow("callback shape")
            << QStringList{QStringLiteral("--callback-shape"), QStringLiteral("flat")};
        QTest::newRow("run fate") << QStringList{QStringLiteral("--run-fate"),
                                                 QStringLiteral("maybe")};
    }

    void sandbox_badValues()
    {
        QFETCH(QStringList, arguments);
        const CliArgs args = parse(QStringList{QStringLiteral("sandbox")} + arguments);
        QCOMPARE(args.exitCode, int(ExitUsage));
        QVERIFY(!args.error.isEmpty());
    }

    // Only Qt's one internal-problem warning is dropped; everything else reaches stderr.
    void qtMessageFilter_dropsOnlyTheInternalProblemWarning_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("dropped");
        const QString internal = QStringLiteral("QNetworkReplyImplPrivate::error: Internal "
                                                "problem, this method must only be called once.");
        QTest::newRow("the warning") << int(QtWarningMsg) << internal << true;
        QTest::newRow("as critical") << int(QtCriticalMsg) << internal << false;
        QTest::newRow("other warning")
            << int(QtWarningMsg) << QStringLiteral("QNetworkReplyImplPrivate::error: other")
            << false;
        QTest::newRow("with more text")
            << int(QtWarningMsg) << internal + QStringLiteral(" (again)") << false;
        QTest::newRow("empty") << int(QtWarningMsg) << QString() << false;
    }

    void qtMessageFilter_dropsOnlyTheInternalProblemWarning()
    {
        QFETCH(int, type);
        QFETCH(QString, message);
        QFETCH(bool, dropped);
        QCOMPARE(isHarmlessQtWarning(QtMsgType(type), message), dropped);
    }

    void exitCodes()
    {
        using S = ResultState;
        QCOMPARE(exitCodeFor(RunEnd::Completed, {S::Deleted, S::NotFound}, false), 0);
        QCOMPARE(exitCodeFor(RunEnd::Completed, {}, false), 0);
        QCOMPARE(exitCodeFor(RunEnd::Completed, {S::Deleted, S::Failed}, false), 1);
        QCOMPARE(exitCodeFor(RunEnd::Completed, {S::InvalidId}, false), 1);
        QCOMPARE(exitCodeFor(RunEnd::Completed, {S::NotSent}, false), 1);
        QCOMPARE(exitCodeFor(RunEnd::Cancelled, {S::Cancelled}, false), 1);
        QCOMPARE(exitCodeFor(RunEnd::TokenRejected, {S::TokenRejected, S::NotSent}, false), 3);
        QCOMPARE(exitCodeFor(RunEnd::QuotaExhausted, {S::Deleted, S::NotSent}, false), 4);
        QCOMPARE(exitCodeFor(RunEnd::Cancelled, {S::Deleted, S::Cancelled}, true), 130);
        QCOMPARE(exitCodeFor(RunEnd::TokenRejected, {S::TokenRejected}, true), 130);
    }
};

QTEST_GUILESS_MAIN(TestCliArgs)
#include "tst_cliargs.moc"
