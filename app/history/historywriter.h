#pragma once

#include "history/historyrun.h"

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
    void write(const dlq::HistoryRun &run);
    void close();

Q_SIGNALS:
    void written(qint64 runId);
    void failed(const QString &error);

private:
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace dlq
