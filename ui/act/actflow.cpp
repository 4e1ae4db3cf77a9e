#include "ui/act/actflow.h"

#include "history/historystore.h"
#include "results/ledgermodel.h"
#include "settings/appsettings.h"

namespace dlq {

namespace {
// What the ledger, the history and the journal call the target.
QString runHost(const Target &target)
{
    return target.sandbox ? QStringLiteral("sandbox") : target.host();
}
} // namespace

ActFlow::ActFlow(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam), m_ledger(new LedgerModel(this))
{}

ActFlow::~ActFlow() = default;

void ActFlow::setTarget(const Target &target, const RunConfig &config)
{
    m_target = target;
    m_config = config;
}

void ActFlow::setHistory(HistoryStore *history)
{
    m_history = history;
}

HistoryStore *ActFlow::history() const
{
    return m_history;
}

bool ActFlow::isBusy() const
{
    return isPreviewing() || isRunning();
}

bool ActFlow::preview(const api::DlqFilter &filter)
{
    if (isBusy()) {
        m_error = tr("An action or a preview is already going.");
        return false;
    }
    m_frozen.reset();
    m_freezer = new SetFreezer(m_nam, m_config, this);
    m_freezer->setCap(ActRun::kMaxRecount);
    connect(m_freezer, &SetFreezer::finished, this, [this](PagerEnd end, const QString &message) {
        if (end == PagerEnd::Complete)
            m_frozen = m_freezer->set();
        m_freezer->deleteLater();
        m_freezer = nullptr;
        Q_EMIT previewFinished(end, message);
    });
    if (!m_freezer->start(filter)) {
        m_error = m_freezer->errorMessage();
        delete m_freezer;
        m_freezer = nullptr;
        return false;
    }
    return true;
}

bool ActFlow::start(const ActPlan &plan, const QString &reason,
                    const std::optional<FrozenSet> &frozen)
{
    if (isBusy()) {
        m_error = tr("An action or a preview is already going.");
        return false;
    }
    if (!m_journalHeld.isEmpty() && !m_resuming) {
        m_error = m_journalHeld;
        return false;
    }
    if (!m_target.isUsable()) {
        m_error = m_target.problem.isEmpty() ? tr("No server set up.") : m_target.problem;
        return false;
    }
    const QStringList problems = plan.problems();
    if (!problems.isEmpty()) {
        m_error = problems.join(QLatin1Char(' '));
        return false;
    }
    m_snapshotPath.clear();
    if (plan.call == EntryCall::Delete && frozen && m_settings &&
        m_settings->snapshotBeforeDelete()) {
        // Nothing is deleted before the copy is on disk, as for pasted IDs.
        const QString host = runHost(m_target);
        QString error;
        m_snapshotPath =
            saveEntrySnapshot(defaultSnapshotDir(),
                              snapshotOf(*frozen, entryCallName(plan.call), host, reason), &error);
        if (m_snapshotPath.isEmpty()) {
            m_error = tr("The entries could not be saved before deleting them (%1), so nothing "
                         "was deleted. Settings → “Save a copy of each entry before deleting "
                         "it” turns the copy off.")
                          .arg(error);
            return false;
        }
    }
    auto *run = new ActRun(m_nam, m_config, this);
    if (!m_journalDir.isEmpty()) {
        QJsonObject act = m_resuming ? m_resuming->act : QJsonObject();
        if (!m_resuming) {
            act = actContext(plan, frozen, runHost(m_target), reason);
            addWindowContext(act, m_target.profile, m_target.baseUrl.toString(),
                             QDateTime::currentDateTimeUtc());
        }
        run->setJournal(m_journalDir, act, runHost(m_target));
    }
    if (!run->start(plan, frozen, m_resuming ? m_resuming->restore : ActRestore{})) {
        m_error = run->errorMessage();
        delete run;
        return false;
    }
    if (m_run)
        m_run->deleteLater();
    m_run = run;
    m_runTarget = m_target;
    m_reason = reason;
    m_bulk = plan.bulk;
    m_resumedAct = m_resuming ? m_resuming->act : QJsonObject();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    connect(m_run, &ActRun::progress, this, [this](int done, int total) {
        m_ledger->setLedger(m_run->ledger());
        Q_EMIT progress(done, total);
    });
    connect(m_run, &ActRun::finished, this, &ActFlow::onFinished);
    m_ledger->setLedger(m_run->ledger());
    Q_EMIT started(int(plan.bulk ? plan.chunks().size() : m_run->ledger().entries.size()));
    return true;
}

bool ActFlow::resume(const InterruptedAct &interrupted)
{
    m_resuming = interrupted;
    const bool started =
        start(interrupted.plan, interrupted.act.value(QLatin1String("reason")).toString());
    m_resuming.reset();
    if (started)
        m_journalHeld.clear();
    return started;
}

void ActFlow::cancel()
{
    if (m_freezer)
        m_freezer->cancel();
    else if (m_run)
        m_run->cancel();
}

void ActFlow::onFinished(RunEnd end, const QString &recountError)
{
    Ledger ledger = m_run->ledger();
    ledger.host = runHost(m_runTarget);
    ledger.reason = m_reason;
    if (!m_resumedAct.isEmpty())
        restoreFrame(ledger, m_resumedAct);
    // As dlqctl: gone when the run completed, kept when it stopped with IDs left.
    m_run->closeJournal(end != RunEnd::Completed);
    ledger.snapshotPath = m_snapshotPath;
    m_ledger->setLedger(ledger);
    record(end);
    Q_EMIT finished(end, recountError);
}

void ActFlow::record(RunEnd end)
{
    m_historyTicket = 0;
    if (!m_history)
        return;
    const Ledger &ledger = m_ledger->ledger();
    RunFacts facts;
    facts.profile = m_runTarget.profile;
    facts.host = ledger.host;
    facts.action = recordedActionName(ledger.action, m_bulk);
    facts.source = QStringLiteral("app");
    facts.reason = m_reason;
    facts.startedAt = m_startedAt;
    facts.finish(end, m_clock);
    // The ledger's form keeps each entry's new run ID in the history.
    m_historyTicket = m_history->record(historyRunFrom(ledger, facts));
}

QStringList ActFlow::restartCandidates() const
{
    QStringList out;
    const Ledger &ledger = m_ledger->ledger();
    if (ledger.action != EntryCall::Resume)
        return out;
    for (const LedgerEntry &entry : ledger.entries) {
        if (isResumeRefusal(entry.row.httpStatus, entry.row.message))
            out.append(entry.row.id);
    }
    return out;
}

QStringList ActFlow::actedIds() const
{
    QStringList out;
    for (const LedgerEntry &entry : m_ledger->ledger().entries) {
        const ResultState state = entry.row.state;
        if (state == ResultState::Done || state == ResultState::Deleted ||
            state == ResultState::DeletedOrNotFound)
            out.append(entry.row.id);
    }
    return out;
}

} // namespace dlq
