#include "run/actrun.h"
#include "util/translate.h"

#include "ids/idcheck.h"
#include "results/resultsmodel.h"
#include "run/actionrun.h"
#include "run/bulkchunk.h"
#include "session/journalrecord.h"
#include "session/sessionjournal.h"

#include <QJsonArray>

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

// Chunks go under their number; single IDs under this plus their ledger row.
constexpr int kPerIdKey = 1 << 24;

std::shared_ptr<const RunAction> bulkAction(EntryCall call, const QStringList &ids,
                                            const api::DlqOverrides &overrides)
{
    if (call == EntryCall::Delete)
        return std::make_shared<BulkDeleteAction>(ids);
    return std::make_shared<BulkEntryAction>(call, ids, overrides);
}

std::shared_ptr<const RunAction> entryAction(EntryCall call, const QString &id,
                                             const api::DlqOverrides &overrides)
{
    return std::make_shared<EntryAction>(call, id,
                                         takesOverrides(call) ? overrides : api::DlqOverrides{});
}

// A resume or restart in bulk that ended without a clear answer is looked up ID by ID.
bool needsPerIdLookup(EntryCall call, const ActionResult &result)
{
    return (call == EntryCall::Resume || call == EntryCall::Restart) && result.outcomeUncertain &&
           result.state != ResultState::Done;
}

QJsonObject detailOf(const LedgerEntry &entry)
{
    QJsonObject detail;
    if (!entry.newWorkflowRunId.isEmpty()) {
        detail.insert(QLatin1String(journal::kDetailRun), entry.newWorkflowRunId);
        detail.insert(QLatin1String(journal::kDetailCreatedAt), entry.newWorkflowCreatedAt);
    }
    if (entry.lookup != LookupFinding::None)
        detail.insert(QLatin1String(journal::kDetailLookup), lookupKey(entry.lookup));
    if (entry.chunk >= 0 && isFinished(entry.row.state))
        detail.insert(QLatin1String(journal::kDetailChunk), entry.chunk);
    return detail;
}

std::optional<EntryCall> callNamed(const QString &name)
{
    for (EntryCall call : {EntryCall::Resume, EntryCall::Restart, EntryCall::Callback,
                           EntryCall::CancelCallback, EntryCall::Delete}) {
        if (entryCallName(call) == name)
            return call;
    }
    return std::nullopt;
}

QJsonObject overridesJson(const api::DlqOverrides &o)
{
    QJsonObject out;
    if (o.retries)
        out.insert(QLatin1String("retries"), *o.retries);
    const std::pair<const char *, const QString *> texts[] = {
        {"delay", &o.delay},
        {"retryDelay", &o.retryDelay},
        {"flowControlKey", &o.flowControlKey},
        {"flowControlValue", &o.flowControlValue},
        {"failureCallback", &o.failureCallback}};
    for (const auto &[name, value] : texts) {
        if (!value->isEmpty())
            out.insert(QLatin1String(name), *value);
    }
    if (!o.labels.isEmpty())
        out.insert(QLatin1String("labels"), QJsonArray::fromStringList(o.labels));
    return out;
}

api::DlqOverrides overridesFrom(const QJsonObject &in)
{
    api::DlqOverrides o;
    if (in.contains(QLatin1String("retries")))
        o.retries = in.value(QLatin1String("retries")).toInt();
    o.delay = in.value(QLatin1String("delay")).toString();
    o.retryDelay = in.value(QLatin1String("retryDelay")).toString();
    o.flowControlKey = in.value(QLatin1String("flowControlKey")).toString();
    o.flowControlValue = in.value(QLatin1String("flowControlValue")).toString();
    o.failureCallback = in.value(QLatin1String("failureCallback")).toString();
    for (const QJsonValue &label : in.value(QLatin1String("labels")).toArray())
        o.labels.append(label.toString());
    return o;
}

} // namespace

QJsonObject actContext(const ActPlan &plan, const std::optional<FrozenSet> &frozen,
                       const QString &host, const QString &reason)
{
    QJsonObject act{{QStringLiteral("action"), entryCallName(plan.call)},
                    {QStringLiteral("bulk"), plan.bulk},
                    {QStringLiteral("overrides"), overridesJson(plan.overrides)},
                    {QStringLiteral("host"), host},
                    {QStringLiteral("reason"), reason}};
    if (frozen) {
        act.insert(QStringLiteral("filter"), frozen->filter.describe());
        act.insert(QStringLiteral("frozen"), int(frozen->ids.size()));
        act.insert(QStringLiteral("previewedAt"), frozen->previewedAt.toMSecsSinceEpoch());
    }
    return act;
}

