#pragma once

#include <QObject>

namespace dlq {

// Write-ahead between an engine and whatever records what it sends. The engine first records
// the items it is about to send (today: the rows turn Sending in the model, which the session
// journal watches), then calls requestPermission() once for that batch and sends the requests
// only when permitted(ticket) arrives. A gate never blocks the caller and never emits from
// inside requestPermission(): permission always arrives through the event loop.
//
// If the gate is destroyed with permissions outstanding, the engine may send at once: a gate's
// destructor finishes its own work first (the journal drains its writer).
class SendGate : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Everything recorded before this call will be safe (for the journal: written to the OS, so
    // a kill -9 keeps it) when permitted() carries the returned ticket. Tickets only grow.
    virtual quint64 requestPermission() = 0;

    // The gate that records `model`'s changes, if any. The journal attaches itself to the model
    // it watches, so a run started on that model finds it and neither the window nor dlqctl
    // has to wire it.
    static SendGate *attachedTo(const QObject *model);
    void attachTo(QObject *model);
    void detachFrom(QObject *model);

Q_SIGNALS:
    void permitted(quint64 ticket);
};

} // namespace dlq
