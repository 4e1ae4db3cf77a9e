#pragma once

#include "history/historyrecord.h"
#include "history/historyrun.h"

#include <QElapsedTimer>

namespace dlq {
class AppSettings;
}

namespace dlq::cli {

// Where and how a run is recorded, read from the settings on the caller's thread.
struct HistoryTarget
{
    QString path;
    int retentionDays = 0;
    QString profile; // the settings' current profile, for runs that name none

    static HistoryTarget of(const AppSettings &settings);
    HistoryRun fill(HistoryRun run) const;
};

// Writes one finished run into the history file the window's History view reads (dlqctl has no
// GUI to keep going, so here and now), under the settings' current profile unless `run` names
// one; says on stderr when it cannot. Never the token.
// Returns the run's id in the file, 0 when it was not recorded.
qint64 writeHistory(HistoryRun run, const AppSettings &settings);
// "Warning: this run was not recorded in the history. <error>" on stderr.
void warnNotRecorded(const QString &error);
// Adds what following found to the run writeHistory() returned `runId` for; says on stderr
// when it cannot.
void writeFollowUps(qint64 runId, const Ledger &ledger, const AppSettings &settings);

// A dlqctl run's facts: ended now, `interrupted` (Ctrl+C) counts as cancelled.
RunFacts cliRunFacts(const QString &host, const QString &action, const QString &reason, RunEnd end,
                     bool interrupted, const QDateTime &startedAt, const QElapsedTimer &clock);

} // namespace dlq::cli
