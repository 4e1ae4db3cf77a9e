#include "browse/dlqgroups.h"
#include "util/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

#include <algorithm>

namespace dlq {

namespace {

QString statusText(int status)
{
    return status > 0 ? QString::number(status) : dlq::tr("no status");
}

// "/api/checkout" from "https://shop.example/api/checkout": short enough to read in a list.
QString shortUrl(const QString &url)
{
    if (url.isEmpty())
        return dlq::tr("no URL");
    const QString path = QUrl(url).path();
    return path.isEmpty() || path == QLatin1String("/") ? url : path;
}

QStringList keysOf(const api::DlqEntry &e, DlqGroupBy by)
{
    switch (by) {
    case DlqGroupBy::None:
        return {};
    case DlqGroupBy::Status:
        return {statusText(e.responseStatus)};
    case DlqGroupBy::StatusAndWorkflow:
        return {dlq::tr("%1 from %2").arg(statusText(e.responseStatus), shortUrl(e.workflowUrl))};
    case DlqGroupBy::WorkflowUrl:
        return {e.workflowUrl.isEmpty() ? dlq::tr("no URL") : e.workflowUrl};
    case DlqGroupBy::FailedStep:
        return {e.url.isEmpty() ? dlq::tr("no URL") : e.url};
    case DlqGroupBy::Label:
        if (e.labels.isEmpty())
            return {dlq::tr("no label")};
        return QStringList(e.labels);
    }
    return {};
}

} // namespace

QList<DlqGroup> groupEntries(const QList<api::DlqEntry> &entries, DlqGroupBy by)
{
    QList<QString> order;
    QHash<QString, QList<int>> rows;
    for (int r = 0; r < entries.size(); ++r) {
        QStringList keys = keysOf(entries.at(r), by);
        keys.removeDuplicates();
        for (const QString &key : keys) {
            auto it = rows.find(key);
            if (it == rows.end()) {
                order.append(key);
                it = rows.insert(key, {});
            }
            it->append(r);
        }
    }
    QList<DlqGroup> groups;
    groups.reserve(order.size());
    for (const QString &key : order) {
        const QList<int> &members = rows.value(key);
        groups.append(DlqGroup{dlq::tr("%1 × %2").arg(members.size()).arg(key), members});
    }
    std::stable_sort(groups.begin(), groups.end(), [](const DlqGroup &a, const DlqGroup &b) {
        if (a.rows.size() != b.rows.size())
            return a.rows.size() > b.rows.size();
        return a.label < b.label;
    });
    return groups;
}

void DlqGroupsModel::setGroups(QList<DlqGroup> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

int DlqGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant DlqGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return m_groups.at(index.row()).label;
    return {};
}

} // namespace dlq
