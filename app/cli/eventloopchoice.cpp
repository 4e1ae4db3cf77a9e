#include "cli/eventloopchoice.h"

namespace dlq::cli {

bool mayReadKeychain(const QStringList &arguments, const QProcessEnvironment &env)
{
    // The sandbox never looks a token up, and a token in QSTASH_TOKEN wins over the keychain
    // (TokenSource::lookup). No argument parsing here: it runs before QCoreApplication exists,
    // and parsing --ca-file would load certificates then. With --token-file the keychain is
    // not read either, but telling that apart needs the parser, so such runs keep glib's loop.
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("sandbox"))
        return false;
    return env.value(QStringLiteral("QSTASH_TOKEN")).trimmed().isEmpty();
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
