#pragma once

// Picking test data from what the sandbox seeded, so a filter spans several pages.

#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QStringList>

namespace dlq::test {

inline QStringList labelsOf(const QJsonObject &entry)
{
    QStringList out;
    for (const QJsonValue &v : entry.value(QLatin1String("labels")).toArray())
        out << v.toString();
    return out;
}

// The label most stored entries carry, and those entries' IDs newest first (the list's order).
inline QPair<QString, QStringList> commonLabel(const SandboxServer &server)
{
    QHash<QString, QStringList> byLabel;
    const QStringList ids = server.entryIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        for (const QString &label : labelsOf(*server.entry(*it)))
            byLabel[label] << *it;
    }
    QString best;
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it) {
        if (best.isEmpty() || it.value().size() > byLabel.value(best).size() ||
            (it.value().size() == byLabel.value(best).size() && it.key() < best))
            best = it.key();
    }
    return {best, byLabel.value(best)};
}

// The stored entries whose failure callback is in `state` (CALLBACK_FAIL…), oldest first.
inline QStringList idsWithCallbackState(const SandboxServer &server, const QString &state)
{
    QStringList out;
    for (const QString &id : server.entryIds()) {
        if (sandboxCallbackState(*server.entry(id)) == state)
            out << id;
    }
    return out;
}

} // namespace dlq::test
