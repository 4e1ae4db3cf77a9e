#include "cli/deletecommand.h"

#include "cli/bulkprinter.h"
#include "cli/commandsetup.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/historyrecording.h"
#include "history/historyrecord.h"

#include <QDir>

namespace dlq::cli {

DeleteCommand::DeleteCommand(DeleteOptions options, const QProcessEnvironment &env, QObject *parent)
    : ApiCommand(options, options, env, parent), m_options(std::move(options)),
      m_controller(&m_model, &m_nam), m_progress(console::stderrIsTerminal())
{
    connect(&m_controller, &RunController::progressChanged, this,
            [this](int done, int total, double rate) { m_progress.update(done, total, rate); });
    connect(&m_controller, &RunController::runFinished, this, &DeleteCommand::onRunFinished);
    connect(&m_controller, &RunController::notFoundGuardTripped, this,
            &DeleteCommand::onNotFoundGuard);
    connect(&m_prompt, &ConfirmPrompt::answered, this, [this](bool confirmed) {
        if (m_running) { // the not-found guard asked whether to go on
            if (confirmed) {
                m_controller.resume();
            } else {
                m_guardStopped = true;
                m_controller.cancel();
            }
        } else if (confirmed) {
            send();
        } else {
            fail(ExitUsage, QStringLiteral("Not confirmed; nothing was deleted."));
        }
    });
}

DeleteCommand::~DeleteCommand() = default;

bool DeleteCommand::prepare()
{
    if (readDeleteInput(m_options, m_model, m_plan))
        return true;
    decide(); // says why and ends the command
    return false;
}

void DeleteCommand::run()
{
    decideDelete(m_options, m_baseUrl, m_token, m_model, m_controller, m_plan);
    if (!decide())
        return;
    if (m_options.resume && m_plan.sendRows.isEmpty()) {
        // Everything was settled before the stop: report the session as it stands.
        console::err(QStringLiteral("Nothing left to send in this session.\n"));
        onRunFinished(RunEnd::Completed);
        return;
    }
    if (m_options.yes) {
        send();
        return;
    }
    if (!console::stdinIsTerminal()) {
        fail(ExitUsage, QStringLiteral("Refusing to delete without confirmation: standard input "
                                       "is not a terminal, so nobody can type it. Pass --yes to "
                                       "confirm (check with --dry-run first)."));
        return;
    }
    askThenRun();
}

bool DeleteCommand::decide()
{
    m_controller.setOutcomeUnknown(m_plan.unknownOutcomeIds);
    console::err(m_plan.notes);
    switch (m_plan.step) {
    case DeletePlan::Step::Stop:
        fail(m_plan.exitCode, m_plan.error);
        return false;
    case DeletePlan::Step::DryRun:
        console::out(m_plan.dryRunRequests);
        console::err(m_plan.dryRunSummary);
        finish(ExitOk);
        return false;
    case DeletePlan::Step::Run:
        break;
    }
    return true;
}

void DeleteCommand::askThenRun()
{
    watchSignals();
    const int count = int(m_options.bulk ? m_plan.sendIds.size() : m_plan.sendRows.size());
    console::err(QStringLiteral("Token %1 from %2.\n")
                     .arg(AppSettings::fingerprint(m_plan.token.token), m_plan.token.source));
    // Named in the prompt so that "prod EU" is not confirmed as if it were "staging US".
    const QString profile =
        QStringLiteral("Profile “%1”%2.\n")
            .arg(m_settings.currentProfile(),
                 m_settings.isProduction() ? QStringLiteral(" (production)") : QString());
    m_prompt.ask(profile +
                     QStringLiteral("Delete %1 DLQ entries from %2? This cannot be undone. Type %1 "
                                    "to confirm:")
                         .arg(count)
                         .arg(host()),
                 QString::number(count));
}

RunConfig DeleteCommand::deleteRunConfig() const
{
    RunConfig config = runConfig();
    if (m_options.notFoundGuard)
        config.notFoundGuard = *m_options.notFoundGuard;
    config.chunkSize = m_options.chunkSize;
    return config;
}

void DeleteCommand::send()
{
    watchSignals();
    const RunConfig config = deleteRunConfig();
    m_running = true;
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_history = std::make_unique<BackgroundHistory>(m_settings, m_plan.sendIds);
    if (!m_options.sessionDir.isEmpty() && !m_journal) {
        // Created only now, after any restore: it takes the directory over with the model's
        // rows as its first snapshot (see sessionjournal.h).
        m_journal = std::make_unique<SessionJournal>(&m_model, m_options.sessionDir);
        m_journal->setContext(host());
        connect(m_journal.get(), &SessionJournal::writeFailed, this, [](const QString &error) {
            console::err(QStringLiteral("Warning: the session journal could not be written "
                                        "(%1); a crash now may lose results.\n")
                             .arg(error));
        });
    }
    if (m_options.bulk) {
        console::err(QString::fromLatin1(kBulkNote) + QLatin1Char('\n'));
        console::err(QStringLiteral("Deleting %1 on %2 in chunks of up to %3 with token %4 from "
                                    "%5…\n")
                         .arg(plural(int(m_plan.sendIds.size()), "1 ID", "%1 IDs"), host())
                         .arg(config.chunkSize)
                         .arg(AppSettings::fingerprint(m_plan.token.token), m_plan.token.source));
    } else {
        console::err(QStringLiteral("Deleting %1 on %2 with token %3 from %4…\n")
                         .arg(plural(int(m_plan.sendRows.size()), "1 ID", "%1 IDs"), host(),
                              AppSettings::fingerprint(m_plan.token.token), m_plan.token.source));
    }
    if (m_options.snapshot)
        takeSnapshot(config);
    else
        startDeletes(config);
}

// Nothing is deleted before the copy is on disk: an entry that could not be fetched stops the
// command (--no-snapshot is the operator's way to delete without the copy).
void DeleteCommand::takeSnapshot(const RunConfig &config)
{
    EntrySnapshot header;
    header.action = recordedActionName(EntryCall::Delete, m_options.bulk);
    header.host = host();
    header.reason = m_options.reason;
    QStringList ids;
    for (int row : std::as_const(m_plan.sendRows))
        ids.append(m_model.row(row).id);
    console::err(QStringLiteral("Saving a copy of %1 first (one GET each; --no-snapshot skips "
                                "this)…\n")
                     .arg(plural(int(ids.size()), "1 entry", "%1 entries")));
    m_snapshot = new SnapshotRun(&m_nam, config, this);
    connect(m_snapshot, &SnapshotRun::progressChanged, this,
            [this](int done, int total) { m_progress.update(done, total, 0); });
    connect(m_snapshot, &SnapshotRun::finished, this,
            [this, config](const SnapshotOutcome &outcome) {
                m_snapshot->deleteLater();
                m_progress.clear();
                if (outcome.cancelled()) {
                    console::err(QStringLiteral("Interrupted while saving the copy; nothing was "
                                                "deleted.\n"));
                    finish(ExitInterrupted);
                    return;
                }
                if (outcome.unreachable()) {
                    // Deleting without the copy would not get through either. The exit code
                    // of a delete run stopped by an unreachable host.
                    fail(ExitSomeFailed, QStringLiteral("Cannot reach %1: %2. Nothing was deleted.")
                                             .arg(host(), outcome.networkError.isEmpty()
                                                              ? QStringLiteral("no answer")
                                                              : outcome.networkError));
                    return;
                }
                if (!outcome.complete()) {
                    fail(outcome.end == RunEnd::TokenRejected ? ExitTokenRejected : ExitSomeFailed,
                         QStringLiteral("No complete copy: %1 Nothing was deleted; --no-snapshot "
                                        "deletes without a copy.")
                             .arg(outcome.problem()));
                    return;
                }
                m_snapshotPath = outcome.path;
                console::err(QStringLiteral("Saved %1 in %2 (%3 not in the DLQ).\n")
                                 .arg(plural(outcome.saved, "1 entry", "%1 entries"),
                                      QDir::toNativeSeparators(outcome.path))
                                 .arg(outcome.notFound.size()));
                startDeletes(config);
            });
    m_snapshot->start(header, ids);
}

void DeleteCommand::startDeletes(const RunConfig &config)
{
    if (!m_controller.start(m_plan.sendRows, config,
                            m_options.bulk ? RunMode::Bulk : RunMode::PerId))
        fail(ExitSomeFailed, QStringLiteral("The run could not start."));
}

void DeleteCommand::interrupt()
{
    m_progress.clear();
    if (!m_running) {
        console::err(QStringLiteral("\nInterrupted; nothing was sent.\n"));
        finish(ExitInterrupted);
        return;
    }
    if (m_snapshot && m_snapshot->isRunning()) {
        m_snapshot->cancel(); // nothing was deleted yet: the copy's finished() ends the command
        return;
    }
    console::err(QStringLiteral("Interrupted: cancelling; requests in flight may still have been "
                                "applied.\n"));
    // Finishes synchronously: the results follow through onRunFinished.
    m_controller.cancel();
}

// DeleteRun pauses itself here; a run nobody resumes would hang dlqctl forever.
void DeleteCommand::onNotFoundGuard(int count)
{
    m_progress.clear();
    console::err(QStringLiteral("The first %1 answers were all 404 Not found: these IDs may "
                                "belong to another region or project than %2.\n")
                     .arg(count)
                     .arg(host()));
    if (!m_options.yes && console::stdinIsTerminal()) {
        m_prompt.ask(QStringLiteral("Continue anyway? Type yes to continue:"),
                     QStringLiteral("yes"));
        return;
    }
    console::err(QStringLiteral("Stopped; the rest was not sent. Check --base-url, or pass "
                                "--not-found-guard 0 to go on regardless.\n"));
    m_guardStopped = true;
    m_controller.cancel();
}

void DeleteCommand::finishSession(RunEnd end)
{
    if (!m_journal)
        return;
    // Clean only when nothing is left to do; otherwise the session stays for --resume.
    if (end == RunEnd::Completed && !m_interrupted && !m_guardStopped &&
        m_controller.unsentRows().isEmpty() && m_controller.retryableRows().isEmpty()) {
        m_journal->markClean();
    } else {
        m_journal->flush();
        console::err(QStringLiteral("The session in %1 is unfinished; continue it with "
                                    "--session %1 --resume.\n")
                         .arg(QDir::toNativeSeparators(m_options.sessionDir)));
    }
    m_journal.reset();
}

void DeleteCommand::recordHistory(RunEnd end)
{
    if (!m_running)
        return; // nothing was sent (e.g. a resumed session with nothing left)
    RunFacts facts = cliRunFacts(host(), recordedActionName(EntryCall::Delete, m_options.bulk),
                                 m_options.reason, end, m_interrupted, m_startedAt, m_clock);
    facts.snapshotPath = m_snapshotPath;
    m_history->record(historyRunFrom(m_model.rows(), m_plan.sendRows, facts));
}

void DeleteCommand::onRunFinished(RunEnd end)
{
    recordHistory(end);
    m_progress.clear();
    finishSession(end);
    const int code = m_controller.mode() == RunMode::Bulk
                         ? reportBulk(m_options, m_model, m_controller.chunks(),
                                      int(m_plan.sendIds.size()), ending(end))
                         : reportPerId(m_options, m_model, m_plan.sendRows, ending(end));
    finish(code);
}

RunEnding DeleteCommand::ending(RunEnd end) const
{
    RunEnding e;
    e.end = end;
    e.interrupted = m_interrupted;
    e.guardStopped = m_guardStopped;
    e.host = host();
    e.tokenFingerprint = AppSettings::fingerprint(m_plan.token.token);
    e.tokenSource = m_plan.token.source;
    e.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    e.snapshotPath = m_snapshotPath;
    return e;
}

} // namespace dlq::cli
