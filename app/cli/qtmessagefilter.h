#pragma once

#include <QString>
#include <QtGlobal>

namespace dlq::cli {

// True only for Qt's "QNetworkReplyImplPrivate::error: Internal problem, this method must only be
// called once." warning, which Qt 6.4 prints when a run stops with requests in flight (e.g. the
// 404 guard at --concurrency 16). Those replies are aborted and reported correctly; the line
// only alarms the user, and it is not about anything they did.
bool isHarmlessQtWarning(QtMsgType type, const QString &message);

// Installs a message handler that drops isHarmlessQtWarning() messages and hands every other
// message to the handler that was installed before (Qt's default one).
void installQtMessageFilter();

} // namespace dlq::cli
