// The main window end to end: real widgets on the offscreen platform, a real
// QNetworkAccessManager and the built-in sandbox (or a test-owned one) as the server.

#include "support/guitest.h"

#include "ids/idcheck.h"
#include "ids/idparser.h"
#include "results/exporter.h"
#include "results/resultcolumns.h"
#include "results/resultsmodel.h"
#include "run/actionrun.h"
#include "run/bulkchunk.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"
#include "session/sessionjournal.h"
#include "ui/confirmdeletedialog.h"
#include "ui/mainwindow.h"
#include "ui/messageboxes.h"
#include "ui/runflow.h"
#include "ui/sessionkeeper.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace dlq;

namespace {

constexpr int kRunTimeoutMs = 20000;

// Existing IDs with the timestamp moved: the same shape, but not in the sandbox.
QStringList missingIds(const SandboxServer &server, const QStringList &existing)
{
    QStringList ids;
    for (const QString &id : existing) {
        const qsizetype dash = id.indexOf(QLatin1Char('-'));
        const QString candidate =
            QString::number(id.left(dash).toLongLong() - 86400000LL) + id.mid(dash);
        if (!server.contains(candidate))
            ids << candidate;
    }
    return ids;
}

ResultRow finishedRow(ResultState state, int status)
{
    ResultRow row;
    row.state = state;
    row.httpStatus = status;
    row.attempts = 1;
    row.durationMs = 12;
    row.finishedAt = QDateTime::currentDateTimeUtc();
    row.history.append(AttemptInfo{status, {}, 12, 0});
    return row;
}

// DELETE requests the server saw, as the IDs they named (one-by-one deletes only).
QStringList deletedPaths(const SandboxServer &server)
{
    QStringList ids;
    const QList<SandboxRequest> requests = server.requests();
    for (const SandboxRequest &request : requests) {
        const QByteArray prefix = "/v2/workflows/dlq/";
        if (request.method == "DELETE" && request.path.startsWith(prefix))
            ids << QUrl::fromPercentEncoding(request.path.mid(prefix.size()));
    }
    return ids;
}

QModelIndex proxyIndexOf(QTableView *view, const QString &id, int column)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ResultColumn::Id).data().toString() == id)
            return model->index(row, column);
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pastedIdsAreDeletedOrNotFoundAndInvalidOnesNeverReachTheServer();
    void aHundredOrMoreIdsNeedTheExactNumberTypedAndCancelSendsNothing();
    void cancellingARunLeavesCancelledAndNotSentRowsAndRestoresTheButtons();
    void aRejectedTokenStopsTheRunAndMarksTheRestNotSent();
    void retryingFailedDeletesSendsThemAgainAfterConfirming();
    void closingDuringARunAsksFirstAndClosesOnceCancelled();
    void pausingStopsSendingUntilResumed();
    void aRunOfOnlyNotFoundAnswersPausesAndAsksBeforeGoingOn();
    void ctrlVPastesIntoTheFilterBoxThereAndIntoTheListElsewhere();
    void deleteAndCtrlCOnTheTableRemoveAndCopyTheSelectedRows();
    void importProblemsAreShownInWordsAndNothingIsLost();
    void droppingAFileOrTextAddsItsIds();
    void theBannerAndTitleShowTheProductionHostAndOnlyTheTokenFingerprint();
    void withoutATokenTheBannerWarnsAndDeletingIsDisabled();
    void theFirstStartOpensTheSettingsDialog();
    void theSandboxMenuCopiesExistingAndMissingSampleIds();
    void theDetailsPaneShowsTheSelectedRow();
    void exportWritesTheRowsTheFilterShows();
    void switchingTheTargetAfterARunOffersToResetTheResults();
    void keepingTheResultsAfterATargetSwitchLeavesThemAlone();
    void aCrashedSessionIsRestoredAndResumesOnlyTheUnfinishedIds();
    void discardingThePreviousSessionStartsEmpty();
    void aDamagedJournalIsRecoveredUpToTheDamageWithAWarning();
    void anUnreadableJournalNeverStopsTheStartAndIsReported();
    void closingWithUnfinishedIdsKeepsTheSessionAndOtherwiseEndsItClean();
    void fastBulkDeleteReportsCountsPerChunkAndNeverSendsAnEmptyChunk();
    void aRejectedTokenStopsABulkRunLikeAPerIdRun();
    void bulkChunkOutcomesSayWhatTheCountMeans();
    void runsUseTheRetryAndPacingSettings();
    void aRetryingRowSaysWaitingToRetryAndTheDetailsShowEveryAttempt();
    void windowLayoutIsRememberedAcrossRestarts();
    void everyControlHasAnObjectNameAndAnAccessibleName();

private:
    bool makeWindow();
    void useSandboxPreset();
    void useServer(const SandboxServer &server);
    QMessageBox *waitForBox(const char *name);
    bool paste(const QString &text);
    bool confirmDelete(const QString &typedCount = QString());
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<TestSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_sessionDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_settings = std::make_unique<TestSettings>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_sessionDir = std::make_unique<QTemporaryDir>();
    QGuiApplication::clipboard()->clear();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_nam.reset();
    m_settings.reset();
    m_sessionDir.reset();
}

bool TestMainWindow::makeWindow()
{
    // Every window keeps a session journal, as the app does, in a directory of the test's own.
    m_window =
        std::make_unique<MainWindow>(m_settings->settings.get(), m_nam.get(), m_sessionDir->path());
    m_window->show();
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestMainWindow::useServer(const SandboxServer &server)
{
    AppSettings *settings = m_settings->settings.get();
    settings->setCustomUrl(server.baseUrl());
    settings->setToken(server.token());
    settings->setPreset(EndpointPreset::Custom);
    settings->markConfigured();
}

QMessageBox *TestMainWindow::waitForBox(const char *name)
{
    QMessageBox *box = nullptr;
    const QString objectName = QString::fromLatin1(name);
    if (!QTest::qWaitFor([&] {
            box = m_window->findChild<QMessageBox *>(objectName);
            return box && box->isVisible();
        }))
        return nullptr;
    return box;
}

void TestMainWindow::useSandboxPreset()
{
    AppSettings *settings = m_settings->settings.get();
    settings->setPreset(EndpointPreset::Sandbox);
    settings->markConfigured();
}

bool TestMainWindow::paste(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    child<QTableView>("resultsView")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    return m_window->resultsModel()->rowCount() > 0;
}

bool TestMainWindow::confirmDelete(const QString &typedCount)
{
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<ConfirmDeleteDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    if (!typedCount.isEmpty())
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                         typedCount);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
    if (!confirm->isEnabled())
        return false;
    QTest::mouseClick(confirm, Qt::LeftButton);
    return true;
}

