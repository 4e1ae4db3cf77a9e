#pragma once

#include "cli/argtools.h"
#include "cli/cliargs.h"
#include "results/ledger.h"
#include "run/runfollower.h"

#include <QCommandLineParser>

namespace dlq::cli {

// --follow, --follow-timeout SECONDS, --follow-interval SECONDS.
void addFollowOptions(QCommandLineParser &parser);
// needsFlag: --follow-timeout and --follow-interval are refused without --follow.
void readFollowOptions(args::Checker &check, FollowOptions &o, bool needsFlag = true);
FollowConfig followConfigFor(const FollowOptions &o);

// `dlqctl follow [options] LEDGER.json`; `arguments` start with "dlqctl follow".
CliArgs parseFollow(const QStringList &arguments);

// "Follow-up: 3 recovered · 1 failed again · 0 still running · 0 unknown", with why following
// stopped early when it did.
QString followSummary(const Ledger &ledger, const QString &stopReason);

} // namespace dlq::cli
