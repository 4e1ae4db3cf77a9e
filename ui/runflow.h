#pragma once

#include "api/dlqentry.h"
#include "run/runconfig.h"
#include "ui/targetresolver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QMessageBox;
class QNetworkAccessManager;
class QWidget;

namespace dlq {

class AppSettings;
class ConfirmDeleteDialog;
class HistoryStore;
class ResultsModel;
class RunController;
class RunProgress;
class SnapshotStep;

// Everything between "Delete…" and the end of a run: the confirmation, the run's settings,
// the progress line and the prompts when a run pauses or stops early. Dialogs and boxes are
// opened with open() on `window`; nothing here waits for them.
class RunFlow : public QObject
{
    Q_OBJECT
public:
    RunFlow(RunController *controller, ResultsModel *model, AppSettings *settings,
            RunProgress *progress, QWidget *window);

    // The window keeps this current; a run keeps the target it was confirmed for.
    void setTarget(const Target &target) { m_target = target; }
    // Every run that ends is recorded there (null: nowhere).
    void setHistory(HistoryStore *history);
    // Asks first (ConfirmDeleteDialog), then starts. Retry sends the failed and cancelled rows.
    void confirm(bool retry);
    // The same confirmation and run for exactly these IDs of the list (those not sent yet),
    // e.g. entries selected in the DLQ view. `known`: those entries as already fetched, saved
    // as the copy before the delete without being fetched again.
    void confirmIds(const QStringList &ids, const QList<api::DlqEntry> &known = {});
    void pauseOrResume();
    void cancel();
    bool isConfirming() const { return !m_confirm.isNull(); }
    RunConfig runConfig() const; // the target's and the settings' limits
    // The copy of the last run's entries (snapshotBeforeDelete); empty: none.
    QString snapshotPath() const { return m_snapshotPath; }
    SnapshotStep *snapshotStep() const { return m_snapshotStep; }
    // A per-ID or a bulk run is going, or the copy before it.
    bool isRunning() const;
    bool isBulkRunning() const;
    bool canPause() const;
    int done() const;
    int total() const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void stateChanged(); // started, paused, resumed or finished: re-evaluate the actions
    void finished(dlq::RunEnd end);
    void settingsRequested();

private:
    void confirmRows(bool retry, const std::function<QList<int>()> &pick);
    void start(const QList<int> &rows, bool bulk, const QString &reason);
    void startDelete(bool bulk); // after the copy, or without one
    void onSnapshotStopped(const QString &message);
    void recordRun(RunEnd end);
    void onStarted(int total);
    void onFinished(RunEnd end);
    void askAfterOnlyNotFound(int count);

    RunController *m_controller;
    QList<int> m_runRows; // the rows the last run was started with
    ResultsModel *m_model;
    AppSettings *m_settings;
    RunProgress *m_progress;
    QWidget *m_window;
    Target m_target;
    QPointer<ConfirmDeleteDialog> m_confirm;
    QPointer<QMessageBox> m_stoppedBox;
    QPointer<QMessageBox> m_guardBox;
    QPointer<HistoryStore> m_history;
    QString m_reason; // typed at the confirmation of the current or last run
    SnapshotStep *m_snapshotStep;
    QString m_snapshotPath;
    bool m_pendingBulk = false;
    QList<api::DlqEntry> m_known; // entries confirmIds() was given, for the copy
    QDateTime m_startedAt;
    QElapsedTimer m_runClock;
};

} // namespace dlq
