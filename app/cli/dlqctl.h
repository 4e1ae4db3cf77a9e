#pragma once

#include <QStringList>

namespace dlq::cli {

// dlqctl's whole life after QCoreApplication exists: parse, run the command on the event loop,
// return the exit code.
int runDlqctl(const QStringList &arguments);

} // namespace dlq::cli
