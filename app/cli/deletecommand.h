#pragma once

#include "cli/cliargs.h"
#include "cli/confirmprompt.h"
#include "cli/progressline.h"
#include "cli/tokensource.h"
#include "results/resultsmodel.h"
#include "run/bulkdeleterun.h"
#include "run/runcontroller.h"
#include "secrets/keychainstore.h"
#include "session/sessionjournal.h"
#include "settings/appsettings.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>

#include <memory>

namespace dlq::cli {

class SignalWatcher;

// `dlqctl delete`: loads and checks the IDs, finds the server and token, asks for
// confirmation, runs the deletes through RunController (one per ID, or in bulk chunks) and
// prints the results. Runs on the application's event loop and ends it with
// QCoreApplication::exit(exit code).
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
    bool prepare();     // false: finished already (an error, or the dry run)
    bool loadSession(); // --session: refuse a stray session, or restore it for --resume
    void finishSession(RunEnd end);
    bool idsContainToken() const;
    QString checkOutputWritable() const;
    void printDryRun();
    void askThenRun();
    void run();
    RunConfig runConfig() const;
    void onSignal();
    void onNotFoundGuard(int count);
    void onRunFinished(RunEnd end);
    void recordHistory(RunEnd end);
    void onBulkFinished(RunEnd end);
    int deliver(const QByteArray &bytes, int code); // to --output or stdout
    QString hostLabel() const;
    QString elapsedText() const;
    QString stopReason(RunEnd end) const;
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
    QUrl m_baseUrl;
    TokenLookup m_token;
    int m_duplicates = 0;
    std::unique_ptr<SessionJournal> m_journal;
    QList<int> m_sendRows; // per-ID mode
    QStringList m_sendIds; // bulk mode
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    bool m_running = false;
    bool m_interrupted = false;
    bool m_guardStopped = false; // by the not-found guard, not by the user
    bool m_finished = false;
};

} // namespace dlq::cli
