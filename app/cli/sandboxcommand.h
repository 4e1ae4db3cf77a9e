#pragma once

#include "cli/cliargs.h"
#include "sandbox/sandboxserver.h"

#include <QMap>
#include <QObject>

namespace dlq::cli {

class SignalWatcher;

// `dlqctl sandbox`: the practice server in the foreground on 127.0.0.1 until SIGINT/SIGTERM.
// Ends the event loop with QCoreApplication::exit(): 0 after a clean stop, 1 when it could not
// start.
class SandboxCommand : public QObject
{
    Q_OBJECT
public:
    explicit SandboxCommand(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxCommand() override;

    void start();

private:
    void stop();
    void fail(const QString &message);

    SandboxOptions m_options;
    SandboxServer m_server;
    SignalWatcher *m_signals = nullptr;
    bool m_finished = false;
    QMap<int, int> m_answersByStatus; // status (0: connection reset) -> answers
};

} // namespace dlq::cli
