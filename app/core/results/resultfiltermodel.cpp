#include "results/resultfiltermodel.h"

#include "results/resultcolumns.h"
#include "results/resultsmodel.h"

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
    refilter();
}

void ResultFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    refilter();
}

void ResultFilterModel::refilter()
{
    // invalidateRowsFilter() removes and inserts the changed rows range by range, and each
    // range costs a pass over the whole mapping: with scattered matches among 200 000 rows one
    // keystroke took 13 s. Rebuilding the mapping is one pass and one layout change, and keeps
    // the selection and the current row where they still match.
    invalidate();
}

void ResultFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_results = qobject_cast<const ResultsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
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
    if (m_results) {
        const ResultRow &row = m_results->row(sourceRow);
        if (m_state && row.state != *m_state)
            return false;
        // Sort role holds the full message; the display role is cut to one line.
        return m_text.isEmpty() || row.id.contains(m_text, Qt::CaseInsensitive) ||
               row.message.contains(m_text, Qt::CaseInsensitive);
    }
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
        const QString value =
            source->index(sourceRow, column, sourceParent).data(ResultRole::Sort).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ResultFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Every filter change re-sorts what it shows; through QVariants a sort of 200 000 IDs took
    // most of a second. The text and state columns compare the rows directly, in the order
    // ResultRole::Sort gives them (the numeric columns are cheap as they are).
    if (!m_results || sortRole() != ResultRole::Sort || isSortLocaleAware() ||
        left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const ResultRow &a = m_results->row(left.row());
    const ResultRow &b = m_results->row(right.row());
    switch (left.column()) {
    case ResultColumn::Id:
        return QString::compare(a.id, b.id, sortCaseSensitivity()) < 0;
    case ResultColumn::Message:
        return QString::compare(a.message, b.message, sortCaseSensitivity()) < 0;
    case ResultColumn::Result:
        return int(a.state) < int(b.state);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace dlq
