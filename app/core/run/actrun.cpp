#include "run/actrun.h"
#include "util/translate.h"

#include "ids/idcheck.h"
#include "run/actionrun.h"
#include "run/bulkchunk.h"

#include <QSet>

namespace dlq {

namespace {

QStringList unique(const QStringList &ids)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

} // namespace

QStringList ActPlan::problems() const
{
    QStringList out;
    if (ids.isEmpty())
        out << dlq::tr("No DLQ IDs to act on.");
    if (call == EntryCall::Get)
        out << dlq::tr("Reading an entry is not an action.");
    if (bulk && maxBulkIds(call) == 0)
        out << dlq::tr("The API has no bulk form of %1; it goes one ID at a time.")
                   .arg(entryCallName(call));
    if (!overrides.isEmpty() && !takesOverrides(call))
        out << dlq::tr("Overrides apply to resume and restart only, not to %1.")
                   .arg(entryCallName(call));
    out += overrides.problems();
    if (bulk) {
        for (const QString &id : ids) {
            if (!isBulkSendable(id)) {
                out << dlq::tr("“%1” cannot go into a bulk request.").arg(id);
                break;
            }
        }
    }
    return out;
}

QList<QStringList> ActPlan::chunks() const
{
    return bulk ? bulkChunks(unique(ids), maxBulkIds(call)) : QList<QStringList>{};
}

QList<ActionItem> ActPlan::items() const
{
    QList<ActionItem> out;
    if (bulk) {
        const QList<QStringList> parts = chunks();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            std::shared_ptr<const RunAction> action;
            if (call == EntryCall::Delete)
                action = std::make_shared<BulkDeleteAction>(parts.at(i));
            else
                action = std::make_shared<BulkEntryAction>(call, parts.at(i), overrides);
            out.append(ActionItem{int(i), action});
        }
        return out;
    }
    const QStringList list = unique(ids);
    for (qsizetype i = 0; i < list.size(); ++i) {
        out.append(ActionItem{
            int(i), std::make_shared<EntryAction>(
                        call, list.at(i), takesOverrides(call) ? overrides : api::DlqOverrides{})});
    }
    return out;
}

QList<RequestSpec> ActPlan::requests(const QUrl &baseUrl) const
{
    QList<RequestSpec> out;
    for (const ActionItem &item : items()) {
        if (const std::optional<RequestSpec> spec = item.action->request(baseUrl))
            out.append(*spec);
    }
    return out;
}

ActRun::ActRun(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config)
{
    // IDs were checked or just listed: a run of 404s means they are gone, not a wrong region.
    m_config.notFoundGuard = 0;
}

ActRun::~ActRun() = default;

bool ActRun::start(const ActPlan &plan, const std::optional<FrozenSet> &frozen)
{
    if (m_running) {
        m_error = tr("An action is already running.");
        return false;
    }
    const QStringList problems = plan.problems();
    if (!problems.isEmpty()) {
        m_error = problems.join(QLatin1Char(' '));
        return false;
    }
    m_plan = plan;
    m_plan.ids = unique(plan.ids);
    m_frozen = frozen;
    m_chunks = m_plan.chunks();
    m_arrived.clear();
    m_ledger = Ledger{};
    m_ledger.action = plan.call;
    if (frozen) {
        m_ledger.matching = true;
        m_ledger.filter = frozen->filter;
        m_ledger.previewedAt = frozen->previewedAt;
        m_ledger.frozen = int(frozen->ids.size());
    }
    for (qsizetype i = 0; i < m_plan.ids.size(); ++i) {
        LedgerEntry entry;
        entry.row.id = m_plan.ids.at(i);
        entry.row.verdict = checkId(entry.row.id);
        entry.row.state = ResultState::NotSent;
        entry.action = plan.call;
        if (plan.bulk)
            entry.chunk = int(i / maxBulkIds(plan.call));
        m_ledger.entries.append(entry);
    }
    const QList<ActionItem> items = m_plan.items();
    m_total = int(items.size());
    m_done = 0;
    m_end = RunEnd::Completed;
    m_running = true;
    m_run = new ActionRun(m_nam, m_config, this);
    connect(m_run, &ActionRun::itemFinished, this, &ActRun::onItemFinished);
    connect(m_run, &ActionRun::finished, this, &ActRun::onRunFinished);
    m_run->start(items);
    return true;
}

void ActRun::cancel()
{
    if (m_run)
        m_run->cancel();
    else if (m_recount)
        m_recount->cancel();
}

void ActRun::onItemFinished(int key, const ActionResult &result)
{
    if (m_plan.bulk) {
        const qsizetype first = qsizetype(key) * maxBulkIds(m_plan.call);
        for (qsizetype i = 0; i < m_chunks.value(key).size(); ++i) {
            LedgerEntry &entry = m_ledger.entries[first + i];
            entry.row = entryRowOutcome(entry.row.id, result);
            // The answer holds a count (delete) or the runs started (resume, restart), never
            // which ID each belongs to.
            if (result.state == ResultState::Deleted && result.count >= 0 &&
                result.count < m_chunks.value(key).size())
                entry.row.state = ResultState::DeletedOrNotFound;
        }
    } else {
        LedgerEntry &entry = m_ledger.entries[key];
        entry.row = entryRowOutcome(entry.row.id, result);
        if (result.state == ResultState::Done) {
            if (const std::optional<StartedRun> run = readStartedRun(result.body)) {
                entry.newWorkflowRunId = run->workflowRunId;
                entry.newWorkflowCreatedAt = run->workflowCreatedAt;
            }
        }
    }
    ++m_done;
    Q_EMIT progress(m_done, m_total);
}

void ActRun::onRunFinished(RunEnd end)
{
    m_end = end;
    m_run->deleteLater();
    m_run = nullptr;
    if (!m_frozen || end != RunEnd::Completed) {
        finish(m_frozen ? tr("The run stopped early, so the entries that arrived after the "
                             "preview were not counted.")
                        : QString());
        return;
    }
    m_recount = new SetFreezer(m_nam, m_config, this);
    m_recount->setCap(kMaxRecount);
    connect(m_recount, &SetFreezer::finished, this, [this](PagerEnd pagerEnd, const QString &msg) {
        QString error;
        if (pagerEnd == PagerEnd::Complete) {
            m_arrived = arrivedAfter(*m_frozen, m_recount->set().ids);
            m_ledger.arrivedAfterPreview = int(m_arrived.size());
        } else {
            error = msg.isEmpty() ? tr("The recount did not finish.") : msg;
        }
        m_recount->deleteLater();
        m_recount = nullptr;
        finish(error);
    });
    if (!m_recount->start(m_frozen->filter)) {
        const QString error = m_recount->errorMessage();
        m_recount->deleteLater();
        m_recount = nullptr;
        finish(error);
    }
}

void ActRun::finish(const QString &recountError)
{
    m_running = false;
    Q_EMIT finished(m_end, recountError);
}

} // namespace dlq
