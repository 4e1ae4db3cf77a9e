// dlqctl: the command-line twin of DLQ Manager. Everything it does lives in dlqcli.
#include "cli/dlqctl.h"
#include "cli/eventloopchoice.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    dlq::cli::chooseEventDispatcher(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dlqctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DLQ_VERSION));
    return dlq::cli::runDlqctl(QCoreApplication::arguments());
}
