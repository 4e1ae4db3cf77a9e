#include "results/resultfiltermodel.h"

#include "results/resultsmodel.h"
#include "results/resultsortkey.h"

#include <algorithm>
#include <iterator>
#include <numeric>

namespace dlq {

namespace {
// Beyond this many separate row insertions or removals one layout change is cheaper: each
// signal costs the views a pass over their rows.
constexpr int kMaxRowSignals = 32;
} // namespace

ResultFilterModel::ResultFilterModel(QObject *parent) : QAbstractProxyModel(parent) {}

void ResultFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_results = qobject_cast<const ResultsModel *>(model);
    Q_ASSERT(m_results || !model);
    QAbstractProxyModel::setSourceModel(m_results ? model : nullptr);
    if (m_results) {
        const auto startOver = [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        };
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                    [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::modelReset, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            // ResultsModel never reorders its rows; if it did, everything is new.
            connect(model, &QAbstractItemModel::layoutChanged, this, startOver),
            connect(model, &QAbstractItemModel::rowsMoved, this, startOver),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    &ResultFilterModel::sourceRowsInserted),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &ResultFilterModel::sourceRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    &ResultFilterModel::sourceRowsRemoved),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    &ResultFilterModel::sourceDataChanged),
            // Quietly, as QSortFilterProxyModel does: the views are going too, and a reset
            // now would have them ask the half-destroyed source.
            connect(model, &QObject::destroyed, this,
                    [this] {
                        m_results = nullptr;
                        rebuild();
                    }),
        };
    }
    rebuild();
    endResetModel();
}

// --- QAbstractItemModel ---------------------------------------------------------------------

QModelIndex ResultFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ResultFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ResultFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ResultFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ResultFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_results ? 0 : m_results->columnCount();
}

bool ResultFilterModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0 && columnCount(parent) > 0;
}

QModelIndex ResultFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_results || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= m_shown.size())
        return {};
    return m_results->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ResultFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_results || !sourceIndex.isValid() || sourceIndex.model() != m_results)
        return {};
    const int row = sourceIndex.row();
    if (row >= m_entries.size() || !m_entries.at(row).shown)
        return {};
    const int position = shownPosition(row);
    if (position >= m_shown.size() || m_shown.at(position) != row)
        return {};
    return createIndex(position, sourceIndex.column());
}

// --- filter and sort ----------------------------------------------------------------------

void ResultFilterModel::setStateFilter(std::optional<ResultState> state)
{
    if (m_state == state)
        return;
    m_state = state;
    refilter();
}

void ResultFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    refilter();
}

void ResultFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    relayout(
        [this, column, order] {
            m_sortColumn = column;
            m_sortOrder = order;
            m_order.resize(m_entries.size());
            std::iota(m_order.begin(), m_order.end(), 0);
            if (sorted())
                std::sort(m_order.begin(), m_order.end(),
                          [this](int a, int b) { return before(a, b); });
            renumber(0, int(m_order.size()) - 1);
            m_shown = shownFromOrder();
        },
        QAbstractItemModel::VerticalSortHint);
}

void ResultFilterModel::refilter()
{
    // One pass in source order (the rows' text lies in memory roughly that way), one over the
    // kept order, one layout change; the selection stays on the rows that still match.
    m_folded = m_text.toCaseFolded();
    relayout([this] {
        for (Entry &entry : m_entries)
            entry.shown = accepts(entry);
        m_shown = shownFromOrder();
    });
}

bool ResultFilterModel::accepts(const Entry &entry) const
{
    if (m_state && entry.state != int(*m_state))
        return false;
    return m_folded.isEmpty() || entry.id.contains(m_folded) || entry.message.contains(m_folded);
}

ResultFilterModel::Entry ResultFilterModel::entryFor(int sourceRow) const
{
    const ResultRow &row = m_results->row(sourceRow);
    Entry entry;
    // Folding returns the same shared text when nothing changes (digits, lower case).
    entry.id = row.id.toCaseFolded();
    entry.message = row.message.toCaseFolded();
    entry.state = int(row.state);
    entry.shown = accepts(entry);
    return entry;
}

bool ResultFilterModel::before(int a, int b) const
{
    if (sorted()) {
        const int order = compareForSort(m_results->row(a), m_results->row(b), m_sortColumn);
        if (order != 0)
            return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    }
    return a < b; // equal keys stay in source order, either direction
}

int ResultFilterModel::shownPosition(int sourceRow) const
{
    const int rank = m_entries.at(sourceRow).rank;
    return int(std::partition_point(m_shown.cbegin(), m_shown.cend(),
                                    [this, rank](int s) { return m_entries.at(s).rank < rank; }) -
               m_shown.cbegin());
}

