#include "sandbox/sandboxlogs.h"

#include "sandbox/httpresponsewriter.h"
#include "sandbox/sandboxrunactions.h"
#include "sandbox/sandboxstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace dlq {

namespace {

constexpr int kRunPageSize = 10; // the spec: run mode, "Max 10 (default 10)"

const QString kStarted = QStringLiteral("RUN_STARTED");

SandboxResponse answer(int status, QByteArray body)
{
    SandboxResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

QString newDlqId(const SandboxStore &store, qint64 now)
{
    for (int n = 0;; ++n) {
        const QString id = QString::number(now) + QLatin1Char('-') + QString::number(n);
        if (!store.contains(id))
            return id;
    }
}

void applyFate(SandboxStore &store, SandboxRun &run, SandboxRunFate fate)
{
    const bool callback = run.action == QLatin1String("callback");
    if (fate == SandboxRunFate::KeepRunning) {
        if (callback)
            run.callbackState = QStringLiteral("CALLBACK_INPROGRESS");
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    run.completedAt = now;
    const bool failed = fate == SandboxRunFate::FailAgain;
    if (callback) {
        run.callbackState =
            failed ? QStringLiteral("CALLBACK_FAIL") : QStringLiteral("CALLBACK_SUCCESS");
        if (const std::optional<QJsonObject> entry = store.find(run.fromDlqId))
            store.update(withSandboxCallbackState(*entry, run.callbackState));
        if (failed)
            run.newDlqId = run.fromDlqId;
        return;
    }
    run.state = failed ? QStringLiteral("RUN_FAILED") : QStringLiteral("RUN_SUCCESS");
    if (!failed)
        return;
    QJsonObject again = run.entry;
    run.newDlqId = newDlqId(store, now);
    again.insert(QStringLiteral("dlqId"), run.newDlqId);
    again.insert(QStringLiteral("workflowRunId"), run.workflowRunId);
    again.insert(QStringLiteral("workflowCreatedAt"), run.createdAt);
    again.insert(QStringLiteral("createdAt"), now);
    store.insert(again);
}

struct RunRef
{
    QString id;
    qint64 createdAt = 0;
};

// "ID1@TS1,ID2@TS2"; std::nullopt when a pair is malformed. The ID may itself hold '@', so the
// timestamp is what follows the last one.
std::optional<QList<RunRef>> readRunRefs(const QString &value)
{
    QList<RunRef> refs;
    const QStringList pairs = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype at = pair.lastIndexOf(QLatin1Char('@'));
        bool ok = false;
        const qint64 createdAt = at > 0 ? pair.mid(at + 1).toLongLong(&ok) : 0;
        if (!ok)
            return std::nullopt;
        refs.append({pair.left(at), createdAt});
    }
    return refs;
}

QJsonObject runJson(const SandboxRun &run, bool sdkShape)
{
    const bool callback = run.action == QLatin1String("callback");
    QJsonObject out{
        {QStringLiteral("workflowRunId"), run.workflowRunId},
        {QStringLiteral("workflowUrl"), run.workflowUrl},
        // A callback retry belongs to a run that failed; its own state is failureFunction's.
        {QStringLiteral("workflowState"), callback ? QStringLiteral("RUN_FAILED") : run.state},
        {QStringLiteral("workflowRunCreatedAt"), run.createdAt},
        {QStringLiteral("steps"), QJsonArray()},
    };
    if (run.completedAt >= 0)
        out.insert(QStringLiteral("workflowRunCompletedAt"), run.completedAt);
    const QJsonArray labels = run.entry.value(QLatin1String("labels")).toArray();
    if (sdkShape)
        out.insert(QStringLiteral("label"), labels.isEmpty() ? QJsonValue() : labels.first());
    else
        out.insert(QStringLiteral("labels"), labels);
    if (callback) {
        out.insert(QStringLiteral("failureFunction"),
                   QJsonObject{{QStringLiteral("state"), run.callbackState},
                               {QStringLiteral("dlqId"), run.fromDlqId}});
    } else if (!run.newDlqId.isEmpty() && !sdkShape) {
        out.insert(QStringLiteral("dlqId"), run.newDlqId);
    }
    return out;
}

} // namespace

QJsonObject startSandboxRun(SandboxStore &store, const QString &action, const QJsonObject &entry,
                            const QString &workflowRunId)
{
    SandboxRun run;
    run.workflowRunId = workflowRunId;
    run.createdAt = QDateTime::currentMSecsSinceEpoch();
    run.action = action;
    run.fromDlqId = entry.value(QLatin1String("dlqId")).toString();
    run.workflowUrl = entry.value(QLatin1String("workflowUrl")).toString();
    run.state = kStarted;
    run.entry = entry;
    applyFate(store, run, store.runs().fateFor(run.fromDlqId, action));
    store.runs().append(run);
    return {{QStringLiteral("workflowRunId"), run.workflowRunId},
            {QStringLiteral("workflowCreatedAt"), run.createdAt}};
}

bool settleSandboxRun(SandboxStore &store, const QString &workflowRunId, SandboxRunFate fate)
{
    const int index = store.runs().indexOf(workflowRunId);
    if (index < 0 || store.runs().at(index).completedAt >= 0)
        return false;
    applyFate(store, store.runs().at(index), fate);
    return true;
}

std::optional<SandboxResponse> handleWorkflowLogs(const SandboxRequest &request,
                                                  const QList<QPair<QString, QString>> &query,
                                                  const SandboxStore &store)
{
    const bool events = request.path == "/v2/workflows/events";
    if (!events && request.path != "/v2/workflows/logs")
        return std::nullopt;
    if (request.method != "GET")
        return answer(405, jsonErrorBody("method not allowed"));
    QHash<QString, QString> params;
    for (const auto &[key, value] : query)
        params.insert(key, value);
    if (events && params.value(QStringLiteral("groupBy")) != QLatin1String("workflowRunId"))
        return answer(400, jsonErrorBody("invalid groupBy value"));

    int count = kRunPageSize;
    if (params.contains(QStringLiteral("count"))) {
        bool ok = false;
        count = params.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1)
            return answer(400, jsonErrorBody("invalid count"));
        count = qMin(count, kRunPageSize);
    }
    std::function<bool(const SandboxRun &)> matches = [](const SandboxRun &) { return true; };
    if (params.contains(QStringLiteral("workflowRuns"))) {
        const std::optional<QList<RunRef>> refs =
            readRunRefs(params.value(QStringLiteral("workflowRuns")));
        if (!refs || refs->isEmpty())
            return answer(400, jsonErrorBody("invalid workflowRuns: expected ID@TS,ID@TS"));
        matches = [refs = *refs](const SandboxRun &run) {
            return std::any_of(refs.cbegin(), refs.cend(), [&run](const RunRef &ref) {
                return ref.id == run.workflowRunId && ref.createdAt == run.createdAt;
            });
        };
    } else if (params.contains(QStringLiteral("workflowRunId"))) {
        const QString id = params.value(QStringLiteral("workflowRunId"));
        bool hasTime = false;
        const qint64 createdAt =
            params.value(QStringLiteral("workflowCreatedAt")).toLongLong(&hasTime);
        matches = [id, hasTime, createdAt](const SandboxRun &run) {
            return run.workflowRunId == id && (!hasTime || run.createdAt == createdAt);
        };
    }
    QList<const SandboxRun *> found;
    const QList<SandboxRun> &runs = store.runs().all();
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (matches(*it))
            found.append(&*it);
    }
    int from = 0;
    if (const QString cursor = params.value(QStringLiteral("cursor")); !cursor.isEmpty()) {
        bool ok = false;
        from = cursor.startsWith(QLatin1Char('r')) ? cursor.mid(1).toInt(&ok) : 0;
        if (!ok || from < 0 || from > found.size())
            return answer(400, jsonErrorBody("invalid cursor"));
    }
    QJsonArray page;
    const int to = qMin(int(found.size()), from + count);
    for (int i = from; i < to; ++i)
        page.append(runJson(*found.at(i), events));
    QJsonObject body{{QStringLiteral("runs"), page}};
    const QString next = to < found.size() ? QStringLiteral("r%1").arg(to) : QString();
    if (!events || !next.isEmpty())
        body.insert(QStringLiteral("cursor"), next);
    return answer(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace dlq
