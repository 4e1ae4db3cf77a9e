// The window by keyboard only: Tab leaves the table, every Alt+letter means one thing in its
// window or menu (in English and in German), the run has shortcuts, and the confirmation's
// highlighted button is the one Enter presses.

#include "support/dlqactsupport.h"
#include "support/dlqviewfixture.h"
#include "support/windowfixture.h"

#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "ui/act/actpanel.h"
#include "ui/confirmdeletedialog.h"
#include "ui/i18n/translations.h"
#include "ui/runflow.h"
#include "ui/settingsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

namespace {

// "Alt+S" for "&Settings", empty for a text without a mnemonic.
QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

// Each mnemonic used more than once among `texts`, with the texts that use it.
QStringList clashes(const QStringList &texts)
{
    QMultiHash<QString, QString> byKey;
    for (const QString &text : texts) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            byKey.insert(key, text);
    }
    QStringList problems;
    const QList<QString> keys = byKey.uniqueKeys();
    for (const QString &key : keys) {
        const QStringList users = byKey.values(key);
        if (users.size() > 1)
            problems << key + QStringLiteral(": ") + users.join(QStringLiteral(" / "));
    }
    return problems;
}

// What Alt+letter reaches inside `root`, menus aside: buddied labels and visible buttons.
QStringList mnemonicTexts(const QWidget *root)
{
    QStringList texts;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() && label->isVisibleTo(root))
            texts << label->text();
    }
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisibleTo(root))
            texts << button->text();
    }
    return texts;
}

QStringList menuTitles(const QMenuBar *bar)
{
    QStringList titles;
    const QList<QAction *> actions = bar->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_f = std::make_unique<WindowFixture>(); }
    void cleanup()
    {
        m_f.reset();
        installTranslations(QLocale(QLocale::English));
    }

    void tabLeavesTheTableAndReachesTheButtonsAndDetailsBelow();
    void everyMenuItemHasAMnemonicOfItsOwnInItsMenu_data() { languages(); }
    void everyMenuItemHasAMnemonicOfItsOwnInItsMenu();
    void altLettersInTheWindowAndItsDialogsMeanOneThingEach_data() { languages(); }
    void altLettersInTheWindowAndItsDialogsMeanOneThingEach();
    void altSOpensTheSettingsMenuAndAltWFocusesTheShowCombo();
    void pauseCancelAndRetryHaveShortcutsThatTheTooltipsName();
    void theConfirmationHighlightsTheButtonEnterPresses();
    void theChoosersAltLettersMeanOneThingEach_data() { languages(); }
    void theChoosersAltLettersMeanOneThingEach();
    void tabWalksTheChooserInTheOrderItIsLaidOut_data();
    void tabWalksTheChooserInTheOrderItIsLaidOut();
    void theDlqTabsActionsGoByKeyboardOnly();

private:
    // Every translation has its own Alt letters to keep apart: English and each .ts.
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("settingsMenu");
        QTest::addColumn<QString>("applyButton");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&Settings")
                                 << QStringLiteral("&Apply");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Einstellungen")
                                << QStringLiteral("An&wenden");
    }
    static void useLanguage()
    {
        QFETCH(QString, language);
        const QString loaded = installTranslations(QLocale(language));
        QCOMPARE(loaded, language == QLatin1String("en") ? QString() : language);
    }
    void useUnreachableServer()
    {
        m_f->appSettings()->setPreset(EndpointPreset::Custom);
        m_f->appSettings()->setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        m_f->appSettings()->setToken(QStringLiteral("keyboard-test-token"));
        m_f->appSettings()->markConfigured();
    }
    QMenu *menu(const char *name) const { return m_f->child<QMenu>(name); }
    // Presses Tab until `target` has focus (a few presses at most).
    static bool tabTo(QWidget *target)
    {
        for (int i = 0; i < 8 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

    // The DLQ tab on the sandbox with its first page in, the table focused by Tab alone, and
    // `rows` rows selected with Shift+Down (or all loaded ones with Ctrl+A when rows < 0).
    std::unique_ptr<DlqViewFixture> dlqTabWithRowsSelected(int rows);
    // Tab from the focus until it comes back (at most 40 presses): the objectNames reached.
    static QStringList tabCycle();

    std::unique_ptr<WindowFixture> m_f;
};

std::unique_ptr<DlqViewFixture> TestKeyboard::dlqTabWithRowsSelected(int rows)
{
    m_f.reset(); // one window at a time
    auto f = std::make_unique<DlqViewFixture>();
    if (!f->open())
        return nullptr;
    QTableView *table = f->view()->view();
    // Tab from where the tab's first control is, as a user does, until the table has focus.
    for (int i = 0; i < 60 && QApplication::focusWidget() != table; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != table)
        return nullptr;
    if (rows < 0) {
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    } else {
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 1; i < rows; ++i)
            QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    }
    return f;
}

