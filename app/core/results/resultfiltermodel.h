#pragma once

#include "results/resultstate.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace dlq {

class ResultsModel;

// Filters results by state and by text (ID or message, a plain case-insensitive substring),
// sorts by ResultRole::Sort so the HTTP status sorts as a number. Over a ResultsModel the
// filter and the text columns' sort read the rows directly: a filter change at 200 000 rows must
// stay well under 50 ms.
class ResultFilterModel : public QSortFilterProxyModel
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
    QList<int> allSourceRows() const; // every visible row, in source order

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const ResultsModel *m_results = nullptr; // the source, when it is one
    std::optional<ResultState> m_state;
    QString m_text;
};

} // namespace dlq
