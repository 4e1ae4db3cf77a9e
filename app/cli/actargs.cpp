#include "cli/actargs.h"

#include "cli/argtools.h"
#include "cli/filterargs.h"
#include "cli/followargs.h"

namespace dlq::cli {

using namespace args;

namespace {

constexpr int kMaxCap = 1000000;

void addCapOption(QCommandLineParser &parser, const QString &what)
{
    parser.addOption(QCommandLineOption({QStringLiteral("cap"), QStringLiteral("limit")},
                                        QStringLiteral("Load at most N matching entries %1 "
                                                       "(default: 10000).")
                                            .arg(what),
                                        QStringLiteral("N")));
}

std::optional<int> readCap(Checker &check)
{
    return check.integer(QStringLiteral("cap"), 1, kMaxCap);
}

QString actionDescription(EntryCall action)
{
    switch (action) {
    case EntryCall::Resume:
        return QStringLiteral("Resumes failed workflow runs from the step that failed (steps "
                              "that succeeded are not run again): POST "
                              "{base}/v2/workflows/dlq/resume/{id}. Each resume starts a new "
                              "run with a new run ID; it is refused (400) when the workflow's "
                              "code changed before the failed step.");
    case EntryCall::Restart:
        return QStringLiteral("Restarts failed workflow runs from the first step: POST "
                              "{base}/v2/workflows/dlq/restart/{id}. Each restart starts a new "
                              "run with a new run ID.");
    case EntryCall::Callback:
        return QStringLiteral("Runs a failed failure callback again: POST "
                              "{base}/v2/workflows/dlq/callback/{id}. Only for entries whose "
                              "callback failed (CALLBACK_FAIL).");
    case EntryCall::CancelCallback:
        return QStringLiteral("Cancels a failure callback that is in progress: DELETE "
                              "{base}/v2/workflows/dlq/callback/{id} (the API answers 302).");
    case EntryCall::Delete:
        return QStringLiteral("Deletes every entry matching the filter: the matching entries "
                              "are listed first and frozen, then exactly those IDs are "
                              "deleted. Deletes cannot be undone.");
    case EntryCall::Get:
        break;
    }
    return {};
}

void addOverrideOptions(QCommandLineParser &parser)
{
    parser.addOption(valueOption(QStringLiteral("set-retries"),
                                 QStringLiteral("New run: retries per step (Upstash-Retries)."),
                                 QStringLiteral("N")));
    parser.addOption(valueOption(QStringLiteral("set-delay"),
                                 QStringLiteral("New run: start after this delay, e.g. 10s, 5m "
                                                "(Upstash-Delay)."),
                                 QStringLiteral("DURATION")));
    parser.addOption(valueOption(QStringLiteral("set-retry-delay"),
                                 QStringLiteral("New run: retry delay expression "
                                                "(Upstash-Retry-Delay)."),
                                 QStringLiteral("EXPR")));
    parser.addOption(valueOption(QStringLiteral("set-flow-control-key"),
                                 QStringLiteral("New run: flow-control key "
                                                "(Upstash-Flow-Control-Key)."),
                                 QStringLiteral("KEY")));
    parser.addOption(valueOption(QStringLiteral("set-flow-control-value"),
                                 QStringLiteral("New run: \"parallelism=N, rate=N, period=D\" "
                                                "(Upstash-Flow-Control-Value)."),
                                 QStringLiteral("VALUE")));
    parser.addOption(valueOption(QStringLiteral("set-label"),
                                 QStringLiteral("New run: a label; repeat for several "
                                                "(Upstash-Label)."),
                                 QStringLiteral("LABEL")));
    parser.addOption(valueOption(QStringLiteral("set-failure-callback"),
                                 QStringLiteral("New run: failure callback URL "
                                                "(Upstash-Failure-Callback)."),
                                 QStringLiteral("URL")));
}

bool anyOverrideSet(const QCommandLineParser &parser)
{
    for (const char *name : {"set-retries", "set-delay", "set-retry-delay", "set-flow-control-key",
                             "set-flow-control-value", "set-label", "set-failure-callback"}) {
        if (parser.isSet(QLatin1String(name)))
            return true;
    }
    return false;
}

void readOverrides(Checker &check, api::DlqOverrides &o)
{
    o.retries = check.integer(QStringLiteral("set-retries"), 0, api::DlqOverrides::kMaxRetries);
    o.delay = check.value(QStringLiteral("set-delay")).trimmed();
    o.retryDelay = check.value(QStringLiteral("set-retry-delay"));
    o.flowControlKey = check.value(QStringLiteral("set-flow-control-key"));
    o.flowControlValue = check.value(QStringLiteral("set-flow-control-value"));
    o.labels = check.parser().values(QStringLiteral("set-label"));
    o.failureCallback = check.value(QStringLiteral("set-failure-callback")).trimmed();
    const QStringList problems = o.problems();
    if (!problems.isEmpty())
        check.fail(problems.join(QLatin1Char(' ')));
}

CliArgs finish(Checker &check, CliArgs args, const QString &command)
{
    if (check.failed())
        return usageError(check.error(), command);
    return args;
}

} // namespace

std::optional<EntryCall> actionForCommand(const QString &command)
{
    for (EntryCall call : {EntryCall::Resume, EntryCall::Restart, EntryCall::Callback,
                           EntryCall::CancelCallback, EntryCall::Delete}) {
        if (command == entryCallName(call))
            return call;
    }
    return std::nullopt;
}

CliArgs parseList(const QStringList &arguments)
{
    const QString command = QStringLiteral("list");
    if (const QString refusal = refuseTokenFlag(arguments); !refusal.isEmpty())
        return usageError(refusal, command);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists DLQ entries, filtered on the server: GET {base}/v2/workflows/dlq, 100 a page, "
        "following the cursor up to --cap entries. Values of one filter flag are ORed, "
        "different flags ANDed."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    addFilterOptions(parser);
    addCapOption(parser, QString());
    parser.addOption(QCommandLineOption(QStringLiteral("ids-only"),
                                        QStringLiteral("Print only the DLQ IDs, one a line (for "
                                                       "dlqctl delete --from -).")));
    addConnectionOptions(parser);
    addOutputOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parseErrorText(parser, arguments), command);
    if (parser.isSet(helpOption))
        return help(commandHelp(parser, QStringLiteral("dlqctl list [options]")));
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("dlqctl list takes no arguments; filter with the "
                                         "flags (see --help)."),
                          command);
    }
    CliArgs args;
    args.command = Command::List;
    ListOptions &o = args.list;
    Checker check(parser);
    readFilterOptions(check, o.filter);
    o.cap = readCap(check).value_or(o.cap);
    o.idsOnly = parser.isSet(QStringLiteral("ids-only"));
    readConnectionOptions(check, o);
    readOutputOptions(check, o);
    if (o.idsOnly && parser.isSet(QStringLiteral("format")))
        check.fail(QStringLiteral("--ids-only and --format do not go together."));
    return finish(check, args, command);
}

