#pragma once

#include "net/replyoutcome.h"

#include <QDateTime>

#include <optional>

namespace dlq {

// What a reply says about rate limits. Upstash sends Burst-RateLimit-* for the per-second
// limit and RateLimit-* for the daily quota; Retry-After is standard HTTP.
struct RateLimitInfo
{
    std::optional<int> burstLimit;      // requests per second
    std::optional<int> burstRemaining;  // left in the current second
    std::optional<qint64> burstResetMs; // Unix time in ms when the window resets
    bool dailyQuotaExhausted = false;   // a 429 carrying RateLimit-* headers
    std::optional<qint64> dailyResetMs; // Unix ms
    std::optional<qint64> retryAfterMs; // delay asked for by Retry-After, from now
};

// nowUtcMs: the current Unix time in ms (injected so tests are exact).
RateLimitInfo readRateLimit(const ReplyOutcome &outcome, qint64 nowUtcMs);

// How long the server asked us to wait before trying again; -1 when it did not. A 429 always
// asks: Retry-After, else until the burst window resets, else one second. Capped at
// kMaxServerWaitMs.
qint64 serverRequestedWaitMs(int httpStatus, const RateLimitInfo &info, qint64 utcNowMs);
// "Daily request quota reached; resets at <local time>."
QString dailyQuotaMessage(const RateLimitInfo &info);

// A reset header is a Unix timestamp whose unit is not documented: values that can only be
// milliseconds (after the year 2286 in seconds) are taken as ms, the rest as seconds.
std::optional<qint64> parseResetTimeMs(const QByteArray &value);
// Seconds ("120") or an HTTP date; std::nullopt when neither.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, qint64 nowUtcMs);

} // namespace dlq
