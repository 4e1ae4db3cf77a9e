#include "ui/bulkruncontroller.h"

#include "results/resultsmodel.h"

#include <QDateTime>

namespace dlq {

BulkRunController::BulkRunController(ResultsModel *model, QNetworkAccessManager *nam,
                                     QObject *parent)
    : QObject(parent), m_model(model), m_nam(nam)
{}

ResultRow BulkRunController::rowOutcome(const BulkChunk &chunk)
{
    ResultRow row;
    row.httpStatus = chunk.httpStatus;
    row.attempts = chunk.attempts;
    row.durationMs = chunk.durationMs;
    row.finishedAt = QDateTime::currentDateTimeUtc();
    const int size = int(chunk.ids.size());
    const QString prefix = tr("Chunk %1: ").arg(chunk.index);
    switch (chunk.state) {
    case ResultState::Deleted:
        if (chunk.deleted >= size) {
            row.state = ResultState::Deleted;
            row.message = prefix + tr("all %1 deleted.").arg(size);
        } else {
            // A count, not a list: every row of the chunk may be one of the missing ones.
            row.state = ResultState::DeletedOrNotFound;
            row.message =
                chunk.deleted < 0
                    ? prefix + tr("the server did not say how many of %1 were deleted.").arg(size)
                    : prefix + tr("%1 of %2 deleted; the API does not say which IDs were missing.")
                                   .arg(chunk.deleted)
                                   .arg(size);
        }
        if (chunk.outcomeUncertain && !chunk.message.isEmpty())
            row.message += QLatin1Char(' ') + chunk.message;
        break;
    case ResultState::Invalid:
        // The chunk never became a request; the IDs themselves may be fine one by one.
        row.state = ResultState::NotSent;
        row.message = prefix + chunk.message;
        break;
    default:
        row.state = chunk.state;
        row.message = prefix + chunk.message;
        break;
    }
    if (chunk.attempts > 0)
        row.history.append(AttemptInfo{chunk.httpStatus,
                                       chunk.httpStatus > 0 ? QString() : chunk.message.left(80),
                                       qMax<qint64>(0, chunk.durationMs), 0});
    return row;
}

bool BulkRunController::start(const QList<int> &rows, const RunConfig &config, int chunkSize)
{
    if (isRunning() || rows.isEmpty())
        return false;
    m_rowOf.clear();
    QStringList ids;
    QStringList refused;
    for (int row : rows) {
        if (row < 0 || row >= m_model->rowCount())
            continue;
        const QString &id = m_model->row(row).id;
        m_rowOf.insert(id, row);
        (BulkDeleteRun::isBulkSendable(id) ? ids : refused).append(id);
    }
    if (m_rowOf.isEmpty())
        return false;
    m_model->markQueued(rows);
    // The same slicing BulkDeleteRun does, so a chunk's index names its rows.
    m_chunks = BulkDeleteRun::makeChunks(ids, chunkSize);
    m_total = int(m_rowOf.size());
    m_done = 0;
    m_stopwatch.start();

    auto *run = new BulkDeleteRun(m_nam, config, chunkSize, this);
    m_run = run;
    connect(run, &BulkDeleteRun::rejected, this, [this](const QStringList &rejected) {
        for (const QString &id : rejected) {
            m_model->setState(m_rowOf.value(id), ResultState::NotSent,
                              tr("Not sent: bulk mode cannot carry this ID; delete it without "
                                 "bulk mode."));
            ++m_done;
        }
        Q_EMIT progressChanged(m_done, m_total, ratePerSecond());
    });
    connect(run, &BulkDeleteRun::chunkStarted, this, &BulkRunController::onChunkStarted);
    connect(run, &BulkDeleteRun::chunkFinished, this, &BulkRunController::onChunkFinished);
    connect(run, &BulkDeleteRun::finished, this, [this, run](RunEnd end) {
        m_stopwatch.stop();
        run->deleteLater();
        m_run = nullptr;
        Q_EMIT runFinished(end);
    });
    Q_EMIT runStarted(m_total);
    Q_EMIT progressChanged(0, m_total, 0.0);
    // The refused IDs come back through rejected(), which marks their rows.
    run->start(ids + refused);
    return true;
}

void BulkRunController::cancel()
{
    if (m_run)
        m_run->cancel();
}

double BulkRunController::ratePerSecond() const
{
    return m_stopwatch.ratePerSecond(m_done);
}

void BulkRunController::onChunkStarted(int index)
{
    if (index < 1 || index > m_chunks.size())
        return;
    for (const QString &id : m_chunks.at(index - 1))
        m_model->setSending(m_rowOf.value(id));
}

void BulkRunController::onChunkFinished(const BulkChunk &chunk)
{
    const ResultRow outcome = rowOutcome(chunk);
    for (const QString &id : chunk.ids) {
        const auto it = m_rowOf.constFind(id);
        if (it == m_rowOf.cend())
            continue;
        m_model->setOutcome(*it, outcome); // adds to the row's attempts and history
        ++m_done;
    }
    Q_EMIT progressChanged(m_done, m_total, ratePerSecond());
}

} // namespace dlq
