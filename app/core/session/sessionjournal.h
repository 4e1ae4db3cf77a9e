#pragma once

#include "session/journalwriter.h"
#include "session/sendgate.h"
#include "session/sessionrecovery.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace dlq {

class ResultsModel;

// Keeps the list and every result on disk as they happen, so a kill -9, crash or power cut
// halfway through a cleanup loses track of no ID. It watches the model's own signals: nothing
// else has to remember to call it. It never sees the token and has no way to receive one.
//
// Lifecycle, the same for the window and for dlqctl:
//   1. At start, before creating a journal: if hasRecoverableSession(dir), recover(dir), show
//      the warnings, and on the user's yes restoreInto(model, session) and pass
//      session.unknownOutcomeIds to RunController::setOutcomeUnknown; on no, discard(dir).
//   2. Construct the SessionJournal. It takes the directory over at once: the model's current
//      rows (the restored ones, if any) become the new session's snapshot and whatever
//      session was there before is gone. So recover first.
//   3. Run. Records reach the OS within ~200 ms or 100 records (a kill -9 loses no more);
//      snapshots and markClean() are fsynced. A run started on the model finds this journal
//      as its SendGate (write-ahead): the engine marks rows Sending, asks for permission and
//      sends when permitted() arrives, i.e. once those records reached the OS.
//   4. The user clears the list, or the app closes with no unfinished work: markClean(), and
//      the next start offers nothing. Closing with unfinished work: just destroy the journal.
//
// On disk in `directory`: snapshot.json (the whole list, replaced atomically) and
// journal.jsonl (records since that snapshot, one checksummed JSON object per line). See
// journalrecord.h for the record format and sessionrecovery.h for how a session is read back.
//
// Lives in the model's thread. File I/O happens on a writer thread of its own: recording a
// change costs the GUI one small JSON serialisation and a queue push, and requestPermission()
// returns at once (the writer acknowledges after write + flush, before any fdatasync). Only
// flush() and markClean() wait for the writer; nothing in a run calls them.
class SessionJournal : public SendGate
{
    Q_OBJECT
public:
    SessionJournal(ResultsModel *model, const QString &directory, QObject *parent = nullptr);
    SessionJournal(ResultsModel *model, const QString &directory, JournalTiming timing,
                   QObject *parent = nullptr);
    ~SessionJournal() override; // writes what is queued; the session stays recoverable

    // Shown when offering to restore. Never pass credentials here.
    void setContext(const QString &host, const QString &preset = {});
    // An action run's context (action, overrides, frozen-set figures, reason, host), kept with
    // the session so a restore acts the same way. Never pass credentials here.
    void setActContext(const QJsonObject &act);
    // What an ID's result said beyond its row: the new run, a look-up's finding. Replaces the
    // ID's earlier detail.
    void recordDetail(const QString &id, const QJsonObject &detail);
    // A snapshot is taken after this many records, once the journal has also grown to the
    // size of the last snapshot (so a big list is not rewritten every few thousand records).
    void setSnapshotInterval(int records);
    int snapshotInterval() const { return m_snapshotInterval; }

    void checkpoint(); // snapshot now and start a new journal; returns at once
    void flush();      // blocks until everything recorded so far is in the OS (tests, dlqctl)
    quint64 requestPermission() override; // see SendGate; never blocks
    void markClean(); // blocks: files removed and synced; later changes start a new session

    QString directory() const { return m_directory; }
    QString lastError() const { return m_lastError; }
    qint64 lastSeq() const { return m_seq; }
    qint64 bytesWritten() const { return m_writer->bytesWritten(); }
    int snapshotCount() const { return m_writer->snapshotCount(); }

    // QStandardPaths::AppDataLocation + "/session".
    static QString defaultDirectory();
    // Whether recover() would find rows or something worth a warning. Reads the files.
    static bool hasRecoverableSession(const QString &directory);
    static RecoveredSession recover(const QString &directory); // see recoverSession()
    static void discard(const QString &directory);

Q_SIGNALS:
    // A write failed (disk full, folder gone…): until one works again, a crash may lose results.
    void writeFailed(const QString &error);

private:
    void watch();
    bool rebasedInstead();
    void startNewBase();
    void record(const char *op, QJsonObject fields);
    void recordRows(int first, int last);
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onDataChanged(int top, int bottom);
    void onReset();

    QPointer<ResultsModel> m_model;
    const QString m_directory;
    std::unique_ptr<JournalWriter> m_writer;
    QString m_host;
    QString m_preset;
    QJsonObject m_act;
    QJsonObject m_details;
    QString m_lastError;
    qint64 m_seq = 0;
    quint64 m_lastTicket = 0;
    int m_snapshotInterval = 2000;
    int m_rotationsRequested = 0;
    int m_recordsSinceSnapshot = 0;
    qint64 m_bytesSinceSnapshot = 0;
    bool m_needsBase = false;
    QElapsedTimer m_sinceRebase;
};

} // namespace dlq
