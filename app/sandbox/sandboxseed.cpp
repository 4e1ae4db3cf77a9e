#include "sandbox/sandboxseed.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <iterator>
#include <random>

namespace dlq {

namespace {

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

} // namespace

QList<QJsonObject> makeSeedEntries(int count, quint32 seed,
                                   const std::function<bool(const QString &)> &isTaken)
{
    QList<QJsonObject> entries;
    entries.reserve(qMax(0, count));
    std::mt19937 gen(seed);
    qint64 ms = SeedBaseMs + static_cast<qint64>(gen() % 1000);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            ms += 150 + static_cast<qint64>(gen() % 45000);
        const QString suffix = QLatin1Char('-') + QString::number(gen() % 3);
        QString id = QString::number(ms) + suffix;
        while (isTaken(id)) {
            ++ms;
            id = QString::number(ms) + suffix;
        }
        entries.append(makeEntry(gen, id, ms));
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