int ResultFilterModel::positionInOrder(int sourceRow) const
{
    return int(std::partition_point(m_order.cbegin(), m_order.cend(),
                                    [this, sourceRow](int s) { return before(s, sourceRow); }) -
               m_order.cbegin());
}

void ResultFilterModel::renumber(int from, int to)
{
    for (int i = from; i <= to; ++i)
        m_entries[m_order.at(i)].rank = i;
}

QList<int> ResultFilterModel::shownFromOrder() const
{
    QList<int> shown;
    shown.reserve(m_order.size());
    for (int s : m_order) {
        if (m_entries.at(s).shown)
            shown.append(s);
    }
    return shown;
}

void ResultFilterModel::mergeIntoOrder(int first, int last)
{
    QList<int> rows(last - first + 1);
    std::iota(rows.begin(), rows.end(), first);
    const auto less = [this](int a, int b) { return before(a, b); };
    std::sort(rows.begin(), rows.end(), less);
    QList<int> order;
    order.reserve(m_entries.size());
    QList<int> kept;
    kept.reserve(m_entries.size());
    for (int s : std::as_const(m_order)) {
        if (s < first || s > last)
            kept.append(s);
    }
    std::merge(kept.cbegin(), kept.cend(), rows.cbegin(), rows.cend(), std::back_inserter(order),
               less);
    m_order = std::move(order);
    renumber(0, int(m_order.size()) - 1);
}

void ResultFilterModel::rebuild()
{
    m_entries.clear();
    m_order.clear();
    m_shown.clear();
    if (!m_results)
        return;
    const int count = m_results->rowCount();
    m_entries.reserve(count);
    for (int r = 0; r < count; ++r)
        m_entries.append(entryFor(r));
    if (count > 0)
        mergeIntoOrder(0, count - 1);
    m_shown = shownFromOrder();
}

void ResultFilterModel::relayout(const std::function<void()> &change,
                                 QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sources;
    sources.reserve(from.size());
    for (const QModelIndex &index : from)
        sources.append(index.row() < m_shown.size() ? m_shown.at(index.row()) : -1);
    change();
    QModelIndexList to;
    to.reserve(from.size());
    for (int i = 0; i < from.size(); ++i) {
        const int source = sources.at(i);
        const int position = source >= 0 && source < m_entries.size() && m_entries.at(source).shown
                                 ? shownPosition(source)
                                 : -1;
        to.append(position >= 0 && position < m_shown.size() && m_shown.at(position) == source
                      ? createIndex(position, from.at(i).column())
                      : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

// --- source changes -------------------------------------------------------------------------

void ResultFilterModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first < m_entries.size()) { // ResultsModel only appends
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    // As much room as the source made for a paste in slices: no copying at the late slices.
    if (m_results && m_entries.capacity() < m_results->rowCapacity())
        m_entries.reserve(m_results->rowCapacity());
    for (int r = first; r <= last; ++r)
        m_entries.append(entryFor(r));
    mergeIntoOrder(first, last);

    // The new shown rows, in order, and where each goes among the rows shown now.
    QList<int> added;
    for (int r = first; r <= last; ++r) {
        if (m_entries.at(r).shown)
            added.append(r);
    }
    if (added.isEmpty())
        return;
    std::sort(added.begin(), added.end(),
              [this](int a, int b) { return m_entries.at(a).rank < m_entries.at(b).rank; });
    QList<int> positions;
    positions.reserve(added.size());
    for (int r : std::as_const(added))
        positions.append(shownPosition(r));
    const auto runs = std::unique(positions.begin(), positions.end()) - positions.begin();
    if (runs > kMaxRowSignals) { // e.g. a paste while sorted by ID
        relayout([this] { m_shown = shownFromOrder(); });
        return;
    }
    // Run by run, first to last: each run's position already counts the runs before it.
    for (qsizetype i = 0; i < added.size();) {
        const int at = shownPosition(added.at(i));
        qsizetype end = i + 1;
        while (end < added.size() && shownPosition(added.at(end)) == at)
            ++end;
        beginInsertRows({}, at, at + int(end - i) - 1);
        m_shown.insert(at, end - i, 0);
        std::copy(added.cbegin() + i, added.cbegin() + end, m_shown.begin() + at);
        endInsertRows();
        i = end;
    }
}

void ResultFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The proxy lets go of the rows while the source still has them.
    QList<int> positions;
    for (int r = first; r <= last && r < m_entries.size(); ++r) {
        if (m_entries.at(r).shown)
            positions.append(shownPosition(r));
    }
    std::sort(positions.begin(), positions.end());
    int runs = 0;
    for (qsizetype i = 0; i < positions.size(); ++i)
        runs += i == 0 || positions.at(i) != positions.at(i - 1) + 1;
    const auto forget = [this, first, last] {
        for (int r = first; r <= last && r < m_entries.size(); ++r)
            m_entries[r].shown = false;
    };
    if (runs > kMaxRowSignals) {
        relayout([this, first, last, &forget] {
            forget();
            m_shown.removeIf([first, last](int s) { return s >= first && s <= last; });
        });
        return;
    }
    // Last run first, so the earlier positions stay right.
    for (qsizetype end = positions.size(); end > 0;) {
        qsizetype start = end - 1;
        while (start > 0 && positions.at(start - 1) == positions.at(start) - 1)
            --start;
        beginRemoveRows({}, positions.at(start), positions.at(end - 1));
        m_shown.remove(positions.at(start), end - start);
        endRemoveRows();
        end = start;
    }
    forget();
}

void ResultFilterModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || first >= m_entries.size())
        return;
    const int count = last - first + 1;
    m_entries.remove(first, std::min<qsizetype>(count, m_entries.size() - first));
    const auto renamed = [first, last, count](int s) { return s > last ? s - count : s; };
    m_order.removeIf([first, last](int s) { return s >= first && s <= last; });
    for (int &s : m_order)
        s = renamed(s);
    renumber(0, int(m_order.size()) - 1);
    for (int &s : m_shown)
        s = renamed(s);
}

void ResultFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid() || bottomRight.row() >= m_entries.size())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const bool keyChanged =
        sorted() && m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    QList<Entry> fresh;
    fresh.reserve(last - first + 1);
    int toggles = 0;
    for (int r = first; r <= last; ++r) {
        fresh.append(entryFor(r));
        fresh.last().rank = m_entries.at(r).rank;
        toggles += fresh.last().shown != m_entries.at(r).shown;
    }
    if ((keyChanged && last > first) || toggles > kMaxRowSignals) {
        // Several rows at once (a run starting, outcomes reset): merge them in again.
        relayout([&] {
            std::copy(fresh.cbegin(), fresh.cend(), m_entries.begin() + first);
            if (keyChanged)
                mergeIntoOrder(first, last);
            m_shown = shownFromOrder();
        });
    } else {
        for (int r = first; r <= last; ++r)
            updateRow(r, fresh.at(r - first), keyChanged);
    }
    // One signal over the shown rows that changed (they may be far apart when sorted).
    int top = int(m_shown.size());
    int bottom = -1;
    for (int r = first; r <= last; ++r) {
        const QModelIndex shown = mapFromSource(m_results->index(r, 0));
        if (shown.isValid()) {
            top = std::min(top, shown.row());
            bottom = std::max(bottom, shown.row());
        }
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()));
}

void ResultFilterModel::updateRow(int sourceRow, const Entry &next, bool keyChanged)
{
    const bool wasShown = m_entries.at(sourceRow).shown;
    const int from = wasShown ? shownPosition(sourceRow) : -1;
    m_entries[sourceRow] = next;
    if (keyChanged) { // the one row changed: move it within the order of all rows
        const int oldRank = next.rank;
        m_order.remove(oldRank);
        const int rank = positionInOrder(sourceRow);
        m_order.insert(rank, sourceRow);
        renumber(std::min(oldRank, rank), std::max(oldRank, rank));
    }
    if (wasShown && next.shown) {
        if (!keyChanged)
            return;
        // Where it goes among the other shown rows (m_shown without position `from`).
        const int rank = m_entries.at(sourceRow).rank;
        int low = 0;
        int high = int(m_shown.size()) - 1;
        while (low < high) {
            const int mid = (low + high) / 2;
            if (m_entries.at(m_shown.at(mid < from ? mid : mid + 1)).rank < rank)
                low = mid + 1;
            else
                high = mid;
        }
        if (low == from)
            return;
        beginMoveRows({}, from, from, {}, low > from ? low + 1 : low);
        m_shown.remove(from);
        m_shown.insert(low, sourceRow);
        endMoveRows();
    } else if (wasShown) {
        beginRemoveRows({}, from, from);
        m_shown.remove(from);
        endRemoveRows();
    } else if (next.shown) {
        const int at = shownPosition(sourceRow);
        beginInsertRows({}, at, at);
        m_shown.insert(at, sourceRow);
        endInsertRows();
    }
}

QList<int> ResultFilterModel::sourceRows(const QModelIndexList &proxyIndexes) const
{
    QList<int> rows;
    rows.reserve(proxyIndexes.size());
    for (const QModelIndex &index : proxyIndexes) {
        const QModelIndex source = mapToSource(index);
        if (source.isValid())
            rows.append(source.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<int> ResultFilterModel::allSourceRows() const
{
    QList<int> rows = m_shown;
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace dlq
