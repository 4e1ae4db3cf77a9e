#pragma once

#include <QElapsedTimer>

namespace dlq {

// The clock behind a run's "IDs/s": runs from start() to stop(), then keeps the final figure.
class RunStopwatch
{
public:
    void start()
    {
        m_clock.start();
        m_elapsedAtStop = -1;
    }
    void stop() { m_elapsedAtStop = m_clock.isValid() ? m_clock.elapsed() : -1; }

    double ratePerSecond(int done) const
    {
        if (!m_clock.isValid())
            return 0.0;
        const qint64 ms = m_elapsedAtStop >= 0 ? m_elapsedAtStop : m_clock.elapsed();
        return ms > 0 ? done * 1000.0 / double(ms) : 0.0;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_elapsedAtStop = -1;
};

} // namespace dlq
