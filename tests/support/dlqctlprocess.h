#pragma once

// Runs the real dlqctl binary (DLQCTL_PATH) without blocking this thread's event loop: the
// test's in-process SandboxServer keeps answering while QSignalSpy::wait spins it.

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace dlq::test {

struct DlqctlRun
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

inline constexpr int kDlqctlTimeoutMs = 120000;

// Waits for a started `process` (`done` spies on its finished signal; it may have fired
// already), killing it after `timeoutMs`, and collects what it said.
inline DlqctlRun finishDlqctl(QProcess &process, QSignalSpy &done, int timeoutMs = kDlqctlTimeoutMs)
{
    DlqctlRun result;
    result.finished = !done.isEmpty() || done.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        done.wait(5000);
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline DlqctlRun runDlqctl(const QStringList &arguments, const QProcessEnvironment &env,
                           const QByteArray &input = {}, int timeoutMs = kDlqctlTimeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy done(&process, &QProcess::finished);
    process.start(QStringLiteral(DLQCTL_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    return finishDlqctl(process, done, timeoutMs);
}

} // namespace dlq::test
