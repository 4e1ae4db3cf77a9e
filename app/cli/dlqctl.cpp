#include "cli/dlqctl.h"

#include "cli/actcommand.h"
#include "cli/cliargs.h"
#include "cli/console.h"
#include "cli/deletecommand.h"
#include "cli/exitcodes.h"
#include "cli/followcommand.h"
#include "cli/historycommand.h"
#include "cli/listcommand.h"
#include "cli/qtmessagefilter.h"
#include "cli/sandboxcommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace dlq::cli {

int runDlqctl(const QStringList &arguments)
{
    installQtMessageFilter();
    // The core's run logging is for the app's log; dlqctl reports the same events itself,
    // and on a terminal the log would bury the results. QT_LOGGING_RULES still turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("dlq.*.info=false\ndlq.run.warning=false"));
    const CliArgs args = parseCliArgs(arguments);
    if (!args.ok()) {
        console::err(args.error + QLatin1Char('\n'));
        return args.exitCode;
    }
    switch (args.command) {
    case Command::Help:
        console::out(args.helpText);
        console::flush();
        return ExitOk;
    case Command::Version:
        console::out(versionText() + QLatin1Char('\n'));
        console::flush();
        return ExitOk;
    case Command::Delete: {
        DeleteCommand command(args.del);
        // Started from inside exec(): QCoreApplication::exit() is ignored before it runs.
        QTimer::singleShot(0, &command, &DeleteCommand::start);
        return QCoreApplication::exec();
    }
    case Command::List: {
        ListCommand command(args.list);
        QTimer::singleShot(0, &command, &ListCommand::start);
        return QCoreApplication::exec();
    }
    case Command::Act: {
        ActCommand command(args.act);
        QTimer::singleShot(0, &command, &ActCommand::start);
        return QCoreApplication::exec();
    }
    case Command::Follow: {
        FollowCommand command(args.follow);
        QTimer::singleShot(0, &command, &FollowCommand::start);
        return QCoreApplication::exec();
    }
    case Command::History:
        return runHistory(args.history);
    case Command::Sandbox: {
        SandboxCommand command(args.sandbox);
        QTimer::singleShot(0, &command, &SandboxCommand::start);
        return QCoreApplication::exec();
    }
    }
    return ExitUsage;
}

} // namespace dlq::cli