void TestMainWindow::pastedIdsAreDeletedOrNotFoundAndInvalidOnesNeverReachTheServer()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    QVERIFY(server);

    const QStringList existing = server->entryIds().mid(0, 5);
    const QStringList missing = missingIds(*server, existing);
    QCOMPARE(missing.size(), 5);
    const QStringList invalid = {QStringLiteral("../x"), QStringLiteral("wfr_abc123def")};
    const QString text = (existing + missing + invalid).join(QLatin1Char('\n')) +
                         QLatin1Char('\n') + existing.first(); // one duplicate
    QVERIFY(paste(text));

    ResultsModel *model = m_window->resultsModel();
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(child<QLabel>("parseSummaryLabel")->text(), parseIds(text).summary());
    QVERIFY(child<QLabel>("parseSummaryLabel")->text().contains(QLatin1String("duplicate")));
    QCOMPARE(model->count(ResultState::Invalid), 2);
    QCOMPARE(child<QPushButton>("deleteButton")->text(), QStringLiteral("Delete 10 IDs…"));

    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->objectName(), QStringLiteral("confirmDeleteDialog"));
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    const QString headline = dialog->findChild<QLabel *>(QStringLiteral("confirmHeadline"))->text();
    QCOMPARE(headline, QStringLiteral("Delete 10 DLQ entries from the built-in sandbox "
                                      "(127.0.0.1:%1)?")
                           .arg(server->port()));
    QVERIFY(!dialog->requiresTypedCount());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("confirmCancelButton"));
    QVERIFY(cancel->isDefault());
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
    QCOMPARE(confirm->text(), QStringLiteral("Delete 10"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(model->count(ResultState::Deleted) == 5 &&
                                 model->count(ResultState::NotFound) == 5,
                             kRunTimeoutMs);
    QTRY_VERIFY(!m_window->runController()->isRunning());
    QCOMPARE(model->count(ResultState::Invalid), 2);

    auto *view = child<QTableView>("resultsView");
    QCOMPARE(proxyIndexOf(view, existing.at(0), ResultColumn::Result).data().toString(),
             resultLabel(ResultState::Deleted));
    QCOMPARE(proxyIndexOf(view, existing.at(0), ResultColumn::HttpStatus).data().toString(),
             QStringLiteral("200"));
    QCOMPARE(proxyIndexOf(view, missing.at(0), ResultColumn::Result).data().toString(),
             resultLabel(ResultState::NotFound));
    QCOMPARE(proxyIndexOf(view, missing.at(0), ResultColumn::HttpStatus).data().toString(),
             QStringLiteral("404"));
    for (const QString &id : invalid)
        QCOMPARE(proxyIndexOf(view, id, ResultColumn::Result).data(ResultRole::State).toInt(),
                 int(ResultState::Invalid));

    // Exactly one DELETE per valid ID, and none for the invalid ones.
    QSet<QString> sent;
    const QList<SandboxRequest> requests = server->requests();
    for (const SandboxRequest &request : requests) {
        if (request.method != "DELETE")
            continue;
        const QByteArray prefix = "/v2/workflows/dlq/";
        QVERIFY2(request.path.startsWith(prefix), request.path.constData());
        sent.insert(QUrl::fromPercentEncoding(request.path.mid(prefix.size())));
        QVERIFY(!request.target.contains("wfr_"));
        QVERIFY(!request.target.contains(".."));
    }
    const QStringList valid = existing + missing;
    QCOMPARE(sent, QSet<QString>(valid.cbegin(), valid.cend()));
    for (const QString &id : existing)
        QVERIFY(!server->contains(id));

    QCOMPARE(child<QLabel>("summaryLabel")->text(), model->summary());
    QVERIFY(child<QProgressBar>("progressBar")->isVisible());
    QCOMPARE(child<QProgressBar>("progressBar")->value(), 10);
    QVERIFY(child<QLabel>("rateLabel")->text().startsWith(QStringLiteral("10 / 10 · ")));
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled()); // nothing left to send
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("finished")));
}

void TestMainWindow::aHundredOrMoreIdsNeedTheExactNumberTypedAndCancelSendsNothing()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    QVERIFY(paste(server->entryIds().mid(0, 150).join(QLatin1Char('\n'))));
    server->clearRequests();

    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QPointer<ConfirmDeleteDialog> dialog = m_window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *count = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
    QVERIFY(count);
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    QCOMPARE(confirm->text(), QStringLiteral("Delete 150"));
    QVERIFY(!confirm->isEnabled());

    QTest::keyClicks(count, QStringLiteral("149"));
    QVERIFY(!confirm->isEnabled());
    // Enter on a wrong number neither deletes nor throws the dialog away.
    QTest::keyClick(count, Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    count->clear();
    QTest::keyClicks(count, QStringLiteral("1500"));
    QVERIFY(!confirm->isEnabled());
    count->clear();
    QTest::keyClicks(count, QStringLiteral("150"));
    QVERIFY(confirm->isEnabled());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmCancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QVERIFY(!m_window->runController()->isRunning());
    QCOMPARE(m_window->resultsModel()->count(ResultState::Pending), 150);
    QVERIFY(server->requests().isEmpty());
    QCOMPARE(server->entryCount(), 500);

    // Escape cancels too.
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    dialog = m_window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QVERIFY(server->requests().isEmpty());
}

void TestMainWindow::cancellingARunLeavesCancelledAndNotSentRowsAndRestoresTheButtons()
{
    useSandboxPreset();
    m_settings->settings->setConcurrency(2);
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    server->setLatencyMs(400);
    QVERIFY(paste(server->entryIds().mid(0, 40).join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());

    QTRY_VERIFY(server->inFlight() > 0);
    auto *cancel = child<QPushButton>("cancelButton");
    QTRY_VERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(!child<QPushButton>("retryButton")->isEnabled());
    QVERIFY(!child<QPushButton>("clearButton")->isEnabled());
    QVERIFY(!child<QPushButton>("removeButton")->isEnabled());
    QVERIFY(child<QProgressBar>("progressBar")->isVisible());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_window->runController()->isRunning());

    ResultsModel *model = m_window->resultsModel();
    QVERIFY(model->count(ResultState::NotSent) > 0);
    QVERIFY(model->count(ResultState::Cancelled) + model->count(ResultState::Deleted) > 0);
    QCOMPARE(model->count(ResultState::Pending), 0);
    QCOMPARE(model->count(ResultState::Sending), 0);

    QTRY_VERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>("deleteButton")->isEnabled());
    QCOMPARE(child<QPushButton>("deleteButton")->text(),
             QStringLiteral("Delete %1 IDs…").arg(m_window->runController()->unsentRows().size()));
    QVERIFY(child<QPushButton>("clearButton")->isEnabled());
    if (model->count(ResultState::Cancelled) > 0)
        QVERIFY(child<QPushButton>("retryButton")->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("cancelled")));
}

