#pragma once

#include "run/deleterun.h"
#include "run/runstopwatch.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace dlq {

class ResultsModel;

// Connects a DeleteRun to the results model and keeps the numbers a progress bar shows.
// Used by the main window and by dlqctl; windows only show what it reports.
class RunController : public QObject
{
    Q_OBJECT
public:
    RunController(ResultsModel *model, QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Rows "Delete N IDs…" would send: sendable IDs not yet deleted or found missing.
    QList<int> unsentRows() const;
    // Rows "Retry failed" would send: Failed and Cancelled.
    QList<int> retryableRows() const;

    // Returns false (and does nothing) when a run is going or `rows` is empty.
    bool start(const QList<int> &rows, const RunConfig &config);
    void cancel();
    void pause();
    void resume();
    // IDs whose earlier try may have been applied (e.g. in flight when the app crashed):
    // a 404 for them then means deleted.
    void setOutcomeUnknown(const QSet<QString> &ids) { m_outcomeUnknown = ids; }

    bool isRunning() const;
    bool isPaused() const;
    DeleteRun *currentRun() const { return m_run; }
    int total() const { return m_total; }
    int done() const { return m_done; }
    double ratePerSecond() const; // finished IDs per second since the run started
    RunEnd lastEnd() const { return m_lastEnd; }
    QString baseHost() const { return m_host; }

Q_SIGNALS:
    void runStarted(int total);
    void progressChanged(int done, int total, double ratePerSecond);
    void paused();
    void resumed();
    // The first `count` answers were all 404 (wrong region or project?); the run is paused.
    void notFoundGuardTripped(int count);
    void runFinished(dlq::RunEnd end);

private:
    ResultsModel *m_model;
    QNetworkAccessManager *m_nam;
    QPointer<DeleteRun> m_run;
    RunStopwatch m_stopwatch;
    int m_total = 0;
    int m_done = 0;
    RunEnd m_lastEnd = RunEnd::Completed;
    QString m_host;
    QSet<QString> m_outcomeUnknown;
};

} // namespace dlq
