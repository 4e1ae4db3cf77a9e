#include "ui/mainwindow.h"

#include "browse/dlqentriesmodel.h"
#include "history/historystore.h"
#include "ids/idparser.h"
#include "results/exporter.h"
#include "results/exporttracker.h"
#include "results/resultfiltermodel.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"
#include "session/entrysnapshot.h"
#include "settings/appsettings.h"
#include "settings/tokenkeeper.h"
#include "ui/act/actflow.h"
#include "ui/act/actsessionkeeper.h"
#include "ui/act/dlqactions.h"
#include "ui/actionbutton.h"
#include "ui/browse/dlqview.h"
#include "ui/filedialogs.h"
#include "ui/history/historydialog.h"
#include "ui/identrybar.h"
#include "ui/idimport.h"
#include "ui/idintake.h"
#include "ui/messageboxes.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/resultspanel.h"
#include "ui/runflow.h"
#include "ui/runprogress.h"
#include "ui/sandboxsamples.h"
#include "ui/sessionkeeper.h"
#include "ui/settingsdialog.h"
#include "ui/snapshots/snapshotsdialog.h"
#include "ui/targetbanner.h"
#include "ui/uitext.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;
constexpr int kActionUpdateMs = 100;

// Rows holding a server's answer (Invalid ones never reached a server).
QList<int> answeredRows(const ResultsModel &model)
{
    QList<int> rows;
    const QList<ResultRow> &all = model.rows();
    for (int r = 0; r < all.size(); ++r) {
        if (isFinished(all.at(r).state) && all.at(r).state != ResultState::Invalid)
            rows.append(r);
    }
    return rows;
}
} // namespace

