#pragma once

#include "api/dlqentry.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace dlq {

enum class DlqGroupBy { None, Status, StatusAndWorkflow, WorkflowUrl, FailedStep, Label };

// Failure clusters: entries that share a response status, workflow URL, failed step or label.
// An entry with several labels counts in each of its labels' groups.
struct DlqGroup
{
    QString label;   // "312 × 502 from /api/checkout"
    QList<int> rows; // rows of the entries, in the order given
};

// Largest group first; ties by label.
QList<DlqGroup> groupEntries(const QList<api::DlqEntry> &entries, DlqGroupBy by);

// The groups as a list for a view; rows(i) gives the entries' rows of group i.
class DlqGroupsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setGroups(QList<DlqGroup> groups);
    const QList<int> &rows(int group) const { return m_groups.at(group).rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<DlqGroup> m_groups;
};

} // namespace dlq
