#pragma once

#include <QString>

namespace dlq {
class AppSettings;
}

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
// the app (AppSettings covers the last two). Never from the command line itself.
TokenLookup findToken(const QString &tokenFile, const AppSettings &settings);

// Reads and checks a token file: one line, trimmed. Messages name the file, never its content.
TokenLookup readTokenFile(const QString &path);

} // namespace dlq::cli
