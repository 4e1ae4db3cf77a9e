#include "browse/dlqentriesmodel.h"

#include "browse/retention.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace dlq {

namespace {

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

DlqEntriesModel::DlqEntriesModel(QNetworkAccessManager *nam, QObject *parent)
    : QAbstractTableModel(parent), m_nam(nam),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

DlqEntriesModel::~DlqEntriesModel()
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
}

void DlqEntriesModel::setConfig(const RunConfig &config)
{
    if (config.baseUrl == m_config.baseUrl && config.token == m_config.token &&
        config.timeoutMs == m_config.timeoutMs && config.maxAttempts == m_config.maxAttempts &&
        config.maxRetryDelayMs == m_config.maxRetryDelayMs &&
        config.maxRequestsPerSecond == m_config.maxRequestsPerSecond && m_pager)
        return;
    m_config = config;
    makePager();
}

void DlqEntriesModel::makePager()
{
    const bool wasLoading = isLoading();
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    m_loadAll = false;
    if (m_config.baseUrl.isValid()) {
        m_pager = new DlqPager(m_nam, m_config, this);
        connect(m_pager, &DlqPager::pageLoaded, this,
                [this](int, const QList<api::DlqEntry> &entries, const QStringList &problems) {
                    onPage(entries, problems);
                });
        connect(m_pager, &DlqPager::finished, this, &DlqEntriesModel::onStopped);
    }
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void DlqEntriesModel::setRetentionMs(qint64 ms)
{
    if (ms == m_retentionMs)
        return;
    m_retentionMs = ms;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, DlqColumn::ExpiresIn),
                           index(rowCount() - 1, DlqColumn::ExpiresIn));
}

void DlqEntriesModel::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

int DlqEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DlqEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DlqColumn::Count;
}

DlqRowState DlqEntriesModel::rowState(int row) const
{
    const api::DlqEntry &e = m_entries.at(row);
    if (m_gone.contains(e.dlqId) && !e.dlqId.isEmpty())
        return DlqRowState::Gone;
    return e.problems.isEmpty() && e.isUsable() ? DlqRowState::Ok : DlqRowState::Problems;
}

QStringList DlqEntriesModel::rowProblems(int row) const
{
    const api::DlqEntry &e = m_entries.at(row);
    QStringList out = e.problems;
    if (!e.isUsable())
        out.prepend(tr("The entry has no DLQ ID, so nothing can be done with it."));
    const auto gone = m_gone.constFind(e.dlqId);
    if (gone != m_gone.constEnd() && !e.dlqId.isEmpty())
        out.prepend(gone.value());
    return out;
}

QVariant DlqEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= DlqColumn::Count)
        return {};
    const api::DlqEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.row(), index.column());
    case Qt::ToolTipRole: {
        const QStringList problems = rowProblems(index.row());
        if (!problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        const QVariant text = display(e, index.row(), index.column());
        return text.toString().isEmpty() ? QVariant() : text;
    }
    case DlqRole::Sort:
        return sortKey(e, index.row(), index.column());
    case DlqRole::RowState:
        return int(rowState(index.row()));
    case DlqRole::DlqId:
        return e.dlqId;
    case DlqRole::Problems:
        return rowProblems(index.row());
    default:
        return {};
    }
}

QVariant DlqEntriesModel::display(const api::DlqEntry &e, int row, int column) const
{
    switch (column) {
    case DlqColumn::FailedAt:
        return timeText(e.createdAt);
    case DlqColumn::Status: {
        QString text = e.responseStatus > 0 ? QString::number(e.responseStatus) : QString();
        if (rowState(row) == DlqRowState::Gone)
            text += text.isEmpty() ? tr("gone") : tr(" · gone");
        return text;
    }
    case DlqColumn::WorkflowUrl:
        return e.workflowUrl;
    case DlqColumn::FailedStepUrl:
        return e.url;
    case DlqColumn::RunId:
        return e.workflowRunId;
    case DlqColumn::Labels:
        return e.labels.join(QStringLiteral(", "));
    case DlqColumn::CallbackState:
        return e.failureCallback.state;
    case DlqColumn::DlqId:
        if (!e.isUsable())
            return tr("(unreadable entry)");
        return e.problems.isEmpty() ? e.dlqId : e.dlqId + tr(" (incomplete)");
    case DlqColumn::ExpiresIn:
        return expiresInText(e.createdAt, m_retentionMs, m_now());
    default:
        return {};
    }
}

QVariant DlqEntriesModel::sortKey(const api::DlqEntry &e, int row, int column) const
{
    switch (column) {
    case DlqColumn::FailedAt:
        return e.createdAt;
    case DlqColumn::Status:
        return e.responseStatus;
    case DlqColumn::ExpiresIn:
        return e.createdAt > 0 ? expiresInMs(e.createdAt, m_retentionMs, m_now())
                               : std::numeric_limits<qint64>::max();
    case DlqColumn::DlqId:
        return e.dlqId;
    default:
        return display(e, row, column);
    }
}