QStringList TestKeyboard::tabCycle()
{
    QWidget *start = QApplication::focusWidget();
    QStringList reached;
    if (!start)
        return reached;
    QTest::keyClick(start, Qt::Key_Tab);
    for (int i = 0; i < 40 && QApplication::focusWidget() != start; ++i) {
        reached << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    reached << QApplication::focusWidget()->objectName();
    return reached;
}

void TestKeyboard::tabLeavesTheTableAndReachesTheButtonsAndDetailsBelow()
{
    useUnreachableServer();
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-1\n1752829295505-2\n1752829295505-3")));
    auto *view = m_f->child<QTableView>("resultsView");
    view->setCurrentIndex(view->model()->index(0, 0));
    view->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), view);

    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY2(QApplication::focusWidget() != view, "Tab stayed in the table");
    QCOMPARE(view->currentIndex(), view->model()->index(0, 0)); // no cell step either

    QStringList reached;
    for (int i = 0; i < 40 && QApplication::focusWidget() != view; ++i) {
        reached << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), view); // around the window and back, once
    for (const char *name : {"detailView", "exportButton", "deleteButton", "textFilterEdit"})
        QVERIFY2(reached.contains(QLatin1String(name)), name);

    // Backwards too.
    QTest::keyClick(view, Qt::Key_Backtab);
    QVERIFY(QApplication::focusWidget() != view);
}

