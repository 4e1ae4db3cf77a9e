#pragma once

#include "results/resultstate.h"

#include <QAbstractProxyModel>
#include <QList>

#include <functional>
#include <optional>

namespace dlq {

class ResultsModel;

// The table's view of a ResultsModel: filtered by state and by text (ID or message, a plain
// case-insensitive substring) and sorted by a column as ResultRole::Sort orders it (the HTTP
// status as a number).
//
// It keeps the sorted order of ALL source rows, made when the sort column changes and kept up to
// date as rows are appended or change during a run (a merge or a move, never a full sort), so a
// filter change is one pass over that order: at 200 000 rows a keystroke must stay well under
// 50 ms, sorted or not. QSortFilterProxyModel sorted the shown rows again on every filter change.
class ResultFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ResultFilterModel(QObject *parent = nullptr);

    void setStateFilter(std::optional<ResultState> state);
    std::optional<ResultState> stateFilter() const { return m_state; }
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // Source rows of the given proxy rows, sorted ascending and unique.
    QList<int> sourceRows(const QModelIndexList &proxyIndexes) const;
    QList<int> allSourceRows() const;                      // every visible row, in source order
    QList<int> shownSourceRows() const { return m_shown; } // every visible row, as shown

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Only a ResultsModel (or nothing) can be the source.
    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    struct Entry // what the filter reads of one source row, close together
    {
        QString id;      // case-folded; shares the row's text when folding changes nothing
        QString message; // case-folded
        int state = 0;
        int rank = 0; // position in m_order
        bool shown = false;
    };

    bool sorted() const { return m_sortColumn >= 0; }
    bool before(int a, int b) const; // the sort's total order of source rows
    bool accepts(const Entry &entry) const;
    Entry entryFor(int sourceRow) const;
    int shownPosition(int sourceRow) const;   // where it is or would go in m_shown
    int positionInOrder(int sourceRow) const; // where it would go in m_order (it is not there)
    void renumber(int from, int to);          // ranks of m_order[from..to]
    QList<int> shownFromOrder() const;
    void mergeIntoOrder(int first, int last); // source rows first..last take their place again
    void rebuild();
    void refilter();
    // One layout change around `change`; persistent indexes follow their source rows.
    void relayout(const std::function<void()> &change,
                  QAbstractItemModel::LayoutChangeHint hint = NoLayoutChangeHint);

    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateRow(int sourceRow, const Entry &next, bool keyChanged); // one row, few signals

    const ResultsModel *m_results = nullptr;
    QList<Entry> m_entries; // by source row
    QList<int> m_order;     // every source row, in sort order (source order when unsorted)
    QList<int> m_shown;     // proxy row -> source row: m_order with the filtered rows left out
    QList<QMetaObject::Connection> m_connections;
    std::optional<ResultState> m_state;
    QString m_text; // as given, trimmed
    QString m_folded;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dlq