MainWindow::MainWindow(AppSettings *settings, QNetworkAccessManager *nam,
                       const QString &sessionDirectory, TokenStore *keychain, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_nam(nam), m_model(new ResultsModel(this)),
      m_proxy(new ResultFilterModel(this)), m_controller(new RunController(m_model, nam, this)),
      m_resolver(new TargetResolver(settings, this)),
      m_tokens(new TokenKeeper(settings, keychain, this)),
      m_exports(new ExportTracker(m_model, this)), m_actions(createMainActions(this)),
      m_actionTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("DLQ Manager"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    // Counts change once per finished ID during a run; the buttons need not follow each one.
    m_actionTimer->setSingleShot(true);
    m_actionTimer->setInterval(kActionUpdateMs);
    connect(m_actionTimer, &QTimer::timeout, this, &MainWindow::updateActions);

    // Before anything can change the list: the previous session is read now and the journal
    // attached once the user has decided about it (see SessionKeeper).
    m_session = new SessionKeeper(m_model, m_controller, sessionDirectory, this);
    buildUi();
    // The DLQ tab's actions keep their own journal next to the list's (see ActSessionKeeper).
    m_actSession = new ActSessionKeeper(
        m_dlqView->actions(),
        sessionDirectory.isEmpty() ? QString() : sessionDirectory + QStringLiteral("/act"), this);
    connectActions();
    applyTarget();
    restoreWindowState();
    // The keychain answers over D-Bus; until it has, the target says the token is on its way
    // (AppSettings::tokenPending()) and no run can start.
    m_tokens->start();
}

MainWindow::~MainWindow() = default;

SandboxServer *MainWindow::sandbox() const
{
    return m_target.sandbox ? m_resolver->sandbox() : nullptr;
}

void MainWindow::buildUi()
{
    m_banner = new TargetBanner(this);
    m_entryBar = new IdEntryBar(m_actions.importIds, this);
    m_entryBar->setModel(m_model);
    m_results = new ResultsPanel(m_model, m_proxy, this);
    m_progress = new RunProgress(this);
    m_runFlow = new RunFlow(m_controller, m_model, m_settings, m_progress, this);

    m_results->filterBar()->addWidget(makeActionButton(
        m_actions.removeSelected, QStringLiteral("removeButton"), tr("Remove selected"), this));
    m_results->filterBar()->addWidget(
        makeActionButton(m_actions.clearAll, QStringLiteral("clearButton"), tr("Clear all"), this));
    m_results->view()->addActions(
        {m_actions.copyRows, m_actions.copyIds, m_actions.removeSelected});

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true); // a long summary must not widen the window past the screen
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(makeActionButton(m_actions.copyRows, QStringLiteral("copyRowsButton"),
                                           tr("Copy selected rows"), this));
    summaryRow->addWidget(makeActionButton(m_actions.copyIds, QStringLiteral("copyIdsButton"),
                                           tr("Copy selected IDs"), this));
    summaryRow->addWidget(makeActionButton(m_actions.exportResults, QStringLiteral("exportButton"),
                                           tr("Export"), this));

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addStretch(0);
    runRow->addWidget(makeActionButton(m_actions.pauseRun, QStringLiteral("pauseButton"),
                                       tr("Pause or resume the run"), this));
    runRow->addWidget(makeActionButton(m_actions.cancelRun, QStringLiteral("cancelButton"),
                                       tr("Cancel run"), this));
    runRow->addWidget(makeActionButton(m_actions.retryFailed, QStringLiteral("retryButton"),
                                       tr("Retry failed"), this));
    QPushButton *deleteButton = makeActionButton(
        m_actions.deleteIds, QStringLiteral("deleteButton"), tr("Delete IDs"), this);
    deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    runRow->addWidget(deleteButton);

    m_listTab = new QWidget(this);
    m_listTab->setObjectName(QStringLiteral("idListTab"));
    auto *listLayout = new QVBoxLayout(m_listTab);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_entryBar);
    listLayout->addWidget(m_results, 1);
    listLayout->addLayout(summaryRow);
    m_dlqView = new DlqView(m_settings, m_nam, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(m_listTab, tr("ID list"));
    m_tabs->addTab(m_dlqView, tr("DLQ"));
    m_tabs->setTabToolTip(0, tr("Pasted and imported IDs and their results (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("Browse and filter the dead letter queue (Ctrl+2)"));
    // Ctrl+1 / Ctrl+2 switch tabs and put the focus where work starts in each.
    const auto addTabShortcut = [this](const char *name, int key, const std::function<void()> &go) {
        auto *show = new QAction(this);
        show->setObjectName(QString::fromLatin1(name));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key)));
        connect(show, &QAction::triggered, this, go);
        addAction(show);
    };
    addTabShortcut("showIdListAction", Qt::Key_1, [this] {
        m_tabs->setCurrentWidget(m_listTab);
        m_entryBar->entry()->setFocus(Qt::ShortcutFocusReason);
    });
    addTabShortcut("showDlqAction", Qt::Key_2, [this] {
        m_tabs->setCurrentWidget(m_dlqView);
        m_dlqView->focusFilters();
    });

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    // Anything still talking to the current target blocks a switch (ProfileSwitcher).
    auto *profiles = new ProfileSwitcher(
        m_settings,
        [this]() -> QString {
            if (m_runFlow->isRunning())
                return tr("a run is in progress");
            if (m_dlqView->actions()->flow()->isBusy())
                return tr("an action on DLQ entries is in progress");
            if (m_dlqView->model()->isLoading())
                return tr("the DLQ tab is loading entries");
            return {};
        },
        this);
    connect(profiles, &ProfileSwitcher::switched, m_tokens, &TokenKeeper::start);
    connect(profiles, &ProfileSwitcher::statusMessage, statusBar(), &QStatusBar::showMessage);
    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(profiles);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(runRow);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_entryBar->entry()->setFocus();
}