void TestMainWindow::aRejectedTokenStopsTheRunAndMarksTheRestNotSent()
{
    SandboxServer server;
    QVERIFY(server.listen());
    const QStringList ids = server.seed(30, 7);
    AppSettings *settings = m_settings->settings.get();
    settings->setPreset(EndpointPreset::Custom);
    settings->setCustomUrl(server.baseUrl());
    settings->setToken(QStringLiteral("not-the-right-token-9876"));
    settings->setConcurrency(2);
    settings->markConfigured();
    QVERIFY(makeWindow());
    QVERIFY(!m_window->sandbox());
    QCOMPARE(child<QLabel>("targetBanner")->text(),
             QStringLiteral("Target: 127.0.0.1:%1 · token …9876").arg(server.port()));

    QVERIFY(paste(ids.join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("tokenRejectedBox"))) &&
            box->isVisible(),
        kRunTimeoutMs);
    ResultsModel *model = m_window->resultsModel();
    QVERIFY(!m_window->runController()->isRunning());
    QVERIFY(model->count(ResultState::NotSent) > 0);
    QCOMPARE(model->count(ResultState::Deleted), 0);
    QCOMPARE(server.entryCount(), 30);
    QCOMPARE(box->text(),
             QStringLiteral("The server rejected the token (401). Nothing more was sent; %1 IDs "
                            "are marked Not sent. Check the token in Settings.")
                 .arg(model->count(ResultState::NotSent)));
    QVERIFY(box->windowModality() != Qt::ApplicationModal);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("tokenRejectedBoxCloseButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("tokenRejectedBox")));
    QVERIFY(child<QPushButton>("deleteButton")->isEnabled());
}

void TestMainWindow::retryingFailedDeletesSendsThemAgainAfterConfirming()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    // 409 is a failure the run does not retry by itself, so it lands in "Retry failed".
    server->setOverride([](const SandboxRequest &request) -> std::optional<SandboxResponse> {
        if (request.method != "DELETE")
            return std::nullopt;
        SandboxResponse response;
        response.status = 409;
        response.body = R"({"error":"conflict, try later"})";
        return response;
    });
    const QStringList ids = server->entryIds().mid(0, 6);
    QVERIFY(paste(ids.join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());
    ResultsModel *model = m_window->resultsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->count(ResultState::Failed), 6, kRunTimeoutMs);
    QTRY_VERIFY(!m_window->runController()->isRunning());

    auto *retry = child<QPushButton>("retryButton");
    QTRY_COMPARE(retry->text(), QStringLiteral("Retry failed (6)…"));
    QVERIFY(retry->isEnabled());
    server->setOverride(nullptr);
    QTest::mouseClick(retry, Qt::LeftButton);
    auto *dialog = m_window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->request().retry);
    QCOMPARE(dialog->request().count, 6);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->count(ResultState::Deleted), 6, kRunTimeoutMs);
    QTRY_VERIFY(!retry->isEnabled());
}

void TestMainWindow::closingDuringARunAsksFirstAndClosesOnceCancelled()
{
    useSandboxPreset();
    m_settings->settings->setConcurrency(1);
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    server->setLatencyMs(300);
    QVERIFY(paste(server->entryIds().mid(0, 20).join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());
    QTRY_VERIFY(server->inFlight() > 0);

    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("closeWhileRunningBox"))));
    QVERIFY(box->text().contains(QLatin1String("A delete run is in progress")));
    QVERIFY(box->text().contains(QLatin1String("Cancel it and close?")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));

    // "Keep running" keeps both the run and the window.
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("closeWhileRunningBox")));
    QVERIFY(m_window->runController()->isRunning());
    QVERIFY(m_window->isVisible());

    QVERIFY(!m_window->close());
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("closeWhileRunningBox"))));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!m_window->runController()->isRunning());
    QVERIFY(m_window->resultsModel()->count(ResultState::NotSent) > 0);
    QVERIFY(!m_settings->settings->windowGeometry().isEmpty()); // saved on the way out
}

void TestMainWindow::pausingStopsSendingUntilResumed()
{
    useSandboxPreset();
    m_settings->settings->setConcurrency(1);
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    server->setLatencyMs(100);
    QVERIFY(paste(server->entryIds().mid(0, 8).join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());

    auto *pause = child<QPushButton>("pauseButton");
    QTRY_VERIFY(pause->isEnabled());
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_VERIFY(m_window->runController()->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    // The request that was out finishes; after that nothing new may go out.
    QTRY_COMPARE(m_window->resultsModel()->count(ResultState::Sending), 0);
    QTRY_COMPARE(server->inFlight(), 0);
    QSignalSpy received(server, &SandboxServer::requestReceived);
    QVERIFY(!received.wait(400));
    QVERIFY(m_window->resultsModel()->count(ResultState::Pending) > 0);
    QVERIFY(child<QPushButton>("cancelButton")->isEnabled());

    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->resultsModel()->count(ResultState::Deleted), 8,
                              kRunTimeoutMs);
    QTRY_VERIFY(!pause->isEnabled());
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
}

void TestMainWindow::aRunOfOnlyNotFoundAnswersPausesAndAsksBeforeGoingOn()
{
    useSandboxPreset();
    m_settings->settings->setConcurrency(2);
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    const QStringList missing = missingIds(*server, server->entryIds().mid(0, 40));
    QCOMPARE(missing.size(), 40);
    QVERIFY(paste(missing.join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("notFoundGuardBox"))) &&
            box->isVisible(),
        kRunTimeoutMs);
    QVERIFY(m_window->runController()->isPaused());
    QCOMPARE(box->text(), QStringLiteral("None of the first 20 IDs exist on the built-in sandbox "
                                         "(127.0.0.1:%1) — wrong region or project?")
                              .arg(server->port()));
    QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("notFoundGuardResumeButton"))->text(),
             QStringLiteral("Continue"));
    auto *cancelRun = box->findChild<QPushButton *>(QStringLiteral("notFoundGuardCancelButton"));
    QCOMPARE(cancelRun->text(), QStringLiteral("Stop"));
    QCOMPARE(box->defaultButton(), cancelRun);
    QTest::mouseClick(cancelRun, Qt::LeftButton);
    QTRY_VERIFY(!m_window->runController()->isRunning());
    QVERIFY(m_window->resultsModel()->count(ResultState::NotSent) > 0);
    QVERIFY(server->requests().size() < 40);
}

