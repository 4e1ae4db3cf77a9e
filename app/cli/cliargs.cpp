#include "cli/cliargs.h"

#include "cli/actargs.h"
#include "cli/argtools.h"
#include "cli/exitcodes.h"
#include "cli/followargs.h"
#include "cli/historycommand.h"
#include "run/bulkdeleterun.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QRegularExpression>

#include <array>

namespace dlq::cli {

namespace {

using namespace args;

const QString kProgram = QStringLiteral("dlqctl");

QString generalHelp()
{
    return QStringLiteral(
        "Usage: dlqctl <command> [options]\n"
        "\n"
        "Deletes Upstash Workflow Dead Letter Queue entries by ID. Deletes cannot be "
        "undone.\n"
        "\n"
        "Commands:\n"
        "  delete           Delete DLQ entries by ID, or --matching a filter (try --dry-run)\n"
        "  list             List DLQ entries, filtered on the server\n"
        "  resume           Resume failed runs from the failed step (IDs or --matching)\n"
        "  restart          Restart failed runs from the first step (IDs or --matching)\n"
        "  retry-callback   Run a failed failure callback again\n"
        "  cancel-callback  Cancel a failure callback in progress\n"
        "  follow           Follow the runs an exported ledger names (resume --format json)\n"
        "  history          List the recorded runs and their profiles, or find an ID in them\n"
        "  sandbox          Run a practice server on this computer that behaves like the DLQ "
        "API\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help, or a command's help: dlqctl delete --help\n"
        "  -v, --version  Show the version\n"
        "\n"
        "Exit codes (delete): 0 every ID deleted or not found, 1 some failed or not sent,\n"
        "2 usage or input error, 3 token rejected, 4 daily quota exhausted, "
        "130 interrupted.\n");
}

CliArgs parseDelete(const QStringList &arguments)
{
    const QString usage = QStringLiteral("dlqctl delete [options] [ID...] [--from FILE|-]");
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        if (isTokenFlag(arg))
            return usageError(tokenRefusal(), QStringLiteral("delete"));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Deletes DLQ entries by ID: one DELETE {base}/v2/workflows/dlq/{id} per ID, or bulk "
        "requests with --bulk. Deletes cannot be undone.\n"
        "The token comes from --token-file, else QSTASH_TOKEN, else DLQ Manager's saved "
        "settings; it is never accepted as an argument."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    parser.addOption(valueOption(QStringLiteral("from"),
                                 QStringLiteral("Read IDs from FILE (- for standard input): "
                                                "lines, CSV or JSON, like a paste in the app."),
                                 QStringLiteral("FILE")));
    addConnectionOptions(parser);
    parser.addOption(valueOption(QStringLiteral("not-found-guard"),
                                 QStringLiteral("Stop (or ask, on a terminal) when the first N "
                                                "answers are all 404, which usually means the "
                                                "wrong region or project; 0 turns it off."),
                                 QStringLiteral("N"), QStringLiteral("20")));
    addOutputOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        QStringLiteral("Check the IDs and print the requests "
                                                       "that would be sent; send nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("yes"),
                                        QStringLiteral("Do not ask for confirmation (required "
                                                       "when standard input is not a "
                                                       "terminal).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("allow-invisible"),
        QStringLiteral("Send IDs that contain invisible characters (zero-width space U+200B, "
                       "BOM U+FEFF, soft hyphen, bidi controls…) as they are; without it they "
                       "are refused as invalid, as they are usually a copy-paste accident.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("bulk"),
        QStringLiteral("Delete through DELETE {base}/v2/workflows/dlq?dlqIds=…, many IDs per "
                       "request, at most 6 in flight. Reports counts per chunk, not which IDs "
                       "were missing.")));
    parser.addOption(valueOption(
        QStringLiteral("chunk-size"),
        QStringLiteral("IDs per bulk request, 1 to %1.").arg(BulkDeleteRun::kMaxChunkSize),
        QStringLiteral("N"), QString::number(BulkDeleteRun::kDefaultChunkSize)));
    parser.addOption(valueOption(QStringLiteral("session"),
                                 QStringLiteral("Journal the list and every result into DIR as "
                                                "they happen (never the token), so a crash or "
                                                "kill loses nothing; see --resume."),
                                 QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("resume"),
        QStringLiteral("Restore the unfinished session in the --session DIR and send only what "
                       "is not finished; IDs whose outcome was unknown are sent again.")));
    parser.addOption(valueOption(QStringLiteral("reason"),
                                 QStringLiteral("Why, or the ticket, kept with this run in the "
                                                "history the app shows (never sent)."),
                                 QStringLiteral("TEXT")));
    addSnapshotOption(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("DLQ IDs to delete."),
                                 QStringLiteral("[ID...]"));

    if (!parser.parse(arguments))
        return usageError(parseErrorText(parser, arguments), QStringLiteral("delete"));
    if (parser.isSet(helpOption))
        return help(commandHelp(parser, usage));

    CliArgs args;
    args.command = Command::Delete;
    DeleteOptions &o = args.del;
    Checker check(parser);

    o.ids = parser.positionalArguments();
    o.fromFile = check.value(QStringLiteral("from"));
    if (parser.isSet(QStringLiteral("from")) && o.fromFile.isEmpty())
        check.fail(QStringLiteral("--from needs a file name, or - for standard input."));
    readConnectionOptions(check, o);
    o.notFoundGuard = check.integer(QStringLiteral("not-found-guard"), 0, 1000000);
    readOutputOptions(check, o);
    o.dryRun = parser.isSet(QStringLiteral("dry-run"));
    o.yes = parser.isSet(QStringLiteral("yes"));
    o.bulk = parser.isSet(QStringLiteral("bulk"));
    o.allowInvisible = parser.isSet(QStringLiteral("allow-invisible"));
    if (const auto size =
            check.integer(QStringLiteral("chunk-size"), 1, BulkDeleteRun::kMaxChunkSize)) {
        o.chunkSize = *size;
    }
    if (parser.isSet(QStringLiteral("chunk-size")) && !o.bulk)
        check.fail(QStringLiteral("--chunk-size only applies with --bulk."));
    o.sessionDir = check.value(QStringLiteral("session"));
    if (parser.isSet(QStringLiteral("session")) && o.sessionDir.isEmpty())
        check.fail(QStringLiteral("--session needs a directory."));
    o.resume = parser.isSet(QStringLiteral("resume"));
    o.reason = check.value(QStringLiteral("reason")).trimmed();
    o.snapshot = readSnapshotOption(parser);
    if (o.resume && o.sessionDir.isEmpty())
        check.fail(QStringLiteral("--resume needs --session DIR: the session to continue."));
    // Bulk answers carry counts, not per-ID results, so there is nothing per ID to journal.
    if (!o.sessionDir.isEmpty() && o.bulk)
        check.fail(QStringLiteral("--session does not work with --bulk."));
    // The resumed list is the session's; mixing in new IDs would make its results ambiguous.
    if (o.resume && (!o.ids.isEmpty() || !o.fromFile.isEmpty()))
        check.fail(QStringLiteral("--resume takes its IDs from the session; pass no IDs or "
                                  "--from."));
    if (o.ids.isEmpty() && o.fromFile.isEmpty() && !o.resume && !check.failed()) {
        check.fail(QStringLiteral("No IDs given: pass them as arguments, or use --from FILE "
                                  "(--from - reads standard input)."));
    }

    if (check.failed())
        return usageError(check.error(), QStringLiteral("delete"));
    return args;
}

CliArgs parseSandbox(const QStringList &arguments)
{
    const QString usage = QStringLiteral("dlqctl sandbox [options]");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a practice server on 127.0.0.1 that behaves like the Upstash Workflow DLQ API, "
        "seeded with realistic entries. Stop it with Ctrl+C."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    parser.addOption(valueOption(QStringLiteral("port"),
                                 QStringLiteral("Port to listen on; 0 picks a free one."),
                                 QStringLiteral("P"), QStringLiteral("0")));
    parser.addOption(valueOption(QStringLiteral("seed"),
                                 QStringLiteral("Seed for the entries and the faults."),
                                 QStringLiteral("N"), QStringLiteral("1")));
    parser.addOption(valueOption(QStringLiteral("count"), QStringLiteral("Entries to create."),
                                 QStringLiteral("C"), QStringLiteral("2000")));
    parser.addOption(valueOption(QStringLiteral("latency-ms"),
                                 QStringLiteral("Delay before each answer."), QStringLiteral("L"),
                                 QStringLiteral("0")));
    parser.addOption(valueOption(QStringLiteral("rate-limit"),
                                 QStringLiteral("Requests per second before answering 429; 0 "
                                                "for no limit."),
                                 QStringLiteral("R"), QStringLiteral("0")));
    parser.addOption(valueOption(QStringLiteral("token"),
                                 QStringLiteral("The bearer token the sandbox accepts (a "
                                                "practice value, not your Upstash token)."),
                                 QStringLiteral("T"), SandboxServer::defaultToken()));
    const QStringList faultNames = {
        QStringLiteral("fault-503"),         QStringLiteral("fault-reset-before"),
        QStringLiteral("fault-reset-after"), QStringLiteral("fault-429"),
        QStringLiteral("fault-hang"),
    };
    const QStringList faultHelp = {
        QStringLiteral("Percent of requests answered 503."),
        QStringLiteral("Percent of connections reset before the delete is applied."),
        QStringLiteral("Percent of connections reset after the delete is applied."),
        QStringLiteral("Percent of requests answered 429."),
        QStringLiteral("Percent of requests never answered."),
    };
    for (qsizetype i = 0; i < faultNames.size(); ++i) {
        parser.addOption(valueOption(faultNames.at(i), faultHelp.at(i), QStringLiteral("PCT"),
                                     QStringLiteral("0")));
    }
    parser.addOption(
        valueOption(QStringLiteral("callback-shape"),
                    QStringLiteral("How entries carry the failure callback's state: spec (a flat "
                                   "failureFunctionState, as the OpenAPI schema) or sdk "
                                   "(failureCallbackInfo{state,responseStatus,responseBody,"
                                   "responseHeaders}, as the SDK and the live API)."),
                    QStringLiteral("spec|sdk"), QStringLiteral("spec")));
    parser.addOption(valueOption(QStringLiteral("run-fate"),
                                 QStringLiteral("What the runs resume, restart and callback "
                                                "retries start do: succeed, fail (back in the "
                                                "DLQ under a new ID) or running (never end). "
                                                "Default: resume and restart runs succeed, "
                                                "callback retries stay in progress."),
                                 QStringLiteral("succeed|fail|running")));
    parser.addOption(valueOption(QStringLiteral("print-ids"),
                                 QStringLiteral("Write the seeded IDs to FILE, one per line."),
                                 QStringLiteral("FILE")));

    if (!parser.parse(arguments))
        return usageError(parseErrorText(parser, arguments), QStringLiteral("sandbox"));
    if (parser.isSet(helpOption))
        return help(commandHelp(parser, usage));
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("Unexpected argument “%1”.")
                              .arg(parser.positionalArguments().constFirst()),
                          QStringLiteral("sandbox"));
    }

