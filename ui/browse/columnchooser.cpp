#include "ui/browse/columnchooser.h"
#include "util/translate.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

namespace dlq {

void installColumnChooser(QHeaderView *header, const std::function<void()> &changed)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QWidget::customContextMenuRequested, header, [header, changed](const QPoint &pos) {
            auto *menu = new QMenu(header);
            menu->setObjectName(QStringLiteral("dlqColumnMenu"));
            menu->setAccessibleName(dlq::tr("Columns"));
            menu->setAttribute(Qt::WA_DeleteOnClose);
            const QAbstractItemModel *model = header->model();
            const int visible = header->count() - header->hiddenSectionCount();
            for (int section = 0; section < header->count(); ++section) {
                QAction *action =
                    menu->addAction(model->headerData(section, Qt::Horizontal).toString());
                action->setObjectName(QStringLiteral("dlqColumnAction%1").arg(section));
                action->setCheckable(true);
                action->setChecked(!header->isSectionHidden(section));
                action->setEnabled(header->isSectionHidden(section) || visible > 1);
                QObject::connect(action, &QAction::toggled, header,
                                 [header, section, changed](bool on) {
                                     header->setSectionHidden(section, !on);
                                     changed();
                                 });
            }
            menu->popup(header->viewport()->mapToGlobal(pos));
        });
}

} // namespace dlq
