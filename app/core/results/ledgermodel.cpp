#include "results/ledgermodel.h"

#include "results/resultstate.h"
#include "util/translate.h"

namespace dlq {

QString followUpText(const LedgerEntry &entry)
{
    switch (entry.followUp) {
    case FollowUp::None:
        break;
    case FollowUp::Recovered:
        return dlq::tr("Recovered");
    case FollowUp::FailedAgain:
        return entry.newDlqId.isEmpty()
                   ? dlq::tr("Failed again")
                   : dlq::tr("Failed again (new DLQ ID %1)").arg(entry.newDlqId);
    case FollowUp::Running:
        return dlq::tr("Still running");
    case FollowUp::Unknown:
        return entry.followUpNote.isEmpty() ? dlq::tr("Unknown")
                                            : dlq::tr("Unknown: %1").arg(entry.followUpNote);
    }
    return entry.outcome();
}

LedgerModel::LedgerModel(QObject *parent) : QAbstractTableModel(parent) {}

bool LedgerModel::sameIds(const Ledger &other) const
{
    if (other.entries.size() != m_ledger.entries.size())
        return false;
    for (qsizetype i = 0; i < other.entries.size(); ++i) {
        if (other.entries.at(i).row.id != m_ledger.entries.at(i).row.id)
            return false;
    }
    return true;
}

void LedgerModel::setLedger(const Ledger &ledger)
{
    if (!sameIds(ledger) || ledger.entries.isEmpty()) {
        beginResetModel();
        m_ledger = ledger;
        endResetModel();
        return;
    }
    m_ledger = ledger;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, LedgerColumn::Count - 1));
}

bool LedgerModel::setEntry(int row, const LedgerEntry &entry)
{
    if (row < 0 || row >= rowCount() || m_ledger.entries.at(row).row.id != entry.row.id)
        return false;
    m_ledger.entries[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, LedgerColumn::Count - 1));
    return true;
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ledger.entries.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LedgerColumn::Count;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LedgerEntry &entry = m_ledger.entries.at(index.row());
    if (role == kIdRole)
        return entry.row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::ToolTipRole && index.column() == LedgerColumn::Outcome &&
        !entry.followUpNote.isEmpty())
        return entry.followUpNote;
    switch (index.column()) {
    case LedgerColumn::Id:
        return entry.row.id;
    case LedgerColumn::Action:
        return entryCallName(entry.action);
    case LedgerColumn::Result:
        return resultLabel(entry.row.state);
    case LedgerColumn::HttpStatus:
        return entry.row.httpStatus > 0 ? QVariant(entry.row.httpStatus) : QVariant();
    case LedgerColumn::Message:
        return entry.row.message;
    case LedgerColumn::NewRunId:
        return entry.newWorkflowRunId;
    case LedgerColumn::Outcome:
        return followUpText(entry);
    default:
        break;
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LedgerColumn::Id:
        return dlq::tr("DLQ ID");
    case LedgerColumn::Action:
        return dlq::tr("Action");
    case LedgerColumn::Result:
        return dlq::tr("Result");
    case LedgerColumn::HttpStatus:
        return dlq::tr("HTTP");
    case LedgerColumn::Message:
        return dlq::tr("Message");
    case LedgerColumn::NewRunId:
        return dlq::tr("New workflow run ID");
    case LedgerColumn::Outcome:
        return dlq::tr("Outcome");
    default:
        break;
    }
    return {};
}

} // namespace dlq
