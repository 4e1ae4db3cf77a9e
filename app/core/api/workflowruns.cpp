#include "api/workflowruns.h"

#include "net/dlqurl.h"
#include "util/translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dlq::api {

namespace {

// A cursor of up to this many bytes is allowed for when batching, so later pages fit too.
constexpr int kCursorAllowance = 200;

qint64 readTime(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? parsed : -1;
}

QString runPair(const RunRef &run)
{
    // Fully encoded: '&', '=', '+' or '#' in an ID must not split the query; '@' too, and the
    // server reads the time after the last '@'.
    return QString::fromLatin1(QUrl::toPercentEncoding(run.workflowRunId)) + QLatin1Char('@') +
           QString::number(run.createdAt);
}

bool canTravel(const RunRef &run)
{
    return !run.workflowRunId.trimmed().isEmpty() && run.createdAt >= 0 &&
           !run.workflowRunId.contains(QLatin1Char(','));
}

} // namespace

QString runLogSourceName(RunLogSource source)
{
    return source == RunLogSource::Events ? QStringLiteral("events") : QStringLiteral("logs");
}

WorkflowRunPage parseWorkflowRunPage(const QByteArray &body)
{
    WorkflowRunPage page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error = dlq::tr("The run logs answer is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return page;
    }
    if (!document.isObject()) {
        page.error = dlq::tr("The run logs answer is not a JSON object.");
        return page;
    }
    const QJsonObject root = document.object();
    const QJsonValue cursor = root.value(QLatin1String("cursor"));
    if (!cursor.isUndefined() && !cursor.isNull() && !cursor.isString()) {
        page.error = dlq::tr("The run logs answer has a cursor that is not a string.");
        return page;
    }
    page.cursor = cursor.toString();
    const QJsonValue runs = root.value(QLatin1String("runs"));
    if (runs.isUndefined() || runs.isNull())
        return page;
    if (!runs.isArray()) {
        page.error = dlq::tr("The run logs answer has \"runs\" that is not a list.");
        return page;
    }
    const QJsonArray list = runs.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject run = list.at(i).toObject();
        WorkflowRunLog log;
        log.workflowRunId = run.value(QLatin1String("workflowRunId")).toString();
        if (log.workflowRunId.isEmpty()) {
            page.problems.append(dlq::tr("Run %1 of the page has no workflowRunId.").arg(i + 1));
            continue;
        }
        log.createdAt = readTime(run.value(QLatin1String("workflowRunCreatedAt")));
        log.completedAt = readTime(run.value(QLatin1String("workflowRunCompletedAt")));
        log.state = run.value(QLatin1String("workflowState")).toString();
        log.dlqId = run.value(QLatin1String("dlqId")).toString();
        const QJsonObject callback = run.value(QLatin1String("failureFunction")).toObject();
        log.callbackState = callback.value(QLatin1String("state")).toString();
        log.callbackDlqId = callback.value(QLatin1String("dlqId")).toString();
        page.runs.append(log);
    }
    return page;
}

std::optional<RequestSpec> runLogsRequest(const QUrl &baseUrl, RunLogSource source,
                                          const QList<RunRef> &runs, const QString &cursor,
                                          int count, int maxUrlBytes)
{
    if (runs.isEmpty() || count < 1 || count > kMaxRunLogPageSize)
        return std::nullopt;
    QString query;
    if (source == RunLogSource::Events)
        query = QStringLiteral("groupBy=workflowRunId&");
    query += QStringLiteral("workflowRuns=");
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (!canTravel(runs.at(i)))
            return std::nullopt;
        query += (i > 0 ? QStringLiteral(",") : QString()) + runPair(runs.at(i));
    }
    query += QStringLiteral("&count=") + QString::number(count);
    if (!cursor.isEmpty())
        query += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    const std::optional<QUrl> url = workflowsApiUrl(baseUrl, runLogSourceName(source), query);
    if (!url || url->toEncoded().size() > maxUrlBytes)
        return std::nullopt;
    RequestSpec spec{"GET", *url, {}, {}};
    spec.maxBodyBytes = kMaxRunLogAnswerBytes;
    return spec;
}

RunBatches runLogBatches(const QUrl &baseUrl, RunLogSource source, const QList<RunRef> &runs,
                         int maxUrlBytes, int maxRuns)
{
    RunBatches out;
    const int budget = maxUrlBytes - kCursorAllowance;
    QList<RunRef> batch;
    for (const RunRef &run : runs) {
        if (!runLogsRequest(baseUrl, source, {run}, {}, kMaxRunLogPageSize, budget)) {
            out.refused.append(run);
            continue;
        }
        batch.append(run);
        if (batch.size() > maxRuns ||
            !runLogsRequest(baseUrl, source, batch, {}, kMaxRunLogPageSize, budget)) {
            batch.removeLast();
            out.batches.append(batch);
            batch = {run};
        }
    }
    if (!batch.isEmpty())
        out.batches.append(batch);
    return out;
}

} // namespace dlq::api
