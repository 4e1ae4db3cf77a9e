#include "cli/followargs.h"

namespace dlq::cli {

using namespace args;

namespace {

constexpr int kMaxFollowSeconds = 24 * 3600;

} // namespace

void addFollowOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("follow"),
        QStringLiteral("After the action, follow the new runs (GET /v2/workflows/logs) until "
                       "each has succeeded or failed again, and add the follow-up to the "
                       "results.")));
    parser.addOption(args::valueOption(QStringLiteral("follow-timeout"),
                                       QStringLiteral("Stop following after this many seconds "
                                                      "(default: 300); runs not settled then "
                                                      "are reported as still running."),
                                       QStringLiteral("SECONDS")));
    parser.addOption(args::valueOption(QStringLiteral("follow-interval"),
                                       QStringLiteral("Seconds between polls (default: 5)."),
                                       QStringLiteral("SECONDS")));
}

void readFollowOptions(args::Checker &check, FollowOptions &o, bool needsFlag)
{
    o.enabled = check.parser().isSet(QStringLiteral("follow"));
    const std::optional<int> timeout =
        check.integer(QStringLiteral("follow-timeout"), 1, kMaxFollowSeconds);
    const std::optional<int> interval =
        check.integer(QStringLiteral("follow-interval"), 1, kMaxFollowSeconds);
    o.timeoutSeconds = timeout.value_or(o.timeoutSeconds);
    o.intervalSeconds = interval.value_or(o.intervalSeconds);
    if (needsFlag && !o.enabled && (timeout || interval))
        check.fail(QStringLiteral("--follow-timeout and --follow-interval need --follow."));
}

FollowConfig followConfigFor(const FollowOptions &o)
{
    FollowConfig config;
    config.timeoutMs = o.timeoutSeconds * 1000;
    config.pollIntervalMs = o.intervalSeconds * 1000;
    // The timeout bounds the follow-up; polls only stop it when they could not all fit.
    config.maxPolls = qMax(1, o.timeoutSeconds / qMax(1, o.intervalSeconds) + 1);
    return config;
}

CliArgs parseFollow(const QStringList &arguments)
{
    const QString command = QStringLiteral("follow");
    if (const QString refusal = args::refuseTokenFlag(arguments); !refusal.isEmpty())
        return usageError(refusal, command);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Follows the runs an exported ledger names (dlqctl resume|restart|retry-callback "
        "--format json, or the window's export) until each has succeeded or failed again, and "
        "prints the ledger with each follow-up. Nothing is resumed, restarted or deleted."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    addFollowOptions(parser);
    args::addConnectionOptions(parser);
    args::addOutputOptions(parser);
    if (!parser.parse(arguments))
        return usageError(args::parseErrorText(parser, arguments), command);
    if (parser.isSet(helpOption))
        return help(args::commandHelp(parser, QStringLiteral("dlqctl follow [options] "
                                                             "LEDGER.json|-")));
    CliArgs out;
    out.command = Command::Follow;
    FollowCommandOptions &o = out.follow;
    args::Checker check(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        check.fail(QStringLiteral("dlqctl follow takes one ledger file (- for standard input)."));
    else
        o.ledgerFile = positional.first();
    readFollowOptions(check, o.follow, false);
    o.follow.enabled = true;
    args::readConnectionOptions(check, o);
    args::readOutputOptions(check, o);
    if (check.failed())
        return usageError(check.error(), command);
    return out;
}

QString followSummary(const Ledger &ledger, const QString &stopReason)
{
    const std::array<int, 5> counts = ledger.followUpCounts();
    QString line = QStringLiteral("Follow-up: %1 recovered · %2 failed again · %3 still running "
                                  "· %4 unknown")
                       .arg(counts[size_t(FollowUp::Recovered)])
                       .arg(counts[size_t(FollowUp::FailedAgain)])
                       .arg(counts[size_t(FollowUp::Running)])
                       .arg(counts[size_t(FollowUp::Unknown)]);
    if (!stopReason.isEmpty())
        line += QStringLiteral(" (") + stopReason + QLatin1Char(')');
    return line + QLatin1Char('\n');
}

} // namespace dlq::cli
