#pragma once

#include "api/dlqentry.h"
#include "run/runconfig.h"
#include "session/entrysnapshot.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;
struct ActionResult;

// How the copy taken before a delete went.
struct SnapshotOutcome
{
    RunEnd end = RunEnd::Completed;            // of the GETs; Cancelled: nothing was written
    QString path;                              // the file written; empty: none
    QString writeError;                        // why no file was written, when that was the trouble
    int saved = 0;                             // entries in the file
    QStringList notFound;                      // 404: not in the DLQ at snapshot time
    QList<QPair<QString, QString>> notFetched; // ID -> why its entry is not in the file
    int answered = 0;                          // GETs the server answered (any HTTP status)
    QString networkError; // the first GET without an answer, in short: "connection refused"

    bool cancelled() const { return end == RunEnd::Cancelled; }
    // No GET got an answer (refused, host not found, timed out, TLS): a delete would not get
    // through either, so going on without a copy is no option.
    bool unreachable() const;

    // Every ID is either in the file or was not in the DLQ: safe to delete.
    bool complete() const { return !path.isEmpty() && notFetched.isEmpty(); }
    QString problem() const; // for people; empty when complete()
};

// The copy before a delete ("what did we delete?"): GETs each ID not already known through
// the engine, with the delete run's pacing, concurrency, retries and cancel, then writes one
// snapshot file (saveEntrySnapshot: atomic, owner-only, never the token). Nothing is written
// when cancelled, or when nothing could be fetched and nothing was found missing.
// finished() always comes from the event loop, also when no GET was needed.
class SnapshotRun : public QObject
{
    Q_OBJECT
public:
    SnapshotRun(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent = nullptr);
    ~SnapshotRun() override;

    void setDirectory(const QString &dir) { m_dir = dir; } // default: defaultSnapshotDir()
    // `header` gives action, host, reason; `known` entries (already fetched, e.g. in the DLQ
    // view) are saved as they are, without a GET. False when already started.
    bool start(const EntrySnapshot &header, const QStringList &ids,
               const QList<api::DlqEntry> &known = {});
    void cancel();
    void pause();
    void resume();

    bool isRunning() const { return m_started && !m_done; }
    bool isPaused() const;
    int total() const { return int(m_ids.size()); }
    int fetchedCount() const { return m_finished; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished(const dlq::SnapshotOutcome &outcome);

private:
    void onItemFinished(int key, const ActionResult &result);
    void finish(RunEnd end);

    QNetworkAccessManager *m_nam;
    RunConfig m_config;
    QString m_dir;
    EntrySnapshot m_snapshot;
    QStringList m_ids;
    QHash<QString, api::DlqEntry> m_entries; // by ID, known or fetched
    SnapshotOutcome m_outcome;
    QPointer<ActionRun> m_run;
    int m_finished = 0;
    bool m_started = false;
    bool m_done = false;
};

} // namespace dlq

Q_DECLARE_METATYPE(dlq::SnapshotOutcome)