QVariant DlqEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DlqColumn::FailedAt:
        return tr("Failed at");
    case DlqColumn::Status:
        return tr("Status");
    case DlqColumn::WorkflowUrl:
        return tr("Workflow URL");
    case DlqColumn::FailedStepUrl:
        return tr("Failed step URL");
    case DlqColumn::RunId:
        return tr("Run ID");
    case DlqColumn::Labels:
        return tr("Labels");
    case DlqColumn::CallbackState:
        return tr("Failure callback");
    case DlqColumn::DlqId:
        return tr("DLQ ID");
    case DlqColumn::ExpiresIn:
        return tr("Expires in");
    default:
        return {};
    }
}

bool DlqEntriesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && !m_pager->isLoading() && m_pager->hasMore() &&
           m_entries.size() < m_limit;
}

void DlqEntriesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int room = m_limit - int(m_entries.size());
    if (m_pager->loadMore(m_loadAll ? room : qMin(kPageSize, room)))
        Q_EMIT loadingChanged(true);
}

bool DlqEntriesModel::load(const api::DlqFilter &filter)
{
    if (!m_pager) {
        m_error = tr("No server is set up, so nothing can be loaded.");
        return false;
    }
    const QStringList problems = filter.problems();
    if (!problems.isEmpty()) {
        m_error = problems.join(QLatin1Char(' '));
        return false;
    }
    cancel();
    clear();
    m_filter = filter;
    m_limit = m_limitStep;
    m_pager->setCap(qMin(kPageSize, m_limit));
    if (!m_pager->start(filter)) {
        m_error = m_pager->errorMessage();
        return false;
    }
    m_error.clear();
    Q_EMIT loadingChanged(true);
    return true;
}

bool DlqEntriesModel::reload()
{
    const int wanted = qMax(int(m_entries.size()), kPageSize);
    const int limit = qMax(m_limit, m_limitStep);
    if (!load(m_filter))
        return false;
    m_limit = limit;
    m_pager->setCap(qMin(wanted, m_limit)); // from the second page on
    return true;
}

void DlqEntriesModel::loadAll()
{
    if (!m_pager)
        return;
    m_loadAll = true;
    if (m_pager->isLoading()) {
        m_pager->setCap(m_limit); // from the next page on
        return;
    }
    fetchMore({});
}

bool DlqEntriesModel::loadMore()
{
    if (!m_pager || m_pager->isLoading() || !m_pager->hasMore())
        return false;
    m_limit = int(m_entries.size()) + m_limitStep;
    m_loadAll = true;
    fetchMore({});
    return true;
}

void DlqEntriesModel::cancel()
{
    m_loadAll = false;
    if (m_pager && m_pager->isLoading())
        m_pager->cancel(); // finished(Cancelled) comes before this returns
}

void DlqEntriesModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    m_rowById.clear();
    m_gone.clear();
    endResetModel();
}

bool DlqEntriesModel::isLoading() const
{
    return m_pager && m_pager->isLoading();
}

int DlqEntriesModel::rowOf(const QString &dlqId) const
{
    return m_rowById.value(dlqId, -1);
}

QStringList DlqEntriesModel::seenWorkflowUrls() const
{
    QSet<QString> seen;
    for (const api::DlqEntry &e : m_entries) {
        if (!e.workflowUrl.isEmpty())
            seen.insert(e.workflowUrl);
    }
    QStringList out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end());
    return out;
}

void DlqEntriesModel::onPage(const QList<api::DlqEntry> &entries, const QStringList &problems)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    for (int r = first; r < m_entries.size(); ++r) {
        const QString &id = m_entries.at(r).dlqId;
        if (!id.isEmpty() && !m_rowById.contains(id))
            m_rowById.insert(id, r);
    }
    endInsertRows();
    if (!problems.isEmpty())
        Q_EMIT entryProblems(problems);
}

void DlqEntriesModel::onStopped(PagerEnd end, const QString &message)
{
    QString text = message;
    if (end == PagerEnd::CapReached) {
        if (m_entries.size() < m_limit) {
            // A pause after the page the view asked for; the next scroll (or Load all) goes on.
            text.clear();
            if (m_loadAll) {
                Q_EMIT loadStopped(end, text);
                fetchMore({});
                return;
            }
        } else {
            m_loadAll = false;
            text = tr("Loaded %1 entries, the limit: more entries are on the server and were "
                      "not loaded. Load more to continue.")
                       .arg(m_entries.size());
        }
    } else {
        m_loadAll = false;
    }
    if (end == PagerEnd::Failed || end == PagerEnd::TokenRejected ||
        end == PagerEnd::QuotaExhausted || end == PagerEnd::Unreachable)
        m_error = message;
    Q_EMIT loadingChanged(false);
    Q_EMIT loadStopped(end, text);
}

void DlqEntriesModel::updateEntry(const api::DlqEntry &fresh)
{
    const int row = rowOf(fresh.dlqId);
    if (row < 0)
        return;
    m_entries[row] = fresh;
    m_gone.remove(fresh.dlqId);
    Q_EMIT dataChanged(index(row, 0), index(row, DlqColumn::Count - 1));
}

void DlqEntriesModel::markGone(const QString &dlqId, const QString &message)
{
    const int row = rowOf(dlqId);
    if (row < 0)
        return;
    m_gone.insert(dlqId, message.isEmpty() ? tr("This entry is gone from the DLQ (deleted, "
                                                "expired by retention, or in another region).")
                                           : message);
    Q_EMIT dataChanged(index(row, 0), index(row, DlqColumn::Count - 1));
}

} // namespace dlq
