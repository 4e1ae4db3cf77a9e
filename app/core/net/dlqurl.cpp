#include "net/dlqurl.h"

#include "ids/idcheck.h"

namespace dlq {

namespace {

// The base URL's own path (a reverse proxy prefix, say), without the trailing slash, in the
// shape Qt will put on the wire: Qt's HTTP stack sends paths with NormalizePathSegments applied.
QString basePathPrefix(const QUrl &baseUrl)
{
    QString prefix = baseUrl.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!prefix.isEmpty() && !prefix.startsWith(QLatin1Char('/')))
        prefix.prepend(QLatin1Char('/'));
    return prefix;
}

// Scheme, host and port of the base; credentials, query and fragment never travel along.
QUrl originOf(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

QString dlqCollectionPath()
{
    return QStringLiteral("/v2/workflows/dlq");
}

std::optional<QUrl> dlqEntryUrl(const QUrl &baseUrl, const QString &dlqId, const QString &action)
{
    if (!checkId(dlqId).isSendable())
        return std::nullopt;
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty())
        return std::nullopt;
    // Actions are the app's own words, never user input: plain lower-case letters only.
    for (const QChar c : action) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return std::nullopt;
    }

    QString prefix = basePathPrefix(baseUrl) + dlqCollectionPath() + QLatin1Char('/');
    if (!action.isEmpty())
        prefix += action + QLatin1Char('/');
    // Everything but A-Z a-z 0-9 - _ ~ is encoded, '.' included. Qt 6 QUrl nevertheless decodes
    // every percent-encoded unreserved character (%2E -> '.') whichever way the URL is built, so
    // the guarantee against dot segments is checkId() refusing "." and "..", and the checks below.
    const QByteArray requested =
        QUrl::toPercentEncoding(dlqId, QByteArray(), QByteArrayLiteral("."));
    // What QUrl keeps after its normalisation: unreserved characters literal, the rest encoded.
    const QString expected = prefix + QString::fromLatin1(dlqId.toUtf8().toPercentEncoding());

    QUrl url = originOf(baseUrl);
    url.setPath(prefix + QString::fromLatin1(requested), QUrl::StrictMode);

    // Belt and braces: whatever Qt did to the path, the request must still name exactly this one
    // entry, also after the normalisation Qt applies when it writes the request line.
    if (!url.isValid() || url.hasQuery() || url.hasFragment() ||
        url.path(QUrl::FullyEncoded) != expected ||
        url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded) != expected) {
        return std::nullopt;
    }
    return url;
}

std::optional<QUrl> workflowsApiUrl(const QUrl &baseUrl, const QString &leaf, const QString &query)
{
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty())
        return std::nullopt;
    const QString path = basePathPrefix(baseUrl) + QStringLiteral("/v2/workflows/") + leaf;
    QUrl url = originOf(baseUrl);
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(query, QUrl::StrictMode);
    // The query names the runs: one Qt altered could ask about other runs than the caller's.
    if (!url.isValid() || url.hasFragment() || url.query(QUrl::FullyEncoded) != query ||
        url.path(QUrl::FullyEncoded) != path)
        return std::nullopt;
    return url;
}

QString hostForDisplay(const QUrl &url)
{
    QString text = url.host();
    if (text.contains(QLatin1Char(':'))) // IPv6 literal
        text = QLatin1Char('[') + text + QLatin1Char(']');
    const int port = url.port();
    const int schemeDefault = url.scheme() == QLatin1String("https")  ? 443
                              : url.scheme() == QLatin1String("http") ? 80
                                                                      : -1;
    if (port >= 0 && port != schemeDefault)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

QUrl dlqListUrl(const QUrl &baseUrl, int count, const QString &cursor)
{
    QUrl url = originOf(baseUrl);
    url.setPath(basePathPrefix(baseUrl) + dlqCollectionPath(), QUrl::StrictMode);

    QString query;
    if (count > 0)
        query = QStringLiteral("count=") + QString::number(count);
    if (!cursor.isEmpty()) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        // Fully encoded so '&', '=', '+' and '#' in a cursor cannot break the query apart.
        query += QStringLiteral("cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    }
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    return url;
}

std::optional<QUrl> dlqBulkDeleteUrl(const QUrl &base, const QStringList &ids)
{
    if (ids.isEmpty())
        return std::nullopt;
    if (!base.isValid() || base.scheme().isEmpty() || base.host().isEmpty())
        return std::nullopt;

    QString query;
    for (const QString &id : ids) {
        if (!checkId(id).isSendable() || id.contains(QLatin1Char(',')))
            return std::nullopt;
        if (!query.isEmpty())
            query += QLatin1Char('&');
        // Everything but unreserved characters is encoded: '+' would decode to a space and
        // '&', '=' or '#' would cut the ID short or add parameters.
        query += QStringLiteral("dlqIds=") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    }

    QUrl url = originOf(base);
    url.setPath(basePathPrefix(base) + dlqCollectionPath(), QUrl::StrictMode);
    url.setQuery(query, QUrl::StrictMode);
    // Every ID must come out exactly as encoded above: a query Qt altered could name fewer IDs,
    // and with none left the server deletes everything.
    if (!url.isValid() || url.hasFragment() || url.query(QUrl::FullyEncoded) != query ||
        url.path(QUrl::FullyEncoded) != basePathPrefix(base) + dlqCollectionPath()) {
        return std::nullopt;
    }
    return url;
}

} // namespace dlq
