#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

namespace dlq::test {

// Reads `channel` until `needle` shows up (true) or the process ends or goes quiet for 10 s.
inline bool waitForText(QProcess &process, QProcess::ProcessChannel channel, const QString &needle,
                        QByteArray *seen)
{
    QSignalSpy ready(&process, channel == QProcess::StandardOutput
                                   ? &QProcess::readyReadStandardOutput
                                   : &QProcess::readyReadStandardError);
    for (;;) {
        *seen += channel == QProcess::StandardOutput ? process.readAllStandardOutput()
                                                     : process.readAllStandardError();
        if (QString::fromUtf8(*seen).contains(needle))
            return true;
        if (process.state() == QProcess::NotRunning || !ready.wait(10000))
            return false;
    }
}

// A pseudo-terminal for dlqctl's stdin, as when a person runs it: stdin is a terminal, so it
// asks, and what type() writes arrives as typed lines.
class Terminal
{
public:
    Terminal()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        m_slave = ::open(::ptsname(m_master), O_RDWR | O_NOCTTY);
    }
    ~Terminal()
    {
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;

    bool isValid() const { return m_master >= 0 && m_slave >= 0; }

    bool start(QProcess &process, const QProcessEnvironment &env, const QStringList &arguments)
    {
        process.setProcessEnvironment(env);
        const int slave = m_slave;
        process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
        process.start(QStringLiteral(DLQCTL_PATH), arguments);
        return process.waitForStarted(10000);
    }

    void type(const QByteArray &text)
    {
        [[maybe_unused]] const ssize_t written =
            ::write(m_master, text.constData(), size_t(text.size()));
    }

private:
    int m_master = -1;
    int m_slave = -1;
};

} // namespace dlq::test
