#include "sandbox/sandboxrunactions.h"

#include "sandbox/httpresponsewriter.h"
#include "sandbox/sandboxstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlq {

namespace {

SandboxResponse answer(int status, QByteArray body)
{
    SandboxResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

} // namespace

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
    if (request.method != "POST")
        return answer(405, jsonErrorBody("method not allowed"));
    const QString dlqId = QString::fromUtf8(QByteArray::fromPercentEncoding(segment));
    if (segment.contains('/') || dlqId.trimmed().isEmpty() || dlqId == QLatin1String(".") ||
        dlqId == QLatin1String(".."))
        return answer(400, jsonErrorBody("invalid dlq id"));
    const std::optional<QJsonObject> entry = store.find(dlqId);
    if (!entry)
        return answer(404, jsonErrorBody("dlq message not found"));

    QString runId = entry->value(QLatin1String("workflowRunId")).toString();
    if (action != "callback") {
        // A resumed or restarted workflow is a new run, and no longer in the DLQ.
        store.remove(dlqId);
        runId = QStringLiteral("wfr_") +
                QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray(action + segment), QCryptographicHash::Sha1)
                        .toHex()
                        .left(20));
    }
    const QJsonObject body{
        {QStringLiteral("workflowRunId"), runId},
        {QStringLiteral("workflowCreatedAt"), QDateTime::currentMSecsSinceEpoch()}};
    return answer(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace dlq
