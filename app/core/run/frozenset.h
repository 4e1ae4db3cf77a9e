#pragma once

#include "api/dlqentry.h"
#include "api/dlqfilter.h"
#include "run/dlqpager.h"
#include "run/runconfig.h"
#include "session/entrysnapshot.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QNetworkAccessManager;

namespace dlq {

// "All entries matching a filter", frozen: the exact DLQ IDs the filter matched when it was
// previewed, and when. Acting on it acts on these IDs only, so entries that arrive later are
// never touched by surprise (a live filter would pick them up).
struct FrozenSet
{
    api::DlqFilter filter;
    QDateTime previewedAt; // when paging started (UTC)
    QStringList ids;       // in the server's order, each once
    QList<api::DlqEntry> entries;
    QStringList problems;  // entries that could not be read completely (they are kept)
    bool complete = false; // every matching entry was loaded (not stopped at the cap)
};

// IDs in `now` (a later listing of the same filter) that are not in `frozen`: they arrived
// after the preview (or were not visible to it).
QStringList arrivedAfter(const FrozenSet &frozen, const QStringList &now);

// "What did we delete?" for a frozen set: its entries as the preview listed them, with the
// filter in words, ready for saveEntrySnapshot() before the delete is sent.
EntrySnapshot snapshotOf(const FrozenSet &frozen, const QString &action, const QString &host,
                         const QString &reason);

// Pages the filter to the end (through DlqPager, so with the engine's pacing and stops) and
// freezes what it saw. finished() says how it ended; set() is what was loaded either way.
class SetFreezer : public QObject
{
    Q_OBJECT
public:
    SetFreezer(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent = nullptr);

    // Entries to load at most; more matching ones make the set incomplete (CapReached).
    void setCap(int entries) { m_pager.setCap(entries); }
    // False (nothing sent) when the filter is empty or has problems: a frozen set is always
    // scoped by a filter. errorMessage() says why.
    bool start(const api::DlqFilter &filter);
    void cancel() { m_pager.cancel(); }
    const FrozenSet &set() const { return m_set; }
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void finished(dlq::PagerEnd end, const QString &message);

private:
    DlqPager m_pager;
    FrozenSet m_set;
    QSet<QString> m_seen;
    QString m_error;
};

} // namespace dlq
