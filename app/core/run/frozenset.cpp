#include "run/frozenset.h"

namespace dlq {

EntrySnapshot snapshotOf(const FrozenSet &frozen, const QString &action, const QString &host,
                         const QString &reason)
{
    EntrySnapshot snapshot;
    snapshot.action = action;
    snapshot.host = host;
    snapshot.reason = reason;
    snapshot.filter = frozen.filter.describe();
    snapshot.takenAt = frozen.previewedAt;
    snapshot.entries = frozen.entries;
    return snapshot;
}

QStringList arrivedAfter(const FrozenSet &frozen, const QStringList &now)
{
    const QSet<QString> before(frozen.ids.cbegin(), frozen.ids.cend());
    QStringList out;
    for (const QString &id : now) {
        if (!before.contains(id) && !out.contains(id))
            out.append(id);
    }
    return out;
}

SetFreezer::SetFreezer(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent)
    : QObject(parent), m_pager(nam, config)
{
    connect(&m_pager, &DlqPager::pageLoaded, this,
            [this](int, const QList<api::DlqEntry> &entries, const QStringList &problems) {
                for (const api::DlqEntry &entry : entries) {
                    // An entry without an ID cannot be acted on; it stays among the problems.
                    if (entry.dlqId.isEmpty() || m_seen.contains(entry.dlqId))
                        continue;
                    m_seen.insert(entry.dlqId);
                    m_set.ids.append(entry.dlqId);
                    m_set.entries.append(entry);
                }
                m_set.problems += problems;
            });
    connect(&m_pager, &DlqPager::finished, this, [this](PagerEnd end, const QString &message) {
        m_set.complete = end == PagerEnd::Complete;
        Q_EMIT finished(end, message);
    });
}

bool SetFreezer::start(const api::DlqFilter &filter)
{
    if (filter.isEmpty()) {
        m_error = tr("A frozen set needs a filter: without one it would be the whole DLQ.");
        return false;
    }
    m_set = FrozenSet{};
    m_seen.clear();
    m_set.filter = filter;
    m_set.previewedAt = QDateTime::currentDateTimeUtc();
    if (!m_pager.start(filter)) {
        m_error = m_pager.errorMessage();
        return false;
    }
    return true;
}

} // namespace dlq
