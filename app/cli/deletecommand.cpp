#include "cli/deletecommand.h"

#include "cli/bulkprinter.h"
#include "cli/commandsetup.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/idinput.h"
#include "cli/resultprinter.h"
#include "cli/signalwatcher.h"
#include "ids/idparser.h"
#include "net/dlqurl.h"
#include "net/endpoint.h"
#include "net/tlstrust.h"
#include "results/exporter.h"
#include "util/appidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <algorithm>

namespace dlq::cli {

DeleteCommand::DeleteCommand(DeleteOptions options, const QProcessEnvironment &env, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      // The GUI's settings, read for the saved token, server and run settings; never written.
      m_store(QSettings::NativeFormat, QSettings::UserScope, appOrganizationName(),
              appApplicationName()),
      m_settings(&m_store, env), m_tokenSource(&m_settings, &m_keychain),
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
            run();
        } else {
            fail(ExitUsage, QStringLiteral("Not confirmed; nothing was deleted."));
        }
    });
}

DeleteCommand::~DeleteCommand() = default;

void DeleteCommand::start()
{
    // The token may be in the system keychain, which answers asynchronously.
    connect(&m_tokenSource, &TokenSource::found, this, &DeleteCommand::startWithToken,
            Qt::SingleShotConnection);
    m_tokenSource.lookup(m_options.tokenFile);
}

