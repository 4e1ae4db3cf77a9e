#pragma once

#include "sandbox/sandboxserver.h"

#include <random>

namespace dlq {

enum class SandboxFault { None, ServerError, ResetBefore, ResetAfter, RateLimit, Hang };

// Picks at most one fault per request from the configured percentages. mt19937 with a plain
// modulo (no std distribution, whose output differs between standard libraries) so a seed
// replays the same faults on every platform.
class SandboxFaultPicker
{
public:
    void configure(const SandboxFaults &faults); // also restarts the sequence from the seed
    const SandboxFaults &faults() const { return m_faults; }
    SandboxFault next();

private:
    SandboxFaults m_faults;
    std::mt19937 m_generator{1};
};

} // namespace dlq
