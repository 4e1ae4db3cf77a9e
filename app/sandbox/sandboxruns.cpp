#include "sandbox/sandboxruns.h"

namespace dlq {

SandboxRunFate SandboxRuns::fateFor(const QString &dlqId, const QString &action) const
{
    if (const auto it = m_fates.constFind(dlqId); it != m_fates.cend())
        return *it;
    if (m_defaultFate)
        return *m_defaultFate;
    return action == QLatin1String("callback") ? SandboxRunFate::KeepRunning
                                               : SandboxRunFate::Succeed;
}

int SandboxRuns::indexOf(const QString &workflowRunId, std::optional<qint64> createdAt) const
{
    for (int i = int(m_runs.size()) - 1; i >= 0; --i) {
        const SandboxRun &run = m_runs.at(i);
        if (run.workflowRunId == workflowRunId && (!createdAt || run.createdAt == *createdAt))
            return i;
    }
    return -1;
}

} // namespace dlq
