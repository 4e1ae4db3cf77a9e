#include "sandbox/sandboxseed.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <iterator>
#include <random>
#include <utility>

namespace dlq {

namespace {

// The most one seeded entry follows the one before it; see makeSeedEntries.
constexpr qint64 kMaxGapMs = 150 + 45000;

std::function<qint64()> &sandboxClock()
{
    static std::function<qint64()> clock;
    return clock;
}

// Picks from a fixed table; `gen() % size` rather than a std distribution because the
// distributions differ between standard libraries and seeds must mean the same everywhere.
template<typename T, std::size_t N> const T &pick(std::mt19937 &gen, const T (&table)[N])
{
    return table[gen() % N];
}

QString workflowRunId(std::mt19937 &gen)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString id = QStringLiteral("wfr_");
    for (int i = 0; i < 21; ++i)
        id += QLatin1Char(alphabet[gen() % (sizeof(alphabet) - 1)]);
    return id;
}

QJsonArray values(const QString &value)
{
    return QJsonArray{value};
}

QString httpDate(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

struct Workflow
{
    const char *name;
    const char *bodyKey;
    const char *bodyPrefix;
};

const Workflow workflows[] = {
    {"order-sync", "orderId", "ord_"},
    {"invoice-reminder", "invoiceId", "inv_"},
    {"send-welcome-email", "userId", "usr_"},
    {"sync-inventory", "sku", "SKU-"},
    {"charge-subscription", "subscriptionId", "sub_"},
    {"nightly-report", "reportId", "rep_"},
    {"refund-payment", "paymentId", "pay_"},
    {"import-csv", "uploadId", "upl_"},
};

const char *const hosts[] = {"api.example.com", "app.acme.dev", "workers.shop.example.org"};

struct Failure
{
    int status;
    const char *body;
};

const Failure failures[] = {
    {500, R"({"error":"Internal Server Error"})"},
    {500, R"j({"error":"TypeError: Cannot read properties of undefined (reading 'id')"})j"},
    {502, "<html><body><h1>502 Bad Gateway</h1></body></html>"},
    {503, R"({"error":"database is unavailable"})"},
    {504, R"({"error":"FUNCTION_INVOCATION_TIMEOUT"})"},
    {400, R"({"error":"invalid payload: missing field \"email\""})"},
    {404, R"({"error":"workflow route not found"})"},
    {422, R"({"error":"card_declined"})"},
};

const char *const labelSets[][2] = {
    {"production", nullptr}, {"production", "priority"}, {"staging", nullptr},
    {"billing", nullptr},    {nullptr, nullptr},
};

QJsonObject makeEntry(std::mt19937 &gen, const QString &dlqId, qint64 createdAtMs)
{
    const Workflow &workflow = pick(gen, workflows);
    const QString workflowUrl = QStringLiteral("https://") + QLatin1String(pick(gen, hosts)) +
                                QStringLiteral("/api/workflow/") + QLatin1String(workflow.name);
    const QString runId = workflowRunId(gen);
    const int maxRetries = gen() % 4 == 0 ? 5 : 3;
    const bool hasFailureCallback = gen() % 3 == 0;
    const Failure &failure = pick(gen, failures);
    const QString body = QStringLiteral("{\"") + QLatin1String(workflow.bodyKey) +
                         QStringLiteral("\":\"") + QLatin1String(workflow.bodyPrefix) +
                         QString::number(10000 + gen() % 90000) + QStringLiteral("\"}");

    QJsonArray labels;
    for (const char *label : pick(gen, labelSets)) {
        if (label)
            labels.append(QLatin1String(label));
    }

    static const char *const callbackStates[] = {"CALLBACK_FAIL", "CALLBACK_SUCCESS",
                                                 "CALLBACK_INPROGRESS"};
    const QString failureFunctionState =
        hasFailureCallback ? QLatin1String(pick(gen, callbackStates)) : QString();
    const QString flowControlKey =
        gen() % 2 == 0 ? QStringLiteral("tenant-") + QString::number(gen() % 40) : QString();
    const QString callerIp = QStringLiteral("203.0.113.") + QString::number(1 + gen() % 254);
    const qint64 workflowCreatedAt = createdAtMs - 2000 - static_cast<qint64>(gen() % 3600000);

    const QJsonObject requestHeader{
        {QStringLiteral("Content-Type"), values(QStringLiteral("application/json"))},
        {QStringLiteral("Upstash-Workflow-Runid"), values(runId)},
        {QStringLiteral("Upstash-Workflow-Url"), values(workflowUrl)},
        {QStringLiteral("Upstash-Workflow-Init"), values(QStringLiteral("false"))},
        {QStringLiteral("Upstash-Retries"), values(QString::number(maxRetries))},
    };
    const bool htmlBody = QByteArray(failure.body).startsWith('<');
    const QJsonObject responseHeader{
        {QStringLiteral("Content-Type"),
         values(htmlBody ? QStringLiteral("text/html") : QStringLiteral("application/json"))},
        {QStringLiteral("Date"), values(httpDate(createdAtMs))},
    };

    return QJsonObject{
        {QStringLiteral("dlqId"), dlqId},
        {QStringLiteral("workflowUrl"), workflowUrl},
        {QStringLiteral("workflowRunId"), runId},
        {QStringLiteral("workflowCreatedAt"), workflowCreatedAt},
        {QStringLiteral("url"), workflowUrl},
        {QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("header"), requestHeader},
        {QStringLiteral("body"), body},
        {QStringLiteral("maxRetries"), maxRetries},
        {QStringLiteral("createdAt"), createdAtMs},
        {QStringLiteral("failureCallback"),
         hasFailureCallback ? workflowUrl + QStringLiteral("/failure") : QString()},
        {QStringLiteral("callerIP"), callerIp},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("flowControlKey"), flowControlKey},
        {QStringLiteral("failureFunctionState"), failureFunctionState},
        {QStringLiteral("responseStatus"), failure.status},
        {QStringLiteral("responseHeader"), responseHeader},
        {QStringLiteral("responseBody"), QString::fromUtf8(failure.body)},
    };
}