ActRestore actRestoreFrom(const RecoveredSession &session, ActPlan *plan)
{
    ActRestore restore;
    const QJsonObject &act = session.act;
    plan->call = callNamed(act.value(QLatin1String("action")).toString()).value_or(EntryCall::Get);
    plan->bulk = act.value(QLatin1String("bulk")).toBool();
    plan->overrides = overridesFrom(act.value(QLatin1String("overrides")).toObject());
    plan->ids.clear();
    for (const ResultRow &row : session.rows) {
        plan->ids.append(row.id);
        // Cancelled: aborted in flight, so as unknown as a request cut off by a crash.
        if (awaitsSending(row) || row.state == ResultState::Cancelled) {
            if (session.unknownOutcomeIds.contains(row.id))
                restore.unknown.insert(row.id);
            continue;
        }
        LedgerEntry entry;
        entry.row = row;
        entry.action = plan->call;
        const QJsonObject detail = session.details.value(row.id);
        entry.newWorkflowRunId = detail.value(QLatin1String(journal::kDetailRun)).toString();
        entry.newWorkflowCreatedAt =
            detail.value(QLatin1String(journal::kDetailCreatedAt)).toInteger(-1);
        entry.chunk = detail.value(QLatin1String(journal::kDetailChunk)).toInt(-1);
        entry.lookup =
            lookupFromKey(detail.value(QLatin1String(journal::kDetailLookup)).toString());
        restore.settled.insert(row.id, entry);
    }
    return restore;
}

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
        for (qsizetype i = 0; i < parts.size(); ++i)
            out.append(ActionItem{int(i), bulkAction(call, parts.at(i), overrides)});
        return out;
    }
    const QStringList list = unique(ids);
    for (qsizetype i = 0; i < list.size(); ++i)
        out.append(ActionItem{kPerIdKey + int(i), entryAction(call, list.at(i), overrides)});
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

ActRun::~ActRun()
{
    // Before the journal: a run losing its send gate would send what waits for it.
    delete m_run;
}

void ActRun::setJournal(const QString &directory, const QJsonObject &act, const QString &host)
{
    m_journalDir = directory;
    m_act = act;
    m_journalHost = host;
}

bool ActRun::closeJournal(bool keep)
{
    if (!m_journal)
        return false;
    keep = keep || unfinishedCount() > 0;
    if (keep)
        m_journal->flush();
    else
        m_journal->markClean();
    m_journal.reset();
    return keep;
}

int ActRun::unfinishedCount() const
{
    int count = 0;
    for (const LedgerEntry &entry : m_ledger.entries) {
        if (awaitsSending(entry.row) || entry.row.state == ResultState::Cancelled)
            ++count;
    }
    return count;
}

bool ActRun::start(const ActPlan &plan, const std::optional<FrozenSet> &frozen,
                   const ActRestore &restore)
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
    m_arrived.clear();
    m_ledger = Ledger{};
    m_ledger.action = plan.call;
    if (frozen) {
        m_ledger.matching = true;
        m_ledger.filter = frozen->filter;
        m_ledger.previewedAt = frozen->previewedAt;
        m_ledger.frozen = int(frozen->ids.size());
    }
    for (const QString &id : std::as_const(m_plan.ids)) {
        LedgerEntry entry = restore.settled.value(id);
        if (entry.row.id.isEmpty()) {
            entry.row.id = id;
            entry.row.verdict = checkId(id);
            entry.row.state = ResultState::NotSent;
            entry.action = plan.call;
            // Still unknown until it is checked, should this run stop too.
            if (restore.unknown.contains(id)) {
                entry.row.state = ResultState::Cancelled;
                entry.row.message = tr("In flight when the earlier run stopped; checked before "
                                       "it is sent again.");
            }
        }
        m_ledger.entries.append(entry);
    }
    const QList<ActionItem> items = buildItems(restore);
    m_total = int(items.size());
    m_done = 0;
    m_end = RunEnd::Completed;
    m_running = true;
    m_run = new ActionRun(m_nam, m_config, this);
    if (!m_journalDir.isEmpty()) {
        // The journal starts from the ledger's rows as they stand (restored results included):
        // its first snapshot replaces whatever session was in the directory.
        m_model = std::make_unique<ResultsModel>();
        QList<ResultRow> rows;
        for (const LedgerEntry &entry : std::as_const(m_ledger.entries))
            rows.append(entry.row);
        m_model->restoreRows(rows);
        m_journal = std::make_unique<SessionJournal>(m_model.get(), m_journalDir);
        m_journal->setContext(m_journalHost);
        m_journal->setActContext(m_act);
        for (const LedgerEntry &entry : std::as_const(m_ledger.entries)) {
            if (const QJsonObject detail = detailOf(entry); !detail.isEmpty())
                m_journal->recordDetail(entry.row.id, detail);
        }
        connect(m_journal.get(), &SessionJournal::writeFailed, this,
                [this](const QString &error) { m_journalError = error; });
        m_run->setSendGate(m_journal.get());
    }
    connect(m_run, &ActionRun::itemStarted, this, &ActRun::onItemStarted);
    connect(m_run, &ActionRun::itemFinished, this, &ActRun::onItemFinished);
    connect(m_run, &ActionRun::finished, this, &ActRun::onRunFinished);
    m_run->start(items);
    return true;
}

