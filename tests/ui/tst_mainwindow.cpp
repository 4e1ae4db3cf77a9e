// The main window: entering IDs (paste, import, drop), the table, the banner and first start,
// the details pane, export, layout and accessibility.
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

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

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
    void windowLayoutIsRememberedAcrossRestarts();
    void everyControlHasAnObjectNameAndAnAccessibleName();

private:
    std::unique_ptr<WindowFixture> m_f;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_f = std::make_unique<WindowFixture>();
}

void TestMainWindow::cleanup()
{
    m_f.reset();
}

void TestMainWindow::ctrlVPastesIntoTheFilterBoxThereAndIntoTheListElsewhere()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    ResultsModel *model = m_f->window->resultsModel();

    auto *filter = m_f->child<QLineEdit>("textFilterEdit");
    filter->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("1752829295505-0 1752829295506-0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(filter->text(), QStringLiteral("1752829295505-0 1752829295506-0"));
    QCOMPARE(model->rowCount(), 0);
    filter->clear();

    // Several IDs in the entry line go straight to the list...
    auto *entry = m_f->child<QLineEdit>("idEntry");
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
    QTest::mouseClick(m_f->child<QPushButton>("addButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(m_f->child<QLabel>("parseSummaryLabel")->text(),
             parseIds(QStringLiteral("dlq-12345, ../etc")).summary());
}

void TestMainWindow::deleteAndCtrlCOnTheTableRemoveAndCopyTheSelectedRows()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-0\n1752829295506-0\n1752829295507-0")));
    ResultsModel *model = m_f->window->resultsModel();
    auto *view = m_f->child<QTableView>("resultsView");
    view->setFocus();
    view->selectRow(1);

    QTRY_VERIFY(m_f->child<QPushButton>("copyRowsButton")->isEnabled());
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), exporter::toTsv(*model, {1}));
    QTest::mouseClick(m_f->child<QPushButton>("copyIdsButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), exporter::idsOnly(*model, {1}));

    // Delete in a line edit deletes characters, not rows.
    auto *entry = m_f->child<QLineEdit>("idEntry");
    QTest::keyClicks(entry, QStringLiteral("ab"));
    entry->setCursorPosition(0);
    QTest::keyClick(entry, Qt::Key_Delete);
    QCOMPARE(entry->text(), QStringLiteral("b"));
    QCOMPARE(model->rowCount(), 3);

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!model->contains(QStringLiteral("1752829295506-0")));

    QTest::mouseClick(m_f->child<QPushButton>("clearButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!m_f->child<QPushButton>("clearButton")->isEnabled());
}

void TestMainWindow::importProblemsAreShownInWordsAndNothingIsLost()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-0 1752829295506-0")));
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

    m_f->window->importFiles({binary, dir.filePath(QStringLiteral("gone.txt")), big, good});

    auto *errors = m_f->child<QLabel>("importErrorLabel");
    QVERIFY(errors->isVisible());
    QVERIFY(errors->text().contains(QStringLiteral("“photo.png” is not a text file.")));
    QVERIFY(errors->text().contains(QStringLiteral("“gone.txt” does not exist.")));
    QVERIFY(errors->text().contains(QStringLiteral("“huge.csv” is too big to import")));
    QCOMPARE(m_f->window->resultsModel()->rowCount(), 4); // 2 pasted + 2 new from the JSON file
    QVERIFY(m_f->child<QLabel>("parseSummaryLabel")->text().contains(QLatin1String("duplicate")));

    // The next successful add clears the old problems.
    QVERIFY(m_f->paste(QStringLiteral("1752829295509-0")));
    QVERIFY(!errors->isVisible());
}

void TestMainWindow::droppingAFileOrTextAddsItsIds()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ids.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("dlqId,url\n1752829295505-0,https://example.com\n1752829295506-0,https://x.y\n");
    file.close();

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_f->window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_f->window.get(), &drop);
    QCOMPARE(m_f->window->resultsModel()->rowCount(), 2);

    QMimeData text;
    text.setText(QStringLiteral("1752829295507-0\n1752829295508-0"));
    // Qt delivers a drop only to the widget that accepted the drag's entry.
    QDragEnterEvent textEnter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
    QCoreApplication::sendEvent(m_f->window.get(), &textEnter);
    QVERIFY(textEnter.isAccepted());
    QDropEvent textDrop(QPointF(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_f->window.get(), &textDrop);
    QCOMPARE(m_f->window->resultsModel()->rowCount(), 4);
}

void TestMainWindow::theBannerAndTitleShowTheProductionHostAndOnlyTheTokenFingerprint()
{
    const QString token = QStringLiteral("qstash-secret-token-abcd");
    AppSettings *settings = m_f->appSettings();
    settings->setPreset(EndpointPreset::Upstash);
    settings->setToken(token);
    settings->markConfigured();
    QVERIFY(m_f->makeWindow());

    const QString host = presetInfo(EndpointPreset::Upstash).url.host();
    QCOMPARE(m_f->child<QLabel>("targetBanner")->text(),
             QStringLiteral("Target: %1 · token …abcd").arg(host));
    QVERIFY(m_f->window->windowTitle().contains(host));
    QVERIFY(!m_f->window->windowTitle().contains(token));
    QVERIFY(!m_f->window->sandbox());
    QVERIFY(!m_f->window->actions().sandboxMenu->menuAction()->isVisible());

    // Nothing in the window shows the token.
    const QList<QLabel *> labels = m_f->window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(token));
    const QList<QLineEdit *> edits = m_f->window->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits)
        QVERIFY(!edit->text().contains(token));
}

