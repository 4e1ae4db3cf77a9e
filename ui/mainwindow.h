#pragma once

#include "ui/mainactions.h"
#include "ui/targetresolver.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QMessageBox;
class QNetworkAccessManager;
class QTabWidget;
class QTimer;

namespace dlq {

class ActSessionKeeper;
class AppSettings;
class DlqView;
class ExportTracker;
class HistoryDialog;
class SnapshotsDialog;
class HistoryStore;
class IdEntryBar;
class ResultFilterModel;
class ResultsModel;
class ResultsPanel;
class RunController;
class RunFlow;
class RunProgress;
class SandboxServer;
class SessionKeeper;
class SettingsDialog;
class TargetBanner;
class TokenKeeper;
class TokenStore;

// The one window. It owns the list (ResultsModel), its view proxy, the run controller and,
// with the Sandbox preset, the built-in sandbox. Settings, the network and the directory of the
// crash-safe session (SessionJournal::defaultDirectory(); empty: none) and the keychain (null:
// none, the settings file holds the token) are injected; the stored token is read from the
// keychain after the window is up (TokenKeeper).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppSettings *settings, QNetworkAccessManager *nam,
               const QString &sessionDirectory = QString(), TokenStore *keychain = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SandboxServer *sandbox() const; // null unless the Sandbox preset is in use
    const Target &target() const { return m_target; }
    ResultsModel *resultsModel() const { return m_model; }
    RunController *runController() const { return m_controller; }
    RunFlow *runFlow() const { return m_runFlow; }
    SessionKeeper *sessionKeeper() const { return m_session; }
    ActSessionKeeper *actSessionKeeper() const { return m_actSession; }
    const MainActions &actions() const { return m_actions; }
    TokenKeeper *tokenKeeper() const { return m_tokens; }
    DlqView *dlqView() const { return m_dlqView; }
    // Where finished runs are recorded and "History…" reads (null: no history). If the store
    // could not be opened, the status bar says why.
    void setHistory(HistoryStore *history);

    // Every way IDs come in ends here: parseIds() against the list, then append.
    int addIdsFromText(const QString &text, const QString &source);
    void importFiles(const QStringList &paths);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void connectActions();
    void settingsChanged();
    void applyTarget();
    void askAboutStaleResults(const Target &previous);
    void updateActions();
    void pasteIds();
    void openImportDialog();
    void openExportDialog();
    void chooseExportFile(bool shownOnly);
    void exportTo(const QString &path, bool shownOnly);
    void copySelection(bool idsOnly);
    void removeSelected();
    void clearAll();
    // Opens "discardResultsBox"; `go` runs only on the user's yes.
    void askBeforeDiscarding(const QString &title, const QString &text, const QString &confirm,
                             const std::function<void()> &go);
    void askToQuitWithoutExport();
    void onRunFinished();
    void openSettings();
    void openHistory();
    void openSnapshots();
    void copySampleIds();
    void deleteFromDlqView(const QStringList &ids);
    void askToCancelAndClose();
    void restoreWindowState();
    void fitIntoScreen(); // shrinks and moves the window into the screen's free area
    void saveWindowState();

    AppSettings *m_settings;
    QNetworkAccessManager *m_nam;
    ResultsModel *m_model;
    ResultFilterModel *m_proxy;
    RunController *m_controller;
    TargetResolver *m_resolver;
    TokenKeeper *m_tokens;
    ExportTracker *m_exports;
    Target m_target;
    Target m_lastTarget; // the last one with a URL: what results so far were answered by
    MainActions m_actions;

    TargetBanner *m_banner = nullptr;
    IdEntryBar *m_entryBar = nullptr;
    ResultsPanel *m_results = nullptr;
    QLabel *m_summary = nullptr;
    RunProgress *m_progress = nullptr;
    RunFlow *m_runFlow = nullptr;
    SessionKeeper *m_session = nullptr;
    ActSessionKeeper *m_actSession = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_listTab = nullptr;
    DlqView *m_dlqView = nullptr;
    QTimer *m_actionTimer;

    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<HistoryStore> m_history;
    QPointer<HistoryDialog> m_historyDialog;
    QPointer<SnapshotsDialog> m_snapshotsDialog;
    QPointer<QMessageBox> m_closeBox;
    QPointer<QMessageBox> m_targetBox;
    QPointer<QMessageBox> m_discardBox;
    QPointer<QMessageBox> m_quitBox;
    bool m_targetOutdated = false; // settings changed during a run; applied when it ends
    bool m_closeAfterRun = false;
    bool m_quitConfirmed = false; // to quit although results were never exported
    bool m_shownOnce = false;
};

} // namespace dlq
