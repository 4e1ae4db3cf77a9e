#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace dlq {

enum class EndpointPreset { Upstash, EuCentral, UsEast, LocalDev, Sandbox, Custom };

struct PresetInfo
{
    EndpointPreset preset;
    QString key;   // stable settings value, e.g. "upstash"
    QString label; // shown in the settings dialog
    QUrl url;      // empty for Sandbox (port chosen at start) and Custom
};

QList<PresetInfo> endpointPresets();
PresetInfo presetInfo(EndpointPreset preset);
EndpointPreset presetFromKey(const QString &key); // unknown keys fall back to Upstash

// The Upstash QStash hosts a token may belong to (docs/upstash-api.md), one per region: the
// list "Test connection" tries when a token is rejected on one of them.
QList<QUrl> upstashRegionUrls();

bool isLoopbackHost(const QString &host);

// The base URL without a trailing slash (a bare "/" path included): callers append
// "/v2/...", and a trailing slash would double it.
QUrl withoutTrailingSlash(const QUrl &url);

// Empty when the URL may carry the token; otherwise a sentence saying why not
// (not a URL, not http(s), plain http to a non-loopback host, has query/fragment/credentials).
QString checkBaseUrl(const QUrl &url);

} // namespace dlq
