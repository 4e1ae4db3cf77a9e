// The line under the ID entry always describes the list as it is now, not an earlier step.

#include "support/windowfixture.h"

#include "results/resultsmodel.h"
#include "ui/identrybar.h"
#include "ui/idintake.h"

#include <QFile>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace dlq;

namespace {

constexpr int kParseTimeoutMs = 60000;

QString idLines(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QStringLiteral("1752829295505-%1").arg(i);
    return ids.join(QLatin1Char('\n'));
}

const QString kEmptyList = QStringLiteral("The list is empty. Paste IDs with Ctrl+V anywhere in "
                                          "the window, or drop a .txt, .csv or .json file.");

} // namespace

class TestIntakeLine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> f;
    QLabel *line() const { return f->child<QLabel>("parseSummaryLabel"); }
    IdIntake *intake() const { return f->window->findChild<IdEntryBar *>()->intake(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        f = std::make_unique<WindowFixture>();
        QVERIFY(f->makeSandboxWindow());
    }
    void cleanup() { f.reset(); }

    void aRefusedBinaryFileLeavesNoAddingLine()
    {
        QVERIFY(f->paste(idLines(3)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backup.tar.gz"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(512 * 1024, '\0');
        QRandomGenerator(5).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        file.write(bytes);
        file.close();

        QSignalSpy finished(intake(), &IdIntake::finished);
        f->window->importFiles({path});
        QVERIFY(finished.wait(kParseTimeoutMs));
        QCOMPARE(f->window->resultsModel()->rowCount(), 3);
        QCOMPARE(line()->text(), QStringLiteral("3 IDs in the list."));
    }

    void removingARowUpdatesTheCount()
    {
        QVERIFY(f->paste(idLines(200)));
        QCOMPARE(line()->text(), QStringLiteral("200 IDs"));
        auto *view = f->child<QTableView>("resultsView");
        view->setFocus();
        view->selectRow(5);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(f->window->resultsModel()->rowCount(), 199);
        QCOMPARE(line()->text(), QStringLiteral("199 IDs in the list."));
    }

    void clearAllAfterALargePasteSaysTheListIsEmpty()
    {
        QSignalSpy finished(intake(), &IdIntake::finished);
        f->paste(idLines(5000)); // large: read on the worker thread
        QVERIFY(finished.wait(kParseTimeoutMs));
        QCOMPARE(f->window->resultsModel()->rowCount(), 5000);
        QCOMPARE(line()->text(), QStringLiteral("5000 IDs"));
        QTRY_VERIFY(f->child<QPushButton>("clearButton")->isEnabled());
        QTest::mouseClick(f->child<QPushButton>("clearButton"), Qt::LeftButton);
        QTRY_COMPARE(f->window->resultsModel()->rowCount(), 0);
        QCOMPARE(line()->text(), kEmptyList);
    }
};

QTEST_MAIN(TestIntakeLine)
#include "tst_intakeline.moc"
