#pragma once

class QAction;
class QMainWindow;
class QMenu;
class QString;

namespace dlq {

// Every command of the main window, with its text, shortcut and tooltip, and the menus that
// hold them. The window connects and enables them; buttons mirror them (makeActionButton).
struct MainActions
{
    QAction *importIds;
    QAction *exportResults;
    QAction *quit;
    QAction *pasteIds;
    QAction *copyRows;
    QAction *copyIds;
    QAction *removeSelected;
    QAction *clearAll;
    QAction *deleteIds;
    QAction *retryFailed;
    QAction *pauseRun; // "Pause" / "Resume"
    QAction *cancelRun;
    QAction *history;
    QAction *snapshots;
    QAction *connectionSettings;
    QAction *copySampleIds;
    QAction *about;
    QMenu *sandboxMenu;
};

MainActions createMainActions(QMainWindow *window);

// "Pause the run (Ctrl+P)": the tooltip names the action's shortcut, if it has one.
void setToolTipWithShortcut(QAction *action, const QString &toolTip);

} // namespace dlq
