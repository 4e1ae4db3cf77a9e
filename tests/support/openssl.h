#pragma once

// The openssl command, for tests that make throwaway certificates.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace dlq::test {

// Runs `openssl arguments…` in `directory`. Returns what went wrong; empty when it worked.
inline QString runOpenssl(const QString &directory, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("openssl"), arguments);
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return {};
    return QStringLiteral("openssl ") + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") +
           QString::fromLocal8Bit(process.readAllStandardError()) + process.errorString();
}

} // namespace dlq::test
