#pragma once

#include "sandbox/sandboxruns.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace dlq {

// One call on a bulk endpoint (DELETE /v2/workflows/dlq, POST …/resume, POST …/restart) as the
// sandbox read it, so tests can prove what a client asked for.
struct SandboxBulkCall
{
    QString action; // "delete", "resume", "restart"
    QStringList dlqIds;
    QList<QPair<QString, QString>> filters; // filter parameters, in order (not cursor/count)
    QString cursor;
    int count = -1; // -1: not given
    int status = 0; // what the sandbox answered

    // Neither dlqIds nor a filter: on the real API this acts on the whole DLQ.
    bool isUnscoped() const { return dlqIds.isEmpty() && filters.isEmpty(); }
    // dlqIds and a filter together: the API ignores the filter, which nobody means.
    bool isMixed() const { return !dlqIds.isEmpty() && !filters.isEmpty(); }
};

// The sandbox's DLQ: entries in insertion order (oldest first). Every entry gets a sequence
// number that never changes and is never reused, so list cursors stay valid while entries are
// deleted between pages, like the real API's opaque cursors.
class SandboxStore
{
public:
    using Predicate = std::function<bool(const QJsonObject &)>;

    struct Page
    {
        QJsonArray messages;
        QString nextCursor; // empty on the last page
    };

    bool insert(const QJsonObject &entry); // false when the dlqId is already present
    bool contains(const QString &dlqId) const { return m_seqById.contains(dlqId); }
    std::optional<QJsonObject> find(const QString &dlqId) const;
    int count() const { return static_cast<int>(m_entries.size()); }
    QStringList ids() const; // oldest first

    bool remove(const QString &dlqId);
    int removeMatching(const Predicate &matches);
    QStringList deletedIds() const { return m_deleted; }
    // Replaces the stored entry with the same dlqId; false when there is none.
    bool update(const QJsonObject &entry);

    // How resume / restart / callback behave (see sandboxrunactions.h).
    void setKeepAfterRun(bool keep) { m_keepAfterRun = keep; }
    bool keepsAfterRun() const { return m_keepAfterRun; }
    void markResumeIncompatible(const QString &dlqId) { m_resumeIncompatible.insert(dlqId); }
    bool isResumeIncompatible(const QString &dlqId) const
    {
        return m_resumeIncompatible.contains(dlqId);
    }

    // The runs resume, restart and callback retries started (see sandboxlogs.h).
    SandboxRuns &runs() { return m_runs; }
    const SandboxRuns &runs() const { return m_runs; }

    void recordBulkCall(const SandboxBulkCall &call) { m_bulkCalls.append(call); }
    QList<SandboxBulkCall> bulkCalls() const { return m_bulkCalls; }

    // Newest first. `cursor` is empty for the first page or a value from a previous Page;
    // std::nullopt when it is not one.
    std::optional<Page> page(const QString &cursor, int count, const Predicate &matches) const;

private:
    std::map<quint64, QJsonObject> m_entries; // by sequence number
    QHash<QString, quint64> m_seqById;
    QStringList m_deleted;
    QList<SandboxBulkCall> m_bulkCalls;
    QSet<QString> m_resumeIncompatible;
    SandboxRuns m_runs;
    bool m_keepAfterRun = false;
    quint64 m_nextSeq = 1;
};

} // namespace dlq