void MainWindow::connectActions()
{
    const MainActions &a = m_actions;
    connect(a.importIds, &QAction::triggered, this, &MainWindow::openImportDialog);
    connect(a.exportResults, &QAction::triggered, this, &MainWindow::openExportDialog);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.pasteIds, &QAction::triggered, this, &MainWindow::pasteIds);
    connect(a.copyRows, &QAction::triggered, this, [this] { copySelection(false); });
    connect(a.copyIds, &QAction::triggered, this, [this] { copySelection(true); });
    connect(a.removeSelected, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(a.clearAll, &QAction::triggered, this, &MainWindow::clearAll);
    connect(a.deleteIds, &QAction::triggered, m_runFlow, [this] { m_runFlow->confirm(false); });
    connect(a.retryFailed, &QAction::triggered, m_runFlow, [this] { m_runFlow->confirm(true); });
    connect(a.cancelRun, &QAction::triggered, m_runFlow, &RunFlow::cancel);
    connect(a.pauseRun, &QAction::triggered, m_runFlow, &RunFlow::pauseOrResume);
    connect(a.connectionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(a.history, &QAction::triggered, this, &MainWindow::openHistory);
    connect(a.snapshots, &QAction::triggered, this, &MainWindow::openSnapshots);
    connect(a.copySampleIds, &QAction::triggered, this, &MainWindow::copySampleIds);
    connect(a.about, &QAction::triggered, this, [this] { makeAboutBox(this)->open(); });

    connect(m_banner, &TargetBanner::settingsRequested, this, &MainWindow::openSettings);
    connect(m_entryBar, &IdEntryBar::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_entryBar, &IdEntryBar::submitted, this, [this](const QString &text) {
        addIdsFromText(text, tr("the entry line"));
        m_entryBar->clearEntry();
    });
    connect(m_results, &ResultsPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_model, &ResultsModel::countsChanged, this, [this] {
        if (!m_actionTimer->isActive())
            m_actionTimer->start();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_actionTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, m_actionTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, m_actionTimer, qOverload<>(&QTimer::start));
    // A filter change arrives as one layout change (see ResultFilterModel::refilter).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_actionTimer,
            qOverload<>(&QTimer::start));

    connect(m_runFlow, &RunFlow::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_session, &SessionKeeper::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_session, &SessionKeeper::restored, this, &MainWindow::updateActions);
    connect(m_actSession, &ActSessionKeeper::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_actSession, &ActSessionKeeper::continued, this,
            [this] { m_tabs->setCurrentWidget(m_dlqView); });
    connect(m_runFlow, &RunFlow::stateChanged, this, &MainWindow::updateActions);
    connect(m_runFlow, &RunFlow::finished, this, &MainWindow::onRunFinished);
    connect(m_runFlow, &RunFlow::settingsRequested, this, &MainWindow::openSettings);
    connect(m_settings, &AppSettings::changed, this, &MainWindow::settingsChanged);
    connect(m_dlqView, &DlqView::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_dlqView, &DlqView::deleteRequested, this, &MainWindow::deleteFromDlqView);
}

void MainWindow::settingsChanged()
{
    if (m_runFlow->isRunning()) {
        // A run keeps the target it was confirmed for; switch when it is over.
        m_targetOutdated = true;
        return;
    }
    applyTarget();
}

void MainWindow::applyTarget()
{
    m_target = m_resolver->resolve();
    m_banner->showTarget(m_target);
    m_runFlow->setTarget(m_target);
    m_dlqView->setTarget(m_target, m_runFlow->runConfig());
    QString host = m_target.sandbox ? tr("sandbox %1").arg(m_target.host()) : m_target.host();
    if (!m_target.profile.isEmpty())
        host = tr("%1 · %2").arg(m_target.profile, host);
    // Host first and the app name last, the order Qt itself uses for the display name, so a
    // taskbar that cuts titles short still shows where the deletes go.
    setWindowTitle(host.isEmpty() ? tr("DLQ Manager") : tr("%1 — DLQ Manager").arg(host));
    m_actions.sandboxMenu->menuAction()->setVisible(m_target.sandbox && m_target.isUsable());
    m_actions.copySampleIds->setEnabled(m_target.sandbox && m_target.isUsable());
    // Where the next start's restore question says the list was going; never the token.
    m_session->setContext(m_target.description(), presetInfo(m_settings->preset()).key);
    // Saving settings changes them one at a time (preset, then URL): a step in between can
    // point nowhere. Only a target with a URL is announced and compared with the last one.
    if (m_target.baseUrl.isValid()) {
        const Target previous = m_lastTarget;
        m_lastTarget = m_target;
        if (previous.baseUrl.isValid() && previous.baseUrl != m_target.baseUrl)
            askAboutStaleResults(previous);
    }
    updateActions();
}

void MainWindow::askAboutStaleResults(const Target &previous)
{
    statusBar()->showMessage(tr("Deletes now go to %1.").arg(m_target.description()), kStatusMs);
    // Results are answers from one server. Rows marked Deleted or Not found by the previous
    // target would not be sent to the new one, so offer to forget them.
    if (answeredRows(*m_model).isEmpty())
        return;
    if (m_targetBox)
        m_targetBox->close(); // asked about an older switch; this question replaces it
    QMessageBox *box = makeTargetChangedBox(previous.description(), m_target.description(), this);
    m_targetBox = box;
    const Target asked = m_target;
    connect(box, &QMessageBox::finished, this, [this, box, asked] {
        // Rows only move while no run is going; a run started meanwhile keeps its rows.
        if (box->buttonRole(box->clickedButton()) != QMessageBox::AcceptRole ||
            m_runFlow->isRunning() || asked != m_target)
            return;
        const QList<int> finished = answeredRows(*m_model);
        m_model->resetOutcomes(finished);
        statusBar()->showMessage(tr("Reset %1 to Pending for %2.")
                                     .arg(nRows(int(finished.size())), m_target.description()),
                                 kStatusMs);
        updateActions();
    });
    box->open();
}

void MainWindow::updateActions()
{
    m_actionTimer->stop();
    const MainActions &a = m_actions;
    const bool running = m_runFlow->isRunning();
    const bool usable = m_target.isUsable();
    const int unsent = int(m_controller->unsentRows().size());
    const int retryable = int(m_controller->retryableRows().size());
    const bool selection = m_results->view()->selectionModel()->hasSelection();

    a.deleteIds->setText(unsent > 0 ? tr("&Delete %1…").arg(nIds(unsent)) : tr("&Delete IDs…"));
    a.deleteIds->setEnabled(!running && usable && unsent > 0);
    QString why;
    if (!usable)
        why = m_target.problem;
    else if (running)
        why = tr("A run is in progress.");
    else if (unsent == 0)
        why = tr("No IDs waiting to be deleted: add some first.");
    a.deleteIds->setToolTip(why.isEmpty() ? tr("Send a DELETE for each ID not deleted yet to "
                                               "%1 (asks first; Ctrl+Enter)")
                                                .arg(m_target.description())
                                          : why);
    a.retryFailed->setText(tr("Re&try failed (%1)…").arg(retryable));
    a.retryFailed->setEnabled(!running && usable && retryable > 0);
    a.cancelRun->setEnabled(running);
    a.pauseRun->setEnabled(m_runFlow->canPause());
    const bool paused = running && m_controller->isPaused();
    a.pauseRun->setText(paused ? tr("&Resume") : tr("&Pause"));
    setToolTipWithShortcut(a.pauseRun,
                           paused ? tr("Send new deletes again")
                                  : tr("Stop sending new deletes for now; those in flight finish"));
    a.removeSelected->setEnabled(!running && selection);
    a.clearAll->setEnabled(!running && m_model->rowCount() > 0);
    a.copyRows->setEnabled(selection);
    a.copyIds->setEnabled(selection);
    a.exportResults->setEnabled(m_proxy->rowCount() > 0);
    m_summary->setText(m_model->rowCount() > 0 ? m_model->summary() : tr("No IDs in the list."));
}

int MainWindow::addIdsFromText(const QString &text, const QString &source)
{
    // The intake parses large text off the GUI thread and reports through the entry bar;
    // -1 means it goes on in the background. The proxy's rowsInserted updates the actions.
    m_entryBar->intake()->setModel(m_model);
    const int added = m_entryBar->intake()->addText(text, source);
    updateActions();
    return added;
}

void MainWindow::pasteIds()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to take IDs from."), kStatusMs);
        return;
    }
    addIdsFromText(text, tr("the clipboard"));
}

