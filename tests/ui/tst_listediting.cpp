// Taking rows off the list: results that were never exported are not lost without a question
// (Clear all, Remove selected / the Delete key, quitting); a list of only pending IDs is
// edited without one.

#include "support/windowfixture.h"

#include "results/resultsmodel.h"
#include "run/runcontroller.h"

#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace dlq;

class TestListEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> f;

    ResultsModel *model() const { return f->window->resultsModel(); }
    QTableView *view() const { return f->child<QTableView>("resultsView"); }

    // Three sandbox IDs deleted by a real run, then one more pasted and left pending.
    bool runThreeAndAddOne()
    {
        const QStringList ids = f->window->sandbox()->entryIds().mid(0, 4);
        if (!f->paste(ids.mid(0, 3).join(QLatin1Char('\n'))) || !f->confirmDelete())
            return false;
        if (!QTest::qWaitFor(
                [this] {
                    return model()->count(ResultState::Deleted) == 3 &&
                           !f->window->runController()->isRunning();
                },
                kRunTimeoutMs))
            return false;
        // Back from the confirmation: the window's shortcuts (Delete) need it active again.
        f->window->activateWindow();
        return QTest::qWaitForWindowActive(f->window.get()) &&
               f->window->addIdsFromText(ids.at(3), QStringLiteral("test")) == 1;
    }

    void answer(QMessageBox *box, const char *button)
    {
        QTest::mouseClick(box->findChild<QPushButton *>(QString::fromLatin1(button)),
                          Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        f = std::make_unique<WindowFixture>();
        QVERIFY(f->makeSandboxWindow());
    }
    void cleanup() { f.reset(); }

    void clearAllAsksWhenResultsWereNeverExported()
    {
        QVERIFY(runThreeAndAddOne());
        QTest::mouseClick(f->child<QPushButton>("clearButton"), Qt::LeftButton);
        QMessageBox *box = f->waitForBox("discardResultsBox");
        QVERIFY(box);
        QVERIFY(box->windowModality() != Qt::ApplicationModal);
        QCOMPARE(box->text(), QStringLiteral("Results for 3 rows were never exported. Clear the "
                                             "list anyway?"));
        QVERIFY(unnamedControls(box).isEmpty());
        QCOMPARE(box->defaultButton(),
                 box->findChild<QPushButton *>(QStringLiteral("discardResultsBoxCancelButton")));
        answer(box, "discardResultsBoxCancelButton");
        QTRY_VERIFY(!f->window->findChild<QMessageBox *>(QStringLiteral("discardResultsBox")));
        QCOMPARE(model()->rowCount(), 4);

        QTest::mouseClick(f->child<QPushButton>("clearButton"), Qt::LeftButton);
        box = f->waitForBox("discardResultsBox");
        QVERIFY(box);
        answer(box, "discardResultsBoxConfirmButton");
        QTRY_COMPARE(model()->rowCount(), 0);
    }

    void theDeleteKeyAsksOnlyForRowsWithResults()
    {
        QVERIFY(runThreeAndAddOne());
        view()->setFocus();
        view()->selectRow(3); // the pending one: nothing to lose
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(!f->window->findChild<QMessageBox *>(QStringLiteral("discardResultsBox")));

        view()->selectRow(0);
        QTest::keyClick(view(), Qt::Key_Delete);
        QMessageBox *box = f->waitForBox("discardResultsBox");
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Results for 1 row were never exported. Remove the 1 "
                                             "row selected from the list anyway?"));
        QCOMPARE(model()->rowCount(), 3);
        answer(box, "discardResultsBoxConfirmButton");
        QTRY_COMPARE(model()->rowCount(), 2);
    }

    void afterAnExportNothingIsAskedUntilAResultChanges()
    {
        QVERIFY(runThreeAndAddOne());
        QTest::mouseClick(f->child<QPushButton>("exportButton"), Qt::LeftButton);
        QTemporaryDir dir;
        QVERIFY(
            f->saveExportAs(f->waitForExportDialog(), dir.filePath(QStringLiteral("results.csv"))));

        view()->setFocus();
        view()->selectRow(0);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(!f->window->findChild<QMessageBox *>(QStringLiteral("discardResultsBox")));

        // The pending row gets a result after the export: that one is unexported again.
        QVERIFY(f->confirmDelete());
        QTRY_VERIFY_WITH_TIMEOUT(model()->count(ResultState::Pending) == 0 &&
                                     !f->window->runController()->isRunning(),
                                 kRunTimeoutMs);
        QTRY_VERIFY(f->child<QPushButton>("clearButton")->isEnabled());
        QTest::mouseClick(f->child<QPushButton>("clearButton"), Qt::LeftButton);
        QMessageBox *box = f->waitForBox("discardResultsBox");
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Results for 1 row were never exported. Clear the "
                                             "list anyway?"));
        answer(box, "discardResultsBoxCancelButton");
    }

    void quittingWithUnexportedResultsAsks()
    {
        QVERIFY(runThreeAndAddOne());
        QVERIFY(!f->window->close());
        QMessageBox *box = f->waitForBox("quitUnexportedBox");
        QVERIFY(box);
        QCOMPARE(box->text(),
                 QStringLiteral("Results for 3 rows were never exported. Quit anyway?"));
        QVERIFY(unnamedControls(box).isEmpty());
        answer(box, "quitUnexportedBoxCancelButton");
        QTRY_VERIFY(!f->window->findChild<QMessageBox *>(QStringLiteral("quitUnexportedBox")));
        QVERIFY(f->window->isVisible());

        QVERIFY(!f->window->close());
        box = f->waitForBox("quitUnexportedBox");
        QVERIFY(box);
        answer(box, "quitUnexportedBoxConfirmButton");
        QTRY_VERIFY(!f->window->isVisible());
    }

    void pendingIdsAloneAreRemovedAndQuitWithoutAQuestion()
    {
        QVERIFY(f->paste(QStringLiteral("1752829295505-0\n1752829295506-0")));
        QTest::mouseClick(f->child<QPushButton>("clearButton"), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(f->paste(QStringLiteral("1752829295505-0")));
        QVERIFY(f->window->close());
    }
};

QTEST_MAIN(TestListEditing)
#include "tst_listediting.moc"
