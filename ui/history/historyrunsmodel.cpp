#include "ui/history/historyrunsmodel.h"

#include "history/historyrecord.h"
#include "ui/runmessages.h"

#include <QLocale>

namespace dlq {

namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QString durationText(qint64 ms)
{
    if (ms < 60000)
        return HistoryRunsModel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return HistoryRunsModel::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}
} // namespace

int HistoryRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryRunsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return showsHits() ? int(HitColumns) : int(RunColumns);
}

QString HistoryRunsModel::actionText(const QString &action)
{
    if (action == QLatin1String("delete"))
        return tr("Delete");
    if (action == QLatin1String("bulk_delete"))
        return tr("Bulk delete");
    return action;
}

QString HistoryRunsModel::outcomeText(const HistoryRun &run)
{
    const std::optional<RunEnd> end = runEndFromKey(run.outcome);
    QString word = end ? runOutcomeWord(*end) : run.outcome;
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    QStringList parts;
    for (int s = 0; s < kResultStateCount; ++s) {
        const int n = run.counts.value(resultKey(ResultState(s)));
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(resultLabel(ResultState(s)));
    }
    return parts.isEmpty() ? word : word + QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
}

QVariant HistoryRunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryHit &hit = m_rows.at(index.row());
    const HistoryRun &run = hit.run;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Ids || index.column() == Duration || index.column() == HttpStatus))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Outcome)
        return outcomeText(run);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return timeText(run.startedAt);
    case Profile:
        return run.profile;
    case Action:
        return actionText(run.action);
    case Ids:
        return run.count;
    case Outcome:
        return outcomeText(run);
    case Duration:
        return durationText(run.durationMs);
    case Reason:
        return run.reason;
    case Source:
        return run.source == QLatin1String("dlqctl") ? tr("dlqctl") : tr("Window");
    case Result:
        return resultLabel(hit.result.state);
    case HttpStatus:
        return hit.result.httpStatus > 0 ? QVariant(hit.result.httpStatus) : QVariant();
    case Message:
        return hit.result.message;
    default:
        return {};
    }
}

QVariant HistoryRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Started");
    case Profile:
        return tr("Profile");
    case Action:
        return tr("Action");
    case Ids:
        return tr("IDs");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case Reason:
        return tr("Reason or ticket");
    case Source:
        return tr("From");
    case Result:
        return tr("Result for this ID");
    case HttpStatus:
        return tr("HTTP");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

void HistoryRunsModel::setRuns(const QList<HistoryRun> &runs)
{
    beginResetModel();
    m_searchedId.clear();
    m_rows.clear();
    m_rows.reserve(runs.size());
    for (const HistoryRun &run : runs)
        m_rows.append(HistoryHit{run, {}});
    endResetModel();
}

void HistoryRunsModel::setHits(const QString &id, const QList<HistoryHit> &hits)
{
    beginResetModel();
    m_searchedId = id;
    m_rows = hits;
    endResetModel();
}

} // namespace dlq
