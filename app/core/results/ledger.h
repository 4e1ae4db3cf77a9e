#pragma once

#include "api/dlqfilter.h"
#include "api/dlqrequests.h"
#include "results/resultrow.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dlq {

// What a look-up before sending again found: a try of a non-idempotent call (resume, restart)
// ended without an answer, so before repeating it the entry was read (GET /dlq/{id}).
enum class LookupFinding {
    None,       // not looked up
    StillInDlq, // the entry was there, so the call was sent again
    Gone,       // 404: not sent again; the earlier request probably took effect
};

QString lookupKey(LookupFinding finding); // "", "still_in_dlq", "gone"

// What one action did to one DLQ entry: the ID's result as for a delete, plus the workflow run
// the server started for it (resume, restart, callback retry). A plain value.
struct LedgerEntry
{
    ResultRow row; // id, result, HTTP status, message, attempts, timing
    EntryCall action = EntryCall::Delete;
    QString newWorkflowRunId;         // empty: none started, or a bulk call (not linked)
    qint64 newWorkflowCreatedAt = -1; // Unix ms; -1 unknown
    int chunk = -1;                   // bulk: which request carried it; -1 per ID
    LookupFinding lookup = LookupFinding::None;

    // "started", "deleted", "callback_retried", "callback_canceled", "started_in_bulk",
    // "deleted_in_bulk", "refused", "not_found", "failed", "not_sent", "cancelled",
    // "outcome_unknown" (a look-up found the entry gone after a try without an answer).
    QString outcome() const;
};

// One action over a list of IDs, in the order they were sent, with what framed it.
struct Ledger
{
    EntryCall action = EntryCall::Delete;
    QString host;
    QString reason;        // typed by the operator (--reason); may be empty
    bool matching = false; // the IDs are the frozen set of a filter
    api::DlqFilter filter;
    QDateTime previewedAt;        // when the frozen set was taken
    int frozen = -1;              // IDs in the frozen set
    int arrivedAfterPreview = -1; // matched the filter afterwards, not in the set, untouched
    QString snapshotPath;         // where the entries were saved before a delete; empty: not saved
    QList<LedgerEntry> entries;

    QList<ResultState> states() const;
    // {"app", "exportedAt", "host", "action", "reason", "counts", ["frozen",
    // "arrivedAfterPreview", "filter", "previewedAt"], "results": [{"id", "result", …,
    // "newWorkflowRunId", "newWorkflowCreatedAt", "outcome"}]}: delete's shape, extended.
    QByteArray toJson(const QDateTime &exportedAt = QDateTime::currentDateTimeUtc()) const;
    // id,action,result,http_status,message,attempts,new_workflow_run_id,
    // new_workflow_created_at,outcome
    QByteArray toCsv() const;
    // JSON for a .json path, else CSV, written atomically; empty on success, else why not.
    QString writeFile(const QString &path) const;
};

} // namespace dlq
