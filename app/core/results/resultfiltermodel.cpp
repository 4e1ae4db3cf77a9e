#include "results/resultfiltermodel.h"

#include "results/resultcolumns.h"

#include <algorithm>

namespace dlq {

ResultFilterModel::ResultFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResultRole::Sort);
    setDynamicSortFilter(true);
}

void ResultFilterModel::setStateFilter(std::optional<ResultState> state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void ResultFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

QList<int> ResultFilterModel::sourceRows(const QModelIndexList &proxyIndexes) const
{
    QList<int> rows;
    rows.reserve(proxyIndexes.size());
    for (const QModelIndex &index : proxyIndexes) {
        const QModelIndex source = mapToSource(index);
        if (source.isValid())
            rows.append(source.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<int> ResultFilterModel::allSourceRows() const
{
    QList<int> rows;
    const int count = rowCount();
    rows.reserve(count);
    for (int r = 0; r < count; ++r)
        rows.append(mapToSource(index(r, 0)).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ResultFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    if (m_state) {
        const int state = source->index(sourceRow, ResultColumn::Result, sourceParent)
                              .data(ResultRole::State)
                              .toInt();
        if (state != int(*m_state))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {int(ResultColumn::Id), int(ResultColumn::Message)}) {
        // Sort role holds the full message; the display role is cut to one line.
        const QString value =
            source->index(sourceRow, column, sourceParent).data(ResultRole::Sort).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace dlq
