#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace dlq {

// "120 / 200 · 45 IDs/s" and a bar. Hidden until the first run, then kept with the last
// run's numbers so the outcome stays on screen.
class RunProgress : public QWidget
{
    Q_OBJECT
public:
    explicit RunProgress(QWidget *parent = nullptr);

    void start(int total);
    void update(int done, int total, double ratePerSecond);
    // While paused the words say so; the bar keeps counting the answers still coming in.
    void setPaused(bool paused);
    // `done`: IDs with an outcome of their own (not Not sent, not cancelled in flight). A run
    // that stopped early (cancelled, token rejected…) leaves the bar there, not full.
    void finish(int done, int total, double ratePerSecond, const QString &outcome);

private:
    void showRunning();
    void showCounts();

    QProgressBar *m_bar;
    QLabel *m_rate;
    int m_done = 0;
    int m_total = 0;
    double m_ratePerSecond = 0.0;
    bool m_paused = false;
    // A run of 20 000 reports 20 000 times; the words and the bar follow at most every
    // kRefreshMs (each new text lays the word-wrapped label out again).
    QTimer m_refresh;
    QElapsedTimer m_shown;
};

} // namespace dlq
