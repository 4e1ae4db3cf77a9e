#include "browse/retention.h"

#include <QCoreApplication>

namespace dlq {

int Retention::days() const
{
    switch (plan) {
    case Plan::ThreeDays:
        return 3;
    case Plan::SevenDays:
        return 7;
    case Plan::Custom:
        break;
    }
    return qBound(1, customDays, kMaxCustomDays);
}

QString Retention::key(Plan plan)
{
    switch (plan) {
    case Plan::ThreeDays:
        return QStringLiteral("3d");
    case Plan::SevenDays:
        return QStringLiteral("7d");
    case Plan::Custom:
        break;
    }
    return QStringLiteral("custom");
}

Retention::Plan Retention::planFromKey(const QString &key)
{
    if (key == QLatin1String("7d"))
        return Plan::SevenDays;
    if (key == QLatin1String("custom"))
        return Plan::Custom;
    return Plan::ThreeDays;
}

qint64 expiresInMs(qint64 createdAtMs, qint64 retentionMs, qint64 nowMs)
{
    return createdAtMs + retentionMs - nowMs;
}

QString expiresInText(qint64 createdAtMs, qint64 retentionMs, qint64 nowMs)
{
    if (createdAtMs <= 0)
        return {};
    const qint64 left = expiresInMs(createdAtMs, retentionMs, nowMs);
    if (left <= 0)
        return QCoreApplication::translate("dlq", "expired");
    const qint64 minutes = left / 60000;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return QCoreApplication::translate("dlq", "%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        return QCoreApplication::translate("dlq", "%1 h %2 min").arg(hours).arg(minutes % 60);
    return QCoreApplication::translate("dlq", "%1 min").arg(qMax<qint64>(1, minutes));
}

} // namespace dlq
