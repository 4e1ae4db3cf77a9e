#pragma once

#include "session/entrysnapshot.h"

#include <QAbstractTableModel>

namespace dlq {

// The snapshot files of one folder as a table: time, host, action, entries, not in the DLQ,
// reason. Read again by reload(); newest first.
class SnapshotsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Host, Action, Entries, NotFound, Reason, ColumnCount };

    explicit SnapshotsModel(QString dir, QObject *parent = nullptr);

    void reload();
    const QString &directory() const { return m_dir; }
    const SnapshotInfo &info(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_dir;
    QList<SnapshotInfo> m_rows;
};

} // namespace dlq
