// Per-ID runs through the window: confirm, delete, cancel, pause, retry, the not-found guard,
// a rejected token, closing during a run, and the retry and pacing settings.
// Real widgets on the offscreen platform, a real QNetworkAccessManager and the built-in
// sandbox (or a test-owned one) as the server; set-up in support/windowfixture.h.

#include "support/windowfixture.h"

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

class TestRunFlow : public QObject
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
    void runsUseTheRetryAndPacingSettings();
    void aRetryingRowSaysWaitingToRetryAndTheDetailsShowEveryAttempt();

private:
    std::unique_ptr<WindowFixture> m_f;
};

void TestRunFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRunFlow::init()
{
    m_f = std::make_unique<WindowFixture>();
}

void TestRunFlow::cleanup()
{
    m_f.reset();
}

void TestRunFlow::pastedIdsAreDeletedOrNotFoundAndInvalidOnesNeverReachTheServer()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    QVERIFY(server);

    const QStringList existing = server->entryIds().mid(0, 5);
    const QStringList missing = missingIds(*server, existing);
    QCOMPARE(missing.size(), 5);
    const QStringList invalid = {QStringLiteral("../x"), QStringLiteral("wfr_abc123def")};
    const QString text = (existing + missing + invalid).join(QLatin1Char('\n')) +
                         QLatin1Char('\n') + existing.first(); // one duplicate
    QVERIFY(m_f->paste(text));

    ResultsModel *model = m_f->window->resultsModel();
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(m_f->child<QLabel>("parseSummaryLabel")->text(), parseIds(text).summary());
    QVERIFY(m_f->child<QLabel>("parseSummaryLabel")->text().contains(QLatin1String("duplicate")));
    QCOMPARE(model->count(ResultState::Invalid), 2);
    QCOMPARE(m_f->child<QPushButton>("deleteButton")->text(), QStringLiteral("Delete 10 IDs…"));

    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
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
    QTRY_VERIFY(!m_f->window->runController()->isRunning());
    QCOMPARE(model->count(ResultState::Invalid), 2);

    auto *view = m_f->child<QTableView>("resultsView");
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

    QCOMPARE(m_f->child<QLabel>("summaryLabel")->text(), model->summary());
    QVERIFY(m_f->child<QProgressBar>("progressBar")->isVisible());
    QCOMPARE(m_f->child<QProgressBar>("progressBar")->value(), 10);
    QVERIFY(m_f->child<QLabel>("rateLabel")->text().startsWith(QStringLiteral("10 / 10 · ")));
    QVERIFY(!m_f->child<QPushButton>("deleteButton")->isEnabled()); // nothing left to send
    QVERIFY(m_f->window->statusBar()->currentMessage().contains(QLatin1String("finished")));
}

void TestRunFlow::aHundredOrMoreIdsNeedTheExactNumberTypedAndCancelSendsNothing()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    QVERIFY(m_f->paste(server->entryIds().mid(0, 150).join(QLatin1Char('\n'))));
    server->clearRequests();

    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    QPointer<ConfirmDeleteDialog> dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
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
    QVERIFY(!m_f->window->runController()->isRunning());
    QCOMPARE(m_f->window->resultsModel()->count(ResultState::Pending), 150);
    QVERIFY(server->requests().isEmpty());
    QCOMPARE(server->entryCount(), 500);

    // Escape cancels too.
    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QVERIFY(server->requests().isEmpty());
}

void TestRunFlow::cancellingARunLeavesCancelledAndNotSentRowsAndRestoresTheButtons()
{
    m_f->useSandboxPreset();
    m_f->appSettings()->setConcurrency(2);
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    server->setLatencyMs(400);
    QVERIFY(m_f->deleteFirstEntries(*server, 40));

    QTRY_VERIFY(server->inFlight() > 0);
    auto *cancel = m_f->child<QPushButton>("cancelButton");
    QTRY_VERIFY(cancel->isEnabled());
    QVERIFY(!m_f->child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(!m_f->child<QPushButton>("retryButton")->isEnabled());
    QVERIFY(!m_f->child<QPushButton>("clearButton")->isEnabled());
    QVERIFY(!m_f->child<QPushButton>("removeButton")->isEnabled());
    QVERIFY(m_f->child<QProgressBar>("progressBar")->isVisible());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->runController()->isRunning());

    ResultsModel *model = m_f->window->resultsModel();
    QVERIFY(model->count(ResultState::NotSent) > 0);
    QVERIFY(model->count(ResultState::Cancelled) + model->count(ResultState::Deleted) > 0);
    QCOMPARE(model->count(ResultState::Pending), 0);
    QCOMPARE(model->count(ResultState::Sending), 0);

    QTRY_VERIFY(!cancel->isEnabled());
    QVERIFY(m_f->child<QPushButton>("deleteButton")->isEnabled());
    QCOMPARE(
        m_f->child<QPushButton>("deleteButton")->text(),
        QStringLiteral("Delete %1 IDs…").arg(m_f->window->runController()->unsentRows().size()));
    QVERIFY(m_f->child<QPushButton>("clearButton")->isEnabled());
    if (model->count(ResultState::Cancelled) > 0)
        QVERIFY(m_f->child<QPushButton>("retryButton")->isEnabled());
    QVERIFY(m_f->window->statusBar()->currentMessage().contains(QLatin1String("cancelled")));
}

