#pragma once

#include "cli/cliargs.h"
#include "cli/confirmprompt.h"
#include "cli/deleteplan.h"
#include "cli/deletereport.h"
#include "cli/progressline.h"
#include "cli/tokensource.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "run/snapshotrun.h"
#include "secrets/keychainstore.h"
#include "session/sessionjournal.h"
#include "settings/appsettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSettings>

#include <memory>

namespace dlq::cli {

class SignalWatcher;

// `dlqctl delete`: follows its DeletePlan (deleteplan.h), asks for confirmation, watches for
// signals, runs the deletes through RunController (one per ID, or in bulk chunks) and hands the
// outcome to the report writer (deletereport.h). Runs on the application's event loop and ends
// it with QCoreApplication::exit(exit code).
class DeleteCommand : public QObject
{
    Q_OBJECT
public:
    DeleteCommand(DeleteOptions options,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                  QObject *parent = nullptr);
    ~DeleteCommand() override;

    void start();

private:
    void startWithToken(const TokenLookup &token);
    bool prepare(const TokenLookup &token); // false: finished already (an error, or the dry run)
    void finishSession(RunEnd end);
    void askThenRun();
    void run();
    void takeSnapshot(const RunConfig &config); // then startDeletes(), or the command ends
    void startDeletes(const RunConfig &config);
    RunConfig runConfig() const;
    void onSignal();
    void onNotFoundGuard(int count);
    void onRunFinished(RunEnd end);
    RunEnding ending(RunEnd end) const;
    void recordHistory(RunEnd end);
    QString hostLabel() const { return m_plan.hostLabel(); }
    void fail(int code, const QString &message);
    void finish(int code);

    DeleteOptions m_options;
    QSettings m_store;
    AppSettings m_settings;
    KeychainTokenStore m_keychain;
    TokenSource m_tokenSource;
    ResultsModel m_model;
    QNetworkAccessManager m_nam;
    RunController m_controller;
    ConfirmPrompt m_prompt;
    SignalWatcher *m_signals = nullptr;
    ProgressLine m_progress;
    DeletePlan m_plan;
    std::unique_ptr<SessionJournal> m_journal;
    QPointer<SnapshotRun> m_snapshot; // the copy before the deletes, while it is taken
    QString m_snapshotPath;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    bool m_running = false;
    bool m_interrupted = false;
    bool m_guardStopped = false; // by the not-found guard, not by the user
    bool m_finished = false;
};

} // namespace dlq::cli
