#include "run/bulkdeleterun.h"

#include "run/actionrun.h"

namespace dlq {

namespace {

RunConfig withChunkSize(RunConfig config, int chunkSize)
{
    config.chunkSize = chunkSize;
    return config;
}

} // namespace

BulkDeleteRun::BulkDeleteRun(QNetworkAccessManager *nam, RunConfig config, int chunkSize,
                             QObject *parent)
    : QObject(parent), m_run(new ActionRun(nam, withChunkSize(std::move(config), chunkSize), this))
{
    connect(m_run, &ActionRun::itemStarted, this, &BulkDeleteRun::chunkStarted);
    connect(m_run, &ActionRun::itemFinished, this, [this](int index, const ActionResult &result) {
        Q_EMIT chunkFinished(bulkChunk(index, m_chunks.value(index), result));
    });
    connect(m_run, &ActionRun::finished, this, &BulkDeleteRun::finished);
}

void BulkDeleteRun::start(const QStringList &ids)
{
    QStringList sendable;
    QStringList refused;
    for (const QString &id : ids)
        (isBulkSendable(id) ? sendable : refused).append(id);
    if (!refused.isEmpty())
        Q_EMIT rejected(refused);
    const QList<QStringList> chunks = bulkChunks(sendable, m_run->config().chunkSize);
    QList<ActionItem> actions;
    m_chunks.clear();
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const int index = int(i) + 1;
        m_chunks.insert(index, chunks.at(i));
        actions.append(ActionItem{index, std::make_shared<BulkDeleteAction>(chunks.at(i))});
    }
    m_run->start(actions);
}

void BulkDeleteRun::cancel()
{
    m_run->cancel();
}
bool BulkDeleteRun::isRunning() const
{
    return m_run->isRunning();
}
int BulkDeleteRun::chunkCount() const
{
    return m_run->total();
}
int BulkDeleteRun::finishedChunkCount() const
{
    return m_run->finishedCount();
}
int BulkDeleteRun::inFlight() const
{
    return m_run->inFlight();
}
const RunConfig &BulkDeleteRun::config() const
{
    return m_run->config();
}

} // namespace dlq