void MainWindow::importFiles(const QStringList &paths)
{
    // Files are read and parsed on the intake's worker thread unless they are small.
    m_entryBar->intake()->setModel(m_model);
    m_entryBar->intake()->importFiles(paths);
    updateActions();
}

void MainWindow::openImportDialog()
{
    QFileDialog *dialog = makeImportDialog(this);
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::importFiles);
    dialog->open();
}

void MainWindow::openExportDialog()
{
    if (!m_results->isFiltered()) {
        chooseExportFile(false);
        return;
    }
    // A filtered export is easily taken for the whole list: ask which one is meant.
    QMessageBox *box = makeExportScopeBox(m_results->shownCount(), m_model->rowCount(), this);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::ButtonRole role = box->buttonRole(box->clickedButton());
        if (role == QMessageBox::AcceptRole || role == QMessageBox::ActionRole)
            chooseExportFile(role == QMessageBox::AcceptRole);
    });
    box->open();
}

void MainWindow::chooseExportFile(bool shownOnly)
{
    const int total = m_model->rowCount();
    const QString title =
        shownOnly ? tr("Export %1 shown rows of %2").arg(m_results->shownCount()).arg(total)
                  : tr("Export all %1").arg(nRows(total));
    QFileDialog *dialog = makeExportDialog(title, this);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, shownOnly](const QString &path) { exportTo(path, shownOnly); });
    dialog->open();
}

