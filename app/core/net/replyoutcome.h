#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace dlq {

// Everything the app needs from a finished reply, taken in one place.
struct ReplyOutcome
{
    int httpStatus = 0; // 0: no HTTP response at all
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;  // our transfer timeout fired (Qt reports it as OperationCanceled)
    bool cancelled = false; // the user cancelled
    QString message;        // for people: the server's error, a body excerpt or the network error
    QByteArray body;        // at most RequestSpec::maxBodyBytes
    bool bodyTruncated = false;
    QString redirectTarget;                       // Location of a 3xx, never followed
    QByteArray retryAfter;                        // raw Retry-After header, if any
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    int timesSent = 0; // how often Qt sent the request (it re-sends after an early close)

    bool hasHttpResponse() const { return httpStatus > 0; }
    QByteArray header(const QByteArray &lowerName) const;
};

inline constexpr qint64 kMaxBodyBytes = 64 * 1024;

// The message a person should read for an error body: the "error" field of a JSON body,
// else the body text cut to a sensible length; empty for an empty body.
QString messageFromBody(const QByteArray &body, bool truncated);

// What the job observed while the reply ran, besides the reply itself.
struct ReplyCapture
{
    QByteArray body; // first RequestSpec::maxBodyBytes only
    bool truncated = false;
    bool timedOut = false;
    bool cancelled = false;
    int timeoutMs = 0;
    int timesSent = 0;
    bool resendStopped = false; // RequestSpec::sendOnce stopped Qt's own second send
    QStringList tlsErrors;
};

// Turns a finished reply into (HTTP status, network error, message) in one place.
ReplyOutcome readOutcome(QNetworkReply *reply, const ReplyCapture &capture);

} // namespace dlq
