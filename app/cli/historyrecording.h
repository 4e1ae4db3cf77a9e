#pragma once

#include "history/historyrecord.h"
#include "history/historyrun.h"

#include <QElapsedTimer>

namespace dlq {
class AppSettings;
}

namespace dlq::cli {

// Writes one finished run into the history file the window's History view reads (dlqctl has no
// GUI to keep going, so here and now), under the settings' current profile unless `run` names
// one; says on stderr when it cannot. Never the token.
void writeHistory(HistoryRun run, const AppSettings &settings);

// A dlqctl run's facts: ended now, `interrupted` (Ctrl+C) counts as cancelled.
RunFacts cliRunFacts(const QString &host, const QString &action, const QString &reason, RunEnd end,
                     bool interrupted, const QDateTime &startedAt, const QElapsedTimer &clock);

} // namespace dlq::cli
