#include "run/snapshotrun.h"

#include "run/actionrun.h"
#include "run/dlqentryfetch.h"
#include "util/translate.h"

#include <QDir>
#include <QTimer>

#include <algorithm>

namespace dlq {

QString SnapshotOutcome::problem() const
{
    if (complete() || cancelled())
        return {};
    QString text;
    if (!notFetched.isEmpty()) {
        const auto &[id, why] = notFetched.first();
        // Two sentences, not "%n": without an English .qm, "%n entries" reads "1 entries".
        text = notFetched.size() == 1
                   ? dlq::tr("1 entry could not be fetched for the copy (%1: %2).").arg(id, why)
                   : dlq::tr("%1 entries could not be fetched for the copy (first: %2: %3).")
                         .arg(QString::number(notFetched.size()), id, why);
    }
    if (path.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += writeError.isEmpty() ? dlq::tr("No copy was saved.")
                                     : dlq::tr("The copy could not be saved: %1.").arg(writeError);
    } else {
        text += QLatin1Char(' ') +
                dlq::tr("The others are saved in %1.").arg(QDir::toNativeSeparators(path));
    }
    return text;
}

bool SnapshotOutcome::unreachable() const
{
    return !cancelled() && (end == RunEnd::Unreachable || (answered == 0 && !notFetched.isEmpty()));
}

SnapshotRun::SnapshotRun(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_dir(defaultSnapshotDir())
{
    // 404s are an answer here ("not in the DLQ"); the delete run keeps its own guard.
    m_config.notFoundGuard = 0;
}

SnapshotRun::~SnapshotRun() = default;

bool SnapshotRun::start(const EntrySnapshot &header, const QStringList &ids,
                        const QList<api::DlqEntry> &known)
{
    if (m_started)
        return false;
    m_started = true;
    m_snapshot = header;
    m_snapshot.takenAt = QDateTime::currentDateTimeUtc();
    m_ids = ids;
    for (const api::DlqEntry &entry : known)
        m_entries.insert(entry.dlqId, entry);
    QList<ActionItem> items;
    for (int i = 0; i < m_ids.size(); ++i) {
        if (!m_entries.contains(m_ids.at(i)))
            items.append(ActionItem{i, std::make_shared<EntryAction>(EntryCall::Get, m_ids.at(i))});
    }
    m_finished = int(m_ids.size() - items.size());
    if (items.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(RunEnd::Completed); });
        return true;
    }
    m_run = new ActionRun(m_nam, m_config, this);
    connect(m_run, &ActionRun::itemFinished, this, &SnapshotRun::onItemFinished);
    connect(m_run, &ActionRun::finished, this, &SnapshotRun::finish);
    m_run->start(items);
    return true;
}

void SnapshotRun::onItemFinished(int key, const ActionResult &result)
{
    const QString &id = m_ids.at(key);
    const EntryFetchResult fetched = readEntryFetch(id, result);
    const bool answered =
        result.httpStatus > 0 || std::any_of(result.history.cbegin(), result.history.cend(),
                                             [](const AttemptInfo &a) { return a.httpStatus > 0; });
    m_outcome.answered += answered ? 1 : 0;
    if (!answered && m_outcome.networkError.isEmpty() && !result.history.isEmpty())
        m_outcome.networkError = result.history.constLast().error;
    if (fetched.entry && fetched.error.isEmpty())
        m_entries.insert(id, *fetched.entry);
    else if (fetched.notFound)
        m_outcome.notFound.append(id);
    else
        m_outcome.notFetched.append({id, fetched.error});
    ++m_finished;
    Q_EMIT progressChanged(m_finished, total());
}

void SnapshotRun::finish(RunEnd end)
{
    if (m_done)
        return;
    m_done = true;
    if (m_run)
        m_run->deleteLater();
    m_outcome.end = end;
    if (end != RunEnd::Cancelled) {
        // In the order given, so the file reads like the list that was deleted.
        for (const QString &id : std::as_const(m_ids)) {
            const auto it = m_entries.constFind(id);
            if (it != m_entries.cend())
                m_snapshot.entries.append(*it);
        }
        m_outcome.saved = int(m_snapshot.entries.size());
        m_snapshot.notFoundIds = m_outcome.notFound;
        m_snapshot.notFetched = m_outcome.notFetched;
        if (m_outcome.saved > 0 || !m_outcome.notFound.isEmpty())
            m_outcome.path = saveEntrySnapshot(m_dir, m_snapshot, &m_outcome.writeError);
    }
    Q_EMIT finished(m_outcome);
}

void SnapshotRun::cancel()
{
    if (m_run)
        m_run->cancel();
    else if (isRunning())
        finish(RunEnd::Cancelled);
}

void SnapshotRun::pause()
{
    if (m_run)
        m_run->pause();
}

void SnapshotRun::resume()
{
    if (m_run)
        m_run->resume();
}

bool SnapshotRun::isPaused() const
{
    return m_run && m_run->isPaused();
}

} // namespace dlq
