#pragma once

#include "cli/cliargs.h"

#include <QString>
#include <QStringList>

namespace dlq::cli {

// `dlqctl history [--id ID] [--limit N]`: the runs in the local history the window shares,
// newest first, with the profile each ran under; with --id, the runs that had that ID and
// what happened to it. Reads only; sends nothing.
CliArgs parseHistory(const QStringList &arguments);
int runHistory(const HistoryOptions &options);

} // namespace dlq::cli
