#include "run/pacer.h"

#include <algorithm>
#include <cmath>

namespace dlq {

namespace {

// Stay a little under the advertised limit: the server's window and ours are not aligned.
constexpr double kCeilingShare = 0.9;
constexpr double kRecoveryPerSuccess = 1.02;
constexpr double kUnlimitedAbove = 5000.0;

} // namespace

Pacer::Pacer(double fixedRate, int maxWindow, Clock clock)
    : m_fixedRate(std::max(0.0, fixedRate)), m_maxWindow(std::max(1, maxWindow)),
      m_clock(std::move(clock)), m_window(m_maxWindow), m_rate(m_fixedRate)
{}

qint64 Pacer::delayBeforeNextMs() const
{
    const qint64 now = m_clock();
    qint64 wait = 0;
    if (m_holdUntilMs > now)
        wait = m_holdUntilMs - now;
    if (m_rate > 0 && m_nextSlotMs > now)
        wait = std::max(wait, qint64(std::ceil(m_nextSlotMs - double(now))));
    return std::max<qint64>(0, wait);
}

int Pacer::window() const
{
    return std::clamp(int(m_window), 1, m_maxWindow);
}

void Pacer::onSent()
{
    const qint64 now = m_clock();
    if (m_rate > 0) {
        // Slots at t0 + k/rate: rounding each gap up to whole milliseconds would lose up to
        // 10 % of the rate. A run that fell behind by more than a slot starts over from now
        // instead of bursting to catch up.
        const double interval = 1000.0 / m_rate;
        const double base = double(now) - m_nextSlotMs < interval ? m_nextSlotMs : double(now);
        m_nextSlotMs = std::max(base, 0.0) + interval;
    }
    m_recentSends.push_back(now);
    while (!m_recentSends.empty() && m_recentSends.front() <= now - 1000)
        m_recentSends.pop_front();
}

double Pacer::observedRate() const
{
    const qint64 since = m_clock() - 1000;
    return double(std::count_if(m_recentSends.begin(), m_recentSends.end(),
                                [since](qint64 t) { return t > since; }));
}

void Pacer::holdFor(qint64 ms)
{
    if (ms <= 0)
        return;
    m_holdUntilMs = std::max(m_holdUntilMs, m_clock() + ms);
}

void Pacer::onAnswer(const RateLimitInfo &info, int inFlight, qint64 utcNowMs, bool success)
{
    if (info.burstLimit && *info.burstLimit > 0) {
        m_ceiling = *info.burstLimit * kCeilingShare;
        if (m_fixedRate > 0)
            m_ceiling = std::min(m_ceiling, m_fixedRate);
        if (m_rate <= 0 || m_rate > m_ceiling)
            m_rate = m_ceiling;
    }
    // Nothing left in this window for what is still in flight: wait for the reset instead
    // of spending requests on 429s.
    if (info.burstRemaining && info.burstResetMs && *info.burstRemaining <= inFlight)
        holdFor(*info.burstResetMs - utcNowMs);

    if (!success)
        return;
    m_window = std::min<double>(m_maxWindow, m_window + 1.0 / std::max(1.0, m_window));
    if (m_rate > 0) {
        const double cap = m_ceiling > 0 ? m_ceiling : (m_fixedRate > 0 ? m_fixedRate : 0);
        m_rate *= kRecoveryPerSuccess;
        if (cap > 0)
            m_rate = std::min(m_rate, cap);
        else if (m_rate > kUnlimitedAbove)
            m_rate = 0;
    }
}

void Pacer::onRateLimited(qint64 holdMs)
{
    ++m_rateLimited;
    const qint64 now = m_clock();
    // The 429s of one burst are one signal: cutting again for each would spiral down to a
    // crawl, so slow down at most once a second.
    if (m_lastCutMs < 0 || now - m_lastCutMs >= 1000) {
        m_lastCutMs = now;
        m_window = std::max(1.0, m_window / 2.0);
        const double current = m_rate > 0 ? m_rate : observedRate();
        const double floor = m_ceiling > 0 ? m_ceiling / 4.0 : 1.0;
        m_rate = std::max(floor, current / 2.0);
    }
    holdFor(std::max<qint64>(holdMs, 0));
}

} // namespace dlq
