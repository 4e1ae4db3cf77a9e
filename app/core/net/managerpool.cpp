#include "net/managerpool.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace dlq {

ManagerPool::ManagerPool(QNetworkAccessManager *injected, int concurrency)
{
    m_managers.append(injected);
    const int needed = (qMax(1, concurrency) + kConnectionsPerManager - 1) / kConnectionsPerManager;
    for (int i = 1; i < needed; ++i) {
        m_extras.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkAccessManager *extra = m_extras.back().get();
        extra->setProxy(injected->proxy());
        extra->setStrictTransportSecurityEnabled(injected->isStrictTransportSecurityEnabled());
        extra->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.append(extra);
    }
    for (QNetworkAccessManager *manager : std::as_const(m_managers))
        m_load.insert(manager, 0);
}

ManagerPool::~ManagerPool() = default;

QNetworkAccessManager *ManagerPool::acquire()
{
    QNetworkAccessManager *best = m_managers.first();
    for (QNetworkAccessManager *manager : std::as_const(m_managers)) {
        if (m_load.value(manager) < m_load.value(best))
            best = manager;
    }
    ++m_load[best];
    return best;
}

void ManagerPool::release(QNetworkAccessManager *manager)
{
    auto it = m_load.find(manager);
    if (it != m_load.end() && it.value() > 0)
        --it.value();
}

} // namespace dlq
