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
    void cancelledHalfWayQuitAndRestoredResendsNothingConfirmed();

private:
    // Closes the window, answers "quit anyway" to the unexported-results question, and waits
    // until the window is gone.
    bool quitPastTheExportQuestion();

    std::unique_ptr<WindowFixture> m_f;
};

bool TestWindowSession::quitPastTheExportQuestion()
{
    if (m_f->window->close())
        return false;
    QMessageBox *quit = m_f->waitForBox("quitUnexportedBox");
    if (!quit)
        return false;
    QTest::mouseClick(
        quit->findChild<QPushButton *>(QStringLiteral("quitUnexportedBoxConfirmButton")),
        Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return !m_f->window->isVisible(); }))
        return false;
    m_f->window.reset();
    return true;
}

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
    QVERIFY(quitPastTheExportQuestion()); // asks first: the results were never exported
    QVERIFY(!SessionJournal::hasRecoverableSession(m_f->sessionDir.path()));

    // Clearing the list ends the session too, whatever happens afterwards.
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(QStringLiteral("1752829295507-0")));
    QTest::mouseClick(m_f->child<QPushButton>("clearButton"), Qt::LeftButton);
    QVERIFY(!SessionJournal::hasRecoverableSession(m_f->sessionDir.path()));
}

void TestWindowSession::cancelledHalfWayQuitAndRestoredResendsNothingConfirmed()
{
    SandboxServer server;
    QVERIFY(server.listen());
    const QStringList existing = server.seed(500);
    // One that is there, three that are not (404): never the 20 404s in a row that make a run
    // pause and ask about the region.
    QStringList ids;
    for (int i = 0; ids.size() < 2000; ++i) {
        if (i % 4 == 0)
            ids << existing.at(i / 4);
        else
            ids << QStringLiteral("1700000000000-%1").arg(i);
    }
    server.setLatencyMs(25);
    m_f->useServer(server);
    QVERIFY(m_f->makeWindow());
    ResultsModel *model = m_f->window->resultsModel();
    QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
    QCOMPARE(model->rowCount(), 2000);
    QVERIFY(m_f->confirmDelete(QStringLiteral("2000")));
    QTRY_VERIFY_WITH_TIMEOUT(
        model->count(ResultState::Deleted) + model->count(ResultState::NotFound) >= 500, 120000);
    QTest::mouseClick(m_f->child<QPushButton>("cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runFlow()->isRunning(), kRunTimeoutMs);

    QSet<QString> answered;  // never to be sent again
    QSet<QString> cancelled; // in flight at the cancel: outcome unknown, for Retry failed
    QSet<QString> unsent;
    for (int r = 0; r < model->rowCount(); ++r) {
        const ResultRow &row = model->row(r);
        if (row.state == ResultState::Deleted || row.state == ResultState::NotFound)
            answered.insert(row.id);
        else if (row.state == ResultState::Cancelled)
            cancelled.insert(row.id);
        else if (row.state == ResultState::NotSent || row.state == ResultState::Pending)
            unsent.insert(row.id);
        else
            QFAIL(qPrintable(QStringLiteral("%1 ended %2").arg(row.id).arg(int(row.state))));
    }
    QVERIFY2(unsent.size() > 100, "the run ended before the cancel: nothing to restore");

    // Quit: the results were never exported, so it asks first.
    QVERIFY(quitPastTheExportQuestion());

    // Start again: the question counts what the window showed at the quit.
    QVERIFY(m_f->makeWindow());
    model = m_f->window->resultsModel();
    QMessageBox *box = m_f->waitForBox("restoreSessionBox");
    QVERIFY(box);
    static const QRegularExpression question(QStringLiteral(
        "^Restore the previous session\\? (\\d[\\d,\\s]*) IDs from (\\S+), saved \\d\\d:\\d\\d: "
        "(\\d[\\d,\\s]*) finished, (\\d[\\d,\\s]*) unfinished(?: \\((\\d[\\d,\\s]*) whose outcome "
        "is "
        "unknown will be re-sent\\))?(?:; (\\d[\\d,\\s]*) of the finished were cancelled in "
        "flight \\(outcome unknown\\): only “Retry failed” sends them again)?\\.$"));
    const QRegularExpressionMatch match = question.match(box->text());
    QVERIFY2(match.hasMatch(), qPrintable(box->text()));
    const auto number = [&match](int group) {
        return match.captured(group).remove(QRegularExpression(QStringLiteral("\\D"))).toInt();
    };
    QCOMPARE(number(1), 2000);
    QCOMPARE(match.captured(2), QStringLiteral("127.0.0.1:%1").arg(server.port()));
    // "Unfinished" is what Delete sends; the cancelled ones go out with Retry failed.
    QCOMPARE(number(3), int(answered.size() + cancelled.size()));
    QCOMPARE(number(4), int(unsent.size()));
    QCOMPARE(number(5), 0);
    QCOMPARE(number(6), int(cancelled.size()));

    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreSessionRestoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 2000);
    QCOMPARE(model->count(ResultState::Cancelled), int(cancelled.size()));
    QVERIFY(m_f->confirmDelete(QString::number(unsent.size())));
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runController()->isRunning() &&
                                 model->count(ResultState::Pending) == 0,
                             kRunTimeoutMs * 3);
    if (!cancelled.isEmpty()) {
        QVERIFY(m_f->activate());
        QTest::mouseClick(m_f->child<QPushButton>("retryButton"), Qt::LeftButton);
        auto *retry = m_f->window->findChild<ConfirmDeleteDialog *>();
        QVERIFY(retry && QTest::qWaitForWindowExposed(retry));
        QVERIFY(retry->request().retry);
        QTest::mouseClick(retry->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runController()->isRunning() &&
                                     model->count(ResultState::Cancelled) == 0,
                                 kRunTimeoutMs);
    }

    // Over both starts: each answered ID went out once, never again; each unsent one once
    // after the restore; a cancelled one once more (its first try may not have reached the
    // server, or may be logged by it after the quit, so 1 or 2).
    const QStringList sent = deletedPaths(server);
    QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()), answered + unsent + cancelled);
    QStringList wrong;
    for (const QString &id : std::as_const(ids)) {
        const qsizetype times = sent.count(id);
        if (cancelled.contains(id) ? (times < 1 || times > 2) : times != 1)
            wrong << QStringLiteral("%1 sent %2 times").arg(id).arg(times);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
    for (int r = 0; r < model->rowCount(); ++r) {
        const ResultRow &row = model->row(r);
        if (answered.contains(row.id))
            continue;
        if (cancelled.contains(row.id)) {
            // A 404 after a cancelled try counts as that try's delete: the app cannot tell an
            // entry it deleted from one that was never there.
            QCOMPARE(row.state, ResultState::Deleted);
            QCOMPARE(row.confirmedOnRetry, !existing.contains(row.id) || row.httpStatus == 404);
        } else {
            QCOMPARE(row.state,
                     existing.contains(row.id) ? ResultState::Deleted : ResultState::NotFound);
        }
    }
    for (const QString &id : existing)
        QVERIFY2(!server.contains(id), qPrintable(id));
}

QTEST_MAIN(TestWindowSession)
#include "tst_windowsession.moc"
