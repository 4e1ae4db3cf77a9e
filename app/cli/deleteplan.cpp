#include "cli/deleteplan.h"

#include "cli/bulkprinter.h"
#include "cli/commandsetup.h"
#include "cli/exitcodes.h"
#include "cli/idinput.h"
#include "cli/resultprinter.h"
#include "ids/idparser.h"
#include "net/dlqurl.h"
#include "results/resultsmodel.h"
#include "run/bulkdeleterun.h"
#include "run/runcontroller.h"
#include "session/sessionjournal.h"
#include "settings/appsettings.h"

#include <QDir>

#include <algorithm>

namespace dlq::cli {

namespace {

DeletePlan stop(DeletePlan &plan, int code, QString message)
{
    plan.step = DeletePlan::Step::Stop;
    plan.exitCode = code;
    plan.error = std::move(message);
    return plan;
}

// --session: refuse a stray session, or restore it for --resume. False: plan.error says why.
bool loadSession(const DeleteOptions &options, ResultsModel &model, DeletePlan &plan)
{
    const QString &dir = options.sessionDir;
    const QString shown = QDir::toNativeSeparators(dir);
    const bool recoverable = SessionJournal::hasRecoverableSession(dir);
    if (!options.resume) {
        // A new journal would replace the old session, and with it the only record of
        // which of its deletes were done.
        if (recoverable) {
            plan = stop(plan, ExitUsage,
                        QStringLiteral("%1 holds an unfinished session; use --resume or "
                                       "remove it.")
                            .arg(shown));
            return false;
        }
        return true;
    }
    if (!recoverable) {
        plan = stop(plan, ExitUsage,
                    QStringLiteral("%1 holds no unfinished session to resume.").arg(shown));
        return false;
    }
    const RecoveredSession session = SessionJournal::recover(dir);
    if (!session.act.isEmpty()) { // an action run's journal (dlqctl delete --matching…)
        plan = stop(plan, ExitUsage,
                    QStringLiteral("%1 holds a run of dlqctl %2 --matching; continue it with "
                                   "that command and --session %1 --resume.")
                        .arg(shown, session.act.value(QLatin1String("action")).toString()));
        return false;
    }
    for (const QString &warning : session.warnings)
        plan.notes += QStringLiteral("Warning: ") + warning + QLatin1Char('\n');
    restoreInto(&model, session);
    if (options.allowInvisible) // the session keeps the IDs, not the choice to allow them
        model.allowInvisibleCharacters();
    // Their first request may have been applied before the stop: a 404 now means deleted.
    plan.unknownOutcomeIds = session.unknownOutcomeIds;
    plan.notes += QStringLiteral("Restored %1 from %2: %3 · %4 with an unknown outcome will be "
                                 "sent again.\n")
                      .arg(plural(model.rowCount(), "1 ID", "%1 IDs"), shown, model.summary())
                      .arg(session.unknownToResend);
    return true;
}

bool idsContainToken(const ResultsModel &model, const QString &token)
{
    for (const ResultRow &r : model.rows()) {
        if (r.id == token || (token.size() >= 8 && r.id.contains(token)))
            return true;
    }
    return false;
}

void planDryRun(const DeleteOptions &options, const ResultsModel &model, DeletePlan &plan)
{
    QString lines;
    int requests = 0;
    int unbuildable = 0;
    if (options.bulk) {
        const QList<QStringList> chunks =
            BulkDeleteRun::makeChunks(plan.sendIds, options.chunkSize);
        for (const QStringList &chunk : chunks) {
            if (const std::optional<QUrl> url = dlqBulkDeleteUrl(plan.baseUrl, chunk)) {
                lines += requestLine("DELETE", *url) + QLatin1Char('\n');
                ++requests;
            } else {
                unbuildable += int(chunk.size());
            }
        }
        plan.notes += QString::fromLatin1(kBulkNote) + QLatin1Char('\n');
    } else {
        for (int row : std::as_const(plan.sendRows)) {
            if (const std::optional<QUrl> url = dlqEntryUrl(plan.baseUrl, model.row(row).id)) {
                lines += requestLine("DELETE", *url) + QLatin1Char('\n');
                ++requests;
            } else {
                ++unbuildable;
            }
        }
    }
    plan.dryRunRequests = lines;
    const int sendable = int(plan.sendIds.size()) - unbuildable;
    const int invalid = model.rowCount() - sendable;
    plan.dryRunSummary = QStringLiteral("Dry run: would send %1 for %2 to %3; %4 would not be "
                                        "sent. Nothing was sent.\n")
                             .arg(plural(requests, "1 DELETE request", "%1 DELETE requests"),
                                  plural(sendable, "1 ID", "%1 IDs"), plan.hostLabel(),
                                  plural(invalid, "1 invalid ID", "%1 invalid IDs"));
}

} // namespace

QString DeletePlan::hostLabel() const
{
    return cli::hostLabel(baseUrl);
}

bool readDeleteInput(const DeleteOptions &options, ResultsModel &model, DeletePlan &plan)
{
    if (!options.sessionDir.isEmpty() && !loadSession(options, model, plan))
        return false;
    if (!options.resume) {
        const QString inputError =
            loadIds(options.ids, options.fromFile, model, &plan.duplicates, options.allowInvisible);
        if (!inputError.isEmpty()) {
            stop(plan, ExitUsage, inputError);
            return false;
        }
    }
    if (model.rowCount() == 0) {
        stop(plan, ExitUsage, QStringLiteral("No IDs found in the input."));
        return false;
    }
    return true;
}

void decideDelete(const DeleteOptions &options, const QUrl &baseUrl, const TokenLookup &token,
                  const ResultsModel &model, const RunController &controller, DeletePlan &plan)
{
    plan.baseUrl = baseUrl;
    plan.token = token;
    if (!plan.token.token.isEmpty() && idsContainToken(model, plan.token.token)) {
        // Said without the ID: printing it would print the token.
        stop(plan, ExitUsage,
             QStringLiteral("One of the IDs contains your API token. Nothing was "
                            "sent; remove it from the input (and consider rotating "
                            "the token if it was stored or shared with the IDs)."));
        return;
    }

    ParseResult overview;
    for (const ResultRow &r : model.rows())
        overview.entries.append(ParsedEntry{r.id, r.verdict});
    overview.duplicates = plan.duplicates;
    plan.notes += invalidIdLines(model);
    plan.notes += QStringLiteral("Input: ") + overview.summary() + QLatin1Char('\n');

    plan.sendRows = controller.unsentRows();
    if (options.resume) {
        // Failed and Cancelled rows are unfinished too (Cancelled includes what was in
        // flight at the stop); send them in list order with the rest.
        plan.sendRows += controller.retryableRows();
        std::sort(plan.sendRows.begin(), plan.sendRows.end());
        plan.sendRows.erase(std::unique(plan.sendRows.begin(), plan.sendRows.end()),
                            plan.sendRows.end());
    }
    for (int row : std::as_const(plan.sendRows)) {
        const QString &id = model.row(row).id;
        if (options.bulk && !BulkDeleteRun::isBulkSendable(id))
            continue;
        plan.sendIds.append(id);
    }
    if (!options.resume && (plan.sendRows.isEmpty() || (options.bulk && plan.sendIds.isEmpty()))) {
        stop(plan, ExitUsage,
             QStringLiteral("None of the IDs can be sent; the reasons are above."));
        return;
    }

    if (options.dryRun) {
        planDryRun(options, model, plan);
        plan.step = DeletePlan::Step::DryRun;
        return;
    }

    if (!plan.token.error.isEmpty()) {
        stop(plan, ExitUsage, plan.token.error);
        return;
    }
    if (!plan.token.warning.isEmpty())
        plan.notes += plan.token.warning + QLatin1Char('\n');
    const QString outputProblem = checkOutputFile(options.outputFile);
    if (!outputProblem.isEmpty()) {
        stop(plan, ExitUsage, outputProblem + QStringLiteral(" Nothing was sent."));
        return;
    }
    plan.step = DeletePlan::Step::Run;
}

DeletePlan planDelete(const DeleteOptions &options, const AppSettings &settings,
                      const TokenLookup &token, ResultsModel &model,
                      const RunController &controller)
{
    DeletePlan plan;
    if (!readDeleteInput(options, model, plan))
        return plan;
    QString baseUrlError;
    const QUrl baseUrl = resolveBaseUrl(options.baseUrl, settings, &baseUrlError);
    if (baseUrl.isEmpty())
        return stop(plan, ExitUsage, baseUrlError);
    decideDelete(options, baseUrl, token, model, controller, plan);
    return plan;
}

} // namespace dlq::cli
