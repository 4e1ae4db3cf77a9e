#pragma once

#include "ids/idparser.h"
#include "results/resultcolumns.h"
#include "results/resultrow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace dlq {

// "Attempt 1: HTTP 503 after 120 ms, then waited 0.4 s" — one line per try.
QString attemptHistory(const QList<AttemptInfo> &history);

// One row per ID the user entered, valid or not, with its latest outcome. Rows only ever get
// appended while a run is in progress, so a row index stays valid for the whole run.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Appends the parsed entries that are not in the model yet; returns how many were added.
    int append(const ParseResult &parsed);
    // Room for `rows` rows in all, ahead of an append that comes in slices (a paste of 100 000):
    // the list then grows once, not by doubling and copying everything at the late slices.
    void reserveRows(qsizetype rows);
    qsizetype rowCapacity() const { return m_rows.capacity(); }
    bool contains(const QString &id) const;
    QSet<QString> idSet() const;
    void removeRowList(QList<int> rows); // any order
    void clear();

    const ResultRow &row(int row) const;
    const QList<ResultRow> &rows() const { return m_rows; }
    QList<int> rowsWhere(bool (*predicate)(ResultState)) const;

    void setSending(int row);
    void setOutcome(int row, const ResultRow &outcome); // copies state..finishedAt, keeps id
    void setState(int row, ResultState state, const QString &message = {});
    // Forgets the outcome of these rows (e.g. after switching to another server): Pending
    // again (Invalid stays Invalid), no status, attempts or history.
    void resetOutcomes(const QList<int> &rows);
    // These rows wait in the run that starts now: Pending, with no status or message left from
    // an earlier run (their attempts and history stay). dataChanged covers only these rows.
    void markQueued(QList<int> rows); // any order
    // The user insists: rows refused only for invisible characters (IdKind::Invisible) are
    // checked again with them allowed and become Pending (unusual). Returns how many.
    int allowInvisibleCharacters();
    // Rows refused only for an invisible character: what allowInvisibleCharacters() would send.
    // Rows first..last (all by default): an append only needs its own rows counted.
    int refusedForInvisibleCount(int first = 0, int last = -1) const;
    // Appends complete rows (a restored session) in one insert; IDs already present are
    // skipped. Returns how many were added.
    int restoreRows(const QList<ResultRow> &rows);

    int count(ResultState state) const { return m_counts[int(state)]; }
    // "200 IDs: 100 Deleted · 100 Not found" — only the non-zero states.
    QString summary() const;

Q_SIGNALS:
    void countsChanged();

private:
    int appendNewRows(QList<ResultRow> fresh); // rows whose IDs are not in the model yet
    void emitRowChanged(int row);
    void reserveFor(qsizetype more);
    void recount();

    QList<ResultRow> m_rows;
    QHash<QString, int> m_index; // id -> row
    std::array<int, kResultStateCount> m_counts{};
};

} // namespace dlq
