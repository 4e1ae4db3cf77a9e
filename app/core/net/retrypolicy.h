#pragma once

#include "net/replyoutcome.h"

#include <QRandomGenerator>

namespace dlq {

// Worth another try: network trouble (not TLS, not a user cancel), 429, 500, 502, 503, 504.
// Never 400, 401, 403, 404 or a certificate problem.
bool isRetryableReply(const ReplyOutcome &outcome);
// The request may have reached the server and been applied: timeout, reset, abort.
bool isOutcomeUnknown(const ReplyOutcome &outcome);
// A few words for the attempt history: "HTTP 503", "timed out", "connection reset"…
QString shortError(const ReplyOutcome &outcome);

// Exponential backoff with full jitter: uniform in [0, min(maxMs, baseMs * 2^(failures-1))].
qint64 backoffMs(int failures, int baseMs, int maxMs, QRandomGenerator &rng);

// Longest wait the server may ask for (Retry-After, rate-limit reset) that we honour.
inline constexpr qint64 kMaxServerWaitMs = 5 * 60 * 1000;

} // namespace dlq
