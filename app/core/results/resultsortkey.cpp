#include "results/resultsortkey.h"

#include "results/resultcolumns.h"

#include <limits>

namespace dlq {

namespace {

constexpr qint64 kLast = std::numeric_limits<qint64>::max();

// The numeric columns' key; only called for those columns.
qint64 sortNumber(const ResultRow &row, int column)
{
    switch (column) {
    case ResultColumn::Result:
        return int(row.state);
    case ResultColumn::HttpStatus:
        // No response sorts after every real status.
        return row.httpStatus > 0 ? row.httpStatus : std::numeric_limits<int>::max();
    case ResultColumn::Attempts:
        return row.attempts;
    case ResultColumn::Duration:
        return row.durationMs < 0 ? kLast : row.durationMs;
    case ResultColumn::FinishedAt:
        return row.finishedAt.isValid() ? row.finishedAt.toMSecsSinceEpoch() : kLast;
    }
    return 0;
}

bool isText(int column)
{
    return column == ResultColumn::Id || column == ResultColumn::Message;
}

} // namespace

QVariant sortValue(const ResultRow &row, int column)
{
    if (column == ResultColumn::Id)
        return row.id;
    if (column == ResultColumn::Message)
        return row.message;
    if (column < 0 || column >= ResultColumn::Count)
        return {};
    const qint64 value = sortNumber(row, column);
    // Ints stay ints for the columns that always fit (state, status, attempts).
    if (column == ResultColumn::Result || column == ResultColumn::HttpStatus ||
        column == ResultColumn::Attempts)
        return int(value);
    return value;
}

int compareForSort(const ResultRow &a, const ResultRow &b, int column)
{
    if (isText(column)) {
        const QString &left = column == ResultColumn::Id ? a.id : a.message;
        const QString &right = column == ResultColumn::Id ? b.id : b.message;
        return QString::compare(left, right, Qt::CaseSensitive);
    }
    const qint64 left = sortNumber(a, column);
    const qint64 right = sortNumber(b, column);
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace dlq
