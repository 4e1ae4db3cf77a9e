#include "sandbox/sandboxfilter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace dlq {

namespace {

using Predicate = SandboxStore::Predicate;

QString text(const QJsonObject &entry, const char *key)
{
    return entry.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &entry, const char *key)
{
    return static_cast<qint64>(entry.value(QLatin1String(key)).toDouble());
}

QStringList labelsOf(const QJsonObject &entry)
{
    QStringList out;
    const QJsonArray labels = entry.value(QLatin1String("labels")).toArray();
    for (const QJsonValue &label : labels)
        out.append(label.toString());
    const QString single = text(entry, "label");
    if (!single.isEmpty())
        out.append(single);
    return out;
}

// One filter's values: several per parameter when comma-separated, blanks dropped.
QStringList splitValues(const QStringList &raw)
{
    QStringList out;
    for (const QString &value : raw) {
        const QStringList parts = value.split(QLatin1Char(','));
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
    }
    return out;
}

std::optional<qint64> toMs(const QString &value)
{
    bool ok = false;
    const qint64 ms = value.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(ms) : std::nullopt;
}

// The field a multi-value filter compares against, as one or more strings.
using Field = std::function<QStringList(const QJsonObject &)>;

const QList<QPair<QString, Field>> &multiValueFilters()
{
    static const QList<QPair<QString, Field>> filters = {
        {QStringLiteral("workflowUrl"),
         [](const QJsonObject &e) { return QStringList{text(e, "workflowUrl")}; }},
        {QStringLiteral("label"), labelsOf},
        {QStringLiteral("failureFunctionState"),
         [](const QJsonObject &e) { return QStringList{sandboxCallbackState(e)}; }},
        {QStringLiteral("callerIp"),
         [](const QJsonObject &e) { return QStringList{text(e, "callerIP")}; }},
        {QStringLiteral("flowControlKey"),
         [](const QJsonObject &e) { return QStringList{text(e, "flowControlKey")}; }},
        {QStringLiteral("responseStatus"),
         [](const QJsonObject &e) {
             return QStringList{QString::number(number(e, "responseStatus"))};
         }},
    };
    return filters;
}

} // namespace

QString sandboxCallbackState(const QJsonObject &entry)
{
    const QString flat = text(entry, "failureFunctionState");
    if (!flat.isEmpty())
        return flat;
    return entry.value(QLatin1String("failureCallbackInfo"))
        .toObject()
        .value(QLatin1String("state"))
        .toString();
}

SandboxFilter parseSandboxFilter(const QList<QPair<QString, QString>> &query)
{
    QHash<QString, QStringList> byName;
    for (const auto &[name, value] : query)
        byName[name].append(value);

    SandboxFilter filter;
    QList<Predicate> parts;
    for (const auto &[name, field] : multiValueFilters()) {
        const QStringList wanted = splitValues(byName.value(name));
        if (wanted.isEmpty())
            continue;
        if (name == QLatin1String("responseStatus")) {
            for (const QString &status : wanted) {
                if (!toMs(status)) {
                    filter.error = "invalid responseStatus";
                    return filter;
                }
            }
        }
        parts.append([wanted, field = field](const QJsonObject &e) {
            const QStringList have = field(e);
            for (const QString &value : have) {
                if (wanted.contains(value))
                    return true;
            }
            return false;
        });
    }

    for (const QString &runId : byName.value(QStringLiteral("workflowRunId"))) {
        if (!runId.isEmpty())
            parts.append(
                [runId](const QJsonObject &e) { return text(e, "workflowRunId") == runId; });
    }
    struct Bound
    {
        const char *name;
        const char *field;
        int sign; // -1: at least, 0: equal, 1: at most
    };
    for (const Bound &bound : {Bound{"fromDate", "createdAt", -1}, Bound{"toDate", "createdAt", 1},
                               Bound{"workflowCreatedAt", "workflowCreatedAt", 0}}) {
        for (const QString &raw : byName.value(QLatin1String(bound.name))) {
            if (raw.isEmpty())
                continue;
            const std::optional<qint64> ms = toMs(raw);
            if (!ms) {
                filter.error = QByteArray("invalid ") + bound.name;
                return filter;
            }
            parts.append([bound, at = *ms](const QJsonObject &e) {
                const qint64 value = number(e, bound.field);
                return bound.sign < 0 ? value >= at : bound.sign > 0 ? value <= at : value == at;
            });
        }
    }

    filter.isEmpty = parts.isEmpty();
    filter.predicate = [parts](const QJsonObject &e) {
        for (const Predicate &part : parts) {
            if (!part(e))
                return false;
        }
        return true;
    };
    return filter;
}

} // namespace dlq
