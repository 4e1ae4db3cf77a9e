#pragma once

#include "history/historyrun.h"

#include <QAbstractTableModel>

namespace dlq {

// The History view's runs table: every run, newest first, or (after a search by ID) every run
// that had that ID, with what happened to it there.
class HistoryRunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Profile, Action, Ids, Outcome, Duration, Reason, Source, RunColumns };
    enum HitColumn { Result = RunColumns, HttpStatus, Message, HitColumns };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRuns(const QList<HistoryRun> &runs);
    void setHits(const QString &id, const QList<HistoryHit> &hits);
    bool showsHits() const { return !m_searchedId.isEmpty(); }
    const HistoryRun &run(int row) const { return m_rows.at(row).run; }

    // "Completed: 100 Deleted · 100 Not found", for the table and the run's heading.
    static QString outcomeText(const HistoryRun &run);
    static QString actionText(const QString &action);

private:
    QList<HistoryHit> m_rows; // result empty unless showsHits()
    QString m_searchedId;
};

} // namespace dlq
