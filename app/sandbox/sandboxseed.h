#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace dlq {

// The sandbox's clock (unix ms): the wall clock unless pinned. Seeded entries are dated from it,
// so they fall within the plan's retention ("expires in") as a real DLQ's do.
qint64 sandboxNowMs();
// Pins the clock for tests that compare dates; an empty function goes back to the wall clock.
void setSandboxClock(std::function<qint64()> nowMs);

// How far before now a batch of `count` seeded entries starts: the batch ends before now. About
// 6 hours for the app's 500, 25 hours for dlqctl sandbox's 2 000.
qint64 seedSpanMs(int count);
// A fixed date tests pin the clock to (with seedSpanMs) when they name seeded dates: the first
// seeded dlqId timestamp is then exactly this.
constexpr qint64 SeedBaseMs = 1752829295505;

// `count` realistic failed workflow runs (WorkflowDLQMessage objects), oldest first, with
// dlqIds "<unix-ms>-<0..2>" increasing in time up to the sandbox clock's now. The same seed and
// clock always yield the same entries; an ID for which isTaken() is true is skipped so a second
// batch never collides with the first.
QList<QJsonObject> makeSeedEntries(int count, quint32 seed,
                                   const std::function<bool(const QString &)> &isTaken);

// A complete but plain entry for an ID chosen by the caller (tests use odd IDs like "a/b").
QJsonObject makeMinimalEntry(const QString &dlqId, qint64 createdAtMs);

} // namespace dlq
