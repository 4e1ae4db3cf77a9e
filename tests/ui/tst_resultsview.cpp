// The results table under a filter: it says how many rows it shows, says so when none match,
// and Export asks whether the file is to hold the rows shown or all of them.

#include "support/windowfixture.h"

#include "ids/idparser.h"
#include "results/resultsmodel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace dlq;

namespace {

QString sixIds()
{
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids << QStringLiteral("1752829295505-%1").arg(i);
    return ids.join(QLatin1Char('\n'));
}

ResultRow deleted()
{
    ResultRow row;
    row.state = ResultState::Deleted;
    row.httpStatus = 200;
    row.attempts = 1;
    row.durationMs = 10;
    row.finishedAt = QDateTime::currentDateTimeUtc();
    return row;
}

QString shown(int n, int total)
{
    return QStringLiteral("%1 of %2 shown").arg(QLocale().toString(n), QLocale().toString(total));
}

} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> f;

    void chooseState(ResultState state)
    {
        auto *combo = f->child<QComboBox>("stateFilterCombo");
        combo->setCurrentIndex(combo->findData(int(state)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        f = std::make_unique<WindowFixture>();
        QVERIFY(f->makeSandboxWindow());
        QVERIFY(f->paste(sixIds()));
        for (int r = 0; r < 3; ++r)
            f->window->resultsModel()->setOutcome(r, deleted());
    }
    void cleanup() { f.reset(); }

    void aFilterSaysHowManyRowsItShowsAndWhenItMatchesNone()
    {
        auto *count = f->child<QLabel>("filterCountLabel");
        auto *noMatch = f->child<QLabel>("noMatchLabel");
        QVERIFY(count);
        QVERIFY(noMatch);
        QVERIFY(!count->isVisible());
        QVERIFY(!noMatch->isVisible());

        chooseState(ResultState::Deleted);
        QTRY_VERIFY(count->isVisible());
        QCOMPARE(count->text(), shown(3, 6));
        QVERIFY(!noMatch->isVisible());

        QTest::keyClicks(f->child<QLineEdit>("textFilterEdit"), QStringLiteral("505-2"));
        QTRY_COMPARE(count->text(), shown(1, 6));

        chooseState(ResultState::Failed);
        QTRY_COMPARE(count->text(), shown(0, 6));
        QVERIFY(noMatch->isVisible());
        QCOMPARE(f->child<QTableView>("resultsView")->model()->rowCount(), 0);

        chooseState(ResultState::Deleted);
        f->child<QLineEdit>("textFilterEdit")->clear();
        auto *combo = f->child<QComboBox>("stateFilterCombo");
        combo->setCurrentIndex(combo->findData(-1)); // All results
        QTRY_VERIFY(!count->isVisible());
        QVERIFY(!noMatch->isVisible());
    }

    void exportUnderAFilterAsksAndCanWriteEveryRow()
    {
        chooseState(ResultState::Deleted);
        QTRY_COMPARE(f->child<QTableView>("resultsView")->model()->rowCount(), 3);
        QTest::mouseClick(f->child<QPushButton>("exportButton"), Qt::LeftButton);
        QMessageBox *box = f->waitForBox("exportScopeBox");
        QVERIFY(box);
        QVERIFY(box->windowModality() != Qt::ApplicationModal);
        QCOMPARE(box->text(), QStringLiteral("The filter shows 3 of 6 rows. Export only the rows "
                                             "shown, or all rows?"));
        QVERIFY(!f->window->findChild<QFileDialog *>(QStringLiteral("exportDialog")));
        QVERIFY(unnamedControls(box).isEmpty());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("exportScopeAllButton")),
                          Qt::LeftButton);

        QFileDialog *dialog = f->waitForExportDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Export all 6 rows"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        QVERIFY(f->saveExportAs(dialog, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 7); // header + all 6, hidden ones included
        QVERIFY(f->window->statusBar()->currentMessage().startsWith(
            QLatin1String("Exported 6 rows to")));
    }

    void exportWithoutAFilterAsksNothing()
    {
        QTest::mouseClick(f->child<QPushButton>("exportButton"), Qt::LeftButton);
        QFileDialog *dialog = f->waitForExportDialog();
        QVERIFY(dialog);
        QVERIFY(!f->window->findChild<QMessageBox *>(QStringLiteral("exportScopeBox")));
        dialog->reject();
    }
};

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
