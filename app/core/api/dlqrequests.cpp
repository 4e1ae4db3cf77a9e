#include "api/dlqrequests.h"

#include "ids/idcheck.h"
#include "net/dlqurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace dlq {

QString entryCallName(EntryCall call)
{
    switch (call) {
    case EntryCall::Delete:
        return QStringLiteral("delete");
    case EntryCall::Get:
        return QStringLiteral("get");
    case EntryCall::Resume:
        return QStringLiteral("resume");
    case EntryCall::Restart:
        return QStringLiteral("restart");
    case EntryCall::Callback:
        return QStringLiteral("retry-callback");
    case EntryCall::CancelCallback:
        return QStringLiteral("cancel-callback");
    }
    return {};
}

bool isResumeRefusal(int httpStatus, const QString &message)
{
    return httpStatus == 400 &&
           (message.contains(QLatin1String("support resume"), Qt::CaseInsensitive) ||
            message.contains(QLatin1String("incompatible step"), Qt::CaseInsensitive));
}

bool takesOverrides(EntryCall call)
{
    return call == EntryCall::Resume || call == EntryCall::Restart;
}

bool startsRun(EntryCall call)
{
    return call == EntryCall::Resume || call == EntryCall::Restart || call == EntryCall::Callback;
}

std::optional<RequestSpec> entryRequest(EntryCall call, const QUrl &baseUrl, const QString &id,
                                        const api::DlqOverrides &overrides)
{
    if (!overrides.isEmpty() && (!takesOverrides(call) || !overrides.problems().isEmpty()))
        return std::nullopt;
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
    case EntryCall::CancelCallback:
        verb = "DELETE";
        action = QStringLiteral("callback");
        break;
    }
    const std::optional<QUrl> url = dlqEntryUrl(baseUrl, id, action);
    if (!url)
        return std::nullopt;
    RequestSpec spec{verb, *url, {}, {}};
    if (call == EntryCall::Get)
        spec.maxBodyBytes = kMaxEntryAnswerBytes;
    if (!overrides.isEmpty())
        spec.headers = overrides.headers();
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
    return bulkActionRequest(EntryCall::Delete, baseUrl, ids);
}

int maxBulkIds(EntryCall call)
{
    switch (call) {
    case EntryCall::Delete:
    case EntryCall::Resume:
        return kMaxBulkIds;
    case EntryCall::Restart:
        return kMaxBulkRestartIds;
    case EntryCall::Get:
    case EntryCall::Callback:
    case EntryCall::CancelCallback:
        break;
    }
    return 0;
}

std::optional<RequestSpec> bulkActionRequest(EntryCall call, const QUrl &baseUrl,
                                             const QStringList &ids,
                                             const api::DlqOverrides &overrides)
{
    if (ids.isEmpty() || ids.size() > maxBulkIds(call))
        return std::nullopt;
    if (!overrides.isEmpty() && (!takesOverrides(call) || !overrides.problems().isEmpty()))
        return std::nullopt;
    // dlqBulkDeleteUrl refuses an empty list and unsafe IDs and never adds a filter; the other
    // kinds differ only by a fixed last path segment.
    std::optional<QUrl> url = dlqBulkDeleteUrl(baseUrl, ids);
    if (!url)
        return std::nullopt;
    QByteArray verb = "DELETE";
    if (call != EntryCall::Delete) {
        verb = "POST";
        url->setPath(url->path(QUrl::FullyEncoded) + QLatin1Char('/') + entryCallName(call),
                     QUrl::StrictMode);
    }
    RequestSpec spec{verb, *url, {}, {}};
    if (!overrides.isEmpty())
        spec.headers = overrides.headers();
    return spec;
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

QList<StartedRun> readStartedRuns(const QByteArray &body)
{
    QList<StartedRun> runs;
    const QJsonArray array =
        QJsonDocument::fromJson(body).object().value(QLatin1String("workflowRuns")).toArray();
    for (const QJsonValue &value : array) {
        if (const std::optional<StartedRun> run =
                readStartedRun(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)))
            runs.append(*run);
    }
    return runs;
}

} // namespace dlq