void TestMainWindow::withoutATokenTheBannerWarnsAndDeletingIsDisabled()
{
    AppSettings *settings = m_f->appSettings();
    settings->setPreset(EndpointPreset::Upstash);
    settings->markConfigured();
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->child<QLabel>("targetBanner")->text().startsWith(QLatin1String("No token set")));
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-0")));
    QVERIFY(!m_f->child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(!m_f->window->actions().deleteIds->isEnabled());

    auto *open = m_f->child<QPushButton>("bannerSettingsButton");
    QCOMPARE(open->text(), QStringLiteral("Open settings…"));
    QTest::mouseClick(open, Qt::LeftButton);
    auto *dialog = m_f->window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")),
                     QStringLiteral("fresh-token-7777"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsSaveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_f->child<QLabel>("targetBanner")->text().endsWith(QStringLiteral("token …7777")));
    QTRY_VERIFY(m_f->child<QPushButton>("deleteButton")->isEnabled());
}

void TestMainWindow::theFirstStartOpensTheSettingsDialog()
{
    QVERIFY(!m_f->appSettings()->isConfigured());
    QVERIFY(m_f->makeWindow());
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_f->window->findChild<SettingsDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->windowModality() != Qt::ApplicationModal);
}

void TestMainWindow::theSandboxMenuCopiesExistingAndMissingSampleIds()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    QVERIFY(m_f->window->actions().sandboxMenu->menuAction()->isVisible());
    QCOMPARE(m_f->child<QLabel>("targetBanner")->text(),
             QStringLiteral("SANDBOX — built-in test server on 127.0.0.1:%1 · nothing real is "
                            "deleted")
                 .arg(server->port()));

    m_f->window->actions().copySampleIds->trigger();
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
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-0\nwfr_notadlqid")));
    auto *view = m_f->child<QTableView>("resultsView");
    auto *details = m_f->child<QPlainTextEdit>("detailView");
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
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    const QStringList existing = server->entryIds().mid(0, 3);
    QVERIFY(m_f->paste((existing + missingIds(*server, existing)).join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());
    QTRY_VERIFY_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted) == 3 &&
                                 !m_f->window->runController()->isRunning(),
                             kRunTimeoutMs);

    auto *filter = m_f->child<QComboBox>("stateFilterCombo");
    filter->setCurrentIndex(filter->findData(int(ResultState::Deleted)));
    QCOMPARE(m_f->child<QTableView>("resultsView")->model()->rowCount(), 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deleted.csv"));
    QTest::mouseClick(m_f->child<QPushButton>("exportButton"), Qt::LeftButton);
    QMessageBox *scope = m_f->waitForBox("exportScopeBox"); // a filter is on: which rows?
    QVERIFY(scope);
    QTest::mouseClick(scope->findChild<QPushButton *>(QStringLiteral("exportScopeShownButton")),
                      Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_f->window->findChild<QFileDialog *>(QStringLiteral("exportDialog"))));
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

void TestMainWindow::windowLayoutIsRememberedAcrossRestarts()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    // Inside the offscreen screen (800 x 800): a bigger size is clamped to it on restore.
    m_f->window->resize(780, 700);
    auto *header = m_f->child<QTableView>("resultsView")->horizontalHeader();
    header->resizeSection(ResultColumn::Id, 333);
    auto *splitter = m_f->child<QSplitter>("mainSplitter");
    splitter->setSizes({300, 200});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_f->window->close());
    m_f->window.reset();

    QVERIFY(m_f->makeWindow());
    QCOMPARE(m_f->window->size(), QSize(780, 700));
    QCOMPARE(
        m_f->child<QTableView>("resultsView")->horizontalHeader()->sectionSize(ResultColumn::Id),
        333);
    QCOMPARE(m_f->child<QSplitter>("mainSplitter")->sizes(), sizes);
}

void TestMainWindow::everyControlHasAnObjectNameAndAnAccessibleName()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    const QStringList problems = unnamedControls(m_f->window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    // Buttons explain themselves.
    const QList<QPushButton *> buttons = m_f->window->findChildren<QPushButton *>();
    for (const QPushButton *button : buttons)
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));

    // The confirmation dialog with its bulk option, too.
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-0")));
    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    const QStringList dialogProblems = unnamedControls(dialog);
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems.join(QStringLiteral("; "))));
    const QList<QAbstractButton *> dialogButtons = dialog->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : dialogButtons)
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
    dialog->reject();

    // And the questions the window asks with buttons of its own.
    QMessageBox *boxes[] = {
        makeTargetChangedBox(QStringLiteral("a"), QStringLiteral("b"), m_f->window.get()),
        makeRestoreSessionBox(QStringLiteral("?"), QString(), m_f->window.get()),
        makeNotFoundGuardBox(20, QStringLiteral("a"), m_f->window.get()),
        makeSessionWarningBox(QStringLiteral("!"), m_f->window.get())};
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
