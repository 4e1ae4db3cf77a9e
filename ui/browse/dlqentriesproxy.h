#pragma once

#include <QSortFilterProxyModel>

namespace dlq {

// The DLQ table as shown: sorted by DlqRole::Sort, narrowed by the quick search (every
// column, loaded rows only, case-insensitive), rows with problems marked and gone rows greyed.
class DlqEntriesProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DlqEntriesProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace dlq