void TestMainWindow::ctrlVPastesIntoTheFilterBoxThereAndIntoTheListElsewhere()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    ResultsModel *model = m_window->resultsModel();

    auto *filter = child<QLineEdit>("textFilterEdit");
    filter->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("1752829295505-0 1752829295506-0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(filter->text(), QStringLiteral("1752829295505-0 1752829295506-0"));
    QCOMPARE(model->rowCount(), 0);
    filter->clear();

    // Several IDs in the entry line go straight to the list...
    auto *entry = child<QLineEdit>("idEntry");
    entry->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(entry->text().isEmpty());

    // ...one ID pastes into the line, to be added with Enter.
    QGuiApplication::clipboard()->setText(QStringLiteral("1752829295507-0"));
    QTest::keyClick(entry, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(entry->text(), QStringLiteral("1752829295507-0"));
    QCOMPARE(model->rowCount(), 2);
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(entry->text().isEmpty());

    // Typed IDs and the Add button.
    QTest::keyClicks(entry, QStringLiteral("dlq-12345, ../etc"));
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(child<QLabel>("parseSummaryLabel")->text(),
             parseIds(QStringLiteral("dlq-12345, ../etc")).summary());
}

void TestMainWindow::deleteAndCtrlCOnTheTableRemoveAndCopyTheSelectedRows()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    QVERIFY(paste(QStringLiteral("1752829295505-0\n1752829295506-0\n1752829295507-0")));
    ResultsModel *model = m_window->resultsModel();
    auto *view = child<QTableView>("resultsView");
    view->setFocus();
    view->selectRow(1);

    QTRY_VERIFY(child<QPushButton>("copyRowsButton")->isEnabled());
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), exporter::toTsv(*model, {1}));
    QTest::mouseClick(child<QPushButton>("copyIdsButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), exporter::idsOnly(*model, {1}));

    // Delete in a line edit deletes characters, not rows.
    auto *entry = child<QLineEdit>("idEntry");
    QTest::keyClicks(entry, QStringLiteral("ab"));
    entry->setCursorPosition(0);
    QTest::keyClick(entry, Qt::Key_Delete);
    QCOMPARE(entry->text(), QStringLiteral("b"));
    QCOMPARE(model->rowCount(), 3);

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!model->contains(QStringLiteral("1752829295506-0")));

    QTest::mouseClick(child<QPushButton>("clearButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!child<QPushButton>("clearButton")->isEnabled());
}

void TestMainWindow::importProblemsAreShownInWordsAndNothingIsLost()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    QVERIFY(paste(QStringLiteral("1752829295505-0 1752829295506-0")));
    QTemporaryDir dir;

    const QString binary = dir.filePath(QStringLiteral("photo.png"));
    QFile binaryFile(binary);
    QVERIFY(binaryFile.open(QIODevice::WriteOnly));
    binaryFile.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    binaryFile.close();

    const QString big = dir.filePath(QStringLiteral("huge.csv"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    QVERIFY(bigFile.resize(51LL * 1024 * 1024)); // sparse: nothing is written
    bigFile.close();

    const QString good = dir.filePath(QStringLiteral("ids.json"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(R"(["1752829295507-0", "1752829295508-0", "1752829295505-0"])");
    goodFile.close();

    m_window->importFiles({binary, dir.filePath(QStringLiteral("gone.txt")), big, good});

    auto *errors = child<QLabel>("importErrorLabel");
    QVERIFY(errors->isVisible());
    QVERIFY(errors->text().contains(QStringLiteral("“photo.png” is not a text file.")));
    QVERIFY(errors->text().contains(QStringLiteral("“gone.txt” does not exist.")));
    QVERIFY(errors->text().contains(QStringLiteral("“huge.csv” is too big to import")));
    QCOMPARE(m_window->resultsModel()->rowCount(), 4); // 2 pasted + 2 new from the JSON file
    QVERIFY(child<QLabel>("parseSummaryLabel")->text().contains(QLatin1String("duplicate")));

    // The next successful add clears the old problems.
    QVERIFY(paste(QStringLiteral("1752829295509-0")));
    QVERIFY(!errors->isVisible());
}

void TestMainWindow::droppingAFileOrTextAddsItsIds()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ids.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("dlqId,url\n1752829295505-0,https://example.com\n1752829295506-0,https://x.y\n");
    file.close();

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->resultsModel()->rowCount(), 2);

    QMimeData text;
    text.setText(QStringLiteral("1752829295507-0\n1752829295508-0"));
    // Qt delivers a drop only to the widget that accepted the drag's entry.
    QDragEnterEvent textEnter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &textEnter);
    QVERIFY(textEnter.isAccepted());
    QDropEvent textDrop(QPointF(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &textDrop);
    QCOMPARE(m_window->resultsModel()->rowCount(), 4);
}

void TestMainWindow::theBannerAndTitleShowTheProductionHostAndOnlyTheTokenFingerprint()
{
    const QString token = QStringLiteral("qstash-secret-token-abcd");
    AppSettings *settings = m_settings->settings.get();
    settings->setPreset(EndpointPreset::Upstash);
    settings->setToken(token);
    settings->markConfigured();
    QVERIFY(makeWindow());

    const QString host = presetInfo(EndpointPreset::Upstash).url.host();
    QCOMPARE(child<QLabel>("targetBanner")->text(),
             QStringLiteral("Target: %1 · token …abcd").arg(host));
    QVERIFY(m_window->windowTitle().contains(host));
    QVERIFY(!m_window->windowTitle().contains(token));
    QVERIFY(!m_window->sandbox());
    QVERIFY(!m_window->actions().sandboxMenu->menuAction()->isVisible());

    // Nothing in the window shows the token.
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(token));
    const QList<QLineEdit *> edits = m_window->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits)
        QVERIFY(!edit->text().contains(token));
}

void TestMainWindow::withoutATokenTheBannerWarnsAndDeletingIsDisabled()
{
    AppSettings *settings = m_settings->settings.get();
    settings->setPreset(EndpointPreset::Upstash);
    settings->markConfigured();
    QVERIFY(makeWindow());
    QVERIFY(child<QLabel>("targetBanner")->text().startsWith(QLatin1String("No token set")));
    QVERIFY(paste(QStringLiteral("1752829295505-0")));
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(!m_window->actions().deleteIds->isEnabled());

    auto *open = child<QPushButton>("bannerSettingsButton");
    QCOMPARE(open->text(), QStringLiteral("Open settings…"));
    QTest::mouseClick(open, Qt::LeftButton);
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")),
                     QStringLiteral("fresh-token-7777"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsSaveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>("targetBanner")->text().endsWith(QStringLiteral("token …7777")));
    QTRY_VERIFY(child<QPushButton>("deleteButton")->isEnabled());
}

void TestMainWindow::theFirstStartOpensTheSettingsDialog()
{
    QVERIFY(!m_settings->settings->isConfigured());
    QVERIFY(makeWindow());
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->windowModality() != Qt::ApplicationModal);
}