QString base64Of(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Bytes that are not UTF-8 (a gzip header and Latin-1 text), which the API sends as base64.
QByteArray notUtf8(std::mt19937 &gen)
{
    // 1f8b0800, then "café crème brûlée " in Latin-1.
    QByteArray bytes = QByteArray::fromHex("1f8b0800"
                                           "636166e920"
                                           "6372e86d6520"
                                           "6272fb6ce96520");
    for (int i = 0; i < 24; ++i)
        bytes.append(char(0x80 + gen() % 0x80));
    return bytes;
}

QString largeBody(std::mt19937 &gen)
{
    // About 200 KB: an import batch that was too big for the step.
    QString rows;
    for (int i = 0; rows.size() < 200 * 1024; ++i) {
        rows += QStringLiteral("{\"row\":%1,\"sku\":\"SKU-%2\",\"qty\":%3},")
                    .arg(i)
                    .arg(10000 + gen() % 90000)
                    .arg(gen() % 50);
    }
    rows.chop(1);
    return QStringLiteral("{\"rows\":[") + rows + QStringLiteral("]}");
}

QJsonObject callbackInfo(std::mt19937 &gen, const QString &state, qint64 createdAtMs)
{
    int status = 0;
    QString body;
    if (state == QLatin1String("CALLBACK_FAIL")) {
        static const char *const errors[] = {
            R"({"error":"failure handler crashed: Slack webhook answered 410 Gone"})",
            R"({"error":"could not write the incident to the ticket system"})"};
        status = gen() % 2 == 0 ? 500 : 502;
        body = QString::fromUtf8(pick(gen, errors));
    } else if (state == QLatin1String("CALLBACK_SUCCESS")) {
        status = 200;
        body = QStringLiteral("{\"notified\":true}");
    }
    QJsonObject headers;
    if (status > 0) {
        headers.insert(QStringLiteral("Content-Type"), values(QStringLiteral("application/json")));
        headers.insert(QStringLiteral("Date"), values(httpDate(createdAtMs + 1500)));
    }
    return QJsonObject{{QStringLiteral("state"), state},
                       {QStringLiteral("responseStatus"), status},
                       {QStringLiteral("responseBody"), body},
                       {QStringLiteral("responseHeaders"), headers}};
}

// What an operator also meets: non-retryable 489s, 404s and 502s, canceled callbacks and
// callback answers, non-ASCII and non-UTF-8 bodies, a few large ones. From a generator of its
// own (seeded by the ID), so the seeded IDs and the other fields stay what they were.
void addVariety(QJsonObject &entry, const QString &dlqId)
{
    std::mt19937 gen(static_cast<quint32>(qHash(dlqId, 0)) ^ 0x5eedu);
    const qint64 createdAtMs = qint64(entry.value(QStringLiteral("createdAt")).toDouble());
    QJsonObject responseHeader = entry.value(QStringLiteral("responseHeader")).toObject();
    const int roll = int(gen() % 100);
    if (roll < 7) {
        entry.insert(QStringLiteral("responseStatus"), 489);
        entry.insert(
            QStringLiteral("responseBody"),
            QStringLiteral(R"({"error":"WorkflowNonRetryableError: customer was deleted"})"));
        responseHeader.insert(QStringLiteral("Upstash-NonRetryable-Error"),
                              values(QStringLiteral("true")));
    } else if (roll < 12) {
        entry.insert(QStringLiteral("responseStatus"), 404);
        entry.insert(QStringLiteral("responseBody"),
                     QStringLiteral(R"({"error":"workflow route not found"})"));
    } else if (roll < 18) {
        entry.insert(QStringLiteral("responseStatus"), 502);
        entry.insert(QStringLiteral("responseBody"),
                     QStringLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>"));
        responseHeader.insert(QStringLiteral("Content-Type"), values(QStringLiteral("text/html")));
    }
    responseHeader.insert(QStringLiteral("X-Request-Id"),
                          values(QStringLiteral("req_") + QString::number(gen(), 16)));
    entry.insert(QStringLiteral("responseHeader"), responseHeader);

    QString state = entry.value(QStringLiteral("failureFunctionState")).toString();
    if (!state.isEmpty()) {
        if (gen() % 4 == 0)
            state = QStringLiteral("CALLBACK_CANCELED");
        entry.insert(QStringLiteral("failureFunctionState"), state);
        entry.insert(QStringLiteral("failureCallbackInfo"), callbackInfo(gen, state, createdAtMs));
    }

    const int body = int(gen() % 60);
    if (body < 6) {
        entry.insert(
            QStringLiteral("body"),
            QStringLiteral(
                "{\"customer\":\"Zo\u00eb M\u00fcller\",\"city\":\"K\u00f8benhavn\","
                "\"note\":\"\u914d\u9001\u5148\u3092\u78ba\u8a8d\",\"amount\":\"\u20ac12,50\"}"));
    } else if (body < 10) {
        entry.insert(QStringLiteral("body"), QString());
        entry.insert(QStringLiteral("bodyBase64"), base64Of(notUtf8(gen)));
    } else if (body == 10) {
        entry.insert(QStringLiteral("body"), largeBody(gen));
    }
    if (gen() % 25 == 0) {
        entry.insert(QStringLiteral("responseBody"), QString());
        entry.insert(QStringLiteral("responseBodyBase64"), base64Of(notUtf8(gen)));
        responseHeader.insert(QStringLiteral("Content-Type"),
                              values(QStringLiteral("application/octet-stream")));
        entry.insert(QStringLiteral("responseHeader"), responseHeader);
    }
}

} // namespace

qint64 sandboxNowMs()
{
    const std::function<qint64()> &clock = sandboxClock();
    return clock ? clock() : QDateTime::currentMSecsSinceEpoch();
}

void setSandboxClock(std::function<qint64()> nowMs)
{
    sandboxClock() = std::move(nowMs);
}

qint64 seedSpanMs(int count)
{
    return 1000 + qint64(qMax(0, count)) * kMaxGapMs;
}

QList<QJsonObject> makeSeedEntries(int count, quint32 seed,
                                   const std::function<bool(const QString &)> &isTaken)
{
    QList<QJsonObject> entries;
    entries.reserve(qMax(0, count));
    std::mt19937 gen(seed);
    qint64 ms = sandboxNowMs() - seedSpanMs(count) + static_cast<qint64>(gen() % 1000);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            ms += 150 + static_cast<qint64>(gen() % 45000);
        const QString suffix = QLatin1Char('-') + QString::number(gen() % 3);
        QString id = QString::number(ms) + suffix;
        while (isTaken(id)) {
            ++ms;
            id = QString::number(ms) + suffix;
        }
        QJsonObject entry = makeEntry(gen, id, ms);
        addVariety(entry, id);
        entries.append(entry);
    }
    return entries;
}

QJsonObject makeMinimalEntry(const QString &dlqId, qint64 createdAtMs)
{
    // Seeded from the ID so the same ID always looks the same (run ID included).
    std::mt19937 gen(static_cast<quint32>(qHash(dlqId, 0)));
    return makeEntry(gen, dlqId, createdAtMs);
}

} // namespace dlq
