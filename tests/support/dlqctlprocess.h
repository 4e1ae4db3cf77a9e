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
    QString out;
    QString err;
};

inline DlqctlRun runDlqctl(const QStringList &arguments, const QProcessEnvironment &env,
                           const QByteArray &input = {}, int timeoutMs = 120000)
{
    DlqctlRun result;
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy done(&process, &QProcess::finished);
    process.start(QStringLiteral(DLQCTL_PATH), arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    result.finished = done.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        done.wait(5000);
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace dlq::test
