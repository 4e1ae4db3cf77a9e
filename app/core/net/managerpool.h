#pragma once

#include <QHash>
#include <QList>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace dlq {

// Qt 6.4 opens at most 6 HTTP/1.1 connections per host and port per QNetworkAccessManager
// (QHttp1Configuration arrived in 6.5), so more requests in flight need more managers. The
// injected manager is the first; the extra ones copy its proxy and belong to the pool alone
// (no QObject parent), so they live exactly as long as the pool. Their replies die with them:
// whoever owns the pool deletes its jobs first.
// Over HTTP/2 each manager multiplexes its requests on one connection, so the extra managers
// only add a connection or two.
class ManagerPool
{
public:
    static constexpr int kConnectionsPerManager = 6;

    ManagerPool(QNetworkAccessManager *injected, int concurrency);
    ~ManagerPool();
    ManagerPool(const ManagerPool &) = delete;
    ManagerPool &operator=(const ManagerPool &) = delete;

    // The manager with the fewest requests in flight; the caller reports back with release().
    QNetworkAccessManager *acquire();
    void release(QNetworkAccessManager *manager);
    int size() const { return int(m_managers.size()); }

private:
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_extras;
    QList<QNetworkAccessManager *> m_managers; // the injected one, then the extras
    QHash<QNetworkAccessManager *, int> m_load;
};

} // namespace dlq