    CliArgs args;
    args.command = Command::Sandbox;
    SandboxOptions &o = args.sandbox;
    Checker check(parser);
    o.port = quint16(check.integer(QStringLiteral("port"), 0, 65535).value_or(0));
    if (parser.isSet(QStringLiteral("seed"))) {
        const QString text = check.value(QStringLiteral("seed"));
        bool ok = false;
        o.seed = text.trimmed().toUInt(&ok);
        if (!ok) {
            check.fail(QStringLiteral("--seed takes a whole number from 0 to 4294967295, not “%1”.")
                           .arg(text));
        }
    }
    o.count = check.integer(QStringLiteral("count"), 0, 1000000).value_or(o.count);
    o.latencyMs = check.integer(QStringLiteral("latency-ms"), 0, 600000).value_or(0);
    o.rateLimit = check.integer(QStringLiteral("rate-limit"), 0, 1000000).value_or(0);
    if (parser.isSet(QStringLiteral("token"))) {
        o.token = check.value(QStringLiteral("token")).trimmed();
        if (o.token.isEmpty())
            check.fail(QStringLiteral("--token needs a value."));
    }
    std::array<int, 5> percents{};
    for (size_t i = 0; i < percents.size(); ++i)
        percents[i] = check.integer(faultNames.at(qsizetype(i)), 0, 100).value_or(0);
    if (percents[0] + percents[1] + percents[2] + percents[3] + percents[4] > 100)
        check.fail(QStringLiteral("The --fault-* percentages add up to more than 100."));
    o.faults.serverErrorPercent = percents[0];
    o.faults.resetBeforePercent = percents[1];
    o.faults.resetAfterPercent = percents[2];
    o.faults.rateLimitPercent = percents[3];
    o.faults.hangPercent = percents[4];
    o.faults.seed = o.seed;
    o.printIdsFile = check.value(QStringLiteral("print-ids"));
    if (parser.isSet(QStringLiteral("print-ids")) && o.printIdsFile.isEmpty())
        check.fail(QStringLiteral("--print-ids needs a file name."));

