#include "ui/browse/dlqentriesproxy.h"

#include "browse/dlqentrycolumns.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace dlq {

DlqEntriesProxy::DlqEntriesProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DlqRole::Sort);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QVariant DlqEntriesProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::ForegroundRole && role != Qt::FontRole)
        return QSortFilterProxyModel::data(index, role);
    const auto state = DlqRowState(QSortFilterProxyModel::data(index, DlqRole::RowState).toInt());
    if (state == DlqRowState::Ok)
        return QSortFilterProxyModel::data(index, role);
    const int column = mapToSource(index).column();
    if (role == Qt::DecorationRole && column == DlqColumn::DlqId)
        return QApplication::style()->standardIcon(
            state == DlqRowState::Gone ? QStyle::SP_TrashIcon : QStyle::SP_MessageBoxWarning);
    if (state != DlqRowState::Gone)
        return QSortFilterProxyModel::data(index, role);
    if (role == Qt::ForegroundRole)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace dlq
