#include "session/sendgate.h"

#include <QVariant>

namespace dlq {

namespace {

constexpr char kProperty[] = "dlq_sendGate";

} // namespace

SendGate *SendGate::attachedTo(const QObject *model)
{
    return model ? qobject_cast<SendGate *>(model->property(kProperty).value<QObject *>())
                 : nullptr;
}

void SendGate::attachTo(QObject *model)
{
    if (model)
        model->setProperty(kProperty, QVariant::fromValue<QObject *>(this));
}

void SendGate::detachFrom(QObject *model)
{
    if (model && attachedTo(model) == this)
        model->setProperty(kProperty, QVariant());
}

} // namespace dlq
