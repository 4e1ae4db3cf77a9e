// dlqctl: the command-line twin of DLQ Manager. Everything it does lives in dlqcli.
#include "cli/dlqctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dlqctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DLQ_VERSION));
    return dlq::cli::runDlqctl(QCoreApplication::arguments());
}
