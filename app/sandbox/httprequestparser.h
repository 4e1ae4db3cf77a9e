#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>

namespace dlq {

// Incremental HTTP/1.x request parser for the sandbox: bytes arrive in arbitrary pieces, and
// one call to parse() takes at most one complete request off the front of the buffer, so a
// connection can answer requests strictly one at a time.
class HttpRequestParser
{
public:
    enum class Result {
        NeedMore, // the buffer holds an incomplete request (or nothing)
        Ready,    // request() holds a complete request
        Error,    // the peer sent something we refuse; answer errorStatus() and close
    };

    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    void append(const QByteArray &data);
    qsizetype bufferedBytes() const { return m_buffer.size(); }

    Result parse();

    // Valid after parse() returned Ready.
    const SandboxRequest &request() const { return m_request; }
    bool keepAlive() const { return m_keepAlive; }

    // Valid after parse() returned Error.
    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }

private:
    Result fail(int status, const QByteArray &message);
    Result checkRequestLine(const QByteArray &line);
    Result parseHeaderBlock(const QByteArray &block, qsizetype *contentLength);

    QByteArray m_buffer;
    SandboxRequest m_request;
    bool m_keepAlive = true;
    bool m_http10 = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace dlq
