#pragma once

#include "sandbox/httprequestparser.h"
#include "sandbox/precisedelay.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace dlq {

// One accepted socket. Reads requests one at a time: after requestRead() nothing more is
// parsed until the owner answers with send() or drops the connection with reset(), so responses
// can never be reordered and "in flight" is at most one request per connection.
class SandboxConnection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `socket`.
    explicit SandboxConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~SandboxConnection() override;

    // A request was read and is waiting for send() or reset().
    bool isAwaitingAnswer() const { return m_awaitingAnswer; }

    // Runs `answer` after `delayMs` unless the connection goes away first. Only one answer can
    // be pending; a later call replaces it.
    void answerAfter(int delayMs, std::function<void()> answer);

    // Writes a complete response; closes after it when `close`, else reads the next request.
    void send(const QByteArray &response, bool close);
    // Drops the connection without answering the request being handled (the owner has
    // already accounted for it, so closed() reports no unanswered request).
    void reset();
    // Drops the connection; closed() reports whether a request was left unanswered.
    void abort();
    // For teardown: drops the connection without emitting closed().
    void abandon();

Q_SIGNALS:
    void requestRead(const dlq::SandboxRequest &request, bool keepAlive);
    // The socket is gone. wasAwaitingAnswer: a read request was still unanswered.
    void closed(bool wasAwaitingAnswer);

private:
    void onReadyRead();
    void onDisconnected();
    void processBuffer();
    void scheduleProcessBuffer();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    PreciseDelay m_answerTimer;
    QTimer m_lingerTimer;
    QElapsedTimer m_lingerClock;
    std::function<void()> m_answer;
    bool m_awaitingAnswer = false;
    bool m_closing = false;
    bool m_closedReported = false;
};

} // namespace dlq
