#pragma once

#include "results/resultrow.h"
#include "run/runconfig.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;

// One DELETE per ID through the engine (ActionRun), each result reported as the ID's row.
// Items whose ID may not be sent (see checkId) finish as Invalid without touching the network.
class DeleteRun : public QObject
{
    Q_OBJECT
public:
    DeleteRun(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent = nullptr);

    void start(const QList<RunItem> &items);
    void cancel();
    void pause();
    void resume();

    bool isRunning() const;
    bool isPaused() const;
    int total() const;
    int finishedCount() const;
    int inFlight() const;
    int requestsSent() const;
    int retriesScheduled() const;
    int rateLimitedCount() const;
    double currentRateLimit() const;
    const RunConfig &config() const;

Q_SIGNALS:
    void itemStarted(int key);
    void itemRetrying(int key, int attempt, qint64 delayMs, const QString &reason);
    void itemFinished(int key, const dlq::ResultRow &outcome);
    void paused();
    void resumed();
    void notFoundGuardTripped(int count);
    void finished(dlq::RunEnd end);

private:
    ActionRun *m_run;
    QHash<int, QString> m_ids; // key -> ID
};

} // namespace dlq
