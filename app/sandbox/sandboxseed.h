#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace dlq {

// First seeded dlqId timestamp (unix ms): a real-looking mid-2025 DLQ.
constexpr qint64 SeedBaseMs = 1752829295505;

// `count` realistic failed workflow runs (WorkflowDLQMessage objects), oldest first, with
// dlqIds "<unix-ms>-<0..2>" increasing in time. The same seed always yields the same entries;
// an ID for which isTaken() is true is skipped so a second batch never collides with the first.
QList<QJsonObject> makeSeedEntries(int count, quint32 seed,
                                   const std::function<bool(const QString &)> &isTaken);

// A complete but plain entry for an ID chosen by the caller (tests use odd IDs like "a/b").
QJsonObject makeMinimalEntry(const QString &dlqId, qint64 createdAtMs);

} // namespace dlq
