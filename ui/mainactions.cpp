#include "ui/mainactions.h"

#include "util/translate.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

#include <utility>

namespace dlq {

namespace {
QAction *makeAction(QMainWindow *window, const char *name, const QString &text,
                    const QString &toolTip, const QList<QKeySequence> &shortcuts = {},
                    Qt::ShortcutContext context = Qt::WindowShortcut)
{
    auto *action = new QAction(text, window);
    action->setObjectName(QString::fromLatin1(name));
    action->setToolTip(toolTip);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(context);
    return action;
}

} // namespace

void setToolTipWithShortcut(QAction *action, const QString &toolTip)
{
    const QKeySequence key = action->shortcut();
    action->setToolTip(key.isEmpty() ? toolTip
                                     : QStringLiteral("%1 (%2)").arg(
                                           toolTip, key.toString(QKeySequence::NativeText)));
}

MainActions createMainActions(QMainWindow *window)
{
    MainActions a{};
    a.importIds =
        makeAction(window, "importAction", tr("&Import…"),
                   tr("Add the IDs from a .txt, .csv or .json file"), {QKeySequence::Open});
    a.exportResults = makeAction(window, "exportAction", tr("&Export…"),
                                 tr("Save the rows shown to a CSV or JSON file"),
                                 {QKeySequence(Qt::CTRL | Qt::Key_E)});
    a.quit =
        makeAction(window, "quitAction", tr("&Quit"), tr("Close the window"), {QKeySequence::Quit});
    a.quit->setMenuRole(QAction::QuitRole);

    a.pasteIds = makeAction(window, "pasteAction", tr("&Paste IDs"),
                            tr("Add the IDs on the clipboard to the list"), {QKeySequence::Paste});
    // Copy and Delete act on the table's selection, so they only fire while it has focus;
    // elsewhere the keys keep their usual meaning (copying text, deleting characters).
    a.copyRows = makeAction(window, "copyRowsAction", tr("&Copy rows"),
                            tr("Copy the selected rows, tab-separated, for a spreadsheet"),
                            {QKeySequence::Copy}, Qt::WidgetWithChildrenShortcut);
    a.copyIds = makeAction(window, "copyIdsAction", tr("Copy &IDs"),
                           tr("Copy only the IDs of the selected rows, one per line"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                           Qt::WidgetWithChildrenShortcut);
    a.removeSelected = makeAction(window, "removeAction", tr("&Remove selected"),
                                  tr("Take the selected rows off the list (sends nothing)"),
                                  {QKeySequence::Delete}, Qt::WidgetWithChildrenShortcut);
    a.clearAll =
        makeAction(window, "clearAction", tr("C&lear all"), tr("Empty the list (sends nothing)"));

    a.deleteIds = makeAction(
        window, "deleteAction", tr("&Delete…"), QString(),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    // Shortcuts for the run: a keyboard user must be able to stop a run as fast as a mouse user.
    a.retryFailed = makeAction(window, "retryAction", tr("Re&try failed…"), QString(),
                               {QKeySequence(Qt::CTRL | Qt::Key_R)});
    a.pauseRun = makeAction(window, "pauseAction", tr("&Pause"), QString(),
                            {QKeySequence(Qt::CTRL | Qt::Key_P)});
    a.cancelRun = makeAction(window, "cancelAction", tr("&Cancel"), QString(),
                             {QKeySequence(Qt::CTRL | Qt::Key_Period)});
    setToolTipWithShortcut(a.retryFailed,
                           tr("Send the failed and cancelled deletes again (asks first)"));
    setToolTipWithShortcut(a.cancelRun, tr("Stop the run: requests in flight are aborted, the "
                                           "rest are not sent"));

    a.history = makeAction(window, "historyAction", tr("&History…"),
                           tr("Earlier runs: search by ID, reopen or export a run"),
                           {QKeySequence(Qt::CTRL | Qt::Key_H)});
    a.snapshots = makeAction(window, "snapshotsAction", tr("&Snapshots…"),
                             tr("The entries saved before each delete: open or export them"));

    a.connectionSettings = makeAction(window, "settingsAction", tr("&Connection settings…"),
                                      tr("Choose the server and set the token"),
                                      {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    a.connectionSettings->setMenuRole(QAction::PreferencesRole);
    a.copySampleIds = makeAction(
        window, "copySampleIdsAction", tr("&Copy sample IDs (100 existing + 100 missing)"),
        tr("Put 200 IDs on the clipboard to try the app against the sandbox"));
    a.about = makeAction(window, "aboutAction", tr("&About DLQ Manager"),
                         tr("Version and what the app does"));
    a.about->setMenuRole(QAction::AboutRole);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({a.importIds, a.exportResults});
    file->addSeparator();
    file->addAction(a.quit);
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(a.pasteIds);
    edit->addSeparator();
    edit->addActions({a.copyRows, a.copyIds});
    edit->addSeparator();
    edit->addActions({a.removeSelected, a.clearAll});
    QMenu *run = bar->addMenu(tr("&Run"));
    run->addActions({a.deleteIds, a.retryFailed});
    run->addSeparator();
    run->addActions({a.pauseRun, a.cancelRun});
    run->addSeparator();
    run->addActions({a.history, a.snapshots});
    QMenu *settings = bar->addMenu(tr("&Settings"));
    settings->addAction(a.connectionSettings);
    a.sandboxMenu = bar->addMenu(tr("Sand&box"));
    a.sandboxMenu->addAction(a.copySampleIds);
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(a.about);

    // Fixed names, not made from the titles: those change with the language.
    const std::pair<QMenu *, const char *> names[] = {{file, "fileMenu"},
                                                      {edit, "editMenu"},
                                                      {run, "runMenu"},
                                                      {settings, "settingsMenu"},
                                                      {a.sandboxMenu, "sandboxMenu"},
                                                      {help, "helpMenu"}};
    for (const auto &[menu, name] : names)
        menu->setObjectName(QString::fromLatin1(name));
    return a;
}

} // namespace dlq
