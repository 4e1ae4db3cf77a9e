#pragma once

#include <QObject>
#include <QString>

namespace dlq {
class AppSettings;
class TokenStore;
} // namespace dlq

namespace dlq::cli {

struct TokenLookup
{
    QString token;   // empty when none was found; never printed
    QString source;  // for people: "--token-file /path", "QSTASH_TOKEN", "DLQ Manager's settings"
    QString error;   // why the token file could not be used, or that there is no token at all
    QString warning; // e.g. the token file is readable by other users
};

inline constexpr qint64 kMaxTokenFileBytes = 16 * 1024;

// Where dlqctl gets the token, first match wins: --token-file, QSTASH_TOKEN, the token saved by
// the app (AppSettings covers the last two; a token the app keeps in the keychain needs
// TokenSource). Never from the command line itself.
TokenLookup findToken(const QString &tokenFile, const AppSettings &settings);

// findToken(), plus the app's token from the system keychain when the app keeps it there: that
// read is asynchronous (D-Bus), so the answer comes through found(), always from the event
// loop. dlqctl only reads: a token still in the settings file is used from there.
class TokenSource : public QObject
{
    Q_OBJECT
public:
    TokenSource(const AppSettings *settings, TokenStore *keychain, QObject *parent = nullptr);

    void lookup(const QString &tokenFile);

Q_SIGNALS:
    void found(const dlq::cli::TokenLookup &lookup);

private:
    void onKeychainAnswer(int request, const QString &token, const QString &error);

    const AppSettings *m_settings;
    TokenStore *m_keychain;
    int m_request = 0;
};

// Reads and checks a token file: one line, trimmed. Messages name the file, never its content.
TokenLookup readTokenFile(const QString &path);

} // namespace dlq::cli
