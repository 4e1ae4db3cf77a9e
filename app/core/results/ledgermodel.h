#pragma once

#include "results/ledger.h"

#include <QAbstractTableModel>

namespace dlq {

namespace LedgerColumn {
enum : int { Id, Action, Result, HttpStatus, Message, NewRunId, Outcome, Count };
}

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
