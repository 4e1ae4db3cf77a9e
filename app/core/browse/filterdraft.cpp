#include "browse/filterdraft.h"

#include <QVariant>

namespace dlq {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

const QString kPreset = QStringLiteral("datePreset");
const QString kFrom = QStringLiteral("fromDate");
const QString kTo = QStringLiteral("toDate");
const QString kUrls = QStringLiteral("workflowUrl");
const QString kRunId = QStringLiteral("workflowRunId");
const QString kCreatedAt = QStringLiteral("workflowCreatedAt");
const QString kLabels = QStringLiteral("label");
const QString kStates = QStringLiteral("failureFunctionState");
const QString kIps = QStringLiteral("callerIp");
const QString kKeys = QStringLiteral("flowControlKey");

std::optional<qint64> optionalMs(const QVariantMap &map, const QString &key)
{
    bool ok = false;
    const qint64 value = map.value(key).toLongLong(&ok);
    return ok && map.contains(key) ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

api::DlqFilter FilterDraft::resolve(qint64 nowMs) const
{
    api::DlqFilter out = filter;
    qint64 span = 0;
    switch (datePreset) {
    case DatePreset::Any:
        out.fromDate.reset();
        out.toDate.reset();
        return out;
    case DatePreset::Custom:
        return out;
    case DatePreset::LastHour:
        span = kHourMs;
        break;
    case DatePreset::Last24Hours:
        span = 24 * kHourMs;
        break;
    case DatePreset::Last7Days:
        span = 7 * 24 * kHourMs;
        break;
    }
    out.fromDate = nowMs - span;
    out.toDate.reset();
    return out;
}

QString FilterDraft::presetKey(DatePreset preset)
{
    switch (preset) {
    case DatePreset::Any:
        return QStringLiteral("any");
    case DatePreset::LastHour:
        return QStringLiteral("lastHour");
    case DatePreset::Last24Hours:
        return QStringLiteral("last24Hours");
    case DatePreset::Last7Days:
        return QStringLiteral("last7Days");
    case DatePreset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

FilterDraft::DatePreset FilterDraft::presetFromKey(const QString &key)
{
    for (DatePreset p : {DatePreset::LastHour, DatePreset::Last24Hours, DatePreset::Last7Days,
                         DatePreset::Custom}) {
        if (key == presetKey(p))
            return p;
    }
    return DatePreset::Any;
}

QVariantMap FilterDraft::toVariant() const
{
    QVariantMap map;
    map.insert(kPreset, presetKey(datePreset));
    if (datePreset == DatePreset::Custom) {
        if (filter.fromDate)
            map.insert(kFrom, *filter.fromDate);
        if (filter.toDate)
            map.insert(kTo, *filter.toDate);
    }
    map.insert(kUrls, filter.workflowUrls);
    map.insert(kRunId, filter.workflowRunId);
    if (filter.workflowCreatedAt)
        map.insert(kCreatedAt, *filter.workflowCreatedAt);
    map.insert(kLabels, filter.labels);
    map.insert(kStates, filter.failureFunctionStates);
    map.insert(kIps, filter.callerIps);
    map.insert(kKeys, filter.flowControlKeys);
    return map;
}

FilterDraft FilterDraft::fromVariant(const QVariantMap &map)
{
    FilterDraft draft;
    draft.datePreset = presetFromKey(map.value(kPreset).toString());
    if (draft.datePreset == DatePreset::Custom) {
        draft.filter.fromDate = optionalMs(map, kFrom);
        draft.filter.toDate = optionalMs(map, kTo);
    }
    draft.filter.workflowUrls = map.value(kUrls).toStringList();
    draft.filter.workflowRunId = map.value(kRunId).toString();
    draft.filter.workflowCreatedAt = optionalMs(map, kCreatedAt);
    draft.filter.labels = map.value(kLabels).toStringList();
    draft.filter.failureFunctionStates = map.value(kStates).toStringList();
    draft.filter.callerIps = map.value(kIps).toStringList();
    draft.filter.flowControlKeys = map.value(kKeys).toStringList();
    return draft;
}

} // namespace dlq