QList<ActionItem> ActRun::buildItems(const ActRestore &restore)
{
    QList<ActionItem> out;
    QList<int> fresh; // bulk: rows that go in chunks
    for (qsizetype row = 0; row < m_ledger.entries.size(); ++row) {
        const QString &id = m_ledger.entries.at(row).row.id;
        if (restore.settled.contains(id))
            continue;
        const bool unknown = restore.unknown.contains(id);
        if (m_plan.bulk && !unknown) {
            fresh.append(int(row));
            continue;
        }
        // A chunk that may have been applied is checked ID by ID.
        out.append(ActionItem{kPerIdKey + int(row), entryAction(m_plan.call, id, m_plan.overrides),
                              unknown});
    }
    m_chunkRows.clear();
    const int size = maxBulkIds(m_plan.call);
    for (qsizetype from = 0; size > 0 && from < fresh.size(); from += size) {
        const QList<int> rows = fresh.mid(from, size);
        QStringList ids;
        for (int row : rows) {
            ids.append(m_ledger.entries.at(row).row.id);
            m_ledger.entries[row].chunk = int(m_chunkRows.size());
        }
        out.append(
            ActionItem{int(m_chunkRows.size()), bulkAction(m_plan.call, ids, m_plan.overrides)});
        m_chunkRows.append(rows);
    }
    return out;
}

QList<int> ActRun::rowsOf(int key) const
{
    if (key >= kPerIdKey)
        return {key - kPerIdKey};
    return m_chunkRows.value(key);
}

void ActRun::cancel()
{
    if (m_run)
        m_run->cancel();
    else if (m_recount)
        m_recount->cancel();
}

void ActRun::onItemStarted(int key)
{
    if (!m_model)
        return;
    // Recorded before the request leaves: the engine waits for the journal (SendGate).
    for (int row : rowsOf(key))
        m_model->setSending(row);
}

void ActRun::onItemFinished(int key, const ActionResult &result)
{
    if (key < kPerIdKey && needsPerIdLookup(m_plan.call, result) &&
        expandUncertainChunk(key, result))
        return;
    const QList<int> rows = rowsOf(key);
    for (int row : rows) {
        ActionResult own = result;
        // The answer holds a count (delete) or the runs started (resume, restart), never
        // which ID each belongs to.
        if (key < kPerIdKey && result.state == ResultState::Deleted && result.count >= 0 &&
            result.count < rows.size())
            own.state = ResultState::DeletedOrNotFound;
        settle(row, own);
    }
    ++m_done;
    Q_EMIT progress(m_done, m_total);
}

void ActRun::settle(int row, const ActionResult &result)
{
    LedgerEntry &entry = m_ledger.entries[row];
    const ResultRow outcome = entryRowOutcome(entry.row.id, result);
    ResultRow next = outcome;
    next.verdict = entry.row.verdict;
    next.attempts += entry.row.attempts;
    next.history = entry.row.history + outcome.history;
    entry.row = next;
    entry.lookup = result.lookup;
    if (result.state == ResultState::Done && entry.chunk < 0) {
        if (const std::optional<StartedRun> run = readStartedRun(result.body)) {
            entry.newWorkflowRunId = run->workflowRunId;
            entry.newWorkflowCreatedAt = run->workflowCreatedAt;
        }
    }
    if (m_journal) {
        if (const QJsonObject detail = detailOf(entry); !detail.isEmpty())
            m_journal->recordDetail(entry.row.id, detail);
        m_model->setOutcome(row, outcome);
    }
}

bool ActRun::expandUncertainChunk(int key, const ActionResult &result)
{
    const QList<int> rows = rowsOf(key);
    QList<ActionItem> items;
    for (int row : rows) {
        LedgerEntry &entry = m_ledger.entries[row];
        entry.chunk = -1; // from now on it goes on its own
        items.append(ActionItem{kPerIdKey + row,
                                entryAction(m_plan.call, entry.row.id, m_plan.overrides), true});
    }
    // Stands in case the run is stopping and takes no more work: a restore then re-checks them.
    for (int row : rows) {
        ActionResult own = result;
        own.state = ResultState::Cancelled;
        own.message =
            tr("Sent in bulk without a clear answer; looked up one by one. %1").arg(result.message);
        settle(row, own);
    }
    for (const ActionItem &item : items) {
        if (!m_run->append(item))
            break;
        ++m_total;
    }
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    return true;
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
