#include "sandbox/sandboxapi.h"

#include "sandbox/httpresponsewriter.h"
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxlogs.h"
#include "sandbox/sandboxrunactions.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace dlq {

namespace {

constexpr int DefaultPageSize = 100;
constexpr int MaxPageSize = 100;

using QueryItems = QList<QPair<QString, QString>>;

QString decodeQueryComponent(QByteArray raw)
{
    // Go's url.ParseQuery (which the real API is assumed to use) reads '+' as a space, so an
    // ID with a literal '+' must arrive as %2B; being just as strict catches clients that
    // forget it.
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

QueryItems parseQuery(const QByteArray &query)
{
    QueryItems items;
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({decodeQueryComponent(key), decodeQueryComponent(value)});
    }
    return items;
}

std::optional<QString> firstValue(const QueryItems &items, const QString &key)
{
    for (const auto &item : items) {
        if (item.first == key)
            return item.second;
    }
    return std::nullopt;
}

SandboxResponse json(int status, const QJsonObject &object)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse error(int status, const QByteArray &message)
{
    SandboxResponse response;
    response.status = status;
    response.body = jsonErrorBody(message);
    return response;
}

SandboxResponse methodNotAllowed()
{
    SandboxResponse response = error(405, "method not allowed");
    response.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, DELETE")));
    return response;
}

SandboxResponse listEntries(const QueryItems &items, const SandboxStore &store,
                            SandboxCallbackShape shape)
{
    int count = DefaultPageSize;
    if (const auto raw = firstValue(items, QStringLiteral("count")); raw && !raw->isEmpty()) {
        bool ok = false;
        count = raw->toInt(&ok);
        if (!ok || count < 1)
            return error(400, "invalid count");
        count = qMin(count, MaxPageSize);
    }
    const SandboxFilter filter = parseSandboxFilter(items);
    if (!filter.error.isEmpty())
        return error(400, filter.error);

    const QString cursor = firstValue(items, QStringLiteral("cursor")).value_or(QString());
    const auto page = store.page(cursor, count, filter.predicate);
    if (!page)
        return error(400, "invalid cursor");
    QJsonArray messages;
    for (const QJsonValue &entry : page->messages)
        messages.append(sandboxPresentedEntry(entry.toObject(), shape));
    QJsonObject object{{QStringLiteral("messages"), messages}};
    if (!page->nextCursor.isEmpty())
        object.insert(QStringLiteral("cursor"), page->nextCursor);
    return json(200, object);
}

SandboxApiResult bulkDelete(const QueryItems &items, SandboxStore &store)
{
    // Every bulk call is logged, so tests can prove the app never sends an unscoped one.
    SandboxBulkCall call = readSandboxBulkCall(QStringLiteral("delete"), items);
    SandboxApiResult result;
    int deleted = 0;
    if (!call.dlqIds.isEmpty()) {
        // The spec: "If provided, other filters are ignored." So a client that sends both
        // deletes every listed ID, filters or not; the sandbox must show that, not hide it.
        for (const QString &id : std::as_const(call.dlqIds)) {
            if (store.remove(id))
                ++deleted;
        }
    } else {
        const SandboxFilter filter = parseSandboxFilter(items);
        if (!filter.error.isEmpty()) {
            call.status = 400;
            store.recordBulkCall(call);
            return {error(400, filter.error), false};
        }
        // Faithful to the real API: no IDs and no filters empties the whole DLQ.
        result.unfilteredBulkDelete = filter.isEmpty;
        deleted = store.removeMatching(filter.predicate);
    }
    call.status = 200;
    store.recordBulkCall(call);
    result.response = json(200, QJsonObject{{QStringLiteral("deleted"), deleted}});
    return result;
}

SandboxResponse singleEntry(const QByteArray &method, const QString &dlqId, SandboxStore &store,
                            SandboxCallbackShape shape)
{
    if (method != "GET" && method != "DELETE")
        return methodNotAllowed();
    if (dlqId.trimmed().isEmpty())
        return error(400, "invalid dlq id");
    if (method == "GET") {
        const auto entry = store.find(dlqId);
        return entry ? json(200, sandboxPresentedEntry(*entry, shape))
                     : error(404, "dlq message not found");
    }
    if (!store.remove(dlqId))
        return error(404, "dlq message not found");
    SandboxResponse response;
    response.status = 200;
    return response;
}

} // namespace

// Entries are stored with both forms of the failure callback's state; each shape keeps one.
QJsonObject sandboxPresentedEntry(QJsonObject entry, SandboxCallbackShape shape)
{
    if (shape == SandboxCallbackShape::Spec) {
        entry.remove(QStringLiteral("failureCallbackInfo"));
    } else {
        const QString state = sandboxCallbackState(entry);
        entry.remove(QStringLiteral("failureFunctionState"));
        if (!state.isEmpty() && !entry.contains(QStringLiteral("failureCallbackInfo")))
            entry.insert(QStringLiteral("failureCallbackInfo"),
                         QJsonObject{{QStringLiteral("state"), state}});
    }
    return entry;
}

bool hasBearerToken(const SandboxRequest &request, const QString &token)
{
    const QByteArray value = request.header("authorization");
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).toLower() != "bearer")
        return false;
    return value.mid(space + 1).trimmed() == token.toUtf8();
}

SandboxApiResult handleDlqApiRequest(const SandboxRequest &request, SandboxStore &store,
                                     SandboxCallbackShape shape)
{
    static const QByteArray collection = QByteArrayLiteral("/v2/workflows/dlq");
    static const QByteArray entryPrefix = QByteArrayLiteral("/v2/workflows/dlq/");
    const QByteArray &path = request.path;

    if (path == collection) {
        const QueryItems items = parseQuery(request.query);
        if (request.method == "GET")
            return {listEntries(items, store, shape), false};
        if (request.method == "DELETE")
            return bulkDelete(items, store);
        return {methodNotAllowed(), false};
    }

    for (const char *action : {"resume", "restart"}) {
        const QByteArray bulkPath = collection + '/' + action;
        if (path == bulkPath) {
            if (request.method != "POST")
                return {methodNotAllowed(), false};
            return {handleDlqBulkRunAction(QString::fromLatin1(action), parseQuery(request.query),
                                           store),
                    false};
        }
    }
    if (std::optional<SandboxResponse> response = handleDlqRunAction(request, store))
        return {*response, false};
    if (std::optional<SandboxResponse> logs =
            handleWorkflowLogs(request, parseQuery(request.query), store))
        return {*logs, false};
    if (path.startsWith(entryPrefix)) {
        const QByteArray segment = path.mid(entryPrefix.size());
        const QString dlqId = QString::fromUtf8(QByteArray::fromPercentEncoding(segment));
        const bool dotSegment = dlqId == QLatin1String(".") || dlqId == QLatin1String("..");
        if (!segment.contains('/') && !dotSegment)
            return {singleEntry(request.method, dlqId, store, shape), false};
    }
    return {error(404, "not found"), false};
}

} // namespace dlq
