#include "cli/actcommand.h"

#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/followargs.h"
#include "cli/historyrecording.h"
#include "cli/idinput.h"
#include "cli/ledgerprinter.h"
#include "cli/listcommand.h"
#include "cli/resultprinter.h"
#include "history/historyrecord.h"
#include "results/resultsmodel.h"
#include "run/confirmrule.h"
#include "session/entrysnapshot.h"

#include <QDir>

namespace dlq::cli {

ActCommand::ActCommand(ActOptions options, const QProcessEnvironment &env, QObject *parent)
    : ApiCommand(options, options, env, parent), m_options(std::move(options)),
      m_progress(console::stderrIsTerminal())
{
    connect(&m_prompt, &ConfirmPrompt::answered, this, [this](bool confirmed) {
        if (confirmed)
            act();
        else
            fail(ExitUsage, QStringLiteral("Not confirmed; nothing was sent."));
    });
}

ActCommand::~ActCommand() = default;

// The start of dlqctl's question: "Resume", "Retry the failure callback of"… (dlqctl stays
// English; the window asks with whole translated sentences, ui/act/actwording.h).
QString ActCommand::verb() const
{
    switch (m_options.action) {
    case EntryCall::Resume:
        return QStringLiteral("Resume");
    case EntryCall::Restart:
        return QStringLiteral("Restart");
    case EntryCall::Callback:
        return QStringLiteral("Retry the failure callback of");
    case EntryCall::CancelCallback:
        return QStringLiteral("Cancel the failure callback of");
    case EntryCall::Delete:
    case EntryCall::Get:
        break;
    }
    return QStringLiteral("Delete");
}

void ActCommand::run()
{
    if (!m_options.dryRun && !m_token.error.isEmpty()) {
        fail(ExitUsage, m_token.error);
        return;
    }
    if (!m_token.warning.isEmpty())
        console::err(m_token.warning + QLatin1Char('\n'));
    if (!m_options.dryRun) {
        if (const QString problem = checkOutputWritable(); !problem.isEmpty()) {
            fail(ExitUsage, problem + QStringLiteral(" Nothing was sent."));
            return;
        }
    }
    watchSignals();
    m_plan.call = m_options.action;
    m_plan.bulk = m_options.fast;
    m_plan.overrides = m_options.overrides;
    if (!m_options.sessionDir.isEmpty()) {
        m_session = openActSession(m_options, host());
        console::err(m_session.notes);
        if (!m_session.ok) {
            fail(ExitUsage, m_session.error);
            return;
        }
        if (m_options.resume) {
            m_plan = m_session.plan;
            proceed();
            return;
        }
    }
    if (!m_options.matching) {
        if (loadGivenIds())
            proceed();
        return;
    }
    if (!m_token.error.isEmpty()) { // the preview needs the token even for a dry run
        fail(ExitUsage, m_token.error);
        return;
    }
    console::err(
        QStringLiteral("Listing the entries matching: %1…\n").arg(m_options.filter.describe()));
    m_freezer = std::make_unique<SetFreezer>(&m_nam, runConfig());
    m_freezer->setCap(m_options.cap);
    connect(m_freezer.get(), &SetFreezer::finished, this, &ActCommand::onPreviewed);
    if (!m_freezer->start(m_options.filter))
        fail(ExitUsage, m_freezer->errorMessage());
}

bool ActCommand::loadGivenIds()
{
    ResultsModel model;
    int duplicates = 0;
    const QString error = loadIds(m_options.ids, m_options.fromFile, model, &duplicates);
    if (!error.isEmpty()) {
        fail(ExitUsage, error);
        return false;
    }
    console::err(invalidIdLines(model));
    for (const ResultRow &row : model.rows()) {
        if (row.verdict.isSendable())
            m_plan.ids.append(row.id);
    }
    if (m_plan.ids.isEmpty()) {
        fail(ExitUsage, QStringLiteral("None of the IDs can be sent; the reasons are above."));
        return false;
    }
    return true;
}

void ActCommand::onPreviewed(PagerEnd end, const QString &message)
{
    const FrozenSet &set = m_freezer->set();
    for (const QString &problem : set.problems)
        console::err(QStringLiteral("Warning: ") + printable(problem) + QLatin1Char('\n'));
    if (end == PagerEnd::CapReached) {
        fail(ExitUsage, QStringLiteral("More than %1 entries match; nothing was sent. Narrow the "
                                       "filter or raise --cap.")
                            .arg(m_options.cap));
        return;
    }
    if (end != PagerEnd::Complete) {
        console::err(printable(message) + QLatin1Char('\n'));
        fail(exitCodeForPager(end, m_interrupted),
             QStringLiteral("The preview did not finish, so nothing was sent."));
        return;
    }
    m_frozen = set;
    m_plan.ids = set.ids;
    console::err(QStringLiteral("Frozen: %1 matching at %2.\n")
                     .arg(plural(set.ids.size(), "1 entry", "%1 entries"),
                          set.previewedAt.toLocalTime().toString(Qt::ISODate)));
    if (set.ids.isEmpty()) {
        console::err(QStringLiteral("Nothing matches; nothing was sent.\n"));
        Ledger ledger;
        ledger.action = m_options.action;
        ledger.host = host();
        ledger.reason = m_options.reason;
        ledger.matching = true;
        ledger.filter = set.filter;
        ledger.previewedAt = set.previewedAt;
        ledger.frozen = 0;
        ledger.arrivedAfterPreview = 0;
        finish(m_options.dryRun ? ExitOk : deliver(renderLedger(ledger, m_output.format), ExitOk));
        return;
    }
    proceed();
}

void ActCommand::proceed()
{
    const QStringList problems = m_plan.problems();
    if (!problems.isEmpty()) {
        fail(ExitUsage, problems.join(QLatin1Char(' ')));
        return;
    }
    if (m_options.dryRun) {
        printDryRun();
        finish(ExitOk);
        return;
    }
    if (m_options.yes) {
        act();
        return;
    }
    if (!console::stdinIsTerminal()) {
        fail(ExitUsage, QStringLiteral("Refusing to act without confirmation: standard input is "
                                       "not a terminal, so nobody can type it. Pass --yes to "
                                       "confirm (check with --dry-run first)."));
        return;
    }
    askThenAct();
}

void ActCommand::printDryRun()
{
    QString out;
    if (m_frozen)
        out += entriesTable(m_frozen->entries) + QLatin1Char('\n');
    const QList<RequestSpec> requests = m_plan.requests(m_baseUrl);
    for (const RequestSpec &spec : requests) {
        out += requestLine(spec.verb, spec.url) + QLatin1Char('\n');
        for (const auto &[name, value] : spec.headers)
            out +=
                QStringLiteral("  ") + QString::fromLatin1(name + ": " + value) + QLatin1Char('\n');
    }
    console::out(out);
    console::err(QStringLiteral("Dry run: would send %1 for %2 to %3. Nothing was sent.\n")
                     .arg(plural(requests.size(), "1 request", "%1 requests"),
                          plural(m_plan.ids.size(), "1 ID", "%1 IDs"), host()));
}

void ActCommand::askThenAct()
{
    const int count = int(m_plan.ids.size());
    QString question = QStringLiteral("%1 %2 on %3?")
                           .arg(verb(), plural(count, "1 DLQ entry", "%1 DLQ entries"), host());
    if (m_frozen)
        question += QStringLiteral(" (all that matched %1 at the preview)")
                        .arg(m_frozen->filter.describe());
    if (!m_plan.overrides.isEmpty())
        question += QStringLiteral(" With %1.").arg(m_plan.overrides.describe());
    if (m_options.action == EntryCall::Delete)
        question += QStringLiteral(" This cannot be undone.");
    const QString expected =
        requiresTypedCount(count, false) ? QString::number(count) : QStringLiteral("yes");
    m_prompt.ask(question + QStringLiteral(" Type %1 to confirm:").arg(expected), expected);
}

bool ActCommand::saveSnapshot()
{
    if (m_options.action != EntryCall::Delete || !m_frozen || !m_options.snapshot)
        return true;
    const EntrySnapshot snapshot =
        snapshotOf(*m_frozen, entryCallName(m_options.action), host(), m_options.reason);
    QString error;
    m_snapshotPath = saveEntrySnapshot(defaultSnapshotDir(), snapshot, &error);
    if (m_snapshotPath.isEmpty()) {
        fail(ExitUsage, QStringLiteral("Could not save the entries before deleting them (%1); "
                                       "nothing was deleted. --no-snapshot deletes without "
                                       "the copy.")
                            .arg(error));
        return false;
    }
    console::err(QStringLiteral("Saved the %1 before deleting: %2\n")
                     .arg(plural(m_frozen->entries.size(), "entry", "%1 entries"),
                          QDir::toNativeSeparators(m_snapshotPath)));
    return true;
}

void ActCommand::act()
{
    if (!saveSnapshot())
        return;
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_run = std::make_unique<ActRun>(&m_nam, runConfig());
    if (!m_options.sessionDir.isEmpty()) {
        m_run->setJournal(m_options.sessionDir,
                          m_options.resume ? m_session.act
                                           : actContext(m_plan, m_frozen, host(), m_options.reason),
                          host());
    }
    connect(m_run.get(), &ActRun::progress, this,
            [this](int done, int total) { m_progress.update(done, total, 0); });
    connect(m_run.get(), &ActRun::finished, this, &ActCommand::onActFinished);
    if (m_plan.bulk)
        console::err(QStringLiteral("Bulk: the API answers each chunk with the runs it started, "
                                    "not which ID each run belongs to.\n"));
    console::err(QStringLiteral("%1 %2 on %3 with token %4 from %5…\n")
                     .arg(verb(), plural(m_plan.ids.size(), "1 entry", "%1 entries"), host(),
                          AppSettings::fingerprint(m_token.token), m_token.source));
    if (!m_run->start(m_plan, m_frozen, m_session.restore))
        fail(ExitUsage, m_run->errorMessage());
}

void ActCommand::interrupt()
{
    m_progress.clear();
    if (m_follower && m_follower->isRunning()) {
        console::err(QStringLiteral("Interrupted: following stopped.\n"));
        m_follower->cancel();
        return;
    }
    if (m_run && m_run->isRunning()) {
        console::err(QStringLiteral("Interrupted: cancelling; requests in flight may still have "
                                    "been applied.\n"));
        m_run->cancel();
        return;
    }
    if (m_freezer) {
        m_freezer->cancel();
        return;
    }
    console::err(QStringLiteral("\nInterrupted; nothing was sent.\n"));
    finish(ExitInterrupted);
}

void ActCommand::onActFinished(RunEnd end, const QString &recountError)
{
    m_progress.clear();
    m_end = end;
    m_recountError = recountError;
    Ledger ledger = m_run->ledger();
    ledger.host = host();
    ledger.reason = m_options.reason;
    if (m_options.resume)
        restoreFrame(ledger, m_session.act);
    ledger.snapshotPath = m_snapshotPath; // kept in the history with the run
    const QString action = recordedActionName(ledger.action, m_plan.bulk);
    // Recorded before following, so a follow-up cut short still leaves the run in the history.
    const qint64 historyId =
        writeHistory(historyRunFrom(ledger, cliRunFacts(host(), action, ledger.reason, end,
                                                        m_interrupted, m_startedAt, m_clock)),
                     m_settings);
    if (m_run->closeJournal(m_interrupted || end != RunEnd::Completed)) {
        console::err(QStringLiteral("The session in %1 is unfinished; continue it with "
                                    "--session %1 --resume.\n")
                         .arg(QDir::toNativeSeparators(m_options.sessionDir)));
    }
    if (!m_options.follow.enabled || m_interrupted || end != RunEnd::Completed) {
        report(ledger, {});
        return;
    }
    console::err(QStringLiteral("Following the new runs on %1 (up to %2 s; Ctrl+C stops)…\n")
                     .arg(host())
                     .arg(m_options.follow.timeoutSeconds));
    m_follower = std::make_unique<RunFollower>(&m_nam, runConfig());
    m_follower->setFollowConfig(followConfigFor(m_options.follow));
    connect(m_follower.get(), &RunFollower::finished, this, [this, historyId] {
        writeFollowUps(historyId, m_follower->ledger(), m_settings);
        report(m_follower->ledger(), m_follower->stopReason());
    });
    m_follower->start(ledger);
}

void ActCommand::report(const Ledger &ledger, const QString &followStop)
{
    const RunEnd end = m_end;
    const QString &recountError = m_recountError;
    const int code = deliver(renderLedger(ledger, m_output.format),
                             exitCodeFor(end, ledger.states(), m_interrupted));
    if (m_follower)
        console::err(followSummary(ledger, followStop));
    if (m_frozen) {
        if (ledger.arrivedAfterPreview >= 0) {
            console::err(QStringLiteral("%1 arrived after the preview and %2 not touched.\n")
                             .arg(plural(ledger.arrivedAfterPreview, "1 entry", "%1 entries"),
                                  ledger.arrivedAfterPreview == 1 ? QStringLiteral("was")
                                                                  : QStringLiteral("were")));
        } else {
            console::err(QStringLiteral("Entries that arrived after the preview were not "
                                        "counted: %1\n")
                             .arg(recountError));
        }
    }
    int settled = 0;
    for (const ResultState state : ledger.states())
        settled += (state == ResultState::Done || state == ResultState::Deleted) ? 1 : 0;
    console::err(QStringLiteral("%1: %2 of %3 done · %4 · %5\n")
                     .arg(entryCallName(ledger.action))
                     .arg(settled)
                     .arg(ledger.entries.size())
                     .arg(host(), elapsedText()));
    finish(code);
}

} // namespace dlq::cli
