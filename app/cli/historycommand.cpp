#include "cli/historycommand.h"

#include "cli/argtools.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/resultprinter.h"
#include "history/historystore.h"
#include "results/resultstate.h"

#include <QCommandLineParser>
#include <QDir>

namespace dlq::cli {

namespace {

QStringList runCells(const HistoryRun &run)
{
    return {run.startedAt.toUTC().toString(Qt::ISODate),
            // Runs from before profiles have none.
            run.profile.isEmpty() ? QStringLiteral("-") : printable(run.profile),
            printable(run.host), run.action, QString::number(run.count), run.outcome,
            printable(run.reason)};
}

QStringList runHeader()
{
    return {QStringLiteral("Started (UTC)"), QStringLiteral("Profile"), QStringLiteral("Host"),
            QStringLiteral("Action"),        QStringLiteral("IDs"),     QStringLiteral("Outcome"),
            QStringLiteral("Reason")};
}

} // namespace

CliArgs parseHistory(const QStringList &arguments)
{
    const QString usage = QStringLiteral("dlqctl history [--id ID] [--limit N]");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the runs in the local history (shared with the window), newest first, with the "
        "profile each ran under. Sends nothing."));
    parser.addHelpOption();
    parser.addOption(args::valueOption(QStringLiteral("id"),
                                       QStringLiteral("Only the runs that had this DLQ ID, with "
                                                      "its result in each."),
                                       QStringLiteral("ID")));
    parser.addOption(args::valueOption(QStringLiteral("limit"),
                                       QStringLiteral("At most this many runs."),
                                       QStringLiteral("N"), QStringLiteral("50")));
    if (!parser.parse(arguments))
        return args::usageError(args::parseErrorText(parser, arguments), QStringLiteral("history"));
    if (parser.isSet(QStringLiteral("help")))
        return args::help(args::commandHelp(parser, usage));
    if (!parser.positionalArguments().isEmpty())
        return args::usageError(QStringLiteral("dlqctl history takes no arguments."),
                                QStringLiteral("history"));
    args::Checker check(parser);
    CliArgs result;
    result.command = Command::History;
    result.history.id = check.value(QStringLiteral("id")).trimmed();
    result.history.limit = check.integer(QStringLiteral("limit"), 1, 100000).value_or(50);
    if (check.failed())
        return args::usageError(check.error(), QStringLiteral("history"));
    return result;
}

int runHistory(const HistoryOptions &options)
{
    HistoryStore store;
    // Pruning is the app's and delete's business at their start; a read must not delete.
    if (!store.open(HistoryStore::defaultPath(), 0)) {
        console::err(store.errorString() + QLatin1Char('\n'));
        return ExitSomeFailed;
    }
    QList<QStringList> rows;
    QString copies; // --id: the copies saved before the deletes the ID was in
    QStringList header = runHeader();
    if (options.id.isEmpty()) {
        const QList<HistoryRun> runs = store.runs(options.limit);
        for (const HistoryRun &run : runs)
            rows << runCells(run);
    } else {
        header << QStringLiteral("Result") << QStringLiteral("HTTP");
        const QList<HistoryHit> hits = store.search(options.id);
        for (const HistoryHit &hit : hits.mid(0, options.limit)) {
            rows << (runCells(hit.run)
                     << resultKey(hit.result.state)
                     << (hit.result.httpStatus > 0 ? QString::number(hit.result.httpStatus)
                                                   : QStringLiteral("-")));
            // Whole, under the table (its cells are cut short): where to look the entry up.
            if (!hit.run.snapshotPath.isEmpty())
                copies += QStringLiteral("Copy saved before the run of %1: %2\n")
                              .arg(rows.last().first(),
                                   printable(QDir::toNativeSeparators(hit.run.snapshotPath)));
        }
    }
    if (rows.isEmpty()) {
        console::err(
            options.id.isEmpty()
                ? QStringLiteral("No runs are recorded.\n")
                : QStringLiteral("%1 is in no recorded run.\n").arg(printable(options.id)));
        return ExitOk;
    }
    console::out(alignedTable(header, rows) + copies);
    console::flush();
    return ExitOk;
}

} // namespace dlq::cli
