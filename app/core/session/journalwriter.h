#pragma once

#include "results/resultsmodel.h"

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace dlq {

// Everything a snapshot holds. The rows are an implicitly shared copy of the model's list, so
// handing them over costs nothing on the GUI thread; serialising happens on the writer's.
struct JournalSnapshot
{
    QList<ResultRow> rows;
    QString host;
    QString preset;
    qint64 seq = 0;      // the last record this snapshot includes
    QByteArray epoch;    // names this snapshot; its journal's "begin" line repeats it
    QJsonObject act;     // an action run's context; empty for a delete session
    QJsonObject details; // DLQ ID -> detail object (journalrecord.h)
};

struct JournalTiming
{
    int flushIntervalMs = 200;        // a kill -9 loses at most this much, or…
    int flushEveryLines = 100;        // …this many records, whichever comes first
    int syncIntervalMs = 1000;        // fdatasync while records keep coming (power loss)
    std::function<void()> beforeSync; // tests: runs on the writer thread before each journal sync
};

// Owns the session files and does all their I/O on its own thread, so a slow disk or an
// fdatasync never stalls the GUI. Work runs in the order it was queued.
class JournalWriter
{
public:
    using ErrorHandler = std::function<void(const QString &)>; // called on the writer thread

    JournalWriter(const QString &directory, JournalTiming timing, ErrorHandler onError);
    ~JournalWriter(); // writes what is queued, syncs, stops
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    void appendLine(QByteArray line);
    // Writes the snapshot atomically, then truncates the journal to a "begin" line naming it.
    void rotate(JournalSnapshot snapshot);
    void removeFiles();      // blocks until both files are gone and the directory is synced
    void waitUntilWritten(); // blocks until everything queued reached the OS (survives kill -9)
    // Returns at once; `done` runs on the writer thread once everything queued before it reached
    // the OS (write + flush; the fdatasync for power loss may follow later).
    void whenWritten(std::function<void()> done);

    // The journal lost a write (disk full…): later lines are dropped until the next rotate.
    bool needsRotate() const { return m_needsRotate.load(); }
    qint64 lastSnapshotBytes() const { return m_lastSnapshotBytes.load(); }
    qint64 bytesWritten() const { return m_bytesWritten.load(); }
    int snapshotCount() const { return m_snapshots.load(); }
    int rotationsDone() const { return m_rotationsDone.load(); } // succeeded or not

private:
    struct Command
    {
        enum class Kind { Lines, Rotate, Remove, Barrier };
        Kind kind = Kind::Lines;
        QByteArray lines;
        JournalSnapshot snapshot;
        std::function<void()> written; // Barrier only
    };

    quint64 enqueue(Command command, bool urgent); // returns its ticket
    void waitFor(quint64 ticket);
    void run();
    bool batchReady() const;
    void execute(Command &command);
    void writeLines(const QByteArray &lines);
    void writeSnapshot(const JournalSnapshot &snapshot);
    bool openJournal(const JournalSnapshot &snapshot);
    void removeAll();
    void syncJournal();
    void fail(const QString &error);

    const QString m_directory;
    const JournalTiming m_timing;
    const ErrorHandler m_onError;

    // Shared with the GUI thread, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::deque<Command> m_queue;
    int m_queuedLines = 0;
    std::chrono::steady_clock::time_point m_firstQueuedAt;
    quint64 m_queuedTicket = 0;
    quint64 m_doneTicket = 0;
    bool m_urgent = false;
    bool m_stop = false;

    std::atomic<bool> m_needsRotate{false};
    std::atomic<qint64> m_lastSnapshotBytes{0};
    std::atomic<qint64> m_bytesWritten{0};
    std::atomic<int> m_snapshots{0};
    std::atomic<int> m_rotationsDone{0};

    // Writer thread only.
    QFile m_journal;
    bool m_journalBroken = false;
    bool m_unsynced = false;
    std::chrono::steady_clock::time_point m_lastSync;

    std::thread m_thread; // last: starts after everything above exists
};

} // namespace dlq
