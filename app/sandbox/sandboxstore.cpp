#include "sandbox/sandboxstore.h"

namespace dlq {

bool SandboxStore::insert(const QJsonObject &entry)
{
    const QString id = entry.value(QStringLiteral("dlqId")).toString();
    if (m_seqById.contains(id))
        return false;
    const quint64 seq = m_nextSeq++;
    m_entries.emplace(seq, entry);
    m_seqById.insert(id, seq);
    return true;
}

std::optional<QJsonObject> SandboxStore::find(const QString &dlqId) const
{
    const auto it = m_seqById.constFind(dlqId);
    if (it == m_seqById.constEnd())
        return std::nullopt;
    return m_entries.at(it.value());
}

QStringList SandboxStore::ids() const
{
    QStringList out;
    out.reserve(count());
    for (const auto &[seq, entry] : m_entries) {
        Q_UNUSED(seq)
        out.append(entry.value(QStringLiteral("dlqId")).toString());
    }
    return out;
}

bool SandboxStore::update(const QJsonObject &entry)
{
    const auto it = m_seqById.constFind(entry.value(QStringLiteral("dlqId")).toString());
    if (it == m_seqById.constEnd())
        return false;
    m_entries[it.value()] = entry;
    return true;
}

bool SandboxStore::remove(const QString &dlqId)
{
    const auto it = m_seqById.constFind(dlqId);
    if (it == m_seqById.constEnd())
        return false;
    m_entries.erase(it.value());
    m_seqById.erase(it);
    m_deleted.append(dlqId);
    return true;
}

int SandboxStore::removeMatching(const Predicate &matches)
{
    int removed = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!matches(it->second)) {
            ++it;
            continue;
        }
        const QString id = it->second.value(QStringLiteral("dlqId")).toString();
        m_seqById.remove(id);
        m_deleted.append(id);
        it = m_entries.erase(it);
        ++removed;
    }
    return removed;
}

std::optional<SandboxStore::Page> SandboxStore::page(const QString &cursor, int count,
                                                     const Predicate &matches) const
{
    quint64 upTo = m_nextSeq; // exclusive bound: newest possible entry
    if (!cursor.isEmpty()) {
        bool ok = false;
        const quint64 seq = cursor.toULongLong(&ok);
        if (!ok || seq == 0 || seq >= m_nextSeq)
            return std::nullopt;
        upTo = seq + 1;
    }

    Page page;
    auto it = m_entries.lower_bound(upTo); // first entry not on this page, walking backwards
    while (it != m_entries.begin()) {
        --it;
        if (!matches(it->second))
            continue;
        if (page.messages.size() == count) {
            page.nextCursor = QString::number(it->first);
            break;
        }
        page.messages.append(it->second);
    }
    return page;
}

} // namespace dlq
