#include "cli/qtmessagefilter.h"

namespace dlq::cli {

namespace {

QtMessageHandler g_previous = nullptr;

void filterMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isHarmlessQtWarning(type, message))
        return;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

bool isHarmlessQtWarning(QtMsgType type, const QString &message)
{
    return type == QtWarningMsg &&
           message == QLatin1String("QNetworkReplyImplPrivate::error: Internal problem, this "
                                    "method must only be called once.");
}

void installQtMessageFilter()
{
    QtMessageHandler previous = qInstallMessageHandler(filterMessage);
    // Installed twice (tests call runDlqctl more than once): keep the original, not ourselves.
    if (previous != filterMessage)
        g_previous = previous;
}

} // namespace dlq::cli
