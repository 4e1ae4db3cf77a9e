#include "run/dlqpager.h"

#include "run/actionrun.h"
#include "util/logging.h"

#include <memory>

namespace dlq {

namespace {

RunConfig pagerConfig(RunConfig config)
{
    config.concurrency = 1;   // each page needs the cursor of the one before
    config.notFoundGuard = 0; // a list answers 404 only for a wrong URL
    return config;
}

} // namespace

DlqPager::DlqPager(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(pagerConfig(config))
{}

DlqPager::~DlqPager() = default;

void DlqPager::setCap(int entries)
{
    m_cap = qMax(1, entries);
}

bool DlqPager::start(const api::DlqFilter &filter)
{
    if (m_run) {
        m_error = tr("Already loading.");
        return false;
    }
    const QStringList problems = filter.problems();
    if (!problems.isEmpty()) {
        m_error = problems.join(QLatin1Char(' '));
        return false;
    }
    m_filter = filter;
    m_cursor.clear();
    m_seenCursors.clear();
    m_loaded = 0;
    m_pages = 0;
    startRun();
    return true;
}

bool DlqPager::loadMore(int more)
{
    if (m_run || !hasMore())
        return false;
    m_cap = m_loaded + qMax(1, more);
    startRun();
    return true;
}

void DlqPager::cancel()
{
    if (!m_run)
        return;
    m_cancelled = true;
    m_run->cancel(); // aborts the page in flight; finished() follows before this returns
}

void DlqPager::startRun()
{
    m_cancelled = false;
    m_end = PagerEnd::Complete;
    m_error.clear();
    m_run = new ActionRun(m_nam, m_config, this);
    connect(m_run, &ActionRun::itemFinished, this,
            [this](int, const ActionResult &result) { onPageFinished(result); });
    connect(m_run, &ActionRun::itemRetrying, this,
            [this](int page, int, qint64 delayMs, const QString &reason) {
                Q_EMIT retrying(page, delayMs, reason);
            });
    connect(m_run, &ActionRun::finished, this, &DlqPager::onRunFinished);
    m_run->start({nextPage()});
}

ActionItem DlqPager::nextPage() const
{
    const int count = qMin(kPageSize, m_cap - m_loaded);
    return ActionItem{m_pages + 1, std::make_shared<ListPageAction>(m_filter, count, m_cursor)};
}

void DlqPager::onPageFinished(const ActionResult &result)
{
    if (m_cancelled)
        return;
    const int page = m_pages + 1;
    if (result.state != ResultState::Done) {
        m_error = tr("Page %1 could not be loaded: %2")
                      .arg(page)
                      .arg(result.message.isEmpty() ? resultLabel(result.state) : result.message);
        return; // nothing more is appended, so the run ends
    }
    if (!result.message.isEmpty()) {
        m_error = tr("Page %1: %2").arg(page).arg(result.message);
        return;
    }
    const api::DlqPage parsed = api::parseDlqPage(result.body);
    if (!parsed.ok()) {
        m_error = tr("Page %1: %2").arg(page).arg(parsed.error);
        return;
    }
    QStringList problems;
    for (qsizetype i = 0; i < parsed.entries.size(); ++i) {
        const api::DlqEntry &entry = parsed.entries.at(i);
        if (entry.problems.isEmpty())
            continue;
        const QString who = entry.dlqId.isEmpty() ? tr("Entry %1 of page %2").arg(i + 1).arg(page)
                                                  : tr("Entry %1").arg(entry.dlqId);
        problems.append(who + QStringLiteral(": ") + entry.problems.join(QStringLiteral("; ")));
    }
    m_pages = page;
    m_loaded += int(parsed.entries.size());
    m_cursor = parsed.cursor;
    Q_EMIT pageLoaded(page, parsed.entries, problems);
    if (m_cancelled || m_cursor.isEmpty())
        return;
    if (m_seenCursors.contains(m_cursor)) {
        m_error = tr("The server sent cursor \"%1\" a second time; loading stopped so it does "
                     "not go round in circles.")
                      .arg(m_cursor);
        return;
    }
    m_seenCursors.insert(m_cursor);
    if (m_loaded >= m_cap) {
        m_end = PagerEnd::CapReached;
        return;
    }
    m_run->append(nextPage()); // cannot fail: the run is inside its own itemFinished()
}

void DlqPager::onRunFinished(RunEnd end)
{
    m_run->deleteLater();
    m_run = nullptr;
    QString message;
    switch (end) {
    case RunEnd::Cancelled:
        m_end = PagerEnd::Cancelled;
        break;
    case RunEnd::TokenRejected:
        m_end = PagerEnd::TokenRejected;
        message = tr("The server rejected the token, so loading stopped. %1").arg(m_error);
        break;
    case RunEnd::QuotaExhausted:
        m_end = PagerEnd::QuotaExhausted;
        message = m_error;
        break;
    case RunEnd::Unreachable:
        m_end = PagerEnd::Unreachable;
        message = tr("Cannot reach %1, so loading stopped.").arg(m_config.baseUrl.host());
        break;
    case RunEnd::Completed:
        if (m_cancelled) {
            m_end = PagerEnd::Cancelled;
        } else if (!m_error.isEmpty()) {
            m_end = PagerEnd::Failed;
            message = m_error;
        } else if (m_end == PagerEnd::CapReached) {
            message = tr("More entries not loaded: stopped at the limit of %1 entries. "
                         "Load more to continue.")
                          .arg(m_loaded);
        }
        break;
    }
    if (m_end == PagerEnd::Failed || m_end == PagerEnd::TokenRejected ||
        m_end == PagerEnd::QuotaExhausted || m_end == PagerEnd::Unreachable) {
        m_error = message.trimmed();
        if (m_loaded > 0)
            message = tr("%1 The %2 entries loaded before it are kept.").arg(m_error).arg(m_loaded);
    }
    qCInfo(lcRun) << "DLQ list load ended:" << m_loaded << "entries in" << m_pages << "pages";
    Q_EMIT finished(m_end, message.trimmed());
}

} // namespace dlq
