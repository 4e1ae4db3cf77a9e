#pragma once

// What the Secret Service holds, asked from outside the app with secret-tool, as a person
// would check it. QtKeychain files an entry under the attributes server (the service name)
// and user (the key); `secret-tool search --all server "DLQ Manager"` lists them.

#include "secrets/keychainstore.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

// The secret stored for key, or an empty string when there is none (or no Secret Service).
inline QString keyringLookup(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"),
                dlq::KeychainTokenStore::service(), QStringLiteral("user"), key});
    if (!tool.waitForFinished(30000) || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

// Stores secret under key with the attributes QtKeychain uses; true on success.
inline bool keyringStore(const QString &key, const QString &secret)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label"),
                dlq::KeychainTokenStore::service(), QStringLiteral("server"),
                dlq::KeychainTokenStore::service(), QStringLiteral("user"), key,
                QStringLiteral("type"), QStringLiteral("plaintext")});
    if (!tool.waitForStarted(10000))
        return false;
    tool.write(secret.toUtf8());
    tool.closeWriteChannel();
    return tool.waitForFinished(30000) && tool.exitCode() == 0;
}

// Removes whatever is stored under key; true when secret-tool ran.
inline bool keyringClear(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("clear"), QStringLiteral("server"),
                dlq::KeychainTokenStore::service(), QStringLiteral("user"), key});
    return tool.waitForFinished(30000) && tool.exitStatus() == QProcess::NormalExit;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