void TestMainWindow::theSandboxMenuCopiesExistingAndMissingSampleIds()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    QVERIFY(m_window->actions().sandboxMenu->menuAction()->isVisible());
    QCOMPARE(child<QLabel>("targetBanner")->text(),
             QStringLiteral("SANDBOX — built-in test server on 127.0.0.1:%1 · nothing real is "
                            "deleted")
                 .arg(server->port()));

    m_window->actions().copySampleIds->trigger();
    const QStringList ids =
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(ids.size(), 200);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 200);
    int present = 0;
    for (const QString &id : ids) {
        QCOMPARE(checkId(id).kind, IdKind::Dlq);
        present += server->contains(id) ? 1 : 0;
    }
    QCOMPARE(present, 100);
}

void TestMainWindow::theDetailsPaneShowsTheSelectedRow()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    QVERIFY(paste(QStringLiteral("1752829295505-0\nwfr_notadlqid")));
    auto *view = child<QTableView>("resultsView");
    auto *details = child<QPlainTextEdit>("detailView");
    QVERIFY(details->isReadOnly());
    QVERIFY(details->toPlainText().isEmpty());
    view->setCurrentIndex(view->model()->index(1, 0));
    QVERIFY(details->toPlainText().contains(QLatin1String("wfr_notadlqid")));
    QVERIFY(details->toPlainText().contains(resultLabel(ResultState::Invalid)));
    QVERIFY(qobject_cast<QSplitter *>(details->parentWidget()));
    QCOMPARE(details->parentWidget()->objectName(), QStringLiteral("mainSplitter"));
}

void TestMainWindow::exportWritesTheRowsTheFilterShows()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    const QStringList existing = server->entryIds().mid(0, 3);
    QVERIFY(paste((existing + missingIds(*server, existing)).join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->resultsModel()->count(ResultState::Deleted) == 3 &&
                                 !m_window->runController()->isRunning(),
                             kRunTimeoutMs);

    auto *filter = child<QComboBox>("stateFilterCombo");
    filter->setCurrentIndex(filter->findData(int(ResultState::Deleted)));
    QCOMPARE(child<QTableView>("resultsView")->model()->rowCount(), 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deleted.csv"));
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QMessageBox *scope = waitForBox("exportScopeBox"); // a filter is on: which rows?
    QVERIFY(scope);
    QTest::mouseClick(scope->findChild<QPushButton *>(QStringLiteral("exportScopeShownButton")),
                      Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(QStringLiteral("exportDialog"))));
    QVERIFY(dialog);
    QVERIFY(dialog->windowModality() != Qt::ApplicationModal);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // what the Save button does
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    for (const QString &id : existing)
        QVERIFY(csv.contains(id));
    QCOMPARE(csv.count(QStringLiteral("\n")), 4); // header + the 3 rows shown
    QVERIFY(!csv.contains(server->token()));
}

void TestMainWindow::switchingTheTargetAfterARunOffersToResetTheResults()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    const QString sandboxName = m_window->target().description();
    QVERIFY(paste(m_window->sandbox()->entryIds().mid(0, 2).join(QLatin1Char('\n')) +
                  QStringLiteral("\nwfr_not_an_id")));
    QVERIFY(confirmDelete());
    ResultsModel *model = m_window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->count(ResultState::Deleted) == 2 &&
                                 !m_window->runController()->isRunning(),
                             kRunTimeoutMs);
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());

    SandboxServer other;
    QVERIFY(other.listen());
    useServer(other);
    QTRY_VERIFY(!m_window->sandbox());
    QCOMPARE(m_window->target().baseUrl, other.baseUrl());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("127.0.0.1:%1").arg(other.port())));
    QVERIFY(!m_window->actions().sandboxMenu->menuAction()->isVisible());
    // The old status-bar workaround is gone: the window asks instead.
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("still shows")));

    QMessageBox *box = waitForBox("targetChangedBox");
    QVERIFY(box);
    QVERIFY(box->windowModality() != Qt::ApplicationModal);
    QCOMPARE(box->text(), QStringLiteral("The list shows results from %1. Reset them to Pending "
                                         "so they can be sent to 127.0.0.1:%2?")
                              .arg(sandboxName)
                              .arg(other.port()));
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("targetChangedKeepButton"));
    QCOMPARE(box->defaultButton(), keep);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("targetChangedResetButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(model->count(ResultState::Pending), 2);
    QCOMPARE(model->count(ResultState::Deleted), 0);
    QCOMPARE(model->count(ResultState::Invalid), 1); // never sendable, wherever
    QVERIFY(model->row(0).history.isEmpty());
    QTRY_VERIFY(child<QPushButton>("deleteButton")->isEnabled());
    QCOMPARE(child<QPushButton>("deleteButton")->text(), QStringLiteral("Delete 2 IDs…"));
}

