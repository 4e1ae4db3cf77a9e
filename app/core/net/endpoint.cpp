#include "net/endpoint.h"
#include "util/translate.h"

#include <QHostAddress>

namespace dlq {

QList<PresetInfo> endpointPresets()
{
    return {
        {EndpointPreset::Upstash, QStringLiteral("upstash"), dlq::tr("Upstash (qstash.upstash.io)"),
         QUrl(QStringLiteral("https://qstash.upstash.io"))},
        {EndpointPreset::EuCentral, QStringLiteral("eu-central-1"),
         dlq::tr("Upstash EU central (qstash-eu-central-1.upstash.io)"),
         QUrl(QStringLiteral("https://qstash-eu-central-1.upstash.io"))},
        {EndpointPreset::UsEast, QStringLiteral("us-east-1"),
         dlq::tr("Upstash US east (qstash-us-east-1.upstash.io)"),
         QUrl(QStringLiteral("https://qstash-us-east-1.upstash.io"))},
        {EndpointPreset::LocalDev, QStringLiteral("local-dev"),
         dlq::tr("Local development server (127.0.0.1:8080)"),
         QUrl(QStringLiteral("http://127.0.0.1:8080"))},
        {EndpointPreset::Sandbox, QStringLiteral("sandbox"),
         dlq::tr("Built-in sandbox (practice data on this computer)"), QUrl()},
        {EndpointPreset::Custom, QStringLiteral("custom"), dlq::tr("Custom URL"), QUrl()},
    };
}

PresetInfo presetInfo(EndpointPreset preset)
{
    const QList<PresetInfo> presets = endpointPresets();
    for (const PresetInfo &info : presets) {
        if (info.preset == preset)
            return info;
    }
    return presets.constFirst();
}

EndpointPreset presetFromKey(const QString &key)
{
    const QString wanted = key.trimmed();
    const QList<PresetInfo> presets = endpointPresets();
    for (const PresetInfo &info : presets) {
        if (info.key.compare(wanted, Qt::CaseInsensitive) == 0)
            return info.preset;
    }
    return EndpointPreset::Upstash;
}

QList<QUrl> upstashRegionUrls()
{
    QList<QUrl> urls;
    for (EndpointPreset preset :
         {EndpointPreset::Upstash, EndpointPreset::EuCentral, EndpointPreset::UsEast})
        urls.append(presetInfo(preset).url);
    return urls;
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h == QLatin1String("localhost") || h == QLatin1String("localhost."))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    // setAddress() rejects names, so a host like "127.0.0.1.example.com" stays non-loopback.
    return address.setAddress(h) && address.isLoopback();
}

QString checkBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return dlq::tr("No server URL is set; enter one such as https://qstash.upstash.io.");
    if (!url.isValid()) {
        return dlq::tr("This is not a valid URL; it should look like "
                       "https://qstash.upstash.io.");
    }
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty()) {
        return dlq::tr("The URL has no scheme; start it with https://, for example "
                       "https://qstash.upstash.io.");
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return dlq::tr("Only https:// (or http:// for this computer) URLs are supported, "
                       "not %1://.")
            .arg(scheme);
    }
    if (url.host().isEmpty()) {
        return dlq::tr("The URL has no host name; it should look like "
                       "https://qstash.upstash.io.");
    }
    if (!url.userInfo().isEmpty() || url.authority().contains(QLatin1Char('@'))) {
        return dlq::tr("The URL contains a user name or password; remove it and put the "
                       "token in the token field instead.");
    }
    if (url.hasQuery()) {
        return dlq::tr("The URL contains a query (the part after “?”); enter only the "
                       "server address, the app adds the rest.");
    }
    if (url.hasFragment()) {
        return dlq::tr("The URL contains a fragment (the part after “#”); enter only the "
                       "server address, the app adds the rest.");
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return dlq::tr("Plain http:// would send your token unencrypted; use https:// "
                       "(http is only allowed for this computer: localhost/127.0.0.1).");
    }
    return QString();
}

QUrl withoutTrailingSlash(const QUrl &url)
{
    // StripTrailingSlash leaves a bare "/" path alone.
    if (url.path() == QLatin1String("/")) {
        QUrl copy = url;
        copy.setPath(QString());
        return copy;
    }
    return url.adjusted(QUrl::StripTrailingSlash);
}

} // namespace dlq