void TestRunFlow::aRejectedTokenStopsTheRunAndMarksTheRestNotSent()
{
    SandboxServer server;
    QVERIFY(server.listen());
    const QStringList ids = server.seed(30, 7);
    AppSettings *settings = m_f->appSettings();
    settings->setPreset(EndpointPreset::Custom);
    settings->setCustomUrl(server.baseUrl());
    settings->setToken(QStringLiteral("not-the-right-token-9876"));
    settings->setConcurrency(2);
    settings->markConfigured();
    QVERIFY(m_f->makeWindow());
    QVERIFY(!m_f->window->sandbox());
    QCOMPARE(m_f->child<QLabel>("targetBanner")->text(),
             QStringLiteral("Target: 127.0.0.1:%1 · token …9876").arg(server.port()));

    QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_f->window->findChild<QMessageBox *>(QStringLiteral("tokenRejectedBox"))) &&
            box->isVisible(),
        kRunTimeoutMs);
    ResultsModel *model = m_f->window->resultsModel();
    QVERIFY(!m_f->window->runController()->isRunning());
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
    QTRY_VERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("tokenRejectedBox")));
    QVERIFY(m_f->child<QPushButton>("deleteButton")->isEnabled());
}

void TestRunFlow::retryingFailedDeletesSendsThemAgainAfterConfirming()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    conflictOnEveryDelete(*server);
    const QStringList ids = server->entryIds().mid(0, 6);
    QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());
    ResultsModel *model = m_f->window->resultsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->count(ResultState::Failed), 6, kRunTimeoutMs);
    QTRY_VERIFY(!m_f->window->runController()->isRunning());

    auto *retry = m_f->child<QPushButton>("retryButton");
    QTRY_COMPARE(retry->text(), QStringLiteral("Retry failed (6)…"));
    QVERIFY(retry->isEnabled());
    server->setOverride(nullptr);
    QTest::mouseClick(retry, Qt::LeftButton);
    auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->request().retry);
    QCOMPARE(dialog->request().count, 6);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->count(ResultState::Deleted), 6, kRunTimeoutMs);
    QTRY_VERIFY(!retry->isEnabled());
}

void TestRunFlow::closingDuringARunAsksFirstAndClosesOnceCancelled()
{
    SandboxServer *server = m_f->makeSlowSandboxWindow(300);
    QVERIFY(server);
    QVERIFY(m_f->deleteFirstEntries(*server, 20));
    QTRY_VERIFY(server->inFlight() > 0);

    QVERIFY(!m_f->window->close());
    QVERIFY(m_f->window->isVisible());
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = m_f->window->findChild<QMessageBox *>(QStringLiteral("closeWhileRunningBox"))));
    QVERIFY(box->text().contains(QLatin1String("A delete run is in progress")));
    QVERIFY(box->text().contains(QLatin1String("Cancel it and close?")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));

    // "Keep running" keeps both the run and the window.
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("closeWhileRunningBox")));
    QVERIFY(m_f->window->runController()->isRunning());
    QVERIFY(m_f->window->isVisible());

    QVERIFY(!m_f->window->close());
    QTRY_VERIFY(
        (box = m_f->window->findChild<QMessageBox *>(QStringLiteral("closeWhileRunningBox"))));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->isVisible());
    QVERIFY(!m_f->window->runController()->isRunning());
    QVERIFY(m_f->window->resultsModel()->count(ResultState::NotSent) > 0);
    QVERIFY(!m_f->appSettings()->windowGeometry().isEmpty()); // saved on the way out
}

