#include "cli/sandboxcommand.h"

#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/signalwatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace dlq::cli {

SandboxCommand::SandboxCommand(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{}

SandboxCommand::~SandboxCommand() = default;

void SandboxCommand::start()
{
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::signalReceived, this, &SandboxCommand::stop);

    m_server.setToken(m_options.token);
    m_server.setLatencyMs(m_options.latencyMs);
    m_server.setRateLimit(m_options.rateLimit);
    m_server.setFaults(m_options.faults);
    m_server.setCallbackShape(m_options.callbackShape);
    if (m_options.runFate)
        m_server.setRunFate(*m_options.runFate);
    connect(&m_server, &SandboxServer::requestAnswered, this,
            [this](const SandboxRequest &, int status) { ++m_answersByStatus[status]; });
    const QStringList ids = m_server.seed(m_options.count, m_options.seed);

    // Written before listening is announced, so whoever waits for that line finds the file.
    if (!m_options.printIdsFile.isEmpty()) {
        QSaveFile file(m_options.printIdsFile);
        const QByteArray bytes = ids.isEmpty()
                                     ? QByteArray()
                                     : (ids.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            fail(QStringLiteral("Could not write %1: %2.")
                     .arg(QDir::toNativeSeparators(m_options.printIdsFile), file.errorString()));
            return;
        }
    }

    if (!m_server.listen(m_options.port)) {
        fail(QStringLiteral("Could not listen on 127.0.0.1:%1 (is the port in use?).")
                 .arg(m_options.port));
        return;
    }
    console::out(QStringLiteral("Sandbox listening on %1 (token: %2, %3 entries)\n")
                     .arg(m_server.baseUrl().toString(), m_server.token())
                     .arg(m_server.entryCount()));
    console::flush();
    console::err(QStringLiteral("Stop it with Ctrl+C.\n"));
}

void SandboxCommand::stop()
{
    if (m_finished)
        return;
    m_finished = true;
    const int requests = int(m_server.requests().size());
    const int deleted = int(m_server.deletedIds().size());
    m_server.close();
    console::out(QStringLiteral("Sandbox stopped after %1 %2 (%3 entries deleted, %4 left).\n")
                     .arg(requests)
                     .arg(requests == 1 ? QStringLiteral("request") : QStringLiteral("requests"))
                     .arg(deleted)
                     .arg(m_server.entryCount()));
    if (!m_answersByStatus.isEmpty()) {
        QStringList parts;
        for (auto it = m_answersByStatus.cbegin(); it != m_answersByStatus.cend(); ++it)
            parts.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
        console::out(
            QStringLiteral("Answers by status: %1\n").arg(parts.join(QStringLiteral(", "))));
    }
    console::flush();
    QCoreApplication::exit(ExitOk);
}

void SandboxCommand::fail(const QString &message)
{
    m_finished = true;
    console::err(message + QLatin1Char('\n'));
    console::flush();
    QCoreApplication::exit(ExitSomeFailed);
}

} // namespace dlq::cli
