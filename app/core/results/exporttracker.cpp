#include "results/exporttracker.h"

#include "results/resultsmodel.h"

#include <algorithm>

namespace dlq {

ExportTracker::ExportTracker(ResultsModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                track(topLeft.row(), bottomRight.row());
            });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { track(first, last); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { forget(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, &ExportTracker::retrackAll);
    retrackAll();
}

bool ExportTracker::hasResult(const ResultRow &row)
{
    return row.attempts > 0;
}

int ExportTracker::unexportedIn(const QList<int> &rows) const
{
    int count = 0;
    for (int r : rows) {
        if (m_model && r >= 0 && r < m_model->rowCount())
            count += m_unexported.contains(m_model->row(r).id) ? 1 : 0;
    }
    return count;
}

void ExportTracker::markExported(const QList<int> &rows)
{
    for (int r : rows) {
        if (m_model && r >= 0 && r < m_model->rowCount())
            m_unexported.remove(m_model->row(r).id);
    }
}

void ExportTracker::track(int first, int last)
{
    if (!m_model)
        return;
    for (int r = std::max(first, 0); r <= last && r < m_model->rowCount(); ++r) {
        const ResultRow &row = m_model->row(r);
        if (hasResult(row))
            m_unexported.insert(row.id);
        else
            m_unexported.remove(row.id);
    }
}

void ExportTracker::forget(int first, int last)
{
    if (!m_model)
        return;
    for (int r = std::max(first, 0); r <= last && r < m_model->rowCount(); ++r)
        m_unexported.remove(m_model->row(r).id);
}

void ExportTracker::retrackAll()
{
    m_unexported.clear();
    if (m_model)
        track(0, m_model->rowCount() - 1);
}

} // namespace dlq
