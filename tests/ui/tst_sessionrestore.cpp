// The restore question at start-up, after a real run through the window was cancelled and the
// window closed: it must count every ID still waiting to be deleted as unfinished.

#include "support/windowfixture.h"

#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"
#include "ui/sessionkeeper.h"

#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace dlq;

class TestSessionRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void idsNeverSentAfterACancelAreOfferedAsUnfinished()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(30);
        const QStringList ids = server.seed(200, 11);
        WindowFixture f;
        f.useServer(server);
        f.appSettings()->setConcurrency(2);
        QVERIFY(f.makeWindow());
        QVERIFY(f.paste(ids.join(QLatin1Char('\n'))));
        QVERIFY(f.confirmDelete(QStringLiteral("200")));
        RunController *controller = f.window->runController();
        QTRY_VERIFY(controller->done() >= 10);
        QTest::mouseClick(f.child<QPushButton>("cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!controller->isRunning());

        const ResultsModel *model = f.window->resultsModel();
        const int waiting = int(controller->unsentRows().size());
        QVERIFY(model->count(ResultState::NotSent) > 100);
        QCOMPARE(waiting, model->count(ResultState::NotSent));
        // Requests in flight at the cancel: their outcome is unknown, yet restoring does not
        // send them again (only "Retry failed" does), so the question must not promise it.
        QVERIFY(model->count(ResultState::Cancelled) > 0);
        QVERIFY(!f.window->close()); // the results were never exported: it asks
        QMessageBox *quit = f.waitForBox("quitUnexportedBox");
        QVERIFY(quit);
        QTest::mouseClick(
            quit->findChild<QPushButton *>(QStringLiteral("quitUnexportedBoxConfirmButton")),
            Qt::LeftButton);
        QTRY_VERIFY(!f.window->isVisible());
        f.window.reset();

        QVERIFY(f.makeWindow()); // the next start
        QMessageBox *box = f.waitForBox("restoreSessionBox");
        QVERIFY(box);
        const QString counts =
            QStringLiteral(": %1 finished, %2 unfinished")
                .arg(QLocale().toString(200 - waiting), QLocale().toString(waiting));
        QVERIFY2(box->text().contains(counts),
                 qPrintable(box->text() + QStringLiteral(" / ") + counts));
        QVERIFY2(!box->text().contains(QStringLiteral("re-sent")), qPrintable(box->text()));

        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("restoreSessionRestoreButton")),
            Qt::LeftButton);
        QTRY_COMPARE(f.window->resultsModel()->rowCount(), 200);
        QTRY_COMPARE(f.child<QPushButton>("deleteButton")->text(),
                     QStringLiteral("Delete %1 IDs…").arg(waiting));
    }
};

QTEST_MAIN(TestSessionRestore)
#include "tst_sessionrestore.moc"
