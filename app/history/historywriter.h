#pragma once

#include "history/historyrun.h"

#include <QHash>
#include <QObject>

namespace dlq {

// Lives on the store's worker thread with a connection of its own, so writing a run of
// 100 000 results (one transaction) never holds up the GUI thread.
class HistoryWriter : public QObject
{
    Q_OBJECT
public:
    explicit HistoryWriter(const QString &path, const QString &connectionName);

    // Called on the worker thread (queued). Opens the connection on first use.
    // `ticket` (non-zero): the store's name for this run, for updateFollowUps().
    void write(const dlq::HistoryRun &run, quint64 ticket = 0);
    void updateFollowUps(quint64 ticket, const QList<dlq::HistoryFollowUp> &followUps);
    void close();

Q_SIGNALS:
    void written(qint64 runId);
    void failed(const QString &error);
    void followUpsWritten(qint64 runId);

private:
    QString m_path;
    QString m_connection;
    bool m_open = false;
    QHash<quint64, qint64> m_runIds; // ticket -> the run's id
};

} // namespace dlq
