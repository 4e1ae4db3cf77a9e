#pragma once

#include "run/bulkchunk.h"
#include "run/runconfig.h"
#include "run/runstopwatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;
struct ActionItem;
class ResultsModel;

enum class RunMode {
    PerId, // one DELETE per ID: a verdict per ID
    Bulk,  // DELETE ?dlqIds=… per chunk: a count per chunk
};

// Runs model rows through the engine (ActionRun), one DELETE per ID or in bulk chunks, writes
// the outcomes into the model and keeps the numbers a progress bar shows. Used by the main
// window and by dlqctl; windows only show what it reports.
class RunController : public QObject
{
    Q_OBJECT
public:
    RunController(ResultsModel *model, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RunController() override;

    // Rows "Delete N IDs…" would send: sendable IDs not yet deleted or found missing.
    QList<int> unsentRows() const;
    // Rows "Retry failed" would send: Failed and Cancelled.
    QList<int> retryableRows() const;

    // Returns false (and does nothing) when a run is going or `rows` is empty.
    bool start(const QList<int> &rows, const RunConfig &config, RunMode mode = RunMode::PerId);
    void cancel();
    void pause();
    void resume();
    // IDs whose earlier try may have been applied (e.g. in flight when the app crashed):
    // a 404 for them then means deleted.
    void setOutcomeUnknown(const QSet<QString> &ids) { m_outcomeUnknown = ids; }

    bool isRunning() const;
    bool isPaused() const;
    RunMode mode() const { return m_mode; } // of the current or last run
    ActionRun *currentRun() const;
    QNetworkAccessManager *network() const { return m_nam; }
    int total() const { return m_total; }
    int done() const { return m_done; }
    double ratePerSecond() const; // finished IDs per second since the run started
    RunEnd lastEnd() const { return m_lastEnd; }
    QString baseHost() const { return m_host; }
    // The last bulk run's chunks, in the order they finished.
    const QList<BulkChunk> &chunks() const { return m_chunks; }

Q_SIGNALS:
    void runStarted(int total);
    void progressChanged(int done, int total, double ratePerSecond);
    void paused();
    void resumed();
    // The first `count` answers were all 404 (wrong region or project?); the run is paused.
    void notFoundGuardTripped(int count);
    void runFinished(dlq::RunEnd end);

private:
    // The one place a run's rows are queued: their actions, keyed for onFinished().
    QList<ActionItem> queueRows(const QList<int> &rows, int chunkSize);
    QList<int> rowsOf(int key) const;
    void onStarted(int key);
    void onFinished(int key, const ActionResult &result);
    void countDone(int rows);

    ResultsModel *m_model;
    QNetworkAccessManager *m_nam;
    QPointer<ActionRun> m_run;
    RunMode m_mode = RunMode::PerId;
    // Bulk: chunk key -> its model rows. Per ID the key is the row itself: no entry per ID.
    QHash<int, QList<int>> m_rowsOf;
    QList<BulkChunk> m_chunks;
    RunStopwatch m_stopwatch;
    int m_total = 0;
    int m_done = 0;
    RunEnd m_lastEnd = RunEnd::Completed;
    QString m_host;
    QSet<QString> m_outcomeUnknown;
};

} // namespace dlq
