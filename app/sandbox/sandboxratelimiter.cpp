#include "sandbox/sandboxratelimiter.h"

#include <QDateTime>

namespace dlq {

namespace {

constexpr qint64 WindowMs = 1000;

qint64 unixSecondsAfter(qint64 msFromNow)
{
    return (QDateTime::currentMSecsSinceEpoch() + msFromNow + 999) / 1000;
}

} // namespace

void SandboxRateLimiter::setLimit(int requestsPerSecond)
{
    m_limit = qMax(0, requestsPerSecond);
    m_count = 0;
    m_window.invalidate();
}

SandboxRateLimiter::Decision SandboxRateLimiter::admit()
{
    if (!m_window.isValid() || m_window.elapsed() >= WindowMs) {
        m_window.start();
        m_count = 0;
    }
    ++m_count;
    Decision decision;
    decision.allowed = m_count <= m_limit;
    decision.limit = m_limit;
    decision.remaining = qMax(0, m_limit - m_count);
    decision.resetUnixSeconds = unixSecondsAfter(qMax<qint64>(0, WindowMs - m_window.elapsed()));
    return decision;
}

HttpHeaders SandboxRateLimiter::headers(const Decision &decision)
{
    return {
        {"Burst-RateLimit-Limit", QByteArray::number(decision.limit)},
        {"Burst-RateLimit-Remaining", QByteArray::number(decision.remaining)},
        {"Burst-RateLimit-Reset",
         QByteArray::number(decision.resetUnixMs > 0 ? decision.resetUnixMs
                                                     : decision.resetUnixSeconds)},
    };
}

SandboxRateLimiter::Decision SandboxRateLimiter::exhausted(int limit, int resetInMs)
{
    Decision decision;
    decision.allowed = false;
    decision.limit = limit;
    decision.remaining = 0;
    decision.resetUnixSeconds = QDateTime::currentSecsSinceEpoch() + 1;
    if (resetInMs > 0)
        decision.resetUnixMs = QDateTime::currentMSecsSinceEpoch() + resetInMs;
    return decision;
}

} // namespace dlq
