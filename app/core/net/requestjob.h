#pragma once

#include "net/replyoutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace dlq {

struct RequestSpec
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    // The answer's body beyond this is drained and dropped (ReplyOutcome::bodyTruncated).
    // Calls that return data (a list page, one entry) raise it.
    qint64 maxBodyBytes = kMaxBodyBytes;
    // Extra headers (resume/restart overrides); never Authorization, which the job sets.
    QList<QPair<QByteArray, QByteArray>> headers = {};
    // Not idempotent (resume, restart): Qt 6.4 silently sends a request again when the
    // connection closes before any answer; such a request is stopped before it leaves a second
    // time and ends as "connection closed" (outcome unknown) instead.
    bool sendOnce = false;
};

// One authenticated request to the API. The token goes in the Authorization header only,
// redirects are never followed (Qt would re-send the token to another origin), and every
// request has a transfer timeout. Emits finished() exactly once, also after abort().
class RequestJob : public QObject
{
    Q_OBJECT
public:
    RequestJob(QNetworkAccessManager *nam, RequestSpec spec, QString token, int timeoutMs,
               QObject *parent = nullptr);
    ~RequestJob() override;

    // Not set or null: Qt's default TLS settings. See net/tlstrust.h. Before start().
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }
    void start();
    // User cancel: the request is aborted and reported as cancelled, not timed out.
    void abort();

    const RequestSpec &spec() const { return m_spec; }
    const ReplyOutcome &outcome() const { return m_outcome; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void finished(dlq::RequestJob *job);

private:
    void readBody();
    void onFinished();

    QNetworkAccessManager *m_nam;
    RequestSpec m_spec;
    QString m_token;
    int m_timeoutMs;
    // Optional: a default-constructed QSslConfiguration costs about 8 000 instructions per job.
    std::optional<QSslConfiguration> m_tls;
    // Guarded: the reply belongs to its manager, which may be destroyed first.
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_cancelled = false;
    ReplyCapture m_capture;
    ReplyOutcome m_outcome;
};

} // namespace dlq
