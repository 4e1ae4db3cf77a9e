#include "sandbox/precisedelay.h"

#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <unistd.h>
#endif

namespace dlq {

PreciseDelay::PreciseDelay(QObject *parent) : QObject(parent)
{
    m_fallback.setSingleShot(true);
    m_fallback.setTimerType(Qt::PreciseTimer);
    connect(&m_fallback, &QTimer::timeout, this, &PreciseDelay::fire);
#ifdef Q_OS_LINUX
    m_fd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd >= 0) {
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
            quint64 expirations = 0;
            if (::read(m_fd, &expirations, sizeof expirations) == sizeof expirations)
                fire();
        });
    }
#endif
}

PreciseDelay::~PreciseDelay()
{
    m_notifier.reset();
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void PreciseDelay::start(int delayMs)
{
    stop();
    m_active = true;
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        const qint64 ns = qMax<qint64>(1, qint64(delayMs) * 1000 * 1000); // 0 would disarm
        itimerspec spec{};
        spec.it_value.tv_sec = time_t(ns / 1000000000);
        spec.it_value.tv_nsec = long(ns % 1000000000);
        if (::timerfd_settime(m_fd, 0, &spec, nullptr) == 0)
            return;
    }
#endif
    m_fallback.start(qMax(0, delayMs));
}

void PreciseDelay::stop()
{
    m_active = false;
    m_fallback.stop();
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        const itimerspec disarm{};
        ::timerfd_settime(m_fd, 0, &disarm, nullptr);
        // An expiry already counted but not yet read must not fire later.
        quint64 stale = 0;
        while (::read(m_fd, &stale, sizeof stale) == sizeof stale) {
        }
    }
#endif
}

void PreciseDelay::fire()
{
    if (!m_active)
        return;
    m_active = false;
    Q_EMIT timeout();
}

} // namespace dlq
