#pragma once

#include "results/resultstate.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace dlq {

// Filters results by state and by text (ID or message), sorts by ResultRole::Sort so the
// HTTP status sorts as a number.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ResultState> m_state;
    QString m_text;
};

} // namespace dlq
