#include "run/runcontroller.h"

#include "results/resultsmodel.h"
#include "run/actionrun.h"
#include "session/sendgate.h"

namespace dlq {

RunController::RunController(ResultsModel *model, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_model(model), m_nam(nam)
{}

RunController::~RunController()
{
    // Before the model and the manager the run reports to and sends through.
    delete m_run;
}

QList<int> RunController::unsentRows() const
{
    QList<int> rows;
    const QList<ResultRow> &all = m_model->rows();
    for (int r = 0; r < all.size(); ++r) {
        if (awaitsSending(all.at(r)))
            rows.append(r);
    }
    return rows;
}

QList<int> RunController::retryableRows() const
{
    return m_model->rowsWhere(&isRetryableState);
}

QList<ActionItem> RunController::queueRows(const QList<int> &rows, int chunkSize)
{
    QList<ActionItem> items;
    m_rowsOf.clear();
    m_chunks.clear();
    QList<int> queued;
    QList<int> bulkRows;
    QStringList bulkIds;
    for (int row : rows) {
        if (row < 0 || row >= m_model->rowCount())
            continue;
        ++m_total;
        const QString &id = m_model->row(row).id;
        if (m_mode == RunMode::PerId) {
            queued.append(row); // the key is the row (rowsOf)
            items.append(ActionItem{row, std::make_shared<EntryAction>(EntryCall::Delete, id),
                                    m_outcomeUnknown.contains(id)});
        } else if (isBulkSendable(id)) {
            queued.append(row);
            bulkRows.append(row);
            bulkIds.append(id);
        } else {
            m_model->setState(row, ResultState::NotSent,
                              tr("Not sent: bulk mode cannot carry this ID; delete it without "
                                 "bulk mode."));
            ++m_done;
        }
    }
    if (m_mode == RunMode::Bulk) {
        const QList<QStringList> chunks = bulkChunks(bulkIds, chunkSize);
        qsizetype first = 0;
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const int key = int(i) + 1;
            m_rowsOf.insert(key, bulkRows.mid(first, chunks.at(i).size()));
            first += chunks.at(i).size();
            items.append(ActionItem{key, std::make_shared<BulkDeleteAction>(chunks.at(i))});
        }
    }
    // Rows sent again wait in this run: they must not keep saying how the last one ended.
    m_model->markQueued(queued);
    return items;
}

bool RunController::start(const QList<int> &rows, const RunConfig &config, RunMode mode)
{
    if (isRunning() || rows.isEmpty())
        return false;
    m_mode = mode;
    m_total = 0;
    m_done = 0;
    const RunConfig normalized = config.normalized();
    const QList<ActionItem> items = queueRows(rows, normalized.chunkSize);
    if (m_total == 0)
        return false;
    m_host = normalized.baseUrl.host();
    m_stopwatch.start();

    auto *run = new ActionRun(m_nam, normalized, this);
    m_run = run;
    run->setSendGate(SendGate::attachedTo(m_model));
    connect(run, &ActionRun::itemStarted, this, &RunController::onStarted);
    connect(run, &ActionRun::itemRetrying, this,
            [this](int key, int attempt, qint64 delayMs, const QString &reason) {
                const QString message = tr("Try %1 in %2 s after: %3")
                                            .arg(attempt)
                                            .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                                            .arg(reason);
                for (int row : rowsOf(key))
                    m_model->setState(row, ResultState::Retrying, message);
            });
    connect(run, &ActionRun::paused, this, &RunController::paused);
    connect(run, &ActionRun::resumed, this, &RunController::resumed);
    connect(run, &ActionRun::notFoundGuardTripped, this, &RunController::notFoundGuardTripped);
    connect(run, &ActionRun::itemFinished, this, &RunController::onFinished);
    connect(run, &ActionRun::finished, this, [this, run](RunEnd end) {
        m_lastEnd = end;
        m_stopwatch.stop();
        run->deleteLater();
        m_run = nullptr;
        Q_EMIT runFinished(end);
    });

    Q_EMIT runStarted(m_total);
    Q_EMIT progressChanged(m_done, m_total, 0.0);
    run->start(items);
    return true;
}

QList<int> RunController::rowsOf(int key) const
{
    return m_mode == RunMode::PerId ? QList<int>{key} : m_rowsOf.value(key);
}

void RunController::onStarted(int key)
{
    for (int row : rowsOf(key))
        m_model->setSending(row);
}

void RunController::onFinished(int key, const ActionResult &result)
{
    const QList<int> rows = rowsOf(key);
    if (m_mode == RunMode::PerId) {
        for (int row : rows) {
            const QString id = m_model->row(row).id;
            m_model->setOutcome(row, entryRowOutcome(id, result));
            m_outcomeUnknown.remove(id);
        }
    } else {
        QStringList ids;
        for (int row : rows)
            ids.append(m_model->row(row).id);
        const BulkChunk chunk = bulkChunk(key, ids, result);
        m_chunks.append(chunk);
        const ResultRow outcome = bulkRowOutcome(chunk);
        for (int row : rows)
            m_model->setOutcome(row, outcome); // adds to the row's attempts and history
    }
    countDone(int(rows.size()));
}

void RunController::countDone(int rows)
{
    m_done += rows;
    Q_EMIT progressChanged(m_done, m_total, ratePerSecond());
}

void RunController::cancel()
{
    if (m_run)
        m_run->cancel();
}

void RunController::pause()
{
    if (m_run)
        m_run->pause();
}

void RunController::resume()
{
    if (m_run)
        m_run->resume();
}

bool RunController::isRunning() const
{
    // True from start() on, including inside runStarted(), until runFinished().
    return m_run != nullptr;
}

ActionRun *RunController::currentRun() const
{
    return m_run;
}

bool RunController::isPaused() const
{
    return m_run && m_run->isPaused();
}

double RunController::ratePerSecond() const
{
    return m_stopwatch.ratePerSecond(m_done);
}

} // namespace dlq
