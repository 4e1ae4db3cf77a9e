#include "cli/exitcodes.h"

#include <algorithm>

namespace dlq::cli {

int exitCodeFor(RunEnd end, const QList<ResultState> &states, bool interrupted)
{
    // The user's interrupt explains everything after it, so it wins over what it caused.
    if (interrupted)
        return ExitInterrupted;
    if (end == RunEnd::TokenRejected)
        return ExitTokenRejected;
    if (end == RunEnd::QuotaExhausted)
        return ExitQuotaExhausted;
    const bool allSettled = std::all_of(states.cbegin(), states.cend(), [](ResultState s) {
        return s == ResultState::Deleted || s == ResultState::NotFound ||
               s == ResultState::DeletedOrNotFound || s == ResultState::Done;
    });
    return allSettled ? ExitOk : ExitSomeFailed;
}

} // namespace dlq::cli
