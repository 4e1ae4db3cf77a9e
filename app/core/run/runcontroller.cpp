#include "run/runcontroller.h"

#include "results/resultsmodel.h"
#include "session/sendgate.h"

namespace dlq {

RunController::RunController(ResultsModel *model, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_model(model), m_nam(nam)
{}

QList<int> RunController::unsentRows() const
{
    QList<int> rows;
    const QList<ResultRow> &all = m_model->rows();
    for (int r = 0; r < all.size(); ++r) {
        if (isUnsent(all.at(r).state) && all.at(r).verdict.isSendable())
            rows.append(r);
    }
    return rows;
}

QList<int> RunController::retryableRows() const
{
    return m_model->rowsWhere(&isRetryable);
}

bool RunController::start(const QList<int> &rows, const RunConfig &config)
{
    if (isRunning() || rows.isEmpty())
        return false;

    QList<RunItem> items;
    items.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < m_model->rowCount())
            items.append(RunItem{row, m_model->row(row).id,
                                 m_outcomeUnknown.contains(m_model->row(row).id)});
    }
    if (items.isEmpty())
        return false;
    m_model->markQueued(rows);

    m_total = int(items.size());
    m_done = 0;
    m_host = config.baseUrl.host();
    m_stopwatch.start();

    auto *run = new DeleteRun(m_nam, config, this);
    m_run = run;
    run->setSendGate(SendGate::attachedTo(m_model));
    connect(run, &DeleteRun::itemStarted, this, [this](int key) { m_model->setSending(key); });
    connect(run, &DeleteRun::itemRetrying, this,
            [this](int key, int attempt, qint64 delayMs, const QString &reason) {
                m_model->setState(key, ResultState::Retrying,
                                  tr("Try %1 in %2 s after: %3")
                                      .arg(attempt)
                                      .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                                      .arg(reason));
            });
    connect(run, &DeleteRun::paused, this, &RunController::paused);
    connect(run, &DeleteRun::resumed, this, &RunController::resumed);
    connect(run, &DeleteRun::notFoundGuardTripped, this, &RunController::notFoundGuardTripped);
    connect(run, &DeleteRun::itemFinished, this, [this](int key, const ResultRow &outcome) {
        m_model->setOutcome(key, outcome);
        m_outcomeUnknown.remove(outcome.id);
        ++m_done;
        Q_EMIT progressChanged(m_done, m_total, ratePerSecond());
    });
    connect(run, &DeleteRun::finished, this, [this, run](RunEnd end) {
        m_lastEnd = end;
        m_stopwatch.stop();
        run->deleteLater();
        m_run = nullptr;
        Q_EMIT runFinished(end);
    });

    Q_EMIT runStarted(m_total);
    Q_EMIT progressChanged(0, m_total, 0.0);
    run->start(items);
    return true;
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

bool RunController::isPaused() const
{
    return m_run && m_run->isPaused();
}

double RunController::ratePerSecond() const
{
    return m_stopwatch.ratePerSecond(m_done);
}

} // namespace dlq