void TestKeyboard::everyMenuItemHasAMnemonicOfItsOwnInItsMenu()
{
    useLanguage();
    if (QTest::currentTestFailed())
        return;
    useUnreachableServer();
    QVERIFY(m_f->makeWindow());
    const QList<QAction *> titles = m_f->window->menuBar()->actions();
    QVERIFY(titles.size() >= 5);
    for (const QAction *title : titles) {
        QMenu *menu = title->menu();
        QVERIFY(menu);
        QStringList texts;
        const QList<QAction *> items = menu->actions();
        for (const QAction *item : items) {
            if (item->isSeparator())
                continue;
            QVERIFY2(!mnemonicOf(item->text()).isEmpty(),
                     qPrintable(item->text() + QStringLiteral(" has no mnemonic")));
            texts << item->text();
        }
        const QStringList problems = clashes(texts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
}

void TestKeyboard::altLettersInTheWindowAndItsDialogsMeanOneThingEach()
{
    QFETCH(QString, settingsMenu);
    QFETCH(QString, applyButton);
    useLanguage();
    if (QTest::currentTestFailed())
        return;
    m_f->useSandboxPreset(); // the Sandbox menu is shown too
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(m_f->window->sandbox()->entryIds().mid(0, 3).join(QLatin1Char('\n'))));
    QStringList texts = menuTitles(m_f->window->menuBar());
    texts += mnemonicTexts(m_f->window->centralWidget());
    QVERIFY2(texts.contains(settingsMenu), qPrintable(texts.join(QLatin1Char(' '))));
    QStringList problems = clashes(texts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    // The DLQ tab (Ctrl+2), with the menus and the run row that stay visible beside it.
    QTest::keyClick(m_f->window.get(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(m_f->window->findChild<QWidget *>(QStringLiteral("dlqView"))->isVisible());
    texts = menuTitles(m_f->window->menuBar()) + mnemonicTexts(m_f->window->centralWidget());
    QVERIFY2(texts.contains(applyButton), qPrintable(texts.join(QLatin1Char(' '))));
    problems = clashes(texts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QTest::keyClick(m_f->window.get(), Qt::Key_1, Qt::ControlModifier);

    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *confirm = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(confirm && QTest::qWaitForWindowExposed(confirm));
    problems = clashes(mnemonicTexts(confirm));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    confirm->reject();
    QTRY_VERIFY(!m_f->window->findChild<ConfirmDeleteDialog *>());

    m_f->window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *settings = m_f->window->findChild<SettingsDialog *>();
    QVERIFY(settings && QTest::qWaitForWindowExposed(settings));
    problems = clashes(mnemonicTexts(settings));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    settings->reject();
}

void TestKeyboard::altSOpensTheSettingsMenuAndAltWFocusesTheShowCombo()
{
    useUnreachableServer();
    QVERIFY(m_f->makeWindow());
    auto *combo = m_f->child<QComboBox>("stateFilterCombo");
    QMenu *settings = menu("settingsMenu");
    QVERIFY(settings);

    QTest::keyClick(m_f->window.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(settings->isVisible());
    QVERIFY(QApplication::focusWidget() != combo);
    QTest::keyClick(settings, Qt::Key_Escape);
    QTRY_VERIFY(!settings->isVisible());

    QTest::keyClick(m_f->window.get(), Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), combo);
    QVERIFY(!settings->isVisible());
}

void TestKeyboard::pauseCancelAndRetryHaveShortcutsThatTheTooltipsName()
{
    SandboxServer *server = m_f->makeSlowSandboxWindow(100);
    QVERIFY(server);
    conflictOnEveryDelete(*server);
    QVERIFY(m_f->deleteFirstEntries(*server, 20));

    auto *pause = m_f->child<QPushButton>("pauseButton");
    auto *cancel = m_f->child<QPushButton>("cancelButton");
    auto *retry = m_f->child<QPushButton>("retryButton");
    QTRY_VERIFY(pause->isEnabled());
    QVERIFY2(pause->toolTip().endsWith(QLatin1String("(Ctrl+P)")), qPrintable(pause->toolTip()));
    QVERIFY2(cancel->toolTip().endsWith(QLatin1String("(Ctrl+.)")), qPrintable(cancel->toolTip()));
    QVERIFY2(retry->toolTip().endsWith(QLatin1String("(Ctrl+R)")), qPrintable(retry->toolTip()));

    RunController *controller = m_f->window->runController();
    QVERIFY(m_f->activate());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(controller->isPaused());
    QVERIFY(pause->toolTip().endsWith(QLatin1String("(Ctrl+P)")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(!controller->isPaused());
    QVERIFY(controller->isRunning());

    QTRY_VERIFY_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Failed) >= 1,
                             kRunTimeoutMs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY(!m_f->window->runFlow()->isRunning());
    QVERIFY(m_f->window->resultsModel()->count(ResultState::NotSent) > 0);

    QTRY_VERIFY(retry->isEnabled());
    QVERIFY(!m_f->window->findChild<ConfirmDeleteDialog *>());
    QVERIFY(m_f->activate());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
    auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->request().retry);
    dialog->reject();
}

void TestKeyboard::theConfirmationHighlightsTheButtonEnterPresses()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    QVERIFY(m_f->paste(server->entryIds().mid(0, 5).join(QLatin1Char('\n'))));
    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog && QTest::qWaitForWindowActive(dialog));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("confirmCancelButton"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));

    // At first: focus and the default highlight both on Cancel.
    QTRY_COMPARE(QApplication::focusWidget(), cancel);
    QVERIFY(cancel->isDefault());
    QVERIFY(!confirm->isDefault());

    // Tab to Delete: the highlight moves with the focus, Cancel no longer looks default.
    QVERIFY(tabTo(confirm));
    QVERIFY(confirm->isDefault());
    QVERIFY(!cancel->isDefault());

    // Anywhere else, Cancel is the default again.
    QTest::keyClick(confirm, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != confirm);
    QVERIFY(cancel->isDefault());
    QVERIFY(!confirm->isDefault());
    QVERIFY(tabTo(cancel));

    // Enter presses the highlighted button: on Cancel nothing is sent.
    QSignalSpy rejected(dialog, &QDialog::rejected);
    QTest::keyClick(cancel, Qt::Key_Return);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!m_f->window->runFlow()->isRunning());
    QCOMPARE(m_f->window->resultsModel()->count(ResultState::Deleted), 0);
    QTRY_VERIFY(!m_f->window->findChild<ConfirmDeleteDialog *>()); // closed and gone

    // Focused on Delete, Enter deletes.
    QVERIFY(m_f->activate());
    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog && QTest::qWaitForWindowActive(dialog));
    confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
    cancel = dialog->findChild<QPushButton *>(QStringLiteral("confirmCancelButton"));
    QTRY_COMPARE(QApplication::focusWidget(), cancel);
    QVERIFY(tabTo(confirm));
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted), 5,
                              kRunTimeoutMs);
}

