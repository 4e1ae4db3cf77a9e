#include "ui/actionbutton.h"

#include <QAction>
#include <QPushButton>

namespace dlq {

QPushButton *makeActionButton(QAction *action, const QString &objectName,
                              const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    // Enter in a line edit must not fire a window button; only the confirm dialogs decide that.
    button->setAutoDefault(false);
    auto sync = [button, action] {
        // The menus own the Alt+letter mnemonics; a button repeating one would clash with
        // them (iconText() is the text without "&").
        button->setText(action->iconText());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
        button->setIcon(action->icon());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace dlq
