#include "run/deleterun.h"

#include "run/actionrun.h"
#include "run/bulkchunk.h"

namespace dlq {

DeleteRun::DeleteRun(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent)
    : QObject(parent), m_run(new ActionRun(nam, config, this))
{
    connect(m_run, &ActionRun::itemStarted, this, [this](int key) { Q_EMIT itemStarted(key); });
    connect(m_run, &ActionRun::itemRetrying, this, &DeleteRun::itemRetrying);
    connect(m_run, &ActionRun::itemFinished, this, [this](int key, const ActionResult &result) {
        Q_EMIT itemFinished(key, entryRowOutcome(m_ids.value(key), result));
    });
    connect(m_run, &ActionRun::paused, this, &DeleteRun::paused);
    connect(m_run, &ActionRun::resumed, this, &DeleteRun::resumed);
    connect(m_run, &ActionRun::notFoundGuardTripped, this, &DeleteRun::notFoundGuardTripped);
    connect(m_run, &ActionRun::finished, this, &DeleteRun::finished);
}

void DeleteRun::start(const QList<RunItem> &items)
{
    QList<ActionItem> actions;
    actions.reserve(items.size());
    m_ids.clear();
    for (const RunItem &item : items) {
        m_ids.insert(item.key, item.id);
        actions.append(ActionItem{item.key,
                                  std::make_shared<EntryAction>(EntryCall::Delete, item.id),
                                  item.outcomeUnknown});
    }
    m_run->start(actions);
}

void DeleteRun::cancel()
{
    m_run->cancel();
}
void DeleteRun::pause()
{
    m_run->pause();
}
void DeleteRun::resume()
{
    m_run->resume();
}
bool DeleteRun::isRunning() const
{
    return m_run->isRunning();
}
bool DeleteRun::isPaused() const
{
    return m_run->isPaused();
}
int DeleteRun::total() const
{
    return m_run->total();
}
int DeleteRun::finishedCount() const
{
    return m_run->finishedCount();
}
int DeleteRun::inFlight() const
{
    return m_run->inFlight();
}
int DeleteRun::requestsSent() const
{
    return m_run->requestsSent();
}
int DeleteRun::retriesScheduled() const
{
    return m_run->retriesScheduled();
}
int DeleteRun::rateLimitedCount() const
{
    return m_run->rateLimitedCount();
}
double DeleteRun::currentRateLimit() const
{
    return m_run->currentRateLimit();
}
const RunConfig &DeleteRun::config() const
{
    return m_run->config();
}

} // namespace dlq
