#include "sandbox/sandboxruns.h"

namespace dlq {

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
