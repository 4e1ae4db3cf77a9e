#pragma once

#include "results/resultstate.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace dlq {

// One ID's outcome in one run, as the history keeps it.
struct HistoryResult
{
    QString id;
    ResultState state = ResultState::Pending;
    int httpStatus = 0; // 0: no HTTP response
    QString message;
    QDateTime finishedAt;             // invalid: never answered
    QString newWorkflowRunId;         // resume, restart, callback retry: the run it started
    qint64 newWorkflowCreatedAt = -1; // Unix ms; -1 unknown
    QString followUp; // what became of that run (followUpName()); empty: not followed
    QString newDlqId; // followUp "failed_again": the entry the new run left in the DLQ
};

// What following found for one result of a recorded run (HistoryStore::recordFollowUps).
struct HistoryFollowUp
{
    int row = 0; // the result's place in the run
    QString followUp;
    QString newDlqId;
};

// One run as the history keeps it: what was done, where, with what outcome. Never the token.
struct HistoryRun
{
    qint64 id = 0; // assigned by the store
    QDateTime startedAt;
    QDateTime finishedAt;
    QString profile; // the settings profile's name; empty for runs from before profiles
    QString host;
    QString action;  // "delete", "bulk_delete", or an action run's: "resume", "restart"…
    QString source;  // "app" or "dlqctl"
    QString outcome; // how the run ended: "completed", "cancelled", "token_rejected"…
    QString reason;  // typed at confirmation; may be empty
    int count = 0;   // IDs in the run
    QMap<QString, int> counts; // resultKey() -> rows
    qint64 durationMs = 0;
    QString snapshotPath;         // the copy of the entries saved before a delete; empty: none
    QList<HistoryResult> results; // only filled when recording or loading one run
};

// A search by ID: one run that had this ID, and what happened to it there.
struct HistoryHit
{
    HistoryRun run; // without results
    HistoryResult result;
};

} // namespace dlq

Q_DECLARE_METATYPE(dlq::HistoryRun)
