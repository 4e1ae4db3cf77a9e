#include "sandbox/sandboxrunactions.h"

#include "sandbox/httpresponsewriter.h"
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxlogs.h"
#include "sandbox/sandboxstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlq {

namespace {

const QString kInProgress = QStringLiteral("CALLBACK_INPROGRESS");

SandboxResponse answer(int status, QByteArray body)
{
    SandboxResponse response;
    response.status = status;
    response.body = std::move(body);
    if (!response.body.isEmpty())
        response.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

SandboxResponse json(int status, const QJsonObject &object)
{
    return answer(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString newRunId(const QString &action, const QString &dlqId)
{
    const QByteArray seed = action.toUtf8() + '/' + dlqId.toUtf8();
    return QStringLiteral("wfr_") +
           QString::fromLatin1(
               QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(20));
}

QByteArray incompatible(const QJsonObject &entry)
{
    const QString step =
        QUrl(entry.value(QLatin1String("url")).toString()).path().section(QLatin1Char('/'), -1);
    const QString name = step.isEmpty() ? QStringLiteral("step-2") : step;
    return jsonErrorBody(QStringLiteral("HTTP status 400. Incompatible step name. Expected %1, "
                                        "got %1-renamed")
                             .arg(name)
                             .toUtf8());
}

// Resume or restart one stored entry: the new run (recorded for the logs); the entry leaves
// the DLQ unless kept.
QJsonObject start(const QString &action, const QString &dlqId, SandboxStore &store)
{
    const QJsonObject entry = store.find(dlqId).value_or(QJsonObject());
    if (!store.keepsAfterRun())
        store.remove(dlqId);
    return startSandboxRun(store, action, entry, newRunId(action, dlqId));
}

SandboxResponse callback(const QByteArray &method, const QJsonObject &entry, SandboxStore &store)
{
    const QString state = sandboxCallbackState(entry);
    if (method == "DELETE") {
        if (state != kInProgress)
            return answer(400, jsonErrorBody("no in-progress failure callback to cancel"));
        store.update(withSandboxCallbackState(entry, QStringLiteral("CALLBACK_CANCELED")));
        return answer(302, {});
    }
    if (state != QLatin1String("CALLBACK_FAIL")) {
        return answer(400, jsonErrorBody("workflow doesn't have a failed callback, or it is "
                                         "already in-progress, succeeded or was canceled"));
    }
    const QJsonObject inProgress = withSandboxCallbackState(entry, kInProgress);
    store.update(inProgress);
    return json(200, startSandboxRun(store, QStringLiteral("callback"), inProgress,
                                     entry.value(QLatin1String("workflowRunId")).toString()));
}

bool isFilterParameter(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("fromDate"),
        QStringLiteral("toDate"),
        QStringLiteral("workflowUrl"),
        QStringLiteral("workflowRunId"),
        QStringLiteral("workflowCreatedAt"),
        QStringLiteral("label"),
        QStringLiteral("failureFunctionState"),
        QStringLiteral("callerIp"),
        QStringLiteral("flowControlKey"),
        QStringLiteral("responseStatus"),
    };
    return names.contains(name);
}

} // namespace

QJsonObject withSandboxCallbackState(QJsonObject entry, const QString &state)
{
    entry.insert(QStringLiteral("failureFunctionState"), state);
    QJsonObject info = entry.value(QLatin1String("failureCallbackInfo")).toObject();
    if (!info.isEmpty()) {
        info.insert(QStringLiteral("state"), state);
        entry.insert(QStringLiteral("failureCallbackInfo"), info);
    }
    return entry;
}

std::optional<SandboxResponse> handleDlqRunAction(const SandboxRequest &request,
                                                  SandboxStore &store)
{
    static const QByteArray prefix = QByteArrayLiteral("/v2/workflows/dlq/");
    if (!request.path.startsWith(prefix))
        return std::nullopt;
    const QByteArray rest = request.path.mid(prefix.size());
    const qsizetype slash = rest.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const QByteArray action = rest.left(slash);
    if (action != "resume" && action != "restart" && action != "callback")
        return std::nullopt;
    const QByteArray segment = rest.mid(slash + 1);
    const bool cancel = action == "callback" && request.method == "DELETE";
    if (request.method != "POST" && !cancel)
        return answer(405, jsonErrorBody("method not allowed"));
    const QString dlqId = QString::fromUtf8(QByteArray::fromPercentEncoding(segment));
    if (segment.contains('/') || dlqId.trimmed().isEmpty() || dlqId == QLatin1String(".") ||
        dlqId == QLatin1String(".."))
        return answer(400, jsonErrorBody("invalid dlq id"));
    const std::optional<QJsonObject> entry = store.find(dlqId);
    if (!entry)
        return answer(404, jsonErrorBody("dlq message not found"));
    if (action == "callback")
        return callback(request.method, *entry, store);
    if (action == "resume" && store.isResumeIncompatible(dlqId))
        return answer(400, incompatible(*entry));
    return json(200, start(QString::fromLatin1(action), dlqId, store));
}

SandboxBulkCall readSandboxBulkCall(const QString &action,
                                    const QList<QPair<QString, QString>> &query)
{
    SandboxBulkCall call;
    call.action = action;
    for (const auto &[key, value] : query) {
        if (key == QLatin1String("dlqIds")) {
            const QStringList parts = value.split(QLatin1Char(','));
            for (const QString &part : parts) {
                if (!part.trimmed().isEmpty())
                    call.dlqIds.append(part);
            }
        } else if (key == QLatin1String("cursor")) {
            call.cursor = value;
        } else if (key == QLatin1String("count")) {
            bool ok = false;
            const int count = value.toInt(&ok);
            call.count = ok ? count : 0;
        } else if (isFilterParameter(key) && !value.isEmpty()) {
            call.filters.append({key, value});
        }
    }
    return call;
}

SandboxResponse handleDlqBulkRunAction(const QString &action,
                                       const QList<QPair<QString, QString>> &query,
                                       SandboxStore &store)
{
    SandboxBulkCall call = readSandboxBulkCall(action, query);
    const int limit = action == QLatin1String("restart") ? 50 : 100;
    auto done = [&](SandboxResponse response) {
        call.status = response.status;
        store.recordBulkCall(call);
        return response;
    };
    if (call.count == 0 || call.count < -1)
        return done(answer(400, jsonErrorBody("invalid count")));

    QStringList targets;
    QString nextCursor;
    if (!call.dlqIds.isEmpty()) {
        // "If provided, other filters are ignored."
        if (call.dlqIds.size() > limit)
            return done(answer(400, jsonErrorBody("too many dlqIds for one request")));
        for (const QString &id : std::as_const(call.dlqIds)) {
            if (!store.contains(id))
                return done(answer(404, jsonErrorBody("Some DLQ messages were not found")));
        }
        targets = call.dlqIds;
    } else {
        const SandboxFilter filter = parseSandboxFilter(query);
        if (!filter.error.isEmpty())
            return done(answer(400, jsonErrorBody(filter.error)));
        const int count = call.count > 0 ? qMin(call.count, limit) : limit;
        const auto page = store.page(call.cursor, count, filter.predicate);
        if (!page)
            return done(answer(400, jsonErrorBody("invalid cursor")));
        for (const QJsonValue &entry : page->messages)
            targets.append(entry.toObject().value(QLatin1String("dlqId")).toString());
        nextCursor = page->nextCursor;
    }
    if (action == QLatin1String("resume")) {
        for (const QString &id : std::as_const(targets)) {
            if (store.isResumeIncompatible(id))
                return done(answer(400, incompatible(*store.find(id))));
        }
    }
    QJsonArray runs;
    for (const QString &id : std::as_const(targets))
        runs.append(start(action, id, store));
    QJsonObject body{{QStringLiteral("workflowRuns"), runs}};
    if (!nextCursor.isEmpty())
        body.insert(QStringLiteral("cursor"), nextCursor);
    return done(json(200, body));
}

} // namespace dlq
