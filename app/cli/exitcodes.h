#pragma once

#include "results/resultstate.h"
#include "run/deleterun.h"

#include <QList>

namespace dlq::cli {

// dlqctl's exit status; scripts branch on these, so the numbers never change.
enum ExitCode : int {
    ExitOk = 0,             // every sendable ID Deleted or Not found
    ExitSomeFailed = 1,     // some Failed, Not sent, Cancelled or rejected by the server (400)
    ExitUsage = 2,          // bad flag, no IDs, bad base URL, no token, no --yes, not confirmed
    ExitTokenRejected = 3,  // 401/403: the run stopped
    ExitQuotaExhausted = 4, // daily quota used up: the run stopped
    ExitInterrupted = 130,  // SIGINT/SIGTERM: cancelled, results so far printed
};

// `states`: the outcome of everything that was meant to be sent (sendable rows, or chunks).
// Anything but Deleted, Not found and Done (another action did what it was asked) makes the
// run a partial failure.
int exitCodeFor(RunEnd end, const QList<ResultState> &states, bool interrupted);

} // namespace dlq::cli
