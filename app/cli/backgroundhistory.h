#pragma once

#include "cli/historyrecording.h"

#include <QString>
#include <QStringList>

#include <future>
#include <optional>
#include <thread>

namespace dlq::cli {

// writeHistory() for a run that is about to start: the history file is opened (the SQL plugin
// loaded, old runs pruned, the log earlier runs left folded in) on a thread of its own while
// the requests are in flight, and the finished run is written there while dlqctl prints its
// results. dlqctl's exit waits for the commit, so nothing is lost, but not for folding the log
// into the file (HistoryStore::OnClose::LeaveLog), which grows with the history.
class BackgroundHistory
{
public:
    // `ids`: the run's, for the history to read in what recording them will change.
    BackgroundHistory(const AppSettings &settings, const QStringList &ids);
    // Waits until the run is written; says on stderr when it could not be.
    ~BackgroundHistory();

    // At most once. Without it, nothing is written.
    void record(HistoryRun run);

private:
    HistoryTarget m_target;
    std::promise<std::optional<HistoryRun>> m_run;
    bool m_handedOver = false;
    QString m_error; // the thread's, read after join()
    qint64 m_runId = 0;
    std::thread m_thread;
};

} // namespace dlq::cli
