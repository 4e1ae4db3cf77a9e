#include "run/runconfig.h"

namespace dlq {

RunConfig RunConfig::normalized() const
{
    RunConfig c = *this;
    c.concurrency = qBound(1, c.concurrency, kMaxConcurrency);
    c.timeoutMs = qMax(1, c.timeoutMs);
    c.maxAttempts = qBound(1, c.maxAttempts, kMaxAttempts);
    c.maxRetryDelayMs = qMax(0, c.maxRetryDelayMs);
    c.retryBaseDelayMs = qMax(0, c.retryBaseDelayMs);
    c.maxRequestsPerSecond = qMax(0.0, c.maxRequestsPerSecond);
    c.chunkSize = qBound(1, c.chunkSize, kMaxChunkSize);
    c.notFoundGuard = qMax(0, c.notFoundGuard);
    c.unreachableGuard = qMax(0, c.unreachableGuard);
    return c;
}

} // namespace dlq
