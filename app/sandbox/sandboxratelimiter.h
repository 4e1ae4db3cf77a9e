#pragma once

#include "sandbox/httpresponsewriter.h"

#include <QElapsedTimer>

namespace dlq {

// Fixed one-second windows on the monotonic clock (a wall-clock jump must not open or close a
// window), counted per accepted request, like Upstash's burst limit.
class SandboxRateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetUnixSeconds = 0; // when the current window ends
        qint64 resetUnixMs = 0;      // set instead of seconds for a sub-second reset
    };

    void setLimit(int requestsPerSecond); // 0 disables; starts a fresh window
    int limit() const { return m_limit; }

    // Counts one request in the current window.
    Decision admit();

    // Burst-RateLimit-Limit/-Remaining/-Reset.
    static HttpHeaders headers(const Decision &decision);
    // The headers of a 429 that did not come from the window (a random fault).
    static Decision exhausted(int limit, int resetInMs = 0);

private:
    int m_limit = 0;
    int m_count = 0;
    QElapsedTimer m_window; // started by the first request of the current window
};

} // namespace dlq
