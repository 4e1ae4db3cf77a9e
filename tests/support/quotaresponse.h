#pragma once

// The sandbox's answer when the daily request quota is used up: 429 with RateLimit-Remaining 0
// and a reset in 2100, which the engine reads as "stop the run", not "slow down and retry".

#include "sandbox/sandboxserver.h"

namespace dlq::test {

inline SandboxResponse dailyQuotaResponse()
{
    SandboxResponse response;
    response.status = 429;
    response.headers = {{"RateLimit-Limit", "1000"},
                        {"RateLimit-Remaining", "0"},
                        {"RateLimit-Reset", "4102444800"}};
    response.body = R"({"error":"daily quota exceeded"})";
    return response;
}

} // namespace dlq::test
