#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dlq {

// What a run the sandbox starts (resume, restart, failure-callback retry) does next.
enum class SandboxRunFate {
    Succeed,     // RUN_SUCCESS (a callback retry: CALLBACK_SUCCESS)
    FailAgain,   // RUN_FAILED, and back in the DLQ under a new dlqId with the same workflowRunId
                 // (a callback retry: CALLBACK_FAIL, the entry keeps its dlqId)
    KeepRunning, // RUN_STARTED (a callback retry: CALLBACK_INPROGRESS) until settled
};

// One run the sandbox started, as GET /v2/workflows/logs reports it.
struct SandboxRun
{
    QString workflowRunId;
    qint64 createdAt = 0;    // Unix ms, as the start answer's workflowCreatedAt
    qint64 completedAt = -1; // -1 while running
    QString action;          // "resume", "restart", "callback"
    QString fromDlqId;       // the entry it was started for
    QString workflowUrl;
    QString state;         // RUN_STARTED, RUN_SUCCESS, RUN_FAILED
    QString callbackState; // callback retries only: CALLBACK_INPROGRESS/SUCCESS/FAIL
    QString newDlqId;      // failed again: the entry it put back in the DLQ
    QJsonObject entry;     // the entry it came from: what goes back when it fails again
};

// The runs started so far (oldest first) and the fate the next ones get.
class SandboxRuns
{
public:
    void setDefaultFate(SandboxRunFate fate) { m_defaultFate = fate; }
    // Runs started from this DLQ entry get `fate` (overrides the default).
    void setFate(const QString &dlqId, SandboxRunFate fate) { m_fates.insert(dlqId, fate); }
    // Without a fate set: resume and restart runs succeed, and a callback retry stays in
    // progress (so it can be cancelled, as before runs had fates).
    SandboxRunFate fateFor(const QString &dlqId, const QString &action) const;

    void append(const SandboxRun &run) { m_runs.append(run); }
    const QList<SandboxRun> &all() const { return m_runs; }
    // The newest run with this ID (and creation time, when given); -1 when none.
    int indexOf(const QString &workflowRunId, std::optional<qint64> createdAt = {}) const;
    SandboxRun &at(int index) { return m_runs[index]; }

private:
    QList<SandboxRun> m_runs;
    QHash<QString, SandboxRunFate> m_fates;
    std::optional<SandboxRunFate> m_defaultFate;
};

} // namespace dlq
