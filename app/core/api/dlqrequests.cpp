#include "api/dlqrequests.h"

#include "ids/idcheck.h"
#include "net/dlqurl.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace dlq {

std::optional<RequestSpec> entryRequest(EntryCall call, const QUrl &baseUrl, const QString &id)
{
    QByteArray verb = "POST";
    QString action;
    switch (call) {
    case EntryCall::Delete:
        verb = "DELETE";
        break;
    case EntryCall::Get:
        verb = "GET";
        break;
    case EntryCall::Resume:
        action = QStringLiteral("resume");
        break;
    case EntryCall::Restart:
        action = QStringLiteral("restart");
        break;
    case EntryCall::Callback:
        action = QStringLiteral("callback");
        break;
    }
    const std::optional<QUrl> url = dlqEntryUrl(baseUrl, id, action);
    if (!url)
        return std::nullopt;
    RequestSpec spec{verb, *url, {}, {}};
    if (call == EntryCall::Get)
        spec.maxBodyBytes = kMaxEntryAnswerBytes;
    return spec;
}

std::optional<RequestSpec> listPageRequest(const QUrl &baseUrl, const api::DlqFilter &filter,
                                           int count, const QString &cursor)
{
    if (count < 1 || count > kMaxListPageSize)
        return std::nullopt;
    const std::optional<QUrl> url = api::filteredListUrl(baseUrl, filter, count, cursor);
    if (!url)
        return std::nullopt;
    RequestSpec spec{"GET", *url, {}, {}};
    spec.maxBodyBytes = kMaxListPageBytes;
    return spec;
}

bool isBulkSendable(const QString &id)
{
    return checkId(id).isSendable() && !id.contains(QLatin1Char(','));
}

QList<QStringList> bulkChunks(const QStringList &ids, int chunkSize)
{
    const qsizetype size = qBound(1, chunkSize, kMaxBulkIds);
    QList<QStringList> chunks;
    for (qsizetype from = 0; from < ids.size(); from += size)
        chunks.append(ids.mid(from, size));
    Q_ASSERT(std::none_of(chunks.cbegin(), chunks.cend(),
                          [](const QStringList &chunk) { return chunk.isEmpty(); }));
    return chunks;
}

std::optional<RequestSpec> bulkDeleteRequest(const QUrl &baseUrl, const QStringList &ids)
{
    // dlqBulkDeleteUrl refuses an empty list and unsafe IDs and never adds a filter.
    if (ids.size() > kMaxBulkIds)
        return std::nullopt;
    const std::optional<QUrl> url = dlqBulkDeleteUrl(baseUrl, ids);
    if (!url)
        return std::nullopt;
    return RequestSpec{"DELETE", *url, {}, {}};
}

int deletedCount(const QByteArray &body)
{
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(QLatin1String("deleted"));
    if (!value.isDouble())
        return -1;
    const double n = value.toDouble();
    return n >= 0 && n <= std::numeric_limits<int>::max() ? int(n) : -1;
}

std::optional<StartedRun> readStartedRun(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue id = object.value(QLatin1String("workflowRunId"));
    if (!id.isString() || id.toString().isEmpty())
        return std::nullopt;
    StartedRun run;
    run.workflowRunId = id.toString();
    const QJsonValue created = object.value(QLatin1String("workflowCreatedAt"));
    if (created.isDouble())
        run.workflowCreatedAt = qint64(created.toDouble());
    return run;
}

} // namespace dlq
