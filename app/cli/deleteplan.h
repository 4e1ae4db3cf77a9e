#pragma once

#include "cli/cliargs.h"
#include "cli/tokensource.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dlq {
class AppSettings;
class ResultsModel;
class RunController;
} // namespace dlq

namespace dlq::cli {

// What `dlqctl delete` will do, decided before anything is sent or asked: the IDs and their
// verdicts (or the restored session), the server, the token, which rows go out, and whether
// it stops here (an error, or the dry run). Prints nothing, so tests check it in-process.
struct DeletePlan
{
    enum class Step {
        Stop,   // exitCode and error say why
        DryRun, // print dryRunRequests and dryRunSummary, then exit 0
        Run,    // confirm (unless --yes), then send
    };
    Step step = Step::Stop;
    int exitCode = 0;
    QString error; // Stop: one sentence for stderr

    QString notes; // for stderr, in order, before anything else: warnings, the input summary
    QString dryRunRequests; // DryRun: one request line each, for stdout
    QString dryRunSummary;  // DryRun: for stderr, after the requests

    QUrl baseUrl;
    TokenLookup token;
    QSet<QString> unknownOutcomeIds; // --resume: a 404 for these now means deleted
    QList<int> sendRows;             // model rows to send (per ID; bulk sends their sendIds)
    QStringList sendIds;             // the IDs of sendRows that the mode can send
    int duplicates = 0;              // removed from the input

    QString hostLabel() const;
};

// The two halves of planDelete, for a command that finds the server in between (ApiCommand):
// the input is judged before the server and the token, so its errors come first.
// readDeleteInput fills `model` and returns false (plan.step Stop) when there is nothing to send.
bool readDeleteInput(const DeleteOptions &options, ResultsModel &model, DeletePlan &plan);
// decideDelete judges the rest against the server `baseUrl` and `token`.
void decideDelete(const DeleteOptions &options, const QUrl &baseUrl, const TokenLookup &token,
                  const ResultsModel &model, const RunController &controller, DeletePlan &plan);

// Both halves, with the server resolved as dlqctl does (resolveBaseUrl). Fills `model` (from the
// input, or the --session journal for --resume) and decides. `token` is what TokenSource found (the
// keychain answers asynchronously, so the command looks it up first and the plan only judges it).
// `controller` is the one that will run `model`; only its row queries are used here.
DeletePlan planDelete(const DeleteOptions &options, const AppSettings &settings,
                      const TokenLookup &token, ResultsModel &model,
                      const RunController &controller);

} // namespace dlq::cli
