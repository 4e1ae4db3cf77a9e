#include "net/requestjob.h"

#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace dlq {

namespace {

// An empty request body that cannot be rewound (see RequestSpec::sendOnce).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QObject *parent) : QIODevice(parent) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool atEnd() const override { return true; }
    qint64 bytesAvailable() const override { return 0; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

RequestJob::RequestJob(QNetworkAccessManager *nam, RequestSpec spec, QString token, int timeoutMs,
                       QObject *parent)
    : QObject(parent), m_nam(nam), m_spec(std::move(spec)), m_token(std::move(token)),
      m_timeoutMs(timeoutMs)
{}

RequestJob::~RequestJob()
{
    if (m_reply) {
        // Destroyed mid-flight (owner went away): drop the reply without a finished() signal.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RequestJob::start()
{
    Q_ASSERT(!m_reply);
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("Authorization", QByteArray("Bearer ") + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : m_spec.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            request.setRawHeader(name, value);
    }
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    // Qt's default policy re-sends Authorization to another origin on a redirect: never follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (m_tls && !m_tls->isNull())
        request.setSslConfiguration(*m_tls);

    m_outcome = {};
    m_capture = {};
    m_capture.timeoutMs = m_timeoutMs;
    m_clock.start();
    // Without a body, use the overload without an upload device: with one (even empty),
    // Qt 6.4 never emits requestSent(), which is how a silent re-send is noticed.
    if (m_spec.sendOnce && m_spec.body.isEmpty()) {
        // Qt re-sends only what it can rewind: an unbuffered body that cannot be rewound
        // turns its silent second send into an error (ContentReSendError) instead.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        m_reply = m_nam->sendCustomRequest(request, m_spec.verb, new OneShotBody(this));
    } else {
        m_reply = m_spec.body.isEmpty()
                      ? m_nam->sendCustomRequest(request, m_spec.verb)
                      : m_nam->sendCustomRequest(request, m_spec.verb, m_spec.body);
    }
    qCDebug(lcNet) << m_spec.verb << m_spec.url.toDisplayString(QUrl::RemoveUserInfo);

    connect(m_reply, &QNetworkReply::readyRead, this, &RequestJob::readBody);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { ++m_capture.timesSent; });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded to explain the failure; never ignored.
        for (const QSslError &error : errors)
            m_capture.tlsErrors.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &RequestJob::onFinished);
}

void RequestJob::abort()
{
    if (!m_reply)
        return;
    m_capture.cancelled = true;
    m_reply->abort(); // emits finished() synchronously
}

void RequestJob::readBody()
{
    // Keep the first maxBodyBytes; drain the rest so a huge body cannot fill memory.
    while (m_reply->bytesAvailable() > 0) {
        const qint64 room = m_spec.maxBodyBytes - m_capture.body.size();
        if (room > 0) {
            m_capture.body += m_reply->read(room);
        } else {
            m_reply->skip(m_reply->bytesAvailable());
            m_capture.truncated = true;
        }
    }
}

void RequestJob::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    readBody();
    m_elapsedMs = m_clock.elapsed();
    // Qt 6.4 reports an expired transfer timeout as OperationCanceledError, like abort().
    m_capture.resendStopped = reply->error() == QNetworkReply::ContentReSendError;
    m_capture.timedOut = !m_capture.cancelled && !m_capture.resendStopped &&
                         reply->error() == QNetworkReply::OperationCanceledError;
    m_outcome = readOutcome(reply, m_capture);
    if (m_capture.resendStopped) {
        m_outcome.networkError = QNetworkReply::RemoteHostClosedError;
        m_outcome.message = tr("The connection closed before an answer; the request was not "
                               "sent again.");
    }
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    qCDebug(lcNet) << "finished" << m_outcome.httpStatus << m_outcome.networkError << m_elapsedMs
                   << "ms";
    Q_EMIT finished(this);
}

} // namespace dlq