void MainWindow::exportTo(const QString &path, bool shownOnly)
{
    QList<int> rows;
    if (shownOnly) {
        rows = m_results->visibleSourceRows();
    } else {
        rows.reserve(m_model->rowCount());
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.append(r);
    }
    ExportContext context;
    context.host = m_target.sandbox ? QStringLiteral("sandbox") : m_target.host();
    context.exportedAt = QDateTime::currentDateTimeUtc();
    const QString error = exporter::writeFile(path, *m_model, rows, context);
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Export failed: %1").arg(error), kStatusMs);
        makeErrorBox(QStringLiteral("exportErrorBox"), tr("Export failed"),
                     tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error), this)
            ->open();
        return;
    }
    m_exports->markExported(rows);
    const QString what = rows.size() < m_model->rowCount()
                             ? tr("%1 shown rows of %2").arg(rows.size()).arg(m_model->rowCount())
                             : nRows(int(rows.size()));
    statusBar()->showMessage(tr("Exported %1 to %2.").arg(what, QDir::toNativeSeparators(path)),
                             kStatusMs);
}

void MainWindow::copySelection(bool idsOnly)
{
    const QList<int> rows = m_results->selectedSourceRows();
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(idsOnly ? exporter::idsOnly(*m_model, rows)
                                                  : exporter::toTsv(*m_model, rows));
    statusBar()->showMessage(idsOnly ? tr("Copied %1.").arg(nIds(int(rows.size())))
                                     : tr("Copied %1.").arg(nRows(int(rows.size()))),
                             kStatusMs);
}

void MainWindow::removeSelected()
{
    const QList<int> rows = m_results->selectedSourceRows();
    if (m_runFlow->isRunning() || rows.isEmpty())
        return;
    const int unexported = m_exports->unexportedIn(rows);
    const auto remove = [this, rows] {
        if (m_runFlow->isRunning())
            return;
        m_model->removeRowList(rows);
        statusBar()->showMessage(tr("Removed %1 from the list.").arg(nRows(int(rows.size()))),
                                 kStatusMs);
        updateActions();
    };
    if (unexported == 0) {
        remove();
        return;
    }
    askBeforeDiscarding(tr("Remove rows"),
                        tr("Results for %1 were never exported. Remove the %2 selected from the "
                           "list anyway?")
                            .arg(nRows(unexported), nRows(int(rows.size()))),
                        tr("Remove %1").arg(nRows(int(rows.size()))), remove);
}

