#pragma once

#include "history/historyrecord.h"
#include "history/historyrun.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QThread;

namespace dlq {

class HistoryWriter;

// The local history of runs: an SQLite file (Qt SQL, QSQLITE) in the app's data folder, shared
// by the window and dlqctl. Reads run on the caller's thread; record() writes on a worker
// thread with its own connection. When the file cannot be used, isOpen() is false,
// errorString() says why, and every call is a harmless no-op: the app works without history.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // `clock` (tests): what "now" is for pruning; the system clock by default.
    explicit HistoryStore(QObject *parent = nullptr, Clock clock = {});
    ~HistoryStore() override; // waits for writes still queued

    // <data>/DLQ Manager/dlq-manager/history.sqlite: the GUI's data folder, named explicitly so
    // dlqctl (another application name) finds the same file.
    static QString defaultPath();

    // What closing does with SQLite's write-ahead log (see historylog.h). FoldLog: the last
    // connection to close copies it into the file, which takes longer the larger the history.
    // LeaveLog: it stays beside the file, as safe there as after any commit, and an open with
    // LeaveLog first folds what an earlier one left; for a close that must be quick (dlqctl's
    // exit) and an open that happens in the background.
    enum class OnClose { FoldLog, LeaveLog };

    // Opens or creates the file and removes runs older than `retentionDays` (0: keep all;
    // AppSettings::historyRetentionDays()).
    bool open(const QString &path, int retentionDays, OnClose onClose = OnClose::FoldLog);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // "History is off: …": why the file cannot be used; empty while it is open.
    QString errorString() const { return m_error; }

    // Reads in what recording a run of these IDs will change, for recordNow() not to wait for
    // the disk later (dlqctl: while the run's requests are in flight).
    void prepareFor(const QStringList &ids);

    // Writes in the background; recorded() or recordFailed() follows. Returns a ticket naming
    // this run for recordFollowUps() (0: history is off).
    quint64 record(const HistoryRun &run);
    // Writes what following found into the run record(run) returned `ticket` for, once that
    // run is written; followUpsRecorded() or recordFailed() follows.
    void recordFollowUps(quint64 ticket, const QList<HistoryFollowUp> &followUps);
    // The window's case: `all` (a results model's rows(), shared, not copied) becomes the record
    // on the worker thread too, so even a 100 000-ID run costs the GUI thread nothing. The
    // worker lets go of `all` once the record is built; a model changed before that copies its
    // rows on write, as implicitly shared lists do.
    void record(const RunFacts &facts, const QList<ResultRow> &all, const QList<int> &rows);
    // Writes now, on this thread (dlqctl, which has no GUI to keep going). Returns the run's
    // id, or 0 and a sentence in `error`.
    qint64 recordNow(const HistoryRun &run, QString *error = nullptr);
    // recordFollowUps() now, on this thread, for the run recordNow() returned `runId` for.
    bool recordFollowUpsNow(qint64 runId, const QList<HistoryFollowUp> &followUps,
                            QString *error = nullptr);

    QList<HistoryRun> runs(int limit = 1000) const;        // newest first, no results
    QList<HistoryHit> search(const QString &id) const;     // every run with this ID, newest first
    std::optional<HistoryRun> loadRun(qint64 runId) const; // with its results, in run order
    int prune(int retentionDays);                          // runs removed, -1 on error

Q_SIGNALS:
    void recorded(qint64 runId);
    void recordFailed(const QString &error);
    void followUpsRecorded(qint64 runId);

private:
    void fail(const QString &why);
    void stopWriter();

    Clock m_clock;
    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
    QThread *m_thread = nullptr;
    QPointer<HistoryWriter> m_writer;
    quint64 m_lastTicket = 0;
};

} // namespace dlq
