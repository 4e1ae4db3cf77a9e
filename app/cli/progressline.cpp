#include "cli/progressline.h"

#include "cli/console.h"

#include <cmath>

namespace dlq::cli {

namespace {
constexpr qint64 kRedrawIntervalMs = 100;
}

QString progressText(int done, int total, double ratePerSecond)
{
    return QStringLiteral("%1/%2 · %3 IDs/s")
        .arg(done)
        .arg(total)
        .arg(qint64(std::llround(qMax(0.0, ratePerSecond))));
}

void ProgressLine::update(int done, int total, double ratePerSecond)
{
    if (!m_enabled)
        return;
    const bool last = done >= total;
    if (m_lastDraw.isValid() && m_lastDraw.elapsed() < kRedrawIntervalMs && !last)
        return;
    m_lastDraw.start();
    const QString text = progressText(done, total, ratePerSecond);
    // Pad over a longer previous line instead of clearing it, which would flicker.
    console::err(QLatin1Char('\r') + text.leftJustified(m_width));
    m_width = text.size();
}

void ProgressLine::clear()
{
    if (!m_enabled || m_width == 0)
        return;
    console::err(QLatin1Char('\r') + QString(m_width, QLatin1Char(' ')) + QLatin1Char('\r'));
    m_width = 0;
}

} // namespace dlq::cli
