#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

namespace dlq::testsupport {

// A "<field>: N kB" line of /proc/self/status (VmRSS, VmHWM…) in KiB; 0 where there is none
// (not Linux). Shared by the intake test and the GUI benchmark.
inline qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace dlq::testsupport
