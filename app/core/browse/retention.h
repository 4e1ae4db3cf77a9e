#pragma once

#include <QString>

namespace dlq {

// How long Upstash keeps a DLQ entry depends on the plan: Free 3 days, Pay-as-you-go 7 days,
// fixed plans up to 3 months. The app cannot ask, so the user says which.
struct Retention
{
    enum class Plan { ThreeDays, SevenDays, Custom };
    static constexpr int kMaxCustomDays = 366;

    Plan plan = Plan::ThreeDays;
    int customDays = 30; // used when plan is Custom, 1..kMaxCustomDays

    int days() const;
    qint64 milliseconds() const { return qint64(days()) * 24 * 3600 * 1000; }

    static QString key(Plan plan); // "3d", "7d", "custom": the settings' spelling
    static Plan planFromKey(const QString &key);
};

// "2 d 5 h", "3 h 12 min", "4 min", "expired"; empty when the entry's creation time is
// unknown (createdAtMs 0).
QString expiresInText(qint64 createdAtMs, qint64 retentionMs, qint64 nowMs);
qint64 expiresInMs(qint64 createdAtMs, qint64 retentionMs, qint64 nowMs);

} // namespace dlq
