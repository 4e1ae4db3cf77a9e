#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace dlq {

class RequestJob;

// "Test connection": GET /v2/workflows/dlq?count=1 and one sentence about the outcome.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void test(const QUrl &baseUrl, const QString &token, int timeoutMs = 15000);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // ok: the token was accepted. message: what a support engineer reads.
    void finished(bool ok, const QString &message);

private:
    QNetworkAccessManager *m_nam;
    QPointer<RequestJob> m_job;
};

} // namespace dlq
