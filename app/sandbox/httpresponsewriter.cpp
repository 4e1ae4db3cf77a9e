#include "sandbox/httpresponsewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace dlq {

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 418:
        return "I'm a teapot";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray serializeHttpResponse(int status, const HttpHeaders &headers, const QByteArray &body,
                                 bool closeConnection)
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    bool hasContentType = false;
    for (const auto &header : headers) {
        const QByteArray lower = header.first.toLower();
        if (lower == "content-length" || lower == "connection")
            continue;
        hasContentType = hasContentType || lower == "content-type";
        out += header.first + ": " + header.second + "\r\n";
    }
    if (!body.isEmpty() && !hasContentType)
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += closeConnection ? QByteArray("Connection: close\r\n")
                           : QByteArray("Connection: keep-alive\r\n");
    out += "\r\n";
    out += body;
    return out;
}

QByteArray jsonErrorBody(const QByteArray &message)
{
    const QJsonObject object{{QStringLiteral("error"), QString::fromUtf8(message)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace dlq
