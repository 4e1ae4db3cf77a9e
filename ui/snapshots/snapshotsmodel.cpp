#include "ui/snapshots/snapshotsmodel.h"

#include <QDir>
#include <QLocale>

namespace dlq {

SnapshotsModel::SnapshotsModel(QString dir, QObject *parent)
    : QAbstractTableModel(parent), m_dir(std::move(dir))
{
    reload();
}

void SnapshotsModel::reload()
{
    beginResetModel();
    m_rows = listSnapshots(m_dir);
    endResetModel();
}

int SnapshotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SnapshotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SnapshotInfo &info = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return QDir::toNativeSeparators(info.path);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(info.takenAt.toLocalTime(), QLocale::ShortFormat);
    case Host:
        return info.host;
    case Action:
        return info.filter.isEmpty() ? info.action
                                     : tr("%1 (matching %2)").arg(info.action, info.filter);
    case Entries:
        return info.notFetchedCount > 0
                   ? tr("%1 (%2 not fetched)").arg(info.entryCount).arg(info.notFetchedCount)
                   : QString::number(info.entryCount);
    case NotFound:
        return info.notFoundCount;
    case Reason:
        return info.reason;
    default:
        return {};
    }
}

QVariant SnapshotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Saved");
    case Host:
        return tr("Host");
    case Action:
        return tr("Action");
    case Entries:
        return tr("Entries");
    case NotFound:
        return tr("Not in the DLQ");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace dlq
