// The window's session across starts and targets: restoring a crashed session, damaged and
// unreadable journals, closing with unfinished IDs, and switching the target after a run.
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

class TestWindowSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void switchingTheTargetAfterARunOffersToResetTheResults();
    void keepingTheResultsAfterATargetSwitchLeavesThemAlone();
    void aCrashedSessionIsRestoredAndResumesOnlyTheUnfinishedIds();
    void discardingThePreviousSessionStartsEmpty();
    void aDamagedJournalIsRecoveredUpToTheDamageWithAWarning();
    void anUnreadableJournalNeverStopsTheStartAndIsReported();
    void closingWithUnfinishedIdsKeepsTheSessionAndOtherwiseEndsItClean();

private:
    std::unique_ptr<WindowFixture> m_f;
};

void TestWindowSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowSession::init()
{
    m_f = std::make_unique<WindowFixture>();
}

void TestWindowSession::cleanup()
{
    m_f.reset();
}

void TestWindowSession::switchingTheTargetAfterARunOffersToResetTheResults()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    const QString sandboxName = m_f->window->target().description();
    QVERIFY(m_f->paste(m_f->window->sandbox()->entryIds().mid(0, 2).join(QLatin1Char('\n')) +
                       QStringLiteral("\nwfr_not_an_id")));
    QVERIFY(m_f->confirmDelete());
    ResultsModel *model = m_f->window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->count(ResultState::Deleted) == 2 &&
                                 !m_f->window->runController()->isRunning(),
                             kRunTimeoutMs);
    QVERIFY(!m_f->child<QPushButton>("deleteButton")->isEnabled());

    SandboxServer other;
    QVERIFY(other.listen());
    m_f->useServer(other);
    QTRY_VERIFY(!m_f->window->sandbox());
    QCOMPARE(m_f->window->target().baseUrl, other.baseUrl());
    QVERIFY(m_f->window->windowTitle().contains(QStringLiteral("127.0.0.1:%1").arg(other.port())));
    QVERIFY(!m_f->window->actions().sandboxMenu->menuAction()->isVisible());
    // The old status-bar workaround is gone: the window asks instead.
    QVERIFY(!m_f->window->statusBar()->currentMessage().contains(QLatin1String("still shows")));

    QMessageBox *box = m_f->waitForBox("targetChangedBox");
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
    QTRY_VERIFY(m_f->child<QPushButton>("deleteButton")->isEnabled());
    QCOMPARE(m_f->child<QPushButton>("deleteButton")->text(), QStringLiteral("Delete 2 IDs…"));
}

void TestWindowSession::keepingTheResultsAfterATargetSwitchLeavesThemAlone()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(m_f->window->sandbox()->entryIds().mid(0, 2).join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());
    ResultsModel *model = m_f->window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->count(ResultState::Deleted) == 2 &&
                                 !m_f->window->runController()->isRunning(),
                             kRunTimeoutMs);
    SandboxServer other;
    QVERIFY(other.listen());
    m_f->useServer(other);
    QMessageBox *box = m_f->waitForBox("targetChangedBox");
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape); // Escape keeps, like the Keep button
    QTRY_VERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("targetChangedBox")));
    QCOMPARE(model->count(ResultState::Deleted), 2);
    QVERIFY(!m_f->child<QPushButton>("deleteButton")->isEnabled());

    // No finished results, no question.
    QTest::mouseClick(m_f->child<QPushButton>("clearButton"), Qt::LeftButton);
    QMessageBox *discard = m_f->waitForBox("discardResultsBox"); // never exported
    QVERIFY(discard);
    QTest::mouseClick(
        discard->findChild<QPushButton *>(QStringLiteral("discardResultsBoxConfirmButton")),
        Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 0);
    m_f->useSandboxPreset();
    QTRY_VERIFY(m_f->window->sandbox());
    QVERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("targetChangedBox")));
}

void TestWindowSession::aCrashedSessionIsRestoredAndResumesOnlyTheUnfinishedIds()
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
        SessionJournal journal(&model, m_f->sessionDir.path());
        journal.setContext(QStringLiteral("qstash.upstash.io"));
        model.setOutcome(0, finishedRow(ResultState::Deleted, 200));
        model.setOutcome(1, finishedRow(ResultState::NotFound, 404));
        model.setSending(2);
        model.setSending(3);
        journal.flush();
    } // the journal goes away as after a kill -9: nothing marks it clean
    QVERIFY(SessionJournal::hasRecoverableSession(m_f->sessionDir.path()));

    m_f->useServer(server);
    QVERIFY(m_f->makeWindow());
    ResultsModel *model = m_f->window->resultsModel();
    QMessageBox *box = m_f->waitForBox("restoreSessionBox");
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
    QVERIFY(!m_f->window->sessionKeeper()->journal()); // not before the decision
    QVERIFY(unnamedControls(box).isEmpty());

    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionRestoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 5);
    QVERIFY(m_f->window->sessionKeeper()->journal());
    QCOMPARE(model->row(0).state, ResultState::Deleted);
    QCOMPARE(model->row(0).httpStatus, 200);
    QCOMPARE(model->row(1).state, ResultState::NotFound);
    for (int r : {2, 3, 4})
        QCOMPARE(model->row(r).state, ResultState::Pending);
    QVERIFY(m_f->window->statusBar()->currentMessage().startsWith(QLatin1String("Restored 5 IDs")));
    QTRY_COMPARE(m_f->child<QPushButton>("deleteButton")->text(), QStringLiteral("Delete 3 IDs…"));

    server.clearRequests();
    QVERIFY(m_f->confirmDelete());
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runController()->isRunning() &&
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
    auto *view = m_f->child<QTableView>("resultsView");
    QCOMPARE(proxyIndexOf(view, ids.at(3), ResultColumn::Result).data().toString(),
             QStringLiteral("Deleted (confirmed on retry)"));
    QCOMPARE(model->row(1).state, ResultState::NotFound); // not "confirmed": it was not sent
}

