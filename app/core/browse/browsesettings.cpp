#include "browse/browsesettings.h"

#include "settings/appsettings.h"

#include <QVariantMap>

namespace dlq {

namespace {
const QString kRetentionKey = QStringLiteral("dlqView/retention");
const QString kCustomDaysKey = QStringLiteral("dlqView/retentionCustomDays");
const QString kHeaderKey = QStringLiteral("dlqView/header");
const QString kSplitterKey = QStringLiteral("dlqView/splitter");
const QString kFiltersKey = QStringLiteral("dlqView/savedFilters");
} // namespace

Retention BrowseSettings::retention() const
{
    Retention r;
    r.plan = Retention::planFromKey(m_settings->extraValue(kRetentionKey).toString());
    const int days = m_settings->extraValue(kCustomDaysKey, r.customDays).toInt();
    r.customDays = qBound(1, days, Retention::kMaxCustomDays);
    return r;
}

void BrowseSettings::setRetention(const Retention &retention)
{
    m_settings->setExtraValue(kRetentionKey, Retention::key(retention.plan));
    m_settings->setExtraValue(kCustomDaysKey, retention.customDays);
}

QByteArray BrowseSettings::headerState() const
{
    return m_settings->extraValue(kHeaderKey).toByteArray();
}

void BrowseSettings::setHeaderState(const QByteArray &state)
{
    m_settings->setExtraValue(kHeaderKey, state);
}

QByteArray BrowseSettings::splitterState() const
{
    return m_settings->extraValue(kSplitterKey).toByteArray();
}

void BrowseSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setExtraValue(kSplitterKey, state);
}

QMap<QString, FilterDraft> BrowseSettings::savedFilters() const
{
    QMap<QString, FilterDraft> out;
    const QVariantMap stored = m_settings->extraValue(kFiltersKey).toMap();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        out.insert(it.key(), FilterDraft::fromVariant(it.value().toMap()));
    return out;
}

void BrowseSettings::saveFilter(const QString &name, const FilterDraft &draft)
{
    QVariantMap stored = m_settings->extraValue(kFiltersKey).toMap();
    stored.insert(name, draft.toVariant());
    m_settings->setExtraValue(kFiltersKey, stored);
}

void BrowseSettings::removeFilter(const QString &name)
{
    QVariantMap stored = m_settings->extraValue(kFiltersKey).toMap();
    stored.remove(name);
    m_settings->setExtraValue(kFiltersKey, stored);
}

} // namespace dlq
