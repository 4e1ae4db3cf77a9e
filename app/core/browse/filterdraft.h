#pragma once

#include "api/dlqfilter.h"

#include <QString>
#include <QVariantMap>

namespace dlq {

// What the filter bar holds: a filter whose date range may be relative ("last hour"), so a
// saved filter brought back next week still means the last hour, not last week's hour.
struct FilterDraft
{
    enum class DatePreset { Any, LastHour, Last24Hours, Last7Days, Custom };

    DatePreset datePreset = DatePreset::Any;
    api::DlqFilter filter; // fromDate/toDate count only with DatePreset::Custom

    // The filter to send at `nowMs`: a preset becomes fromDate = now - span, no toDate.
    api::DlqFilter resolve(qint64 nowMs) const;

    QVariantMap toVariant() const;
    static FilterDraft fromVariant(const QVariantMap &map);

    static QString presetKey(DatePreset preset);
    static DatePreset presetFromKey(const QString &key);

    bool operator==(const FilterDraft &other) const
    {
        return datePreset == other.datePreset && filter == other.filter;
    }
};

} // namespace dlq
