#include "api/curlcommand.h"

#include "api/dlqrequests.h"

namespace dlq::api {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString curlGetEntryCommand(const QUrl &baseUrl, const QString &dlqId)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QString();
    const std::optional<RequestSpec> request = entryRequest(EntryCall::Get, baseUrl, dlqId);
    if (!request)
        return QString();
    // The URL the app would request, minus anything that must not be pasted around: a token
    // in the query (qstash_token) or user info would be a leak.
    QUrl url = request->url;
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return QStringLiteral("curl -sS -H \"Authorization: Bearer $QSTASH_TOKEN\" ") +
           shellQuote(url.toString(QUrl::FullyEncoded));
}

} // namespace dlq::api
