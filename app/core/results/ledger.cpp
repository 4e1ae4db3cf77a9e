#include "results/ledger.h"

#include "results/exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace dlq {

QString lookupKey(LookupFinding finding)
{
    switch (finding) {
    case LookupFinding::StillInDlq:
        return QStringLiteral("still_in_dlq");
    case LookupFinding::Gone:
        return QStringLiteral("gone");
    case LookupFinding::AlreadyApplied:
        return QStringLiteral("already_applied");
    case LookupFinding::None:
        break;
    }
    return {};
}

LookupFinding lookupFromKey(const QString &key)
{
    for (LookupFinding f :
         {LookupFinding::StillInDlq, LookupFinding::Gone, LookupFinding::AlreadyApplied}) {
        if (lookupKey(f) == key)
            return f;
    }
    return LookupFinding::None;
}

QString LedgerEntry::outcome() const
{
    if (lookup == LookupFinding::Gone && row.state == ResultState::NotFound)
        return QStringLiteral("outcome_unknown");
    const bool bulk = chunk >= 0;
    switch (row.state) {
    case ResultState::Done:
        switch (action) {
        case EntryCall::Callback:
            return QStringLiteral("callback_retried");
        case EntryCall::CancelCallback:
            return QStringLiteral("callback_canceled");
        case EntryCall::Get:
            return QStringLiteral("read");
        case EntryCall::Delete:
        case EntryCall::Resume:
        case EntryCall::Restart:
            break;
        }
        return bulk ? QStringLiteral("started_in_bulk") : QStringLiteral("started");
    case ResultState::Deleted:
    case ResultState::DeletedOrNotFound:
        return bulk ? QStringLiteral("deleted_in_bulk") : QStringLiteral("deleted");
    case ResultState::InvalidId:
    case ResultState::Invalid:
        return QStringLiteral("refused");
    case ResultState::NotFound:
        return QStringLiteral("not_found");
    case ResultState::Pending:
    case ResultState::NotSent:
        return QStringLiteral("not_sent");
    case ResultState::Cancelled:
        return QStringLiteral("cancelled");
    case ResultState::Sending:
    case ResultState::Retrying:
    case ResultState::TokenRejected:
    case ResultState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString followUpName(FollowUp followUp)
{
    switch (followUp) {
    case FollowUp::None:
        break;
    case FollowUp::Recovered:
        return QStringLiteral("recovered");
    case FollowUp::FailedAgain:
        return QStringLiteral("failed_again");
    case FollowUp::Running:
        return QStringLiteral("running");
    case FollowUp::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<FollowUp> followUpFromName(const QString &name)
{
    for (FollowUp f : {FollowUp::None, FollowUp::Recovered, FollowUp::FailedAgain,
                       FollowUp::Running, FollowUp::Unknown}) {
        if (followUpName(f) == name)
            return f;
    }
    return std::nullopt;
}

std::array<int, 5> Ledger::followUpCounts() const
{
    std::array<int, 5> counts{};
    for (const LedgerEntry &entry : entries)
        ++counts[size_t(entry.followUp)];
    return counts;
}

QList<ResultState> Ledger::states() const
{
    QList<ResultState> out;
    for (const LedgerEntry &entry : entries)
        out.append(entry.row.state);
    return out;
}

QByteArray Ledger::toJson(const QDateTime &exportedAt) const
{
    std::array<int, kResultStateCount> counts{};
    QJsonArray results;
    for (const LedgerEntry &entry : entries) {
        ++counts[size_t(entry.row.state)];
        QJsonObject item = exporter::rowJson(entry.row);
        item.insert(QLatin1String("action"), entryCallName(entry.action));
        item.insert(QLatin1String("newWorkflowRunId"), entry.newWorkflowRunId.isEmpty()
                                                           ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(entry.newWorkflowRunId));
        item.insert(QLatin1String("newWorkflowCreatedAt"),
                    entry.newWorkflowCreatedAt < 0 ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(entry.newWorkflowCreatedAt));
        item.insert(QLatin1String("outcome"), entry.outcome());
        item.insert(QLatin1String("followUp"), entry.followUp == FollowUp::None
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(followUpName(entry.followUp)));
        item.insert(QLatin1String("newDlqId"), entry.newDlqId.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(entry.newDlqId));
        item.insert(QLatin1String("followedAt"),
                    entry.followedAt.isValid() ? QJsonValue(exporter::isoTime(entry.followedAt))
                                               : QJsonValue(QJsonValue::Null));
        if (!entry.followUpNote.isEmpty())
            item.insert(QLatin1String("followUpNote"), entry.followUpNote);
        if (entry.chunk >= 0)
            item.insert(QLatin1String("chunk"), entry.chunk);
        if (entry.lookup != LookupFinding::None)
            item.insert(QLatin1String("lookup"), lookupKey(entry.lookup));
        results.append(item);
    }
    const QJsonObject countObject = exporter::countsJson(counts);
    QJsonObject root;
    root.insert(QLatin1String("app"), QStringLiteral("DLQ Manager " DLQ_VERSION));
    root.insert(QLatin1String("exportedAt"), exporter::isoTime(exportedAt));
    root.insert(QLatin1String("host"), host);
    root.insert(QLatin1String("action"), entryCallName(action));
    root.insert(QLatin1String("reason"), reason);
    root.insert(QLatin1String("counts"), countObject);
    if (matching) {
        root.insert(QLatin1String("filter"), filter.describe());
        root.insert(QLatin1String("previewedAt"), exporter::isoTime(previewedAt));
        root.insert(QLatin1String("frozen"), frozen);
        root.insert(QLatin1String("arrivedAfterPreview"), arrivedAfterPreview < 0
                                                              ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(arrivedAfterPreview));
    }
    if (!snapshotPath.isEmpty())
        root.insert(QLatin1String("snapshot"), snapshotPath);
    const std::array<int, 5> follow = followUpCounts();
    if (follow[size_t(FollowUp::None)] < entries.size()) {
        root.insert(QLatin1String("followUps"),
                    QJsonObject{
                        {QLatin1String("recovered"), follow[size_t(FollowUp::Recovered)]},
                        {QLatin1String("failedAgain"), follow[size_t(FollowUp::FailedAgain)]},
                        {QLatin1String("running"), follow[size_t(FollowUp::Running)]},
                        {QLatin1String("unknown"), follow[size_t(FollowUp::Unknown)]},
                    });
    }
    root.insert(QLatin1String("results"), results);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray Ledger::toCsv() const
{
    QString out = exporter::csvRow(
        {QStringLiteral("id"), QStringLiteral("action"), QStringLiteral("result"),
         QStringLiteral("http_status"), QStringLiteral("message"), QStringLiteral("attempts"),
         QStringLiteral("new_workflow_run_id"), QStringLiteral("new_workflow_created_at"),
         QStringLiteral("outcome"), QStringLiteral("follow_up"), QStringLiteral("new_dlq_id"),
         QStringLiteral("followed_at"), QStringLiteral("follow_up_note")});
    for (const LedgerEntry &entry : entries) {
        const ResultRow &r = entry.row;
        out += exporter::csvRow(
            {r.id, entryCallName(entry.action), resultKey(r.state),
             r.httpStatus == 0 ? QString() : QString::number(r.httpStatus), r.message,
             QString::number(r.attempts), entry.newWorkflowRunId,
             entry.newWorkflowCreatedAt < 0 ? QString()
                                            : QString::number(entry.newWorkflowCreatedAt),
             entry.outcome(), followUpName(entry.followUp), entry.newDlqId,
             entry.followedAt.isValid() ? exporter::isoTime(entry.followedAt) : QString(),
             entry.followUpNote});
    }
    return out.toUtf8();
}

QString Ledger::writeFile(const QString &path) const
{
    return exporter::writeBytes(path, exporter::isJsonPath(path) ? toJson() : toCsv());
}

} // namespace dlq
