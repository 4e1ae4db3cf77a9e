#pragma once

#include "sandbox/sandboxstore.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace dlq {

struct SandboxFilter
{
    SandboxStore::Predicate predicate; // always set; matches everything when isEmpty
    bool isEmpty = true;
    QByteArray error; // non-empty: a value was malformed (the API answers 400)
};

// The DLQ filters of the list and bulk endpoints, as the spec describes them: values of one
// filter are ORed (repeated parameters and comma-separated values alike), different filters
// are ANDed. Multi-value: workflowUrl (exact), label (any of the entry's labels),
// failureFunctionState, callerIp (the entry's callerIP), flowControlKey, and responseStatus
// (QStash's filter, kept for the sandbox's own tests). Single-value: workflowRunId,
// workflowCreatedAt, and fromDate/toDate (inclusive, on createdAt). Other parameters are
// ignored, as a lenient real server would.
SandboxFilter parseSandboxFilter(const QList<QPair<QString, QString>> &query);

// The failure callback's state of a stored entry, whichever shape it is stored in.
QString sandboxCallbackState(const QJsonObject &entry);

} // namespace dlq