void MainWindow::clearAll()
{
    if (m_runFlow->isRunning())
        return;
    const auto clear = [this] {
        if (m_runFlow->isRunning())
            return;
        const int count = m_model->rowCount();
        m_model->clear();
        m_session->markClean(); // an empty list on purpose: nothing to offer at the next start
        statusBar()->showMessage(tr("Cleared %1 from the list.").arg(nRows(count)), kStatusMs);
        updateActions();
    };
    const int unexported = m_exports->unexportedCount();
    if (unexported == 0) {
        clear();
        return;
    }
    askBeforeDiscarding(
        tr("Clear the list"),
        tr("Results for %1 were never exported. Clear the list anyway?").arg(nRows(unexported)),
        tr("Clear all %1").arg(nRows(m_model->rowCount())), clear);
}

void MainWindow::askBeforeDiscarding(const QString &title, const QString &text,
                                     const QString &confirm, const std::function<void()> &go)
{
    if (m_discardBox)
        m_discardBox->close(); // an older question about rows that may have changed since
    QMessageBox *box =
        makeDiscardResultsBox(QStringLiteral("discardResultsBox"), title, text, confirm, this);
    m_discardBox = box;
    connect(box, &QMessageBox::finished, this, [box, go] {
        if (box->buttonRole(box->clickedButton()) == QMessageBox::DestructiveRole)
            go();
    });
    box->open();
}

void MainWindow::onRunFinished()
{
    if (m_targetOutdated) {
        m_targetOutdated = false;
        applyTarget();
    }
    if (m_closeAfterRun)
        QTimer::singleShot(0, this, &QWidget::close);
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_settings, m_resolver, m_tokens, m_nam, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->setHistory(m_history);
    // AppSettings::changed covers this too; saving twice over is harmless, missing it is not.
    connect(dialog, &QDialog::accepted, this, &MainWindow::settingsChanged);
    dialog->open();
}

void MainWindow::setHistory(HistoryStore *history)
{
    m_history = history;
    m_runFlow->setHistory(history);
    m_dlqView->actions()->setHistory(history);
    if (!history)
        return;
    if (!history->isOpen())
        statusBar()->showMessage(history->errorString());
    connect(history, &HistoryStore::recordFailed, this, [this](const QString &error) {
        if (!m_history || !m_history->isOpen())
            return; // "History is off" was said at the start and stays in the History view
        statusBar()->showMessage(tr("The run was not recorded in the history: %1").arg(error),
                                 kStatusMs);
    });
}

