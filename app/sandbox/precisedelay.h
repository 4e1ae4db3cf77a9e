#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace dlq {

// A single-shot delay that fires close to the requested time. Qt 6.4 rounds every timer's
// wait up to the next whole millisecond, so a 50 ms answer took 50-51 ms and answers due
// within the same millisecond left together; on Linux a timerfd keeps nanoseconds.
class PreciseDelay : public QObject
{
    Q_OBJECT
public:
    explicit PreciseDelay(QObject *parent = nullptr);
    ~PreciseDelay() override;

    void start(int delayMs); // restarts when already running
    void stop();
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void timeout();

private:
    void fire();

    bool m_active = false;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_fallback;
};

} // namespace dlq
