#pragma once

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
    void finish(int done, int total, double ratePerSecond, const QString &outcome);

private:
    QProgressBar *m_bar;
    QLabel *m_rate;
};

} // namespace dlq
