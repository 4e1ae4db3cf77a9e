#pragma once

#include "results/ledger.h"

#include <QAbstractTableModel>

namespace dlq {

namespace LedgerColumn {
enum : int { Id, Action, Result, HttpStatus, Message, NewRunId, Outcome, Count };
}

// The Outcome cell: what became of the new run once followed ("Recovered", "Failed again (new
// DLQ ID …)", "Still running", "Unknown: why"), else what the action did (LedgerEntry::outcome).
QString followUpText(const LedgerEntry &entry);

// A ledger as a table: one row per DLQ ID acted on, in the order they were sent. The window's
// act panel shows it while a run goes (setLedger() again after each answer) and after it.
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The DLQ ID of a row, whatever the column (tests and selections read it).
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit LedgerModel(QObject *parent = nullptr);

    // Same IDs as before: the changed cells are announced; otherwise the table starts over.
    void setLedger(const Ledger &ledger);
    // One row's entry changed (a follow-up answered); false when that row holds another ID
    // (the table shows a newer action by now).
    bool setEntry(int row, const LedgerEntry &entry);
    const Ledger &ledger() const { return m_ledger; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool sameIds(const Ledger &other) const;

    Ledger m_ledger;
};

} // namespace dlq