void TestMainWindow::keepingTheResultsAfterATargetSwitchLeavesThemAlone()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    QVERIFY(paste(m_window->sandbox()->entryIds().mid(0, 2).join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());
    ResultsModel *model = m_window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->count(ResultState::Deleted) == 2 &&
                                 !m_window->runController()->isRunning(),
                             kRunTimeoutMs);
    SandboxServer other;
    QVERIFY(other.listen());
    useServer(other);
    QMessageBox *box = waitForBox("targetChangedBox");
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape); // Escape keeps, like the Keep button
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("targetChangedBox")));
    QCOMPARE(model->count(ResultState::Deleted), 2);
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());

    // No finished results, no question.
    QTest::mouseClick(child<QPushButton>("clearButton"), Qt::LeftButton);
    QMessageBox *discard = waitForBox("discardResultsBox"); // never exported
    QVERIFY(discard);
    QTest::mouseClick(
        discard->findChild<QPushButton *>(QStringLiteral("discardResultsBoxConfirmButton")),
        Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 0);
    useSandboxPreset();
    QTRY_VERIFY(m_window->sandbox());
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("targetChangedBox")));
}

void TestMainWindow::aCrashedSessionIsRestoredAndResumesOnlyTheUnfinishedIds()
{
    SandboxServer server;
    QVERIFY(server.listen());
    const QStringList existing = server.seed(10);
    const QStringList missing = missingIds(server, existing);
    // 0 deleted and 1 not found before the crash; 2 and 3 in flight when it came (3 was in
    // fact deleted: its answer was lost); 4 never sent.
    const QStringList ids = {existing.at(0), missing.at(0), existing.at(2), missing.at(1),
                             existing.at(4)};
    {
        ResultsModel model;
        model.append(parseIds(ids.join(QLatin1Char('\n'))));
        SessionJournal journal(&model, m_sessionDir->path());
        journal.setContext(QStringLiteral("qstash.upstash.io"));
        model.setOutcome(0, finishedRow(ResultState::Deleted, 200));
        model.setOutcome(1, finishedRow(ResultState::NotFound, 404));
        model.setSending(2);
        model.setSending(3);
        journal.flush();
    } // the journal goes away as after a kill -9: nothing marks it clean
    QVERIFY(SessionJournal::hasRecoverableSession(m_sessionDir->path()));

    useServer(server);
    QVERIFY(makeWindow());
    ResultsModel *model = m_window->resultsModel();
    QMessageBox *box = waitForBox("restoreSessionBox");
    QVERIFY(box);
    QVERIFY(box->windowModality() != Qt::ApplicationModal);
    const QRegularExpression question(QStringLiteral(
        "^Restore the previous session\\? 5 IDs from qstash\\.upstash\\.io, saved \\d\\d:\\d\\d: 2 "
        "finished, 3 unfinished \\(2 whose outcome is unknown will be re-sent\\)\\.$"));
    QVERIFY2(question.match(box->text()).hasMatch(), qPrintable(box->text()));
    QCOMPARE(box->informativeText(),
             QStringLiteral("Those results came from qstash.upstash.io; deletes now go to "
                            "127.0.0.1:%1.")
                 .arg(server.port()));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!m_window->sessionKeeper()->journal()); // not before the decision
    QVERIFY(unnamedControls(box).isEmpty());

    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionRestoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 5);
    QVERIFY(m_window->sessionKeeper()->journal());
    QCOMPARE(model->row(0).state, ResultState::Deleted);
    QCOMPARE(model->row(0).httpStatus, 200);
    QCOMPARE(model->row(1).state, ResultState::NotFound);
    for (int r : {2, 3, 4})
        QCOMPARE(model->row(r).state, ResultState::Pending);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Restored 5 IDs")));
    QTRY_COMPARE(child<QPushButton>("deleteButton")->text(), QStringLiteral("Delete 3 IDs…"));

    server.clearRequests();
    QVERIFY(confirmDelete());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning() &&
                                 model->count(ResultState::Pending) == 0,
                             kRunTimeoutMs);
    QStringList sent = deletedPaths(server);
    sent.sort();
    QStringList expected = {ids.at(2), ids.at(3), ids.at(4)};
    expected.sort();
    QCOMPARE(sent, expected); // the finished ones were not sent again
    QCOMPARE(model->row(2).state, ResultState::Deleted);
    QCOMPARE(model->row(4).state, ResultState::Deleted);
    // 3 was in flight at the crash: its 404 now means the earlier request deleted it.
    QCOMPARE(model->row(3).state, ResultState::Deleted);
    QVERIFY(model->row(3).confirmedOnRetry);
    auto *view = child<QTableView>("resultsView");
    QCOMPARE(proxyIndexOf(view, ids.at(3), ResultColumn::Result).data().toString(),
             QStringLiteral("Deleted (confirmed on retry)"));
    QCOMPARE(model->row(1).state, ResultState::NotFound); // not "confirmed": it was not sent
}

void TestMainWindow::discardingThePreviousSessionStartsEmpty()
{
    {
        ResultsModel model;
        model.append(parseIds(QStringLiteral("1752829295505-0\n1752829295506-0")));
        SessionJournal journal(&model, m_sessionDir->path());
        journal.flush();
    }
    useSandboxPreset();
    QVERIFY(makeWindow());
    QMessageBox *box = waitForBox("restoreSessionBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("2 IDs")));
    // Discarding must be a click: Escape does not answer the question.
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionDiscardButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("restoreSessionBox")));
    QCOMPARE(m_window->resultsModel()->rowCount(), 0);
    QVERIFY(m_window->sessionKeeper()->journal());
    QVERIFY(!SessionJournal::hasRecoverableSession(m_sessionDir->path()));
}

void TestMainWindow::aDamagedJournalIsRecoveredUpToTheDamageWithAWarning()
{
    {
        ResultsModel model;
        model.append(parseIds(QStringLiteral("1752829295505-0\n1752829295506-0")));
        SessionJournal journal(&model, m_sessionDir->path());
        model.setOutcome(0, finishedRow(ResultState::Deleted, 200));
        journal.flush();
    }
    QFile file(QDir(m_sessionDir->path()).filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(file.exists());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"op\":\"row\",\"row\":{\"id\":\"1-1\"},\"se"); // cut off by a power loss
    file.close();

    useSandboxPreset();
    QVERIFY(makeWindow());
    QMessageBox *box = waitForBox("restoreSessionBox");
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QLatin1String("line")),
             qPrintable(box->informativeText()));
    QVERIFY(box->text().contains(QLatin1String("1 finished, 1 unfinished")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionRestoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->resultsModel()->rowCount(), 2);
    QCOMPARE(m_window->resultsModel()->row(0).state, ResultState::Deleted);
}

