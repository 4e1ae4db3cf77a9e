#include "sandbox/sandboxfaultpicker.h"

namespace dlq {

void SandboxFaultPicker::configure(const SandboxFaults &faults)
{
    m_faults = faults;
    m_generator.seed(faults.seed);
}

SandboxFault SandboxFaultPicker::next()
{
    const SandboxFaults &f = m_faults;
    if (f.serverErrorPercent <= 0 && f.resetBeforePercent <= 0 && f.resetAfterPercent <= 0 &&
        f.rateLimitPercent <= 0 && f.hangPercent <= 0)
        return SandboxFault::None;

    // One draw per request; the percentages stack in a fixed order, so a sum above 100
    // starves the later kinds rather than changing the earlier ones.
    const int roll = static_cast<int>(m_generator() % 100);
    int threshold = 0;
    const std::pair<int, SandboxFault> kinds[] = {
        {f.serverErrorPercent, SandboxFault::ServerError},
        {f.resetBeforePercent, SandboxFault::ResetBefore},
        {f.resetAfterPercent, SandboxFault::ResetAfter},
        {f.rateLimitPercent, SandboxFault::RateLimit},
        {f.hangPercent, SandboxFault::Hang},
    };
    for (const auto &[percent, fault] : kinds) {
        threshold += qMax(0, percent);
        if (roll < threshold)
            return fault;
    }
    return SandboxFault::None;
}

} // namespace dlq
