#include "sandbox/sandboxconnection.h"

#include "sandbox/httpresponsewriter.h"

#include <QTcpSocket>

#include <utility>

namespace dlq {

namespace {

// While a request waits for its answer the client may already send more (pipelining). Allow
// one maximal request ahead; anything beyond that is a flood, not HTTP.
constexpr qsizetype MaxBufferedBytes =
    HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 64 * 1024;

// Lingering close after a rejected request: drain until the client has been quiet this long,
// but never longer than the cap.
constexpr int LingerIdleMs = 100;
constexpr qint64 LingerCapMs = 2000;

} // namespace

SandboxConnection::SandboxConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    // The latency is a promised minimum, kept to well under a millisecond.
    connect(&m_answerTimer, &PreciseDelay::timeout, this, [this] {
        const std::function<void()> answer = std::move(m_answer);
        m_answer = nullptr;
        if (answer)
            answer();
    });
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] {
        if (!m_closedReported)
            m_socket->disconnectFromHost();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &SandboxConnection::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            this, [this] { onReadyRead(); }, Qt::QueuedConnection);
}

SandboxConnection::~SandboxConnection()
{
    // The socket is our child and dies after this body; its abort must not call back into a
    // half-destroyed connection.
    m_socket->disconnect(this);
    m_answerTimer.stop();
    m_lingerTimer.stop();
}

void SandboxConnection::answerAfter(int delayMs, std::function<void()> answer)
{
    if (m_closedReported)
        return;
    m_answer = std::move(answer);
    m_answerTimer.start(qMax(0, delayMs));
}

void SandboxConnection::send(const QByteArray &response, bool close)
{
    if (m_closing || m_closedReported)
        return;
    m_awaitingAnswer = false;
    m_socket->write(response);
    // Now, not on the next pass of the event loop: the latency is all the client should see.
    m_socket->flush();
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost(); // flushes the response first
    } else {
        scheduleProcessBuffer();
    }
}

void SandboxConnection::reset()
{
    m_awaitingAnswer = false;
    abort();
}

void SandboxConnection::abort()
{
    m_closing = true;
    m_answerTimer.stop();
    m_answer = nullptr;
    m_socket->abort();
    onDisconnected(); // in case abort() on a never-connected socket emitted nothing
}

void SandboxConnection::abandon()
{
    m_closedReported = true;
    m_awaitingAnswer = false;
    m_closing = true;
    m_answerTimer.stop();
    m_answer = nullptr;
    m_socket->disconnect(this);
    m_socket->abort();
}

void SandboxConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_closing) {
        if (m_lingerTimer.isActive() && m_lingerClock.elapsed() < LingerCapMs)
            m_lingerTimer.start(LingerIdleMs);
        return;
    }
    m_parser.append(data);
    if (m_parser.bufferedBytes() > MaxBufferedBytes) {
        abort();
        return;
    }
    processBuffer();
}

void SandboxConnection::onDisconnected()
{
    if (m_closedReported)
        return;
    m_closedReported = true;
    m_closing = true;
    m_answerTimer.stop();
    m_answer = nullptr;
    const bool wasAwaitingAnswer = m_awaitingAnswer;
    m_awaitingAnswer = false;
    Q_EMIT closed(wasAwaitingAnswer);
}

void SandboxConnection::processBuffer()
{
    if (m_awaitingAnswer || m_closing)
        return;
    switch (m_parser.parse()) {
    case HttpRequestParser::Result::NeedMore:
        return;
    case HttpRequestParser::Result::Error:
        m_closing = true;
        m_socket->write(serializeHttpResponse(m_parser.errorStatus(), {},
                                              jsonErrorBody(m_parser.errorMessage()), true));
        // Lingering close: closing while the rest of a rejected request is still arriving
        // makes the kernel send RST, which can destroy the error response before the client
        // reads it. onReadyRead() keeps draining and re-arms the timer while data flows.
        m_lingerClock.start();
        m_lingerTimer.start(LingerIdleMs);
        return;
    case HttpRequestParser::Result::Ready:
        m_awaitingAnswer = true;
        Q_EMIT requestRead(m_parser.request(), m_parser.keepAlive());
        return;
    }
}

void SandboxConnection::scheduleProcessBuffer()
{
    // Queued so that the next request's requestRead() never nests inside the previous answer.
    QMetaObject::invokeMethod(
        this, [this] { processBuffer(); }, Qt::QueuedConnection);
}

} // namespace dlq