void TestMainWindow::anUnreadableJournalNeverStopsTheStartAndIsReported()
{
    QFile file(QDir(m_sessionDir->path()).filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xff\xfe garbage\n\0\0\0", 14);
    file.close();

    useSandboxPreset();
    QVERIFY(makeWindow());
    QMessageBox *box = waitForBox("sessionWarningBox");
    QVERIFY(box);
    QVERIFY(!box->text().isEmpty());
    QVERIFY(box->windowModality() != Qt::ApplicationModal);
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("restoreSessionBox")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("sessionWarningCloseButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("sessionWarningBox")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // The app works and keeps a fresh journal.
    QVERIFY(m_window->sessionKeeper()->journal());
    QVERIFY(paste(QStringLiteral("1752829295505-0")));
    QCOMPARE(m_window->resultsModel()->rowCount(), 1);
    m_window->sessionKeeper()->journal()->flush();
    const RecoveredSession session = SessionJournal::recover(m_sessionDir->path());
    QCOMPARE(session.rows.size(), 1);
}

void TestMainWindow::closingWithUnfinishedIdsKeepsTheSessionAndOtherwiseEndsItClean()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    QVERIFY(paste(QStringLiteral("1752829295505-0\n1752829295506-0")));
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(SessionJournal::hasRecoverableSession(m_sessionDir->path()));

    QVERIFY(makeWindow());
    QMessageBox *box = waitForBox("restoreSessionBox");
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionRestoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->resultsModel()->rowCount(), 2);
    QVERIFY(confirmDelete());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning() &&
                                 m_window->resultsModel()->count(ResultState::Pending) == 0,
                             kRunTimeoutMs);
    QVERIFY(!m_window->close()); // asks first: the results were never exported
    QMessageBox *quit = waitForBox("quitUnexportedBox");
    QVERIFY(quit);
    QTest::mouseClick(
        quit->findChild<QPushButton *>(QStringLiteral("quitUnexportedBoxConfirmButton")),
        Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    m_window.reset();
    QVERIFY(!SessionJournal::hasRecoverableSession(m_sessionDir->path()));

    // Clearing the list ends the session too, whatever happens afterwards.
    QVERIFY(makeWindow());
    QVERIFY(paste(QStringLiteral("1752829295507-0")));
    QTest::mouseClick(child<QPushButton>("clearButton"), Qt::LeftButton);
    QVERIFY(!SessionJournal::hasRecoverableSession(m_sessionDir->path()));
}

void TestMainWindow::fastBulkDeleteReportsCountsPerChunkAndNeverSendsAnEmptyChunk()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    const QStringList existing = server->entryIds().mid(0, 150);
    const QStringList missing = missingIds(*server, existing).mid(0, 50);
    QCOMPARE(missing.size(), 50);
    // Chunk 1: 100 existing IDs. Chunk 2: the other 50 and the 50 missing ones.
    QVERIFY(paste((existing + missing).join(QLatin1Char('\n'))));
    server->clearRequests();

    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *bulk = dialog->findChild<QCheckBox *>(QStringLiteral("bulkModeCheck"));
    QVERIFY(bulk);
    QVERIFY(!bulk->isChecked()); // off by default
    QVERIFY(!bulk->toolTip().isEmpty());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("bulkModeNoteLabel"));
    QVERIFY(note->text().contains(QLatin1String("not which IDs were missing")));
    // On the indicator: the check box spans the dialog's width, its label does not.
    QTest::mouseClick(bulk, Qt::LeftButton, {}, QPoint(6, bulk->height() / 2));
    QVERIFY(dialog->bulkMode());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                     QStringLiteral("200"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);

    ResultsModel *model = m_window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runFlow()->isRunning() &&
                                 model->count(ResultState::Pending) == 0,
                             kRunTimeoutMs);
    QCOMPARE(model->count(ResultState::Deleted), 100);
    QCOMPARE(model->count(ResultState::DeletedOrNotFound), 100);
    for (int r = 0; r < 100; ++r)
        QCOMPARE(model->row(r).state, ResultState::Deleted);
    for (int r = 100; r < 200; ++r) {
        QCOMPARE(model->row(r).state, ResultState::DeletedOrNotFound);
        QCOMPARE(model->row(r).message,
                 QStringLiteral("Chunk 2: 50 of 100 deleted; the API does not say which IDs "
                                "were missing."));
    }
    for (const QString &id : existing)
        QVERIFY(!server->contains(id));

    // Two requests, each naming its IDs; never one without.
    QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
    const QList<SandboxRequest> requests = server->requests();
    QCOMPARE(requests.size(), 2);
    for (const SandboxRequest &request : requests) {
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.path, QByteArray("/v2/workflows/dlq"));
        QVERIFY(request.query.contains("dlqIds="));
    }
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        QLatin1String("not which IDs were missing")));
    QVERIFY(child<QLabel>("rateLabel")->text().startsWith(QStringLiteral("200 / 200 · ")));
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
}

void TestMainWindow::aRejectedTokenStopsABulkRunLikeAPerIdRun()
{
    useSandboxPreset();
    m_settings->settings->setConcurrency(1); // chunk 2 waits for chunk 1's answer
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    server->setToken(QStringLiteral("rotated-token"));
    QVERIFY(paste(server->entryIds().mid(0, 150).join(QLatin1Char('\n'))));
    server->clearRequests();

    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    auto *bulk = dialog->findChild<QCheckBox *>(QStringLiteral("bulkModeCheck"));
    QTest::mouseClick(bulk, Qt::LeftButton, {}, QPoint(6, bulk->height() / 2));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                     QStringLiteral("150"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);

    ResultsModel *model = m_window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runFlow()->isRunning(), kRunTimeoutMs);
    QCOMPARE(model->count(ResultState::TokenRejected), 100);
    QCOMPARE(model->count(ResultState::NotSent), 50);
    QCOMPARE(model->row(0).httpStatus, 401);
    QCOMPARE(server->requests().size(), 1);
    QCOMPARE(server->entryCount(), 500);
    QVERIFY(waitForBox("tokenRejectedBox"));
    // Both kinds stay in "Delete N IDs…" for when the token is fixed.
    QTRY_COMPARE(child<QPushButton>("deleteButton")->text(), QStringLiteral("Delete 150 IDs…"));
}