void TestRunFlow::pausingStopsSendingUntilResumed()
{
    SandboxServer *server = m_f->makeSlowSandboxWindow(100);
    QVERIFY(server);
    QVERIFY(m_f->deleteFirstEntries(*server, 8));

    auto *pause = m_f->child<QPushButton>("pauseButton");
    QTRY_VERIFY(pause->isEnabled());
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_VERIFY(m_f->window->runController()->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    // The request that was out finishes; after that nothing new may go out.
    QTRY_COMPARE(m_f->window->resultsModel()->count(ResultState::Sending), 0);
    QTRY_COMPARE(server->inFlight(), 0);
    QSignalSpy received(server, &SandboxServer::requestReceived);
    QVERIFY(!received.wait(400));
    QVERIFY(m_f->window->resultsModel()->count(ResultState::Pending) > 0);
    QVERIFY(m_f->child<QPushButton>("cancelButton")->isEnabled());

    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted), 8,
                              kRunTimeoutMs);
    QTRY_VERIFY(!pause->isEnabled());
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
}

void TestRunFlow::aRunOfOnlyNotFoundAnswersPausesAndAsksBeforeGoingOn()
{
    m_f->useSandboxPreset();
    m_f->appSettings()->setConcurrency(2);
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    const QStringList missing = missingIds(*server, server->entryIds().mid(0, 40));
    QCOMPARE(missing.size(), 40);
    QVERIFY(m_f->paste(missing.join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_f->window->findChild<QMessageBox *>(QStringLiteral("notFoundGuardBox"))) &&
            box->isVisible(),
        kRunTimeoutMs);
    QVERIFY(m_f->window->runController()->isPaused());
    QCOMPARE(box->text(), QStringLiteral("None of the first 20 IDs exist on the built-in sandbox "
                                         "(127.0.0.1:%1) — wrong region or project?")
                              .arg(server->port()));
    QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("notFoundGuardResumeButton"))->text(),
             QStringLiteral("Continue"));
    auto *cancelRun = box->findChild<QPushButton *>(QStringLiteral("notFoundGuardCancelButton"));
    QCOMPARE(cancelRun->text(), QStringLiteral("Stop"));
    QCOMPARE(box->defaultButton(), cancelRun);
    QTest::mouseClick(cancelRun, Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->runController()->isRunning());
    QVERIFY(m_f->window->resultsModel()->count(ResultState::NotSent) > 0);
    QVERIFY(server->requests().size() < 40);
}

void TestRunFlow::runsUseTheRetryAndPacingSettings()
{
    m_f->useSandboxPreset();
    AppSettings *settings = m_f->appSettings();
    settings->setMaxAttempts(3);
    settings->setMaxRetryDelaySeconds(7);
    settings->setMaxRequestsPerSecond(50);
    settings->setConcurrency(1);
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    server->setLatencyMs(200);
    QVERIFY(m_f->deleteFirstEntries(*server, 3));
    QTRY_VERIFY(m_f->window->runController()->currentRun());
    const RunConfig config = m_f->window->runController()->currentRun()->config();
    QCOMPARE(config.maxAttempts, 3);
    QCOMPARE(config.maxRetryDelayMs, 7000);
    QCOMPARE(config.maxRequestsPerSecond, 50.0);
    QCOMPARE(config.notFoundGuard, 20);
    m_f->window->actions().cancelRun->trigger();
    QTRY_VERIFY(!m_f->window->runController()->isRunning());
}

void TestRunFlow::aRetryingRowSaysWaitingToRetryAndTheDetailsShowEveryAttempt()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
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
    QVERIFY(m_f->paste(id));
    QVERIFY(m_f->confirmDelete());
    auto *view = m_f->child<QTableView>("resultsView");
    QTRY_COMPARE_WITH_TIMEOUT(proxyIndexOf(view, id, ResultColumn::Result).data().toString(),
                              QStringLiteral("Waiting to retry"), kRunTimeoutMs);
    QVERIFY2(proxyIndexOf(view, id, ResultColumn::Message)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Try 2 in")),
             qPrintable(proxyIndexOf(view, id, ResultColumn::Message).data().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted), 1,
                              kRunTimeoutMs);
    view->setCurrentIndex(proxyIndexOf(view, id, 0));
    const QString details = m_f->child<QPlainTextEdit>("detailView")->toPlainText();
    QVERIFY2(details.contains(QLatin1String("Attempt 1: HTTP 503")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Attempt 2: HTTP 200")), qPrintable(details));
}

QTEST_MAIN(TestRunFlow)
#include "tst_runflow.moc"