void TestWindowSession::discardingThePreviousSessionStartsEmpty()
{
    {
        ResultsModel model;
        model.append(parseIds(QStringLiteral("1752829295505-0\n1752829295506-0")));
        SessionJournal journal(&model, m_f->sessionDir.path());
        journal.flush();
    }
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QMessageBox *box = m_f->waitForBox("restoreSessionBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("2 IDs")));
    // Discarding must be a click: Escape does not answer the question.
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionDiscardButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("restoreSessionBox")));
    QCOMPARE(m_f->window->resultsModel()->rowCount(), 0);
    QVERIFY(m_f->window->sessionKeeper()->journal());
    QVERIFY(!SessionJournal::hasRecoverableSession(m_f->sessionDir.path()));
}

void TestWindowSession::aDamagedJournalIsRecoveredUpToTheDamageWithAWarning()
{
    {
        ResultsModel model;
        model.append(parseIds(QStringLiteral("1752829295505-0\n1752829295506-0")));
        SessionJournal journal(&model, m_f->sessionDir.path());
        model.setOutcome(0, finishedRow(ResultState::Deleted, 200));
        journal.flush();
    }
    QFile file(QDir(m_f->sessionDir.path()).filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(file.exists());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"op\":\"row\",\"row\":{\"id\":\"1-1\"},\"se"); // cut off by a power loss
    file.close();

    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QMessageBox *box = m_f->waitForBox("restoreSessionBox");
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QLatin1String("line")),
             qPrintable(box->informativeText()));
    QVERIFY(box->text().contains(QLatin1String("1 finished, 1 unfinished")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionRestoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_f->window->resultsModel()->rowCount(), 2);
    QCOMPARE(m_f->window->resultsModel()->row(0).state, ResultState::Deleted);
}

void TestWindowSession::anUnreadableJournalNeverStopsTheStartAndIsReported()
{
    QFile file(QDir(m_f->sessionDir.path()).filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xff\xfe garbage\n\0\0\0", 14);
    file.close();

    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QMessageBox *box = m_f->waitForBox("sessionWarningBox");
    QVERIFY(box);
    QVERIFY(!box->text().isEmpty());
    QVERIFY(box->windowModality() != Qt::ApplicationModal);
    QVERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("restoreSessionBox")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("sessionWarningCloseButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("sessionWarningBox")));
    m_f->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_f->window.get()));

    // The app works and keeps a fresh journal.
    QVERIFY(m_f->window->sessionKeeper()->journal());
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-0")));
    QCOMPARE(m_f->window->resultsModel()->rowCount(), 1);
    m_f->window->sessionKeeper()->journal()->flush();
    const RecoveredSession session = SessionJournal::recover(m_f->sessionDir.path());
    QCOMPARE(session.rows.size(), 1);
}

void TestWindowSession::closingWithUnfinishedIdsKeepsTheSessionAndOtherwiseEndsItClean()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-0\n1752829295506-0")));
    QVERIFY(m_f->window->close());
    m_f->window.reset();
    QVERIFY(SessionJournal::hasRecoverableSession(m_f->sessionDir.path()));

    QVERIFY(m_f->makeWindow());
    QMessageBox *box = m_f->waitForBox("restoreSessionBox");
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionRestoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_f->window->resultsModel()->rowCount(), 2);
    QVERIFY(m_f->confirmDelete());
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runController()->isRunning() &&
                                 m_f->window->resultsModel()->count(ResultState::Pending) == 0,
                             kRunTimeoutMs);
    QVERIFY(!m_f->window->close()); // asks first: the results were never exported
    QMessageBox *quit = m_f->waitForBox("quitUnexportedBox");
    QVERIFY(quit);
    QTest::mouseClick(
        quit->findChild<QPushButton *>(QStringLiteral("quitUnexportedBoxConfirmButton")),
        Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->isVisible());
    m_f->window.reset();
    QVERIFY(!SessionJournal::hasRecoverableSession(m_f->sessionDir.path()));

    // Clearing the list ends the session too, whatever happens afterwards.
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(QStringLiteral("1752829295507-0")));
    QTest::mouseClick(m_f->child<QPushButton>("clearButton"), Qt::LeftButton);
    QVERIFY(!SessionJournal::hasRecoverableSession(m_f->sessionDir.path()));
}

QTEST_MAIN(TestWindowSession)
#include "tst_windowsession.moc"
