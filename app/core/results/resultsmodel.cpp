#include "results/resultsmodel.h"

#include "results/resultsortkey.h"
#include "util/translate.h"

#include <QLocale>

#include <algorithm>

namespace dlq {

namespace {

constexpr int kDisplayMessageChars = 300;

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString displayMessage(const QString &message)
{
    // The details pane shows the whole text; a cell shows one readable line.
    QString line = message.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > kDisplayMessageChars || line.size() < message.simplified().size())
        return line.left(kDisplayMessageChars) + QStringLiteral("…");
    return line;
}

} // namespace

QString attemptHistory(const QList<AttemptInfo> &history)
{
    QStringList lines;
    for (int i = 0; i < history.size(); ++i) {
        const AttemptInfo &a = history.at(i);
        QString line =
            tr("Attempt %1: %2 after %3")
                .arg(i + 1)
                .arg(a.error.isEmpty() ? QStringLiteral("HTTP %1").arg(a.httpStatus) : a.error)
                .arg(formatDuration(a.durationMs));
        if (a.waitMs > 0)
            line += tr(", then waited %1").arg(formatDuration(a.waitMs));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

ResultsModel::ResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ResultColumn::Count;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultRow &r = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case ResultRole::State:
        return int(r.state);
    case ResultRole::IdKind:
        return int(r.verdict.kind);
    case ResultRole::RowIndex:
        return index.row();
    case ResultRole::Sort:
        return sortValue(r, column);
    case Qt::DisplayRole:
        switch (column) {
        case ResultColumn::Id:
            return visibleId(r.id);
        case ResultColumn::Result:
            if (r.state == ResultState::Pending && r.verdict.isWarning())
                return tr("Pending (unusual ID)");
            if (r.state == ResultState::Deleted && r.confirmedOnRetry)
                return tr("Deleted (confirmed on retry)");
            return resultLabel(r.state);
        case ResultColumn::HttpStatus:
            return r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant();
        case ResultColumn::Message:
            return displayMessage(r.message);
        case ResultColumn::Attempts:
            return r.attempts > 0 ? QVariant(r.attempts) : QVariant();
        case ResultColumn::Duration:
            return formatDuration(r.durationMs);
        case ResultColumn::FinishedAt:
            return r.finishedAt.isValid()
                       ? r.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ResultColumn::Message || column == ResultColumn::Result)
            return r.message.isEmpty() ? QVariant() : QVariant(r.message.left(4000));
        if (column == ResultColumn::Id)
            return r.id;
        if (column == ResultColumn::Attempts && !r.history.isEmpty())
            return attemptHistory(r.history);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ResultColumn::HttpStatus || column == ResultColumn::Attempts ||
            column == ResultColumn::Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResultColumn::Id:
        return tr("DLQ ID");
    case ResultColumn::Result:
        return tr("Result");
    case ResultColumn::HttpStatus:
        return tr("HTTP status");
    case ResultColumn::Message:
        return tr("Message");
    case ResultColumn::Attempts:
        return tr("Attempts");
    case ResultColumn::Duration:
        return tr("Duration");
    case ResultColumn::FinishedAt:
        return tr("Finished at");
    }
    return {};
}

int ResultsModel::append(const ParseResult &parsed)
{
    QList<ResultRow> fresh;
    fresh.reserve(parsed.entries.size());
    QSet<QString> seen;
    for (const ParsedEntry &entry : parsed.entries) {
        if (m_index.contains(entry.id) || seen.contains(entry.id))
            continue;
        seen.insert(entry.id);
        ResultRow row;
        row.id = entry.id;
        row.verdict = entry.verdict;
        row.state = entry.verdict.isSendable() ? ResultState::Pending : ResultState::Invalid;
        row.message = entry.verdict.reason;
        fresh.append(std::move(row));
    }
    return appendNewRows(std::move(fresh));
}

int ResultsModel::appendNewRows(QList<ResultRow> fresh)
{
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    reserveFor(fresh.size());
    for (ResultRow &row : fresh) {
        m_index.insert(row.id, int(m_rows.size()));
        ++m_counts[int(row.state)];
        m_rows.append(std::move(row));
    }
    endInsertRows();
    Q_EMIT countsChanged();
    return int(fresh.size());
}

bool ResultsModel::contains(const QString &id) const
{
    return m_index.contains(id);
}

QSet<QString> ResultsModel::idSet() const
{
    QSet<QString> ids;
    ids.reserve(m_rows.size());
    for (const ResultRow &row : m_rows)
        ids.insert(row.id);
    return ids;
}

void ResultsModel::removeRowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;
    // Remove contiguous runs from the bottom up so earlier indexes stay valid.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        if (last < 0 || last >= m_rows.size()) {
            ++i;
            continue;
        }
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            --first;
        }
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        ++i;
    }
    m_index.clear();
    for (int r = 0; r < m_rows.size(); ++r)
        m_index.insert(m_rows.at(r).id, r);
    recount();
}

void ResultsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
    recount();
}

const ResultRow &ResultsModel::row(int row) const
{
    return m_rows.at(row);
}

QList<int> ResultsModel::rowsWhere(bool (*predicate)(ResultState)) const
{
    QList<int> result;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (predicate(m_rows.at(r).state))
            result.append(r);
    }
    return result;
}

void ResultsModel::setSending(int row)
{
    setState(row, ResultState::Sending);
}

