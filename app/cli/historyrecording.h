#pragma once

#include "history/historyrun.h"

namespace dlq {
class AppSettings;
}

namespace dlq::cli {

// Writes one finished run into the history file the window's History view reads (dlqctl has no
// GUI to keep going, so here and now); says on stderr when it cannot. Never the token.
void writeHistory(const HistoryRun &run, const AppSettings &settings);

} // namespace dlq::cli
