#include "cli/historyrecording.h"

#include "cli/console.h"
#include "history/historystore.h"
#include "settings/appsettings.h"

namespace dlq::cli {

HistoryTarget HistoryTarget::of(const AppSettings &settings)
{
    return {HistoryStore::defaultPath(), settings.historyRetentionDays(),
            settings.currentProfile()};
}

HistoryRun HistoryTarget::fill(HistoryRun run) const
{
    if (run.profile.isEmpty())
        run.profile = profile;
    return run;
}

qint64 writeHistory(HistoryRun run, const AppSettings &settings)
{
    const HistoryTarget target = HistoryTarget::of(settings);
    HistoryStore history;
    history.open(target.path, target.retentionDays);
    QString error;
    const qint64 id = history.recordNow(target.fill(std::move(run)), &error);
    if (id == 0)
        warnNotRecorded(error);
    return id;
}

void warnNotRecorded(const QString &error)
{
    console::err(
        QStringLiteral("Warning: this run was not recorded in the history. %1\n").arg(error));
}

void writeFollowUps(qint64 runId, const Ledger &ledger, const AppSettings &settings)
{
    const QList<HistoryFollowUp> found = historyFollowUpsFrom(ledger);
    if (runId == 0 || found.isEmpty())
        return;
    const HistoryTarget target = HistoryTarget::of(settings);
    HistoryStore history;
    history.open(target.path, target.retentionDays);
    QString error;
    if (!history.recordFollowUpsNow(runId, found, &error))
        console::err(QStringLiteral("Warning: what following found was not recorded in the "
                                    "history. %1\n")
                         .arg(error));
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
