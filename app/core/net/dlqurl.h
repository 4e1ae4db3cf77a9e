#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dlq {

// "/v2/workflows/dlq": the collection every DLQ call lives under.
QString dlqCollectionPath();

// Target for one entry: {base}/v2/workflows/dlq/{one percent-encoded segment}, or with an
// action ("resume", "restart", "callback") {base}/v2/workflows/dlq/{action}/{segment}.
// std::nullopt unless checkId(dlqId).isSendable(): an empty ID would address the bulk
// endpoint, which wipes the whole DLQ.
std::optional<QUrl> dlqEntryUrl(const QUrl &baseUrl, const QString &dlqId,
                                const QString &action = {});

// "host" or "host:port" (an IPv6 literal in brackets): the port only when the URL names one
// other than its scheme's default, as a person would write the address.
QString hostForDisplay(const QUrl &url);

// GET list target: {base}/v2/workflows/dlq?count=N&cursor=C (each only when set).
QUrl dlqListUrl(const QUrl &baseUrl, int count = 0, const QString &cursor = {});

// {base}/v2/workflows/{leaf}?{query}: `leaf` is the app's own word ("logs", "events") and
// `query` already fully percent-encoded. std::nullopt when Qt would send anything else.
std::optional<QUrl> workflowsApiUrl(const QUrl &baseUrl, const QString &leaf, const QString &query);

} // namespace dlq

namespace dlq {

// Bulk DELETE target: {base}/v2/workflows/dlq?dlqIds=a&dlqIds=b…, each ID fully
// percent-encoded. std::nullopt for an empty list or when any ID is unsendable (see checkId)
// or contains ',' (servers also split dlqIds on commas, so "a,b" would delete both a and b):
// a bulk DELETE without dlqIds empties the whole DLQ, so no ID may vanish on the way.
std::optional<QUrl> dlqBulkDeleteUrl(const QUrl &base, const QStringList &ids);

} // namespace dlq