void TestKeyboard::theChoosersAltLettersMeanOneThingEach()
{
    useLanguage();
    if (QTest::currentTestFailed())
        return;
    const std::unique_ptr<DlqViewFixture> f = dlqTabWithRowsSelected(3);
    QVERIFY(f);
    QTest::keyClick(f->view()->view(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    ActChooserDialog *dialog = dlqact::waitChooser(f->view()->actions());
    QVERIFY(dialog);
    const QStringList texts = mnemonicTexts(dialog);
    QVERIFY2(texts.size() >= 10, qPrintable(texts.join(QLatin1Char(' ')))); // radios, fields
    const QStringList problems = clashes(texts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    dialog->reject();
}

void TestKeyboard::tabWalksTheChooserInTheOrderItIsLaidOut_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstFocus");
    QTest::addColumn<QStringList>("cycle");
    const QStringList fields = {
        QStringLiteral("actResumeRadio"),        QStringLiteral("actRetriesEdit"),
        QStringLiteral("actDelayEdit"),          QStringLiteral("actRetryDelayEdit"),
        QStringLiteral("actFlowControlKeyEdit"), QStringLiteral("actFlowControlValueEdit"),
        QStringLiteral("actLabelEdit"),          QStringLiteral("actFailureCallbackEdit"),
        QStringLiteral("actReasonEdit")};
    const QString confirm = QStringLiteral("actConfirmButton");
    const QString cancel = QStringLiteral("actCancelButton");
    const QString count = QStringLiteral("actCountEdit");
    // From the first focus, Tab goes top to bottom, then round to the first focus again.
    QTest::newRow("3 selected: focus on Cancel")
        << 3 << cancel << (fields + QStringList{confirm, cancel});
    // Confirm is disabled until the count is typed, so Tab passes it by.
    QTest::newRow("100 selected: focus on the typed count")
        << -1 << count << (QStringList{cancel} + fields + QStringList{count});
}

void TestKeyboard::tabWalksTheChooserInTheOrderItIsLaidOut()
{
    QFETCH(int, rows);
    QFETCH(QString, firstFocus);
    QFETCH(QStringList, cycle);
    const std::unique_ptr<DlqViewFixture> f = dlqTabWithRowsSelected(rows);
    QVERIFY(f);
    QTest::keyClick(f->view()->view(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    ActChooserDialog *dialog = dlqact::waitChooser(f->view()->actions());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), firstFocus);
    const QStringList reached = tabCycle();
    QCOMPARE(reached.join(QLatin1Char(' ')), cycle.join(QLatin1Char(' ')));
    QCOMPARE(QSet<QString>(reached.cbegin(), reached.cend()),
             QSet<QString>(cycle.cbegin(), cycle.cend()));
    // Every control that takes focus is on the walk (Restart is reached with the arrow keys).
    QStringList missed;
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !reached.contains(w->objectName()) &&
            w->objectName() != QLatin1String("actRestartRadio"))
            missed << w->objectName();
    }
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char(' '))));
    dialog->reject();
}

void TestKeyboard::theDlqTabsActionsGoByKeyboardOnly()
{
    const std::unique_ptr<DlqViewFixture> f = dlqTabWithRowsSelected(3);
    QVERIFY(f);
    QTableView *table = f->view()->view();
    DlqActions *acts = f->view()->actions();
    SandboxServer *server = f->window->sandbox();
    const QStringList ids = f->view()->selectedIds();
    QCOMPARE(ids.size(), 3);
    const auto posts = [server] {
        int n = 0;
        const QList<SandboxRequest> requests = server->requests();
        for (const SandboxRequest &r : requests)
            n += r.method != "GET" ? 1 : 0;
        return n;
    };

    // Alt+T opens the Act menu; U is Resume selected….
    QTest::keyClick(table, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_U);
    ActChooserDialog *dialog = dlqact::waitChooser(acts);
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::focusWidget(),
                 dialog->findChild<QWidget *>(QStringLiteral("actCancelButton")));

    // Escape sends nothing; back in the window (the platform activates it), the table has the
    // focus again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!acts->chooser());
    QCOMPARE(posts(), 0);
    QVERIFY(f->activate());
    QTRY_COMPARE(QApplication::focusWidget(), table);

    // Ctrl+Shift+U, Shift+Tab from Cancel to the confirm button, Enter.
    QTest::keyClick(table, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    dialog = dlqact::waitChooser(acts);
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("actCancelButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("actConfirmButton"));
    QSignalSpy finished(acts->flow(), &ActFlow::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(finished.wait(60000));
    QStringList started;
    const QList<QPair<QString, QString>> runs = server->startedRuns();
    for (const QPair<QString, QString> &run : runs)
        started << run.first;
    started.sort();
    QStringList expected = ids;
    expected.sort();
    QCOMPARE(started, expected);

    // The ledger panel has the keyboard: Alt+J exports it, the file name is typed, Enter saves.
    ActPanel *panel = acts->panel();
    QVERIFY(panel->isVisible());
    panel->activateWindow(); // a window manager does this for a new window; offscreen does not
    QVERIFY(QTest::qWaitForWindowActive(panel));
    QCOMPARE(panel->table()->model()->rowCount(), 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J, Qt::AltModifier);
    QFileDialog *save = nullptr;
    QTRY_VERIFY((save = panel->findChild<QFileDialog *>(QStringLiteral("exportDialog"))) &&
                save->isVisible());
    auto *name = save->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.json"));
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, path);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject ledger = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(ledger.value(QStringLiteral("results")).toArray().size(), 3);

    // Back in the panel, Escape closes it and the table has the focus again.
    panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(panel));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!panel->isVisible());
    QVERIFY(f->activate());
    QTRY_COMPARE(QApplication::focusWidget(), table);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
