#pragma once

// Driving the DLQ tab's actions as a user does: wait for the confirmation, type the count when
// it is asked for, confirm, and wait for the run to end.

#include "browse/dlqentriesmodel.h"
#include "results/ledgermodel.h"
#include "ui/act/actchooserdialog.h"
#include "ui/act/actflow.h"
#include "ui/act/dlqactions.h"
#include "ui/browse/dlqview.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace dlqact {

template<typename T> T *in(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Selects exactly these loaded entries of the DLQ tab, as Ctrl+clicks do.
inline bool select(dlq::DlqView *view, const QStringList &ids)
{
    QItemSelection selection;
    QAbstractItemModel *model = view->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (ids.contains(index.data(dlq::DlqRole::DlqId).toString()))
            selection.select(index, index.siblingAtColumn(model->columnCount() - 1));
    }
    view->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    return view->selectedIds().size() == ids.size();
}

inline dlq::ActChooserDialog *waitChooser(dlq::DlqActions *acts)
{
    dlq::ActChooserDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = acts->chooser();
            return dialog && dialog->isVisible();
        },
        30000);
    return shown ? dialog : nullptr;
}

// The ledger the panel shows once the run has ended; empty when it did not end.
inline dlq::Ledger confirmAndWait(dlq::DlqActions *acts, dlq::ActChooserDialog *dialog)
{
    QSignalSpy finished(acts->flow(), &dlq::ActFlow::finished);
    if (auto *count = in<QLineEdit>(dialog, "actCountEdit"))
        QTest::keyClicks(count, QString::number(dialog->choice().where.count));
    QTest::mouseClick(in<QPushButton>(dialog, "actConfirmButton"), Qt::LeftButton);
    if (!finished.wait(60000))
        return {};
    return acts->flow()->ledgerModel()->ledger();
}

} // namespace dlqact
