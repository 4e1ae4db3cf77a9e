#pragma once

#include "cli/actsession.h"
#include "cli/commandsetup.h"
#include "cli/confirmprompt.h"
#include "cli/progressline.h"
#include "run/actrun.h"
#include "run/frozenset.h"
#include "run/runfollower.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace dlq::cli {

// `dlqctl resume|restart|retry-callback|cancel-callback` (and `delete --matching`): takes IDs,
// or freezes the entries a filter matches (--matching), shows or asks, then acts on exactly
// those IDs through ActRun and prints the ledger: delete's result shape plus the new run per
// ID, and for --matching the frozen count and the entries that arrived after the preview
// (which are never touched).
class ActCommand : public ApiCommand
{
    Q_OBJECT
public:
    explicit ActCommand(ActOptions options,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                        QObject *parent = nullptr);
    ~ActCommand() override;

private:
    void run() override;
    void interrupt() override;
    bool loadGivenIds();
    void onPreviewed(PagerEnd end, const QString &message);
    void proceed();
    void printDryRun();
    void askThenAct();
    bool saveSnapshot(); // false: failed, and the command ended
    void act();
    void onActFinished(RunEnd end, const QString &recountError);
    void report(const Ledger &ledger, const QString &followStop);
    QString verb() const;

    ActOptions m_options;
    ActPlan m_plan;
    std::optional<FrozenSet> m_frozen;
    std::unique_ptr<SetFreezer> m_freezer;
    std::unique_ptr<ActRun> m_run;
    std::unique_ptr<RunFollower> m_follower; // --follow
    RunEnd m_end = RunEnd::Completed;
    QString m_recountError;
    ConfirmPrompt m_prompt;
    ProgressLine m_progress;
    QString m_snapshotPath;
    QDateTime m_startedAt;
    ActSession m_session; // --session: the journal's plan and what a restore found
};

} // namespace dlq::cli
