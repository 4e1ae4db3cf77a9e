#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace dlq {

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

    // Newest first. `cursor` is empty for the first page or a value from a previous Page;
    // std::nullopt when it is not one.
    std::optional<Page> page(const QString &cursor, int count, const Predicate &matches) const;

private:
    std::map<quint64, QJsonObject> m_entries; // by sequence number
    QHash<QString, quint64> m_seqById;
    QStringList m_deleted;
    quint64 m_nextSeq = 1;
};

} // namespace dlq
