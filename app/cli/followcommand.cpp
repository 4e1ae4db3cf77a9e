#include "cli/followcommand.h"

#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/followargs.h"
#include "cli/ledgerprinter.h"
#include "results/ledgerfile.h"

#include <QFile>

namespace dlq::cli {

FollowCommand::FollowCommand(FollowCommandOptions options, const QProcessEnvironment &env,
                             QObject *parent)
    : ApiCommand(options, options, env, parent), m_options(std::move(options))
{}

FollowCommand::~FollowCommand() = default;

void FollowCommand::run()
{
    if (!m_token.error.isEmpty()) {
        fail(ExitUsage, m_token.error);
        return;
    }
    if (const QString problem = checkOutputWritable(); !problem.isEmpty()) {
        fail(ExitUsage, problem);
        return;
    }
    QFile file;
    bool opened = false;
    if (m_options.ledgerFile == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(m_options.ledgerFile);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        fail(ExitUsage,
             QStringLiteral("Cannot read %1: %2").arg(m_options.ledgerFile, file.errorString()));
        return;
    }
    QString error;
    const std::optional<Ledger> ledger = readLedgerJson(file.readAll(), &error);
    if (!ledger) {
        fail(ExitUsage, QStringLiteral("%1: %2").arg(m_options.ledgerFile, error));
        return;
    }
    if (!ledger->host.isEmpty() && ledger->host != host())
        console::err(QStringLiteral("Warning: the ledger is from %1; following on %2.\n")
                         .arg(ledger->host, host()));
    watchSignals();
    m_clock.start();
    console::err(QStringLiteral("Following the runs of %1 on %2 (up to %3 s)…\n")
                     .arg(m_options.ledgerFile, host())
                     .arg(m_options.follow.timeoutSeconds));
    m_follower = std::make_unique<RunFollower>(&m_nam, runConfig());
    m_follower->setFollowConfig(followConfigFor(m_options.follow));
    connect(m_follower.get(), &RunFollower::finished, this, &FollowCommand::onFinished);
    m_follower->start(*ledger);
}

void FollowCommand::interrupt()
{
    if (m_follower && m_follower->isRunning()) {
        console::err(QStringLiteral("Interrupted: following stopped.\n"));
        m_follower->cancel();
        return;
    }
    finish(ExitInterrupted);
}

void FollowCommand::onFinished()
{
    const Ledger &ledger = m_follower->ledger();
    const int code =
        deliver(renderLedger(ledger, m_output.format), m_interrupted ? ExitInterrupted : ExitOk);
    console::err(followSummary(ledger, m_follower->stopReason()));
    finish(code);
}

} // namespace dlq::cli
