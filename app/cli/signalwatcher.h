#pragma once

#include <QObject>

class QSocketNotifier;

namespace dlq::cli {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop. The handler only writes the
// signal number to a pipe (the self-pipe trick): no Qt call is safe inside a signal handler.
// A second signal while the first is being handled exits at once with 130, so a stuck
// shutdown can always be interrupted. One instance at a time; the destructor restores the
// previous handlers.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace dlq::cli
