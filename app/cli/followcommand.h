#pragma once

#include "cli/commandsetup.h"
#include "run/runfollower.h"

#include <memory>

namespace dlq::cli {

// `dlqctl follow LEDGER.json`: reads an exported ledger and follows its runs again (useful when
// --follow stopped while runs were still going), then prints the ledger with the follow-ups.
// Sends only reads: the run logs and the DLQ list.
class FollowCommand : public ApiCommand
{
    Q_OBJECT
public:
    explicit FollowCommand(
        FollowCommandOptions options,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        QObject *parent = nullptr);
    ~FollowCommand() override;

private:
    void run() override;
    void interrupt() override;
    void onFinished();

    FollowCommandOptions m_options;
    std::unique_ptr<RunFollower> m_follower;
};

} // namespace dlq::cli
