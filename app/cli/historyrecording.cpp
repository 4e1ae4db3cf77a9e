#include "cli/historyrecording.h"

#include "cli/console.h"
#include "history/historystore.h"
#include "settings/appsettings.h"

namespace dlq::cli {

void writeHistory(const HistoryRun &run, const AppSettings &settings)
{
    HistoryStore history;
    history.open(HistoryStore::defaultPath(), settings.historyRetentionDays());
    QString error;
    if (history.recordNow(run, &error) == 0)
        console::err(
            QStringLiteral("Warning: this run was not recorded in the history. %1\n").arg(error));
}

} // namespace dlq::cli