void MainWindow::openHistory()
{
    if (m_historyDialog) {
        m_historyDialog->raise();
        m_historyDialog->activateWindow();
        return;
    }
    auto *dialog = new HistoryDialog(m_history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog = dialog;
    dialog->show();
}

void MainWindow::openSnapshots()
{
    if (m_snapshotsDialog) {
        m_snapshotsDialog->reload();
        m_snapshotsDialog->raise();
        return;
    }
    auto *dialog = new SnapshotsDialog(defaultSnapshotDir(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_snapshotsDialog = dialog;
    dialog->show();
}

void MainWindow::copySampleIds()
{
    SandboxServer *server = sandbox();
    if (!server)
        return;
    const QStringList ids = sandboxSampleIds(server);
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %1 sample IDs: half exist in the sandbox, half do not. "
                                "Press Ctrl+V to add them.")
                                 .arg(ids.size()),
                             kStatusMs);
}

void MainWindow::deleteFromDlqView(const QStringList &ids)
{
    if (m_runFlow->isRunning()) {
        statusBar()->showMessage(tr("A run is in progress: delete these when it is over."),
                                 kStatusMs);
        return;
    }
    // The one delete flow: the IDs join the list, then the same confirmation, engine and
    // results table as pasted IDs.
    m_tabs->setCurrentWidget(m_listTab);
    // Entries the DLQ view already holds are saved as the copy without another GET.
    QList<api::DlqEntry> known;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    for (const api::DlqEntry &entry : m_dlqView->model()->entries()) {
        if (wanted.contains(entry.dlqId))
            known.append(entry);
    }
    const auto confirm = [this, ids, known] { m_runFlow->confirmIds(ids, known); };
    if (addIdsFromText(ids.join(QLatin1Char('\n')), tr("the DLQ view")) >= 0) {
        confirm();
        return;
    }
    // A large selection is added in the background first; confirm once it is in.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_entryBar->intake(), &IdIntake::finished, this, [once, confirm] {
        QObject::disconnect(*once);
        confirm();
    });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // After the window is up, so the dialog has something to sit on.
    QTimer::singleShot(0, this, [this] {
        if (!m_settings->isConfigured())
            openSettings();
        m_session->askOnce();
        m_actSession->askOnce();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runFlow->isRunning()) {
        event->ignore();
        askToCancelAndClose();
        return;
    }
    // "Cancel run and close" was already the user's word on closing.
    if (!m_closeAfterRun && !m_quitConfirmed && m_exports->unexportedCount() > 0) {
        event->ignore();
        askToQuitWithoutExport();
        return;
    }
    m_session->close(!m_controller->unsentRows().isEmpty() ||
                     !m_controller->retryableRows().isEmpty());
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::askToQuitWithoutExport()
{
    if (m_quitBox) {
        m_quitBox->raise();
        return;
    }
    const int unexported = m_exports->unexportedCount();
    QMessageBox *box = makeDiscardResultsBox(
        QStringLiteral("quitUnexportedBox"), tr("Results not exported"),
        tr("Results for %1 were never exported. Quit anyway?").arg(nRows(unexported)),
        tr("Quit without exporting"), this);
    m_quitBox = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->buttonRole(box->clickedButton()) != QMessageBox::DestructiveRole)
            return;
        m_quitConfirmed = true;
        close();
    });
    box->open();
}

void MainWindow::askToCancelAndClose()
{
    if (m_closeBox) {
        m_closeBox->raise();
        return;
    }
    QMessageBox *box = makeCloseWhileRunningBox(m_runFlow->done(), m_runFlow->total(), this);
    m_closeBox = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_runFlow->isRunning())
            return;
        m_closeAfterRun = true;
        m_runFlow->cancel();
    });
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (isImportableDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList files = droppedFiles(mime);
    if (!files.isEmpty())
        importFiles(files);
    else if (mime->hasText())
        addIdsFromText(mime->text(), tr("the dropped text"));
    else
        return;
    event->acceptProposedAction();
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1100, 760);
    fitIntoScreen();
    restoreState(m_settings->windowState());
    if (!m_results->splitter()->restoreState(m_settings->splitterState()))
        m_results->splitter()->setSizes(
            {fontMetrics().lineSpacing() * 20, fontMetrics().lineSpacing() * 11});
    m_results->view()->horizontalHeader()->restoreState(m_settings->headerState());
}

void MainWindow::fitIntoScreen()
{
    // 1100 x 760 is 2200 x 1520 pixels at 200 % scaling, more than many laptops show. The
    // window manager's frame is not known before the window is shown: leave room for it.
    const QScreen *where = screen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    const QSize frame(16, 48);
    resize(size().boundedTo(available.size() - frame));
    // A restored position from a bigger screen; a new window is placed by the window manager.
    if (testAttribute(Qt::WA_Moved) && !available.contains(geometry())) {
        const QRect inside(available.topLeft(), available.size() - frame);
        // A minimum size can keep the window larger than the screen: then its corner goes to
        // the screen's (qBound asserts on max < min).
        move(qBound(inside.left(), x(), std::max(inside.left(), inside.right() - width())),
             qBound(inside.top(), y(), std::max(inside.top(), inside.bottom() - height())));
    }
}

void MainWindow::saveWindowState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_results->splitter()->saveState());
    m_settings->setHeaderState(m_results->view()->horizontalHeader()->saveState());
    m_settings->sync();
}

} // namespace dlq
