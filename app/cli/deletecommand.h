#pragma once

#include "cli/backgroundhistory.h"
#include "cli/cliargs.h"
#include "cli/commandsetup.h"
#include "cli/confirmprompt.h"
#include "cli/deleteplan.h"
#include "cli/deletereport.h"
#include "cli/progressline.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "run/snapshotrun.h"
#include "session/sessionjournal.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

namespace dlq::cli {

// `dlqctl delete`: follows its DeletePlan (deleteplan.h; the input is judged before
// ApiCommand finds the server), asks for confirmation, watches for signals, runs the deletes
// through RunController (one per ID, or in bulk chunks) and hands the outcome to the report writer
// (deletereport.h). Runs on the application's event loop and ends it with
// QCoreApplication::exit(exit code).
class DeleteCommand : public ApiCommand
{
    Q_OBJECT
public:
    DeleteCommand(DeleteOptions options,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                  QObject *parent = nullptr);
    ~DeleteCommand() override;

private:
    bool prepare() override;
    void run() override;
    void interrupt() override;
    bool decide(); // false: finished already (an error, or the dry run)
    void finishSession(RunEnd end);
    void askThenRun();
    void send();
    void takeSnapshot(const RunConfig &config); // then startDeletes(), or the command ends
    void startDeletes(const RunConfig &config);
    RunConfig deleteRunConfig() const;
    void onNotFoundGuard(int count);
    void onRunFinished(RunEnd end);
    RunEnding ending(RunEnd end) const;
    void recordHistory(RunEnd end);

    DeleteOptions m_options;
    // Before the controller: destroyed after it, so the run's managers shut down while the
    // history is written.
    std::unique_ptr<BackgroundHistory> m_history;
    ResultsModel m_model;
    RunController m_controller;
    ConfirmPrompt m_prompt;
    ProgressLine m_progress;
    DeletePlan m_plan;
    std::unique_ptr<SessionJournal> m_journal;
    QPointer<SnapshotRun> m_snapshot; // the copy before the deletes, while it is taken
    QString m_snapshotPath;
    QDateTime m_startedAt;
    bool m_running = false;
    bool m_guardStopped = false; // by the not-found guard, not by the user
};

} // namespace dlq::cli