CliArgs parseAct(EntryCall action, const QStringList &arguments)
{
    const QString command = entryCallName(action);
    if (const QString refusal = refuseTokenFlag(arguments); !refusal.isEmpty())
        return usageError(refusal, command);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        actionDescription(action) +
        QStringLiteral("\nWith --matching and filter flags, the matching entries are listed "
                       "first and frozen; exactly those IDs are acted on, and entries that "
                       "arrive afterwards are counted, never touched."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    parser.addOption(valueOption(QStringLiteral("from"),
                                 QStringLiteral("Read IDs from FILE (- for standard input)."),
                                 QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("matching"),
                                        QStringLiteral("Act on every entry the filter flags "
                                                       "match now (frozen at the preview).")));
    addFilterOptions(parser);
    addCapOption(parser, QStringLiteral("for --matching"));
    parser.addOption(QCommandLineOption(QStringLiteral("fast"),
                                        QStringLiteral("Bulk requests of up to 100 IDs (50 for "
                                                       "restart); the API then does not say "
                                                       "which new run belongs to which ID.")));
    if (takesOverrides(action))
        addOverrideOptions(parser);
    if (action == EntryCall::Delete)
        addSnapshotOption(parser);
    if (startsRun(action))
        addFollowOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        QStringLiteral("Print the IDs and the requests that "
                                                       "would be sent; send nothing.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")));
    parser.addOption(valueOption(QStringLiteral("reason"),
                                 QStringLiteral("Why (a ticket, a sentence); kept in the "
                                                "results."),
                                 QStringLiteral("TEXT")));
    parser.addOption(valueOption(QStringLiteral("session"),
                                 QStringLiteral("Journal the run into DIR before each request "
                                                "leaves (never the token), so a crash or kill "
                                                "loses nothing; see --resume."),
                                 QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("resume"),
        QStringLiteral("Continue the interrupted run in the --session DIR: what was confirmed is "
                       "never sent again; what was in flight is looked up first.")));
    addConnectionOptions(parser);
    addOutputOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parseErrorText(parser, arguments), command);
    if (parser.isSet(helpOption)) {
        return help(commandHelp(parser, QStringLiteral("dlqctl %1 [options] [ID...] [--from "
                                                       "FILE|-] | --matching FILTER...")
                                            .arg(command)));
    }
    CliArgs args;
    args.command = Command::Act;
    ActOptions &o = args.act;
    o.action = action;
    Checker check(parser);
    o.ids = parser.positionalArguments();
    o.fromFile = check.value(QStringLiteral("from"));
    if (parser.isSet(QStringLiteral("from")) && o.fromFile.isEmpty())
        check.fail(QStringLiteral("--from needs a file name, or - for standard input."));
    o.matching = parser.isSet(QStringLiteral("matching"));
    readFilterOptions(check, o.filter);
    o.cap = readCap(check).value_or(o.cap);
    o.fast = parser.isSet(QStringLiteral("fast"));
    if (takesOverrides(action) && anyOverrideSet(parser))
        readOverrides(check, o.overrides);
    o.dryRun = parser.isSet(QStringLiteral("dry-run"));
    o.yes = parser.isSet(QStringLiteral("yes"));
    o.reason = check.value(QStringLiteral("reason")).trimmed();
    o.snapshot = action == EntryCall::Delete && readSnapshotOption(parser);
    o.sessionDir = check.value(QStringLiteral("session"));
    if (parser.isSet(QStringLiteral("session")) && o.sessionDir.isEmpty())
        check.fail(QStringLiteral("--session needs a directory."));
    o.resume = parser.isSet(QStringLiteral("resume"));
    if (startsRun(action))
        readFollowOptions(check, o.follow);
    readConnectionOptions(check, o);
    readOutputOptions(check, o);

    const bool hasIds = !o.ids.isEmpty() || !o.fromFile.isEmpty();
    if (o.resume && o.sessionDir.isEmpty())
        check.fail(QStringLiteral("--resume needs --session DIR: the run to continue."));
    // The IDs, the action's form and its overrides are the session's.
    if (o.resume && (hasIds || hasFilterOptions(parser) || o.fast || !o.overrides.isEmpty()))
        check.fail(QStringLiteral("--resume takes the IDs, --fast and the overrides from the "
                                  "session; pass none of them."));
    if (o.matching && hasIds)
        check.fail(QStringLiteral("--matching acts on what the filter matches; pass no IDs or "
                                  "--from with it."));
    if (o.matching && o.filter.isEmpty() && !o.resume)
        check.fail(QStringLiteral("--matching needs at least one filter flag (e.g. --label, "
                                  "--from-date): without one it would act on the whole DLQ."));
    if (!o.matching && hasFilterOptions(parser))
        check.fail(QStringLiteral("Filter flags only apply with --matching; they never narrow "
                                  "a list of IDs."));
    if (!o.matching && parser.isSet(QStringLiteral("cap")))
        check.fail(QStringLiteral("--cap only applies with --matching."));
    if (!o.matching && !hasIds && !o.resume)
        check.fail(QStringLiteral("No IDs given: pass them as arguments, use --from FILE (--from "
                                  "- reads standard input), or --matching with filter flags."));
    if (o.fast && maxBulkIds(action) == 0)
        check.fail(QStringLiteral("--fast: the API has no bulk form of %1; it goes one ID at a "
                                  "time.")
                       .arg(command));
    return finish(check, args, command);
}

} // namespace dlq::cli
