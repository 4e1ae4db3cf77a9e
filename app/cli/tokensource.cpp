#include "cli/tokensource.h"

#include "settings/appsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dlq::cli {

namespace {

QString sayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
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
        result.error = QStringLiteral(
            "No token: set QSTASH_TOKEN, pass --token-file FILE, or save a token in DLQ "
            "Manager's settings.");
    }
    return result;
}

} // namespace dlq::cli
