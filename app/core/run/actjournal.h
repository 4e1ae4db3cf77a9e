#pragma once

#include "run/actrun.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dlq {

// An interrupted action run read back from its journal directory (ActRun::setJournal), for
// dlqctl --resume and the window's restore question alike. Reads only.
struct InterruptedAct
{
    bool recoverable = false; // the directory holds something: rows, or damage to report
    bool found = false;       // an unfinished action session with its rows
    QJsonObject act; // the journal's context as written (actContext plus what the caller added)
    ActPlan plan;
    ActRestore restore;
    QStringList warnings; // damage found while reading
    QDateTime savedAt;

    QString host() const;
    QString profile() const;     // empty: dlqctl, or the window's only profile
    QDateTime startedAt() const; // invalid when the journal does not say
    int total() const { return int(plan.ids.size()); }
    int settled() const { return int(restore.settled.size()); }
    int inFlight() const { return int(restore.unknown.size()); }
};

// Recovers the directory (a damaged journal is read up to the damage; see recoverSession()).
// An action session has a context (act); a recoverable one without it is a delete session.
InterruptedAct readInterruptedAct(const QString &directory);

// Context keys the window adds to actContext(): where the run went and when it began, so a
// restore can tell whether the current target is the same one and say when it started.
void addWindowContext(QJsonObject &act, const QString &profile, const QString &baseUrl,
                      const QDateTime &startedAt);

// Why the interrupted run may not continue on the current target; empty: it may. An action
// continues only where it began: same server and profile, with a token to send.
QString continueRefusal(const InterruptedAct &act, const QString &baseUrl, const QString &profile,
                        bool tokenAvailable);

// A resumed run's ledger says what the first run was for: its reason (unless a new one was
// given) and the frozen-set figures.
void restoreFrame(Ledger &ledger, const QJsonObject &act);

} // namespace dlq
