#pragma once

#include "run/actjournal.h"
#include "run/actrun.h"
#include "run/frozenset.h"
#include "run/runconfig.h"
#include "ui/targetresolver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QNetworkAccessManager;

namespace dlq {

class AppSettings;
class HistoryStore;
class LedgerModel;

// One action of the DLQ tab from "go" to the ledger, without widgets: it previews a filter
// into a frozen set, runs an ActPlan (ActRun: the engine's pacing, retries and cancel) on the
// target it was started for, keeps the ledger in a table model and records the run in the
// history. The panel and the dialogs only show it.
class ActFlow : public QObject
{
    Q_OBJECT
public:
    ActFlow(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ActFlow() override;

    // The window keeps these current; a run keeps the target it was confirmed for.
    void setTarget(const Target &target, const RunConfig &config);
    const Target &target() const { return m_target; }
    void setHistory(HistoryStore *history);
    HistoryStore *history() const;
    // The history's name for the last run recorded (HistoryStore::record); 0: not recorded.
    quint64 historyTicket() const { return m_historyTicket; }
    // "Delete all matching" saves the frozen entries first when these settings ask for it
    // (snapshotBeforeDelete); without settings nothing is saved.
    void setSettings(const AppSettings *settings) { m_settings = settings; }
    // The copy the last delete saved; empty: none.
    QString snapshotPath() const { return m_snapshotPath; }

    // Pages the filter and freezes the exact IDs (previewFinished). False, nothing sent, when
    // the filter is empty or a run or preview is going; errorMessage() says why.
    bool preview(const api::DlqFilter &filter);
    const std::optional<FrozenSet> &frozen() const { return m_frozen; }

    // False (nothing sent) when the plan has problems or something is going.
    bool start(const ActPlan &plan, const QString &reason,
               const std::optional<FrozenSet> &frozen = std::nullopt);
    // Each run is journalled write-ahead in `directory` (empty: not at all), as dlqctl
    // --session does; the journal is removed when the run completes and kept when it stops
    // with IDs left (cancelled, token rejected…) or the app dies, for the next start to offer.
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }
    QString journalDirectory() const { return m_journalDir; }
    // While set, start() refuses with this sentence: an interrupted run's journal awaits the
    // user's word, and a new run would replace it.
    void holdJournal(const QString &why) { m_journalHeld = why; }
    // Continues an interrupted run on the current target: what it settled is never sent again,
    // a resume or restart in flight at the stop is looked up first. False as start().
    bool resume(const InterruptedAct &interrupted);
    void cancel(); // the preview or the run
    bool isBusy() const;
    bool isPreviewing() const { return m_freezer != nullptr; }
    bool isRunning() const { return m_run && m_run->isRunning(); }
    QString errorMessage() const { return m_error; }

    LedgerModel *ledgerModel() const { return m_ledger; }
    // The IDs of the last run answered 400 for resume ("doesn't support resume", "incompatible
    // step"): they can be restarted instead.
    QStringList restartCandidates() const;
    // The last run's IDs the server acted on (started, deleted, callback retried/cancelled).
    QStringList actedIds() const;

Q_SIGNALS:
    void previewFinished(dlq::PagerEnd end, const QString &message);
    void started(int total);
    void progress(int done, int total);
    void finished(dlq::RunEnd end, const QString &recountError);

private:
    void onFinished(RunEnd end, const QString &recountError);
    void record(RunEnd end);

    QNetworkAccessManager *m_nam;
    Target m_target;
    RunConfig m_config;
    Target m_runTarget;
    ActRun *m_run = nullptr;
    SetFreezer *m_freezer = nullptr;
    std::optional<FrozenSet> m_frozen;
    LedgerModel *m_ledger;
    QPointer<HistoryStore> m_history;
    quint64 m_historyTicket = 0;
    const AppSettings *m_settings = nullptr;
    QString m_snapshotPath;
    QString m_reason;
    QString m_journalDir;
    QString m_journalHeld;
    std::optional<InterruptedAct> m_resuming; // during resume() only
    QJsonObject m_resumedAct;                 // the run continues this journal's run
    bool m_bulk = false;
    QString m_error;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
};

} // namespace dlq
