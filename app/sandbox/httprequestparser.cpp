#include "sandbox/httprequestparser.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>
#include <utility>

namespace dlq {

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// Visible ASCII only: a raw space, control byte or non-ASCII byte in the target means the
// client did not percent-encode, which a real server rejects too.
bool isValidTarget(const QByteArray &target)
{
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

bool isValidFieldValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool hasConnectionOption(const QList<QPair<QByteArray, QByteArray>> &headers,
                         const QByteArray &option)
{
    for (const auto &header : headers) {
        if (header.first != "connection")
            continue;
        const QList<QByteArray> options = header.second.split(',');
        for (const QByteArray &o : options) {
            if (o.trimmed().toLower() == option)
                return true;
        }
    }
    return false;
}

// Optional whitespace around a field value is SP and HTAB only (RFC 9110 5.6.3); other
// control bytes must stay so that isValidFieldValue() rejects them.
QByteArray trimOws(const QByteArray &value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value.at(begin) == ' ' || value.at(begin) == '\t'))
        ++begin;
    while (end > begin && (value.at(end - 1) == ' ' || value.at(end - 1) == '\t'))
        --end;
    return value.mid(begin, end - begin);
}

QByteArray stripCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

void HttpRequestParser::append(const QByteArray &data)
{
    if (m_errorStatus == 0)
        m_buffer.append(data);
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QByteArray &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    return Result::Error;
}

HttpRequestParser::Result HttpRequestParser::checkRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)))
        return fail(400, "malformed request line");
    if (!isValidTarget(parts.at(1)))
        return fail(400, "malformed request target");
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return fail(505, "http version not supported");
        return fail(400, "malformed request line");
    }
    return Result::Ready;
}

HttpRequestParser::Result HttpRequestParser::parseHeaderBlock(const QByteArray &block,
                                                              qsizetype *contentLength)
{
    const QList<QByteArray> lines = block.split('\n');
    const QByteArray requestLine = stripCr(lines.first());
    const QList<QByteArray> parts = requestLine.split(' ');
    m_request = SandboxRequest{};
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    const qsizetype question = m_request.target.indexOf('?');
    m_request.path = question < 0 ? m_request.target : m_request.target.left(question);
    m_request.query = question < 0 ? QByteArray() : m_request.target.mid(question + 1);
    m_http10 = parts.at(2) == "HTTP/1.0";

    *contentLength = 0;
    bool sawContentLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = stripCr(lines.at(i));
        if (line.isEmpty())
            continue; // the blank line that ends the block
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "obsolete header line folding");
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!isToken(name))
            return fail(400, "malformed header line");
        const QByteArray value = trimOws(line.mid(colon + 1));
        if (!isValidFieldValue(value))
            return fail(400, "malformed header value");
        const QByteArray lowerName = name.toLower();
        if (lowerName == "content-length") {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            const bool digitsOnly = !value.isEmpty() && value.size() <= 12 &&
                                    std::all_of(value.begin(), value.end(),
                                                [](char c) { return c >= '0' && c <= '9'; });
            if (!ok || !digitsOnly || (sawContentLength && length != *contentLength))
                return fail(400, "malformed content-length");
            sawContentLength = true;
            *contentLength = static_cast<qsizetype>(length);
        } else if (lowerName == "transfer-encoding") {
            // The app never streams bodies; accepting chunked framing here would only widen
            // the attack surface of a test server.
            return fail(501, "transfer-encoding not supported");
        }
        m_request.headers.append({lowerName, value});
    }
    if (*contentLength > MaxBodyBytes)
        return fail(413, "request body too large");
    return Result::Ready;
}

HttpRequestParser::Result HttpRequestParser::parse()
{
    if (m_errorStatus != 0)
        return Result::Error;

    // RFC 9112 2.2: empty lines before a request line are ignored.
    qsizetype skip = 0;
    while (skip < m_buffer.size() && (m_buffer.at(skip) == '\r' || m_buffer.at(skip) == '\n'))
        ++skip;
    m_buffer.remove(0, skip);
    if (m_buffer.isEmpty())
        return Result::NeedMore;

    // Reject binary garbage as soon as the method is impossible, instead of waiting for a
    // line ending that may never come.
    for (const char c : std::as_const(m_buffer)) {
        if (c == ' ')
            break;
        if (!isTchar(c) && c != '\r' && c != '\n')
            return fail(400, "malformed request line");
        if (c == '\r' || c == '\n')
            break;
    }

    const qsizetype firstLineEnd = m_buffer.indexOf('\n');
    if (firstLineEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            return fail(431, "request header fields too large");
        return Result::NeedMore;
    }
    if (checkRequestLine(stripCr(m_buffer.left(firstLineEnd))) == Result::Error)
        return Result::Error;

    qsizetype headerEnd = -1;
    qsizetype lineStart = firstLineEnd + 1;
    while (lineStart <= m_buffer.size()) {
        const qsizetype lineEnd = m_buffer.indexOf('\n', lineStart);
        if (lineEnd < 0)
            break;
        const qsizetype length = lineEnd - lineStart;
        if (length == 0 || (length == 1 && m_buffer.at(lineStart) == '\r')) {
            headerEnd = lineEnd + 1;
            break;
        }
        lineStart = lineEnd + 1;
    }
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            return fail(431, "request header fields too large");
        return Result::NeedMore;
    }
    if (headerEnd > MaxHeaderBytes)
        return fail(431, "request header fields too large");

    qsizetype contentLength = 0;
    if (parseHeaderBlock(m_buffer.left(headerEnd), &contentLength) == Result::Error)
        return Result::Error;
    if (m_buffer.size() - headerEnd < contentLength)
        return Result::NeedMore;

    m_request.body = m_buffer.mid(headerEnd, contentLength);
    m_request.receivedAt = QDateTime::currentDateTimeUtc();
    m_buffer.remove(0, headerEnd + contentLength);
    m_keepAlive = m_http10 ? hasConnectionOption(m_request.headers, "keep-alive")
                           : !hasConnectionOption(m_request.headers, "close");
    return Result::Ready;
}

} // namespace dlq
