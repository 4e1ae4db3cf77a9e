#include "results/ledgerfile.h"

#include "util/translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dlq {

namespace {

std::optional<EntryCall> callFromName(const QString &name)
{
    for (EntryCall call : {EntryCall::Delete, EntryCall::Get, EntryCall::Resume, EntryCall::Restart,
                           EntryCall::Callback, EntryCall::CancelCallback}) {
        if (entryCallName(call) == name)
            return call;
    }
    return std::nullopt;
}

qint64 timeOf(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

} // namespace

std::optional<Ledger> readLedgerJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("Not JSON: %1.").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const std::optional<EntryCall> action =
        callFromName(root.value(QLatin1String("action")).toString());
    const QJsonValue results = root.value(QLatin1String("results"));
    if (!document.isObject() || !action || !results.isArray()) {
        *error = tr("Not an exported ledger: it needs \"action\" and \"results\".");
        return std::nullopt;
    }
    Ledger ledger;
    ledger.action = *action;
    ledger.host = root.value(QLatin1String("host")).toString();
    ledger.reason = root.value(QLatin1String("reason")).toString();
    const QJsonArray items = results.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        LedgerEntry entry;
        entry.row.id = item.value(QLatin1String("id")).toString();
        const std::optional<ResultState> state =
            resultStateFromKey(item.value(QLatin1String("result")).toString());
        const std::optional<EntryCall> call =
            callFromName(item.value(QLatin1String("action")).toString());
        if (entry.row.id.isEmpty() || !state) {
            *error = tr("Result %1 has no ID or no known result.").arg(i + 1);
            return std::nullopt;
        }
        entry.row.state = *state;
        entry.row.httpStatus = item.value(QLatin1String("httpStatus")).toInt();
        entry.row.message = item.value(QLatin1String("message")).toString();
        entry.row.attempts = item.value(QLatin1String("attempts")).toInt();
        entry.action = call.value_or(*action);
        entry.newWorkflowRunId = item.value(QLatin1String("newWorkflowRunId")).toString();
        entry.newWorkflowCreatedAt = timeOf(item.value(QLatin1String("newWorkflowCreatedAt")));
        entry.chunk = item.value(QLatin1String("chunk")).toInt(-1);
        entry.followUp = followUpFromName(item.value(QLatin1String("followUp")).toString())
                             .value_or(FollowUp::None);
        entry.newDlqId = item.value(QLatin1String("newDlqId")).toString();
        entry.followUpNote = item.value(QLatin1String("followUpNote")).toString();
        entry.followedAt = QDateTime::fromString(item.value(QLatin1String("followedAt")).toString(),
                                                 Qt::ISODateWithMs);
        ledger.entries.append(entry);
    }
    return ledger;
}

} // namespace dlq
