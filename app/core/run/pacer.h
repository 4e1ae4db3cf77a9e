#pragma once

#include "net/ratelimitheaders.h"

#include <QtGlobal>

#include <deque>
#include <functional>

namespace dlq {

// Paces one run as a whole, not request by request: after a 429 every request slows down,
// and the pace comes back gradually. Two knobs move together:
// - a window of requests in flight (additive increase, halved on a 429), and
// - a request rate (capped below the server's Burst-RateLimit-Limit once it is known).
// It also holds all sending until the rate-limit window resets when the server says that
// nothing (or nearly nothing) is left in it.
class Pacer
{
public:
    using Clock = std::function<qint64()>; // monotonic ms

    // fixedRate: the user's cap in requests/s (0: automatic). maxWindow: the configured
    // concurrency.
    Pacer(double fixedRate, int maxWindow, Clock clock);

    // ms to wait before the next request may start; 0 when it may start now.
    qint64 delayBeforeNextMs() const;
    int window() const;                    // requests allowed in flight now, 1..maxWindow
    double rate() const { return m_rate; } // requests/s now; 0 means unlimited

    void onSent();
    // Every answer: reads the burst headers. utcNowMs converts the reset timestamp.
    void onAnswer(const RateLimitInfo &info, int inFlight, qint64 utcNowMs, bool success);
    // A 429: slow down, and hold everything until holdMs from now.
    void onRateLimited(qint64 holdMs);

    int rateLimitedCount() const { return m_rateLimited; }

private:
    double observedRate() const;
    void holdFor(qint64 ms);

    double m_fixedRate;
    int m_maxWindow;
    Clock m_clock;
    double m_window;
    double m_rate = 0;       // 0: unlimited
    double m_ceiling = 0;    // from Burst-RateLimit-Limit; 0 unknown
    double m_nextSlotMs = 0; // earliest start of the next request when a rate applies
    qint64 m_holdUntilMs = -1;
    qint64 m_lastCutMs = -1;
    std::deque<qint64> m_recentSends; // last second, for the observed rate
    int m_rateLimited = 0;
};

} // namespace dlq
