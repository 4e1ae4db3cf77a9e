#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace dlq {

class RequestJob;
struct ReplyOutcome;

// "Test connection": GET /v2/workflows/dlq?count=1 and one sentence about the outcome. A token
// rejected (401/403) by one of the known regions is tried on the others, one after another,
// so the user learns where it belongs. A token for any other server is never sent elsewhere.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // The regions' base URLs; upstashRegionUrls() unless set (tests: servers on loopback).
    void setRegions(const QList<QUrl> &regions);
    void test(const QUrl &baseUrl, const QString &token, int timeoutMs = 15000);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // ok: the token was accepted. message: what a support engineer reads.
    void finished(bool ok, const QString &message);
    // Instead of finished(): `rejectedBy` (the URL tested) refused the token and the region
    // `acceptedBy` took it.
    void acceptedElsewhere(const QUrl &rejectedBy, const QUrl &acceptedBy);

private:
    void send(const QUrl &baseUrl);
    void answered(const QUrl &baseUrl, const ReplyOutcome &outcome);
    void tryNextRegion();

    QNetworkAccessManager *m_nam;
    QPointer<RequestJob> m_job;
    QList<QUrl> m_regions;
    QUrl m_baseUrl; // the URL under test
    QString m_token;
    int m_timeoutMs = 0;
    QList<QUrl> m_untried; // regions still to try after a rejection
    QString m_rejection;   // what the tested URL said, for when no region accepts the token
};

} // namespace dlq
