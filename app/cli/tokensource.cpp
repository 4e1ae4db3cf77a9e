#include "cli/tokensource.h"

#include "settings/appsettings.h"
#include "settings/tokenkeeper.h"
#include "settings/tokenstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace dlq::cli {

namespace {

QString sayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString noTokenMessage()
{
    return QStringLiteral("No token: set QSTASH_TOKEN, pass --token-file FILE, or save a token "
                          "in DLQ Manager's settings.");
}

bool othersMayRead(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    return info.permissions().testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther);
#else
    Q_UNUSED(info);
    return false;
#endif
}

} // namespace

TokenLookup readTokenFile(const QString &path)
{
    TokenLookup result;
    result.source = QStringLiteral("--token-file ") + sayPath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("Cannot read the token file %1: %2.")
                           .arg(sayPath(path), file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(kMaxTokenFileBytes + 1);
    if (bytes.size() > kMaxTokenFileBytes) {
        result.error = QStringLiteral("The token file %1 is larger than %2 KiB; it should hold "
                                      "only the token.")
                           .arg(sayPath(path))
                           .arg(kMaxTokenFileBytes / 1024);
        return result;
    }
    const QString token = QString::fromUtf8(bytes).trimmed();
    if (token.isEmpty()) {
        result.error = QStringLiteral("The token file %1 is empty.").arg(sayPath(path));
        return result;
    }
    for (const QChar c : token) {
        // Whitespace inside means two values, or a "KEY=value" file with more lines; sending
        // that as a bearer token would fail, or leak the other values to the server.
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            result.error = QStringLiteral("The token file %1 holds more than the token (it has "
                                          "spaces or several lines); put only the token in it.")
                               .arg(sayPath(path));
            return result;
        }
    }
    result.token = token;
    if (othersMayRead(QFileInfo(path))) {
        result.warning = QStringLiteral("Warning: the token file %1 can be read by other users; "
                                        "restrict it with: chmod 600 %1")
                             .arg(sayPath(path));
    }
    return result;
}

TokenLookup findToken(const QString &tokenFile, const AppSettings &settings)
{
    if (!tokenFile.isEmpty())
        return readTokenFile(tokenFile);
    TokenLookup result;
    result.token = settings.effectiveToken();
    if (settings.tokenFromEnvironment()) {
        result.source = QStringLiteral("QSTASH_TOKEN");
    } else if (!result.token.isEmpty()) {
        result.source = QStringLiteral("DLQ Manager's settings");
    } else {
        result.error = noTokenMessage();
    }
    return result;
}

TokenSource::TokenSource(const AppSettings *settings, TokenStore *keychain, QObject *parent)
    : QObject(parent), m_settings(settings), m_keychain(keychain)
{
    if (m_keychain)
        connect(m_keychain, &TokenStore::finished, this, &TokenSource::onKeychainAnswer);
}

void TokenSource::lookup(const QString &tokenFile)
{
    const bool inKeychain = tokenFile.isEmpty() && !m_settings->tokenFromEnvironment() &&
                            m_settings->tokenStorage() == AppSettings::TokenStorage::Keychain;
    if (inKeychain && m_keychain) {
        m_request = m_keychain->read(m_settings->tokenKey());
        return;
    }
    const TokenLookup result = findToken(tokenFile, *m_settings);
    QTimer::singleShot(0, this, [this, result] { Q_EMIT found(result); });
}

void TokenSource::onKeychainAnswer(int request, const QString &token, const QString &error)
{
    if (request != m_request)
        return;
    TokenLookup result;
    result.source = QStringLiteral("the system keychain (DLQ Manager's token)");
    result.token = token.trimmed();
    if (!error.isEmpty()) {
        // The app keeps the token there; reading another copy instead would be a guess.
        result.error = QStringLiteral("DLQ Manager keeps the token in the system keychain, "
                                      "which cannot be read: %1. Set QSTASH_TOKEN or pass "
                                      "--token-file FILE.")
                           .arg(error);
    } else if (result.token.isEmpty()) {
        result.error = noTokenMessage();
    }
    Q_EMIT found(result);
}

} // namespace dlq::cli
