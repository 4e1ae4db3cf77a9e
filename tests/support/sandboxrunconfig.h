#pragma once

// The RunConfig the engine and browse tests give their in-process sandbox: its URL and token,
// a generous timeout, and retries that wait milliseconds instead of seconds.

#include "run/runconfig.h"
#include "sandbox/sandboxserver.h"

namespace dlq::test {

inline RunConfig sandboxRunConfig(const SandboxServer &server, int maxAttempts = 3)
{
    RunConfig c;
    c.baseUrl = server.baseUrl();
    c.token = server.token();
    c.timeoutMs = 10000;
    c.maxAttempts = maxAttempts;
    c.retryBaseDelayMs = 1;
    c.maxRetryDelayMs = 5;
    c.jitterSeed = 3;
    return c;
}

} // namespace dlq::test