void DeleteCommand::startWithToken(const TokenLookup &token)
{
    m_token = token;
    if (!prepare())
        return;
    if (m_options.resume && m_sendRows.isEmpty()) {
        // Everything was settled before the stop: report the session as it stands.
        console::err(QStringLiteral("Nothing left to send in this session.\n"));
        onRunFinished(RunEnd::Completed);
        return;
    }
    if (m_options.yes) {
        run();
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

bool DeleteCommand::loadSession()
{
    const QString &dir = m_options.sessionDir;
    const QString shown = QDir::toNativeSeparators(dir);
    const bool recoverable = SessionJournal::hasRecoverableSession(dir);
    if (!m_options.resume) {
        // A new journal would replace the old session, and with it the only record of
        // which of its deletes were done.
        if (recoverable) {
            fail(ExitUsage, QStringLiteral("%1 holds an unfinished session; use --resume or "
                                           "remove it.")
                                .arg(shown));
            return false;
        }
        return true;
    }
    if (!recoverable) {
        fail(ExitUsage, QStringLiteral("%1 holds no unfinished session to resume.").arg(shown));
        return false;
    }
    const RecoveredSession session = SessionJournal::recover(dir);
    for (const QString &warning : session.warnings)
        console::err(QStringLiteral("Warning: ") + warning + QLatin1Char('\n'));
    restoreInto(&m_model, session);
    // Their first request may have been applied before the stop: a 404 now means deleted.
    m_controller.setOutcomeUnknown(session.unknownOutcomeIds);
    console::err(QStringLiteral("Restored %1 from %2: %3 · %4 with an unknown outcome will be "
                                "sent again.\n")
                     .arg(plural(m_model.rowCount(), "1 ID", "%1 IDs"), shown, m_model.summary())
                     .arg(session.unknownOutcomeIds.size()));
    return true;
}

bool DeleteCommand::prepare()
{
    if (!m_options.sessionDir.isEmpty() && !loadSession())
        return false;
    if (!m_options.resume) {
        const QString inputError = loadIds(m_options.ids, m_options.fromFile, m_model,
                                           &m_duplicates, m_options.allowInvisible);
        if (!inputError.isEmpty()) {
            fail(ExitUsage, inputError);
            return false;
        }
    }
    if (m_model.rowCount() == 0) {
        fail(ExitUsage, QStringLiteral("No IDs found in the input."));
        return false;
    }

    QString baseUrlError;
    m_baseUrl = resolveBaseUrl(m_options.baseUrl, m_settings, &baseUrlError);
    if (m_baseUrl.isEmpty()) {
        fail(ExitUsage, baseUrlError);
        return false;
    }

    if (!m_token.token.isEmpty() && idsContainToken()) {
        // Said without the ID: printing it would print the token.
        fail(ExitUsage, QStringLiteral("One of the IDs contains your API token. Nothing was "
                                       "sent; remove it from the input (and consider rotating "
                                       "the token if it was stored or shared with the IDs)."));
        return false;
    }

    ParseResult overview;
    for (const ResultRow &r : m_model.rows())
        overview.entries.append(ParsedEntry{r.id, r.verdict});
    overview.duplicates = m_duplicates;
    console::err(invalidIdLines(m_model));
    console::err(QStringLiteral("Input: ") + overview.summary() + QLatin1Char('\n'));

    m_sendRows = m_controller.unsentRows();
    if (m_options.resume) {
        // Failed and Cancelled rows are unfinished too (Cancelled includes what was in
        // flight at the stop); send them in list order with the rest.
        m_sendRows += m_controller.retryableRows();
        std::sort(m_sendRows.begin(), m_sendRows.end());
        m_sendRows.erase(std::unique(m_sendRows.begin(), m_sendRows.end()), m_sendRows.end());
    }
    for (int row : std::as_const(m_sendRows)) {
        const QString &id = m_model.row(row).id;
        if (m_options.bulk && !BulkDeleteRun::isBulkSendable(id))
            continue;
        m_sendIds.append(id);
    }
    if (!m_options.resume && (m_sendRows.isEmpty() || (m_options.bulk && m_sendIds.isEmpty()))) {
        fail(ExitUsage, QStringLiteral("None of the IDs can be sent; the reasons are above."));
        return false;
    }

    if (m_options.dryRun) {
        printDryRun();
        finish(ExitOk);
        return false;
    }

    if (!m_token.error.isEmpty()) {
        fail(ExitUsage, m_token.error);
        return false;
    }
    if (!m_token.warning.isEmpty())
        console::err(m_token.warning + QLatin1Char('\n'));
    const QString outputProblem = checkOutputWritable();
    if (!outputProblem.isEmpty()) {
        fail(ExitUsage, outputProblem + QStringLiteral(" Nothing was sent."));
        return false;
    }
    return true;
}

bool DeleteCommand::idsContainToken() const
{
    const QString &token = m_token.token;
    for (const ResultRow &r : m_model.rows()) {
        if (r.id == token || (token.size() >= 8 && r.id.contains(token)))
            return true;
    }
    return false;
}

QString DeleteCommand::checkOutputWritable() const
{
    return checkOutputFile(m_options.outputFile);
}

void DeleteCommand::printDryRun()
{
    QString lines;
    int requests = 0;
    int unbuildable = 0;
    if (m_options.bulk) {
        const QList<QStringList> chunks = BulkDeleteRun::makeChunks(m_sendIds, m_options.chunkSize);
        for (const QStringList &chunk : chunks) {
            if (const std::optional<QUrl> url = dlqBulkDeleteUrl(m_baseUrl, chunk)) {
                lines += requestLine("DELETE", *url) + QLatin1Char('\n');
                ++requests;
            } else {
                unbuildable += int(chunk.size());
            }
        }
        console::err(QString::fromLatin1(kBulkNote) + QLatin1Char('\n'));
    } else {
        for (int row : std::as_const(m_sendRows)) {
            if (const std::optional<QUrl> url = dlqEntryUrl(m_baseUrl, m_model.row(row).id)) {
                lines += requestLine("DELETE", *url) + QLatin1Char('\n');
                ++requests;
            } else {
                ++unbuildable;
            }
        }
    }
    console::out(lines);
    const int sendable = int(m_sendIds.size()) - unbuildable;
    const int invalid = m_model.rowCount() - sendable;
    console::err(QStringLiteral("Dry run: would send %1 for %2 to %3; %4 would not be sent. "
                                "Nothing was sent.\n")
                     .arg(plural(requests, "1 DELETE request", "%1 DELETE requests"),
                          plural(sendable, "1 ID", "%1 IDs"), hostLabel(),
                          plural(invalid, "1 invalid ID", "%1 invalid IDs")));
}

void DeleteCommand::askThenRun()
{
    if (!m_signals) {
        m_signals = new SignalWatcher(this);
        connect(m_signals, &SignalWatcher::signalReceived, this, &DeleteCommand::onSignal);
    }
    const int count = int(m_options.bulk ? m_sendIds.size() : m_sendRows.size());
    console::err(QStringLiteral("Token %1 from %2.\n")
                     .arg(AppSettings::fingerprint(m_token.token), m_token.source));
    m_prompt.ask(QStringLiteral("Delete %1 DLQ entries from %2? This cannot be undone. Type %1 "
                                "to confirm:")
                     .arg(count)
                     .arg(hostLabel()),
                 QString::number(count));
}

RunConfig DeleteCommand::runConfig() const
{
    RunConfig config;
    config.baseUrl = m_baseUrl;
    config.token = m_token.token;
    config.concurrency = m_options.concurrency.value_or(m_settings.concurrency());
    config.timeoutMs = 1000 * m_options.timeoutSeconds.value_or(m_settings.timeoutSeconds());
    if (m_options.maxAttempts)
        config.maxAttempts = *m_options.maxAttempts;
    if (m_options.notFoundGuard)
        config.notFoundGuard = *m_options.notFoundGuard;
    config.maxRequestsPerSecond = m_options.ratePerSecond;
    config.tls = tlsTrusting(m_options.caCertificates);
    config.chunkSize = m_options.chunkSize;
    return config;
}

void DeleteCommand::run()
{
    if (!m_signals) {
        m_signals = new SignalWatcher(this);
        connect(m_signals, &SignalWatcher::signalReceived, this, &DeleteCommand::onSignal);
    }
    const RunConfig config = runConfig();
    m_running = true;
    m_clock.start();
    if (!m_options.sessionDir.isEmpty() && !m_journal) {
        // Created only now, after any restore: it takes the directory over with the model's
        // rows as its first snapshot (see sessionjournal.h).
        m_journal = std::make_unique<SessionJournal>(&m_model, m_options.sessionDir);
        m_journal->setContext(hostLabel());
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
                         .arg(plural(int(m_sendIds.size()), "1 ID", "%1 IDs"), hostLabel())
                         .arg(config.chunkSize)
                         .arg(AppSettings::fingerprint(m_token.token), m_token.source));
    } else {
        console::err(QStringLiteral("Deleting %1 on %2 with token %3 from %4…\n")
                         .arg(plural(int(m_sendRows.size()), "1 ID", "%1 IDs"), hostLabel(),
                              AppSettings::fingerprint(m_token.token), m_token.source));
    }
    if (!m_controller.start(m_sendRows, config, m_options.bulk ? RunMode::Bulk : RunMode::PerId))
        fail(ExitSomeFailed, QStringLiteral("The run could not start."));
}

void DeleteCommand::onSignal()
{
    if (m_finished)
        return;
    m_interrupted = true;
    m_progress.clear();
    if (!m_running) {
        console::err(QStringLiteral("\nInterrupted; nothing was sent.\n"));
        finish(ExitInterrupted);
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
                     .arg(hostLabel()));
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

void DeleteCommand::onRunFinished(RunEnd end)
{
    if (m_controller.mode() == RunMode::Bulk) {
        onBulkFinished(end);
        return;
    }
    m_progress.clear();
    finishSession(end);
    QList<int> all;
    for (int r = 0; r < m_model.rowCount(); ++r)
        all.append(r);
    const ExportContext context{hostLabel(), QDateTime::currentDateTimeUtc()};

    int code = exitCodeFor(
        end,
        [this] {
            QList<ResultState> states;
            if (m_options.resume) {
                // The whole session counts, including what finished before the stop.
                for (const ResultRow &r : m_model.rows()) {
                    if (r.verdict.isSendable())
                        states.append(r.state);
                }
                return states;
            }
            for (int row : std::as_const(m_sendRows))
                states.append(m_model.row(row).state);
            return states;
        }(),
        m_interrupted);

    if (!m_options.outputFile.isEmpty() && m_options.format != OutputFormat::Table) {
        const QString error = Exporter::writeFile(m_options.outputFile, m_model, all, context);
        if (!error.isEmpty()) {
            console::err(error + QStringLiteral(" The results follow on standard output.\n"));
            console::outBytes(m_options.format == OutputFormat::Json
                                  ? Exporter::toJson(m_model, all, context)
                                  : Exporter::toCsv(m_model, all));
            code = code == ExitOk ? ExitSomeFailed : code;
        }
    } else {
        QByteArray bytes;
        switch (m_options.format) {
        case OutputFormat::Table:
            bytes = resultsTable(m_model, all).toUtf8();
            break;
        case OutputFormat::Csv:
            bytes = Exporter::toCsv(m_model, all);
            break;
        case OutputFormat::Json:
            bytes = Exporter::toJson(m_model, all, context);
            break;
        }
        code = deliver(bytes, code);
    }

    console::err(stopReason(end) + m_model.summary() + QStringLiteral(" · ") + hostLabel() +
                 QStringLiteral(" · ") + elapsedText() + QLatin1Char('\n'));
    finish(code);
}

void DeleteCommand::onBulkFinished(RunEnd end)
{
    m_progress.clear();
    finishSession(end);
    const QList<BulkChunk> &chunks = m_controller.chunks();
    QList<ResultState> states;
    int deleted = 0;
    int settledIds = 0;
    int unsettledChunks = 0;
    for (const BulkChunk &chunk : chunks) {
        states.append(chunk.state);
        if (chunk.state == ResultState::Deleted) {
            deleted += qMax(0, chunk.deleted);
            settledIds += int(chunk.ids.size());
        } else {
            ++unsettledChunks;
        }
    }
    int code = exitCodeFor(end, states, m_interrupted);

    QByteArray bytes;
    switch (m_options.format) {
    case OutputFormat::Table:
        bytes = bulkText(chunks).toUtf8();
        break;
    case OutputFormat::Csv:
        bytes = bulkCsv(chunks);
        break;
    case OutputFormat::Json:
        bytes = bulkJson(chunks, m_model, hostLabel());
        break;
    }
    code = deliver(bytes, code);

    QString summary =
        stopReason(end) + QStringLiteral("Bulk: %1 in %2: %3 deleted, %4 not in the DLQ")
                              .arg(plural(int(m_sendIds.size()), "1 ID", "%1 IDs"),
                                   plural(int(chunks.size()), "1 chunk", "%1 chunks"))
                              .arg(deleted)
                              .arg(qMax(0, settledIds - deleted));
    if (unsettledChunks > 0)
        summary += QStringLiteral(" · %1 failed or not sent").arg(unsettledChunks);
    console::err(summary + QStringLiteral(" · ") + hostLabel() + QStringLiteral(" · ") +
                 elapsedText() + QLatin1Char('\n'));
    finish(code);
}

int DeleteCommand::deliver(const QByteArray &bytes, int code)
{
    return deliverOutput(m_options.outputFile, bytes, code);
}

QString DeleteCommand::hostLabel() const
{
    return cli::hostLabel(m_baseUrl);
}

QString DeleteCommand::elapsedText() const
{
    return cli::elapsedText(m_clock);
}

QString DeleteCommand::stopReason(RunEnd end) const
{
    if (m_interrupted)
        return QStringLiteral("Interrupted. ");
    if (m_guardStopped)
        return QStringLiteral("Stopped: the first answers were all 404 Not found. ");
    switch (end) {
    case RunEnd::TokenRejected:
        return QStringLiteral("Stopped: the server rejected the token %1 from %2; nothing more "
                              "was sent. ")
            .arg(AppSettings::fingerprint(m_token.token), m_token.source);
    case RunEnd::QuotaExhausted:
        return QStringLiteral("Stopped: the daily request quota is used up; run again after it "
                              "resets. ");
    case RunEnd::Unreachable:
        return QStringLiteral("Stopped: Cannot reach %1 — check the URL; nothing more was sent. ")
            .arg(hostLabel());
    case RunEnd::Cancelled:
    case RunEnd::Completed:
        break;
    }
    return {};
}

void DeleteCommand::fail(int code, const QString &message)
{
    m_progress.clear();
    console::err(message + QLatin1Char('\n'));
    finish(code);
}

void DeleteCommand::finish(int code)
{
    exitOnce(m_finished, code);
}

} // namespace dlq::cli
