#include "history/historyrecord.h"

#include "ids/idcheck.h"

#include <array>

namespace dlq {

void RunFacts::finish(RunEnd how, const QElapsedTimer &clock)
{
    end = how;
    finishedAt = QDateTime::currentDateTimeUtc();
    durationMs = clock.isValid() ? clock.elapsed() : 0;
}

namespace {

HistoryRun runHead(const RunFacts &facts)
{
    HistoryRun run;
    run.profile = facts.profile;
    run.host = facts.host;
    run.action = facts.action;
    run.source = facts.source;
    run.outcome = runEndKey(facts.end);
    run.reason = facts.reason.trimmed();
    run.startedAt = facts.startedAt;
    run.finishedAt = facts.finishedAt;
    run.durationMs = facts.durationMs;
    run.snapshotPath = facts.snapshotPath;
    return run;
}

// Counted per state first, named once at the end: 100 000 rows, one string per state.
void countResults(HistoryRun &run)
{
    std::array<int, kResultStateCount> counts{};
    for (const HistoryResult &result : std::as_const(run.results))
        ++counts[size_t(result.state)];
    for (int s = 0; s < kResultStateCount; ++s) {
        if (counts[size_t(s)] > 0)
            run.counts.insert(resultKey(ResultState(s)), counts[size_t(s)]);
    }
    run.count = int(run.results.size());
}

} // namespace

QString recordedActionName(EntryCall call, bool bulk)
{
    return (bulk ? QStringLiteral("bulk_") : QString()) + entryCallName(call);
}

HistoryRun historyRunFrom(const QList<ResultRow> &all, const QList<int> &rows,
                          const RunFacts &facts)
{
    HistoryRun run = runHead(facts);
    run.results.reserve(rows.size());
    for (int r : rows) {
        if (r < 0 || r >= all.size())
            continue;
        const ResultRow &row = all.at(r);
        run.results.append(HistoryResult{
            row.id, row.state, row.httpStatus, row.message, row.finishedAt, {}, -1, {}, {}});
    }
    countResults(run);
    return run;
}

HistoryRun historyRunFrom(const Ledger &ledger, const RunFacts &facts)
{
    HistoryRun run = runHead(facts);
    if (run.snapshotPath.isEmpty())
        run.snapshotPath = ledger.snapshotPath;
    run.results.reserve(ledger.entries.size());
    for (const LedgerEntry &entry : ledger.entries) {
        const ResultRow &row = entry.row;
        run.results.append(HistoryResult{
            row.id, row.state, row.httpStatus, row.message, row.finishedAt, entry.newWorkflowRunId,
            entry.newWorkflowCreatedAt, followUpName(entry.followUp), entry.newDlqId});
    }
    countResults(run);
    return run;
}

QString runEndKey(RunEnd end)
{
    switch (end) {
    case RunEnd::Completed:
        return QStringLiteral("completed");
    case RunEnd::Cancelled:
        return QStringLiteral("cancelled");
    case RunEnd::TokenRejected:
        return QStringLiteral("token_rejected");
    case RunEnd::QuotaExhausted:
        return QStringLiteral("quota_exhausted");
    case RunEnd::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

std::optional<RunEnd> runEndFromKey(const QString &key)
{
    for (RunEnd end : {RunEnd::Completed, RunEnd::Cancelled, RunEnd::TokenRejected,
                       RunEnd::QuotaExhausted, RunEnd::Unreachable}) {
        if (runEndKey(end) == key)
            return end;
    }
    return std::nullopt;
}

QList<ResultRow> resultRowsFrom(const QList<HistoryResult> &results)
{
    QList<ResultRow> rows;
    rows.reserve(results.size());
    for (const HistoryResult &result : results) {
        ResultRow row;
        row.id = result.id;
        row.verdict = checkId(result.id);
        row.state = result.state;
        row.httpStatus = result.httpStatus;
        row.message = result.message;
        row.finishedAt = result.finishedAt;
        rows.append(row);
    }
    return rows;
}

QList<HistoryFollowUp> historyFollowUpsFrom(const Ledger &ledger)
{
    QList<HistoryFollowUp> found;
    for (int row = 0; row < ledger.entries.size(); ++row) {
        const LedgerEntry &entry = ledger.entries.at(row);
        if (entry.followUp != FollowUp::None)
            found.append({row, followUpName(entry.followUp), entry.newDlqId});
    }
    return found;
}

} // namespace dlq
