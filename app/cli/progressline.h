#pragma once

#include <QElapsedTimer>
#include <QString>

namespace dlq::cli {

// "123/2000 · 450 IDs/s"
QString progressText(int done, int total, double ratePerSecond);

// A progress line on stderr, redrawn in place with '\r' at most ten times a second. Disabled
// (silent) when stderr is not a terminal, so logs and pipes never collect redraws.
class ProgressLine
{
public:
    explicit ProgressLine(bool enabled) : m_enabled(enabled) {}

    void update(int done, int total, double ratePerSecond);
    void clear(); // removes the line, before other output on stderr

private:
    bool m_enabled;
    qsizetype m_width = 0; // of the line on screen; 0: none
    QElapsedTimer m_lastDraw;
};

} // namespace dlq::cli
