#pragma once

// The environment every test gives a dlqctl process: never the caller's as is. No real token,
// URL or logging rules, and HOME and the XDG folders (config, data, cache) inside `home`, so
// the app's saved settings and session are the test's own.

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace dlq::test {

// `token` empty: no QSTASH_TOKEN at all.
inline QProcessEnvironment dlqctlEnvironment(const QTemporaryDir &home, const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QSTASH_TOKEN"));
    env.remove(QStringLiteral("QSTASH_URL"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    if (!token.isEmpty())
        env.insert(QStringLiteral("QSTASH_TOKEN"), token);
    return env;
}

} // namespace dlq::test
