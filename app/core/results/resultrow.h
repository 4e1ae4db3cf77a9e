#pragma once

#include "ids/idcheck.h"
#include "results/resultstate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTypeInfo>

namespace dlq {

// One try of one ID, for the Attempts column's detail.
struct AttemptInfo
{
    int httpStatus = 0; // 0: no HTTP response
    QString error;      // short: "timed out", "connection reset", "HTTP 503"…
    qint64 durationMs = 0;
    qint64 waitMs = 0; // how long the run waited before the next try (0: none followed)
};

} // namespace dlq

// Before ResultRow's QList of them: the type info must precede any QList<AttemptInfo>.
Q_DECLARE_TYPEINFO(dlq::AttemptInfo, Q_RELOCATABLE_TYPE);

namespace dlq {

// What is known about one ID: a plain value shared by the engine, the model, the journal and
// the exports (the table model only holds a list of them).
struct ResultRow
{
    QString id;
    IdVerdict verdict;
    ResultState state = ResultState::Pending;
    int httpStatus = 0; // 0: no HTTP response
    QString message;    // server's error, body excerpt, network error or validation reason
    int attempts = 0;
    qint64 durationMs = -1; // -1: not sent
    QDateTime finishedAt;   // invalid for rows that were never sent
    // A 404 after an attempt whose outcome was unknown (timeout, reset, abort): the earlier
    // attempt deleted it. Counted as Deleted; the table says why.
    bool confirmedOnRetry = false;
    QList<AttemptInfo> history; // every try, oldest first (all runs)
};

// A run started now would send this row: it is waiting and its ID may go out.
inline bool awaitsSending(const ResultRow &row)
{
    return isUnsent(row.state) && row.verdict.isSendable();
}

} // namespace dlq

// Moved by memcpy when a list of 100 000 grows (a paste), not one by one.
Q_DECLARE_TYPEINFO(dlq::ResultRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(dlq::ResultRow)
