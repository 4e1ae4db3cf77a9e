#include "cli/backgroundhistory.h"

#include "history/historystore.h"

namespace dlq::cli {

BackgroundHistory::BackgroundHistory(const AppSettings &settings, const QStringList &ids)
    : m_target(HistoryTarget::of(settings))
{
    m_thread = std::thread([this, ids, finished = m_run.get_future()]() mutable {
        HistoryStore store;
        // The exit waits for this thread: closing must not fold the log into the file.
        store.open(m_target.path, m_target.retentionDays, HistoryStore::OnClose::LeaveLog);
        store.prepareFor(ids);
        std::optional<HistoryRun> run = finished.get();
        if (run)
            m_runId = store.recordNow(*run, &m_error);
    });
}

BackgroundHistory::~BackgroundHistory()
{
    if (!m_handedOver)
        m_run.set_value(std::nullopt);
    m_thread.join();
    if (m_handedOver && m_runId == 0)
        warnNotRecorded(m_error);
}

void BackgroundHistory::record(HistoryRun run)
{
    if (m_handedOver)
        return;
    m_handedOver = true;
    m_run.set_value(m_target.fill(std::move(run)));
}

} // namespace dlq::cli
