#pragma once

#include <QString>

class QAction;
class QPushButton;
class QWidget;

namespace dlq {

// A push button that mirrors an action: text, tooltip and enabled state follow the action,
// clicking triggers it. The action is the single place the window decides what is possible,
// so the menu, the shortcut and the button can never disagree.
QPushButton *makeActionButton(QAction *action, const QString &objectName,
                              const QString &accessibleName, QWidget *parent);

} // namespace dlq