    if (parser.isSet(QStringLiteral("callback-shape"))) {
        const QString shape = check.value(QStringLiteral("callback-shape")).trimmed().toLower();
        if (shape == QLatin1String("sdk"))
            o.callbackShape = SandboxCallbackShape::Sdk;
        else if (shape != QLatin1String("spec"))
            check.fail(QStringLiteral("--callback-shape takes spec or sdk, not “%1”.").arg(shape));
    }

    if (parser.isSet(QStringLiteral("run-fate"))) {
        const QString fate = check.value(QStringLiteral("run-fate")).trimmed().toLower();
        if (fate == QLatin1String("succeed"))
            o.runFate = SandboxRunFate::Succeed;
        else if (fate == QLatin1String("fail"))
            o.runFate = SandboxRunFate::FailAgain;
        else if (fate == QLatin1String("running"))
            o.runFate = SandboxRunFate::KeepRunning;
        else
            check.fail(
                QStringLiteral("--run-fate takes succeed, fail or running, not “%1”.").arg(fate));
    }

    if (check.failed())
        return usageError(check.error(), QStringLiteral("sandbox"));
    return args;
}

} // namespace

CliArgs parseCliArgs(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usageError(QStringLiteral("No command given."));
    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") ||
        first == QLatin1String("help")) {
        return help(generalHelp());
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        CliArgs args;
        args.command = Command::Version;
        return args;
    }
    // The subcommand's parser sees "dlqctl <command>" as its program name.
    QStringList rest = arguments.mid(1);
    rest.first() = kProgram + QLatin1Char(' ') + first;
    if (first == QLatin1String("delete") && !rest.contains(QLatin1String("--matching")))
        return parseDelete(rest);
    if (first == QLatin1String("list"))
        return parseList(rest);
    if (const std::optional<EntryCall> action = actionForCommand(first))
        return parseAct(*action, rest);
    if (first == QLatin1String("follow"))
        return parseFollow(rest);
    if (first == QLatin1String("sandbox"))
        return parseSandbox(rest);
    if (first == QLatin1String("history"))
        return parseHistory(rest);
    if (isTokenFlag(first))
        return usageError(tokenRefusal());
    if (first.startsWith(QLatin1Char('-')))
        return usageError(QStringLiteral("Options go after the command, e.g. dlqctl delete "
                                         "--dry-run ID."));
    // Echoed only when it looks like a mistyped word: a pasted secret must not reach stderr.
    static const QRegularExpression word(QStringLiteral("^[A-Za-z-]{1,20}$"));
    if (word.match(first).hasMatch()) {
        return usageError(
            QStringLiteral("Unknown command “%1”; see dlqctl --help for the commands.").arg(first));
    }
    return usageError(QStringLiteral("Unknown command; see dlqctl --help for the commands."));
}

QString versionText()
{
    return QStringLiteral("dlqctl " DLQ_VERSION);
}

} // namespace dlq::cli
