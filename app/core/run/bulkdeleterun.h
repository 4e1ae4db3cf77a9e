#pragma once

#include "run/bulkchunk.h"
#include "run/runconfig.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;

// Deletes IDs through the bulk endpoint, DELETE {base}/v2/workflows/dlq?dlqIds=…, one request
// per chunk of at most config.chunkSize IDs, through the engine (ActionRun).
//
// The bulk endpoint deletes the *whole* DLQ when it gets no dlqIds, so an empty chunk is never
// built and never sent, and IDs that could not travel intact are refused before chunking.
class BulkDeleteRun : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultChunkSize = RunConfig::kDefaultChunkSize;
    static constexpr int kMaxChunkSize = RunConfig::kMaxChunkSize;
    // The API's rules (api/dlqrequests.h), under the names the callers know.
    static bool isBulkSendable(const QString &id) { return dlq::isBulkSendable(id); }
    static QList<QStringList> makeChunks(const QStringList &ids, int chunkSize)
    {
        return bulkChunks(ids, chunkSize);
    }

    // chunkSize replaces config.chunkSize.
    BulkDeleteRun(QNetworkAccessManager *nam, RunConfig config,
                  int chunkSize = RunConfig::kDefaultChunkSize, QObject *parent = nullptr);

    // IDs for which isBulkSendable() is false are reported through rejected() and left out.
    // With nothing left, finished(Completed) is emitted before start() returns.
    void start(const QStringList &ids);
    void cancel();

    bool isRunning() const;
    int chunkSize() const { return config().chunkSize; }
    int chunkCount() const;
    int finishedChunkCount() const;
    int inFlight() const;
    const RunConfig &config() const;

Q_SIGNALS:
    void rejected(const QStringList &ids);
    void chunkStarted(int index, int attempt);
    void chunkFinished(const dlq::BulkChunk &chunk);
    void finished(dlq::RunEnd end);

private:
    ActionRun *m_run;
    QHash<int, QStringList> m_chunks; // index -> IDs
};

} // namespace dlq
