#include "cli/eventloopchoice.h"

#include "cli/cliargs.h"

namespace dlq::cli {

bool mayReadKeychain(const QStringList &arguments, const QProcessEnvironment &env)
{
    // Only `delete` looks a token up, and it asks the keychain only without --token-file and
    // without QSTASH_TOKEN (as TokenSource::lookup decides).
    const CliArgs args = parseCliArgs(arguments);
    return args.ok() && args.command == Command::Delete && args.del.tokenFile.isEmpty() &&
           env.value(QStringLiteral("QSTASH_TOKEN")).trimmed().isEmpty();
}

void chooseEventDispatcher(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_NO_GLIB"))
        return;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!mayReadKeychain(arguments, QProcessEnvironment::systemEnvironment()))
        qputenv("QT_NO_GLIB", "1");
}

} // namespace dlq::cli
