#include "history/historywriter.h"

#include "history/historydb.h"

namespace dlq {

HistoryWriter::HistoryWriter(const QString &path, const QString &connectionName)
    : m_path(path), m_connection(connectionName)
{}

void HistoryWriter::write(const HistoryRun &run, quint64 ticket)
{
    if (!m_open) {
        const QString error = historydb::open(m_connection, m_path);
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
        m_open = true;
    }
    QString error;
    const qint64 id = historydb::insertRun(QSqlDatabase::database(m_connection), run, &error);
    if (id > 0 && ticket != 0)
        m_runIds.insert(ticket, id);
    if (id > 0)
        Q_EMIT written(id);
    else
        Q_EMIT failed(tr("the run could not be written (%1)").arg(error));
}

void HistoryWriter::updateFollowUps(quint64 ticket, const QList<HistoryFollowUp> &followUps)
{
    const qint64 id = m_runIds.take(ticket);
    if (id == 0) {
        Q_EMIT failed(tr("the follow-up could not be written: its run is not in the history"));
        return;
    }
    QString error;
    if (historydb::updateFollowUps(QSqlDatabase::database(m_connection), id, followUps, &error))
        Q_EMIT followUpsWritten(id);
    else
        Q_EMIT failed(tr("the follow-up could not be written (%1)").arg(error));
}

void HistoryWriter::close()
{
    if (m_open)
        historydb::close(m_connection);
    m_open = false;
}

} // namespace dlq
