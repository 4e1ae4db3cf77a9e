#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

#include <optional>

namespace dlq::testsupport {

// A "<field>: N kB" line of /proc/self/status (VmRSS, VmHWM…) in KiB; nothing where there is
// none (not Linux, no /proc), so a memory check skips instead of comparing zeros and passing.
// Shared by the intake test and the GUI benchmark.
inline std::optional<qint64> statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return std::nullopt;
}

} // namespace dlq::testsupport
