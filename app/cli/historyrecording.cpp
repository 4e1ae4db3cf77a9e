#include "cli/historyrecording.h"

#include "cli/console.h"
#include "history/historystore.h"
#include "settings/appsettings.h"

namespace dlq::cli {

void writeHistory(HistoryRun run, const AppSettings &settings)
{
    if (run.profile.isEmpty())
        run.profile = settings.currentProfile();
    HistoryStore history;
    history.open(HistoryStore::defaultPath(), settings.historyRetentionDays());
    QString error;
    if (history.recordNow(run, &error) == 0)
        console::err(
            QStringLiteral("Warning: this run was not recorded in the history. %1\n").arg(error));
}

RunFacts cliRunFacts(const QString &host, const QString &action, const QString &reason, RunEnd end,
                     bool interrupted, const QDateTime &startedAt, const QElapsedTimer &clock)
{
    RunFacts facts;
    facts.host = host;
    facts.action = action;
    facts.source = QStringLiteral("dlqctl");
    facts.reason = reason;
    facts.startedAt = startedAt;
    facts.finish(interrupted ? RunEnd::Cancelled : end, clock);
    return facts;
}

} // namespace dlq::cli
