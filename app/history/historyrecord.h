#pragma once

#include "history/historyrun.h"
#include "results/ledger.h"
#include "results/resultrow.h"
#include "run/runconfig.h"

#include <QElapsedTimer>

#include <optional>

namespace dlq {

// What a finished run's caller knows besides its rows.
struct RunFacts
{
    QString profile; // the settings profile's name ("Default" before any other exists)
    QString host;
    QString action = QStringLiteral("delete");
    QString source;
    QString reason;
    RunEnd end = RunEnd::Completed;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QString snapshotPath; // the copy saved before a delete; empty: none

    // The run ended now, `how`, after what `clock` (started with the run) measured; an unstarted
    // clock records no duration. The one place every recorder fills the tail.
    void finish(RunEnd how, const QElapsedTimer &clock);
};

// How a run's action is recorded (history, snapshots): "delete", "bulk_delete", "resume",
// "bulk_restart"…
QString recordedActionName(EntryCall call, bool bulk);

// The one way a run becomes a history record, for the window and dlqctl alike: the rows of the
// run (indexes into `all`, a results model's rows()) with their outcomes, counted per result.
HistoryRun historyRunFrom(const QList<ResultRow> &all, const QList<int> &rows,
                          const RunFacts &facts);

// An action run (resume, restart, callback retry/cancel, delete --matching): every ledger
// entry with the workflow run it started. facts.action names the action; the ledger's snapshot
// path is kept when the facts name none.
HistoryRun historyRunFrom(const Ledger &ledger, const RunFacts &facts);
// What following found, per ledger row that it followed (HistoryStore::recordFollowUps).
QList<HistoryFollowUp> historyFollowUpsFrom(const Ledger &ledger);

QString runEndKey(RunEnd end); // "completed", "token_rejected"…
std::optional<RunEnd> runEndFromKey(const QString &key);

// Stored results as rows the results table and the exporter take.
QList<ResultRow> resultRowsFrom(const QList<HistoryResult> &results);

} // namespace dlq
