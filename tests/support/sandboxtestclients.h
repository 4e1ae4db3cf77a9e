#pragma once

// Clients for the sandbox tests: a synchronous wrapper over QNetworkAccessManager replies and
// a hand-written HTTP client for framing that QNetworkAccessManager never produces.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>

#include <optional>

namespace dlq::test {

inline const QByteArray BearerHeader = "Bearer sandbox-token";

struct HttpResult
{
    int status = -1; // -1: no answer before the timeout; 0: transport error
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Waits for the reply through the event loop (the sandbox runs in this thread) and deletes it.
inline HttpResult waitFor(QNetworkReply *reply, int timeoutMs = 10000)
{
    HttpResult result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    if (reply->isFinished()) {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        result.status = status.isValid() ? status.toInt() : 0;
        result.error = reply->error();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return result;
}

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    bool hasHeaderLine(const QByteArray &line) const
    {
        return head.toLower().contains(QByteArray("\r\n" + line.toLower() + "\r\n"));
    }
};

// Speaks HTTP by hand, for what QNetworkAccessManager would never send.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool waitConnected()
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            QSignalSpy connected(&m_socket, &QTcpSocket::connected);
            connected.wait(5000);
        }
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }

    void write(const QByteArray &data)
    {
        m_socket.write(data);
        m_socket.flush();
    }

    std::optional<RawResponse> read(int timeoutMs = 5000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            m_buffer += m_socket.readAll();
            if (auto response = take())
                return response;
            if (m_socket.state() == QAbstractSocket::UnconnectedState || deadline.hasExpired())
                return std::nullopt;
            QSignalSpy readyRead(&m_socket, &QTcpSocket::readyRead);
            readyRead.wait(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        }
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
            QSignalSpy disconnected(&m_socket, &QTcpSocket::disconnected);
            disconnected.wait(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    QTcpSocket &socket() { return m_socket; }

private:
    std::optional<RawResponse> take()
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        RawResponse response;
        response.head = m_buffer.left(headEnd + 2);
        const QList<QByteArray> statusLine =
            response.head.left(response.head.indexOf("\r\n")).split(' ');
        response.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
        qsizetype length = 0;
        const QList<QByteArray> lines = response.head.split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        return response;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

inline QByteArray rawRequest(const QByteArray &method, const QByteArray &target,
                             const QByteArray &extraHeaders = {}, const QByteArray &body = {})
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    out += "Authorization: " + BearerHeader + "\r\n";
    out += extraHeaders;
    if (!body.isEmpty())
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n" + body;
    return out;
}

} // namespace dlq::test