void ResultsModel::setOutcome(int row, const ResultRow &outcome)
{
    if (row < 0 || row >= m_rows.size())
        return;
    ResultRow &r = m_rows[row];
    --m_counts[int(r.state)];
    r.state = outcome.state;
    r.httpStatus = outcome.httpStatus;
    r.message = outcome.message;
    r.attempts += outcome.attempts;
    r.durationMs = outcome.durationMs;
    r.finishedAt = outcome.finishedAt;
    r.confirmedOnRetry = outcome.confirmedOnRetry;
    r.history += outcome.history;
    ++m_counts[int(r.state)];
    emitRowChanged(row);
}

void ResultsModel::setState(int row, ResultState state, const QString &message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    ResultRow &r = m_rows[row];
    if (r.state == state && message.isEmpty())
        return;
    --m_counts[int(r.state)];
    r.state = state;
    if (!message.isEmpty())
        r.message = message;
    ++m_counts[int(r.state)];
    emitRowChanged(row);
}

void ResultsModel::resetOutcomes(const QList<int> &rows)
{
    int first = -1;
    int last = -1;
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        ResultRow &row = m_rows[r];
        row.state = row.verdict.isSendable() ? ResultState::Pending : ResultState::Invalid;
        row.httpStatus = 0;
        row.message = row.verdict.reason;
        row.attempts = 0;
        row.durationMs = -1;
        row.finishedAt = {};
        row.confirmedOnRetry = false;
        row.history.clear();
        first = first < 0 ? r : std::min(first, r);
        last = std::max(last, r);
    }
    if (first < 0)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ResultColumn::Count - 1));
    recount();
}

void ResultsModel::markQueued(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    int first = -1;
    int last = -2;
    const auto flush = [this, &first, &last] {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, ResultColumn::Result),
                               index(last, ResultColumn::Count - 1));
    };
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size() || r == last)
            continue;
        ResultRow &row = m_rows[r];
        // A fresh row is queued already; 20 000 of them must not cost 20 000 changes.
        if (row.state == ResultState::Pending && row.httpStatus == 0 && row.durationMs < 0 &&
            !row.finishedAt.isValid() && !row.confirmedOnRetry && row.message == row.verdict.reason)
            continue;
        // The range before this row is signalled before this row changes: a proxy sorting by
        // a column that changes here must not see a changed row outside the signalled range.
        if (r != last + 1) {
            flush();
            first = r;
        }
        last = r;
        --m_counts[int(row.state)];
        row.state = ResultState::Pending;
        row.httpStatus = 0;
        row.message = row.verdict.reason;
        row.durationMs = -1;
        row.finishedAt = {};
        row.confirmedOnRetry = false;
        ++m_counts[int(row.state)];
    }
    flush();
    if (first >= 0)
        Q_EMIT countsChanged();
}

int ResultsModel::allowInvisibleCharacters()
{
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        ResultRow &row = m_rows[r];
        if (row.verdict.kind != IdKind::Invisible || row.state != ResultState::Invalid)
            continue;
        row.verdict = checkId(row.id, InvisibleChars::Allow);
        rows.append(r);
    }
    resetOutcomes(rows);
    return int(rows.size());
}

int ResultsModel::refusedForInvisibleCount(int first, int last) const
{
    first = qMax(0, first);
    last = last < 0 ? int(m_rows.size()) - 1 : qMin(last, int(m_rows.size()) - 1);
    if (first > last)
        return 0;
    return int(std::count_if(
        m_rows.cbegin() + first, m_rows.cbegin() + last + 1, [](const ResultRow &row) {
            return row.verdict.kind == IdKind::Invisible && row.state == ResultState::Invalid;
        }));
}

int ResultsModel::restoreRows(const QList<ResultRow> &rows)
{
    QList<ResultRow> fresh;
    QSet<QString> seen;
    for (const ResultRow &row : rows) {
        if (m_index.contains(row.id) || seen.contains(row.id))
            continue;
        seen.insert(row.id);
        fresh.append(row);
    }
    return appendNewRows(std::move(fresh));
}

QString ResultsModel::summary() const
{
    const int total = int(m_rows.size());
    QString text = total == 1 ? tr("1 ID") : tr("%1 IDs").arg(total);
    QStringList parts;
    for (int s = 0; s < kResultStateCount; ++s) {
        if (m_counts[s] > 0)
            parts << QStringLiteral("%1 %2").arg(m_counts[s]).arg(resultLabel(ResultState(s)));
    }
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
    return text;
}

void ResultsModel::reserveRows(qsizetype rows)
{
    if (m_rows.capacity() < rows)
        m_rows.reserve(rows);
    m_index.reserve(rows);
}

void ResultsModel::reserveFor(qsizetype more)
{
    // Grow geometrically: reserving the exact size on every append copies all rows each time,
    // which made a paste appended in slices quadratic.
    const qsizetype needed = m_rows.size() + more;
    if (m_rows.capacity() < needed)
        m_rows.reserve(std::max(needed, m_rows.size() * 2));
    m_index.reserve(needed);
}

void ResultsModel::emitRowChanged(int row)
{
    // Every column of a row can change with its outcome; the id column never does.
    Q_EMIT dataChanged(index(row, ResultColumn::Result), index(row, ResultColumn::Count - 1));
    Q_EMIT countsChanged();
}

void ResultsModel::recount()
{
    m_counts.fill(0);
    for (const ResultRow &row : m_rows)
        ++m_counts[int(row.state)];
    Q_EMIT countsChanged();
}

} // namespace dlq
