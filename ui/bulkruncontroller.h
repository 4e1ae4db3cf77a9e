#pragma once

#include "run/bulkdeleterun.h"
#include "run/runstopwatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace dlq {

class ResultsModel;

// "Fast bulk delete": a BulkDeleteRun over model rows, the way RunController runs a DeleteRun.
// The API answers a bulk DELETE with a count only, so a chunk where fewer were deleted than
// sent leaves each of its rows DeletedOrNotFound: which IDs were missing is not known.
class BulkRunController : public QObject
{
    Q_OBJECT
public:
    BulkRunController(ResultsModel *model, QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Returns false (and does nothing) when a run is going or `rows` is empty.
    bool start(const QList<int> &rows, const RunConfig &config,
               int chunkSize = BulkDeleteRun::kDefaultChunkSize);
    void cancel();

    bool isRunning() const { return m_run != nullptr; }
    int total() const { return m_total; }
    int done() const { return m_done; }
    double ratePerSecond() const;

    // "Chunk 3: 97 of 100 deleted; the API does not say which IDs were missing."
    static ResultRow rowOutcome(const BulkChunk &chunk);

Q_SIGNALS:
    void runStarted(int total);
    void progressChanged(int done, int total, double ratePerSecond);
    void runFinished(dlq::RunEnd end);

private:
    void onChunkStarted(int index);
    void onChunkFinished(const BulkChunk &chunk);

    ResultsModel *m_model;
    QNetworkAccessManager *m_nam;
    QPointer<BulkDeleteRun> m_run;
    QHash<QString, int> m_rowOf; // id -> model row; rows do not move during a run
    QList<QStringList> m_chunks; // as BulkDeleteRun numbers them (index - 1)
    RunStopwatch m_stopwatch;
    int m_total = 0;
    int m_done = 0;
};

} // namespace dlq
