#pragma once

#include "results/resultsmodel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace dlq {

// What a session directory held when the app last stopped, made safe to use again: rows that
// were in flight (Sending, Retrying) are Pending again with their outcome marked unknown.
struct RecoveredSession
{
    QList<ResultRow> rows; // in list order
    QString host;          // the target the list was being deleted from, for the restore prompt
    QString preset;
    // IDs whose last request may have reached the server (in flight at the crash, or
    // Cancelled): hand them to RunController::setOutcomeUnknown so a 404 counts as deleted.
    QSet<QString> unknownOutcomeIds;
    // Sentences for the person restoring, e.g. "The session journal was cut off at line 1234;
    // 1233 records recovered."
    QStringList warnings;
    QDateTime savedAt; // when the session was last written; invalid when nothing was found
    // An action run's context (SessionJournal::setActContext); empty for a delete session.
    QJsonObject act;
    QHash<QString, QJsonObject> details; // DLQ ID -> SessionJournal::recordDetail's detail
    std::array<int, kResultStateCount> counts{};
    // Rows a resumed run would send (Pending, Not sent, Token rejected): a Not sent row is
    // final for the run that stopped, yet its ID is still in the DLQ, so discarding it loses work.
    int unfinished = 0;
    // Of unknownOutcomeIds, the rows a resumed run sends again (a Cancelled row waits for
    // "Retry failed" instead).
    int unknownToResend = 0;

    bool isEmpty() const { return rows.isEmpty(); }
    int count(ResultState state) const { return counts[int(state)]; }
};

// Never throws and never fails: whatever cannot be read becomes a warning. Reads only.
RecoveredSession readSession(const QString &directory);
// readSession; when nothing at all could be read, the files are renamed to
// "*.corrupt-<timestamp>" so the next start does not stumble over them again.
RecoveredSession recoverSession(const QString &directory);

// Appends the recovered rows that are not in `model` yet, with their results, attempt history
// and "confirmed on retry" flags; returns how many were added. Best done before a
// SessionJournal is attached, so the journal starts from them in one snapshot.
int restoreInto(ResultsModel *model, const RecoveredSession &session);

} // namespace dlq