void TestMainWindow::bulkChunkOutcomesSayWhatTheCountMeans()
{
    BulkChunk chunk;
    chunk.index = 3;
    chunk.ids = QStringList(100, QStringLiteral("1752829295505-0"));
    chunk.state = ResultState::Deleted;
    chunk.httpStatus = 200;
    chunk.attempts = 1;
    chunk.history = {AttemptInfo{200, {}, 12, 0}};
    chunk.deleted = 100;
    QCOMPARE(bulkRowOutcome(chunk).state, ResultState::Deleted);

    chunk.deleted = 97;
    ResultRow row = bulkRowOutcome(chunk);
    QCOMPARE(row.state, ResultState::DeletedOrNotFound);
    QCOMPARE(row.message, QStringLiteral("Chunk 3: 97 of 100 deleted; the API does not say "
                                         "which IDs were missing."));
    QCOMPARE(row.history.size(), 1);

    chunk.deleted = -1; // the server did not say
    QCOMPARE(bulkRowOutcome(chunk).state, ResultState::DeletedOrNotFound);

    chunk.state = ResultState::TokenRejected;
    chunk.httpStatus = 401;
    chunk.message = QStringLiteral("The server rejected the token.");
    row = bulkRowOutcome(chunk);
    QCOMPARE(row.state, ResultState::TokenRejected);
    QCOMPARE(row.message, QStringLiteral("Chunk 3: The server rejected the token."));

    // A chunk that never became a request leaves its IDs sendable one by one.
    chunk.state = ResultState::Invalid;
    chunk.attempts = 0;
    chunk.history.clear();
    row = bulkRowOutcome(chunk);
    QCOMPARE(row.state, ResultState::NotSent);
    QVERIFY(row.history.isEmpty());
}

void TestMainWindow::runsUseTheRetryAndPacingSettings()
{
    useSandboxPreset();
    AppSettings *settings = m_settings->settings.get();
    settings->setMaxAttempts(3);
    settings->setMaxRetryDelaySeconds(7);
    settings->setMaxRequestsPerSecond(50);
    settings->setConcurrency(1);
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    server->setLatencyMs(200);
    QVERIFY(paste(server->entryIds().mid(0, 3).join(QLatin1Char('\n'))));
    QVERIFY(confirmDelete());
    QTRY_VERIFY(m_window->runController()->currentRun());
    const RunConfig config = m_window->runController()->currentRun()->config();
    QCOMPARE(config.maxAttempts, 3);
    QCOMPARE(config.maxRetryDelayMs, 7000);
    QCOMPARE(config.maxRequestsPerSecond, 50.0);
    QCOMPARE(config.notFoundGuard, 20);
    m_window->actions().cancelRun->trigger();
    QTRY_VERIFY(!m_window->runController()->isRunning());
}

void TestMainWindow::aRetryingRowSaysWaitingToRetryAndTheDetailsShowEveryAttempt()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    SandboxServer *server = m_window->sandbox();
    auto seen = std::make_shared<QSet<QByteArray>>();
    // The first try of each ID gets a 503 asking for a 1 s wait; the second goes through.
    server->setOverride([seen](const SandboxRequest &request) -> std::optional<SandboxResponse> {
        if (request.method != "DELETE" || seen->contains(request.path)) {
            return std::nullopt;
        }
        seen->insert(request.path);
        SandboxResponse response;
        response.status = 503;
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        response.body = R"({"error":"busy"})";
        return response;
    });
    const QString id = server->entryIds().constFirst();
    QVERIFY(paste(id));
    QVERIFY(confirmDelete());
    auto *view = child<QTableView>("resultsView");
    QTRY_COMPARE_WITH_TIMEOUT(proxyIndexOf(view, id, ResultColumn::Result).data().toString(),
                              QStringLiteral("Waiting to retry"), kRunTimeoutMs);
    QVERIFY2(proxyIndexOf(view, id, ResultColumn::Message)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Try 2 in")),
             qPrintable(proxyIndexOf(view, id, ResultColumn::Message).data().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->resultsModel()->count(ResultState::Deleted), 1,
                              kRunTimeoutMs);
    view->setCurrentIndex(proxyIndexOf(view, id, 0));
    const QString details = child<QPlainTextEdit>("detailView")->toPlainText();
    QVERIFY2(details.contains(QLatin1String("Attempt 1: HTTP 503")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Attempt 2: HTTP 200")), qPrintable(details));
}

void TestMainWindow::windowLayoutIsRememberedAcrossRestarts()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    // Inside the offscreen screen (800 x 800): a bigger size is clamped to it on restore.
    m_window->resize(780, 700);
    auto *header = child<QTableView>("resultsView")->horizontalHeader();
    header->resizeSection(ResultColumn::Id, 333);
    auto *splitter = child<QSplitter>("mainSplitter");
    splitter->setSizes({300, 200});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close());
    m_window.reset();

    QVERIFY(makeWindow());
    QCOMPARE(m_window->size(), QSize(780, 700));
    QCOMPARE(child<QTableView>("resultsView")->horizontalHeader()->sectionSize(ResultColumn::Id),
             333);
    QCOMPARE(child<QSplitter>("mainSplitter")->sizes(), sizes);
}

void TestMainWindow::everyControlHasAnObjectNameAndAnAccessibleName()
{
    useSandboxPreset();
    QVERIFY(makeWindow());
    const QStringList problems = unnamedControls(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    // Buttons explain themselves.
    const QList<QPushButton *> buttons = m_window->findChildren<QPushButton *>();
    for (const QPushButton *button : buttons)
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));

    // The confirmation dialog with its bulk option, too.
    QVERIFY(paste(QStringLiteral("1752829295505-0")));
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    const QStringList dialogProblems = unnamedControls(dialog);
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems.join(QStringLiteral("; "))));
    const QList<QAbstractButton *> dialogButtons = dialog->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : dialogButtons)
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
    dialog->reject();

    // And the questions the window asks with buttons of its own.
    QMessageBox *boxes[] = {
        makeTargetChangedBox(QStringLiteral("a"), QStringLiteral("b"), m_window.get()),
        makeRestoreSessionBox(QStringLiteral("?"), QString(), m_window.get()),
        makeNotFoundGuardBox(20, QStringLiteral("a"), m_window.get()),
        makeSessionWarningBox(QStringLiteral("!"), m_window.get())};
    for (QMessageBox *box : boxes) {
        const QList<QPushButton *> boxButtons = box->findChildren<QPushButton *>();
        for (const QPushButton *button : boxButtons) {
            QVERIFY2(!button->objectName().isEmpty(), qPrintable(box->objectName()));
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
        }
        delete box;
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
