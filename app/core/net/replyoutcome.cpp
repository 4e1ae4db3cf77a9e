#include "net/replyoutcome.h"

#include "net/dlqurl.h"
#include "util/translate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace dlq {

namespace {

constexpr int kMessageChars = 300;

QString cut(const QString &text)
{
    if (text.size() <= kMessageChars)
        return text;
    return text.left(kMessageChars) + QStringLiteral("…");
}

// A proxy's HTML error page: its title says more than its markup.
QString textOfHtml(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = title.match(html);
    if (m.hasMatch() && !m.captured(1).trimmed().isEmpty())
        return m.captured(1).simplified();
    QString text = html;
    text.remove(scripts);
    text.remove(tags);
    return text.simplified();
}

QString networkMessage(QNetworkReply *reply, const ReplyCapture &capture)
{
    const QString where = hostForDisplay(reply->url());
    if (capture.cancelled)
        return tr("Cancelled while in flight; the server may have applied it.");
    if (capture.timedOut)
        return tr("No answer from %1 within %2 s (timed out); the server may have applied it.")
            .arg(where)
            .arg(capture.timeoutMs / 1000.0, 0, 'g', 3);
    if (!capture.tlsErrors.isEmpty())
        return tr("TLS certificate problem with %1: %2. The connection was refused; nothing was "
                  "sent.")
            .arg(where, capture.tlsErrors.join(QStringLiteral("; ")));
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Connection refused by %1: is the server running and the URL right?").arg(where);
    case QNetworkReply::HostNotFoundError:
        return tr("Host %1 not found: check the endpoint URL and your network.")
            .arg(reply->url().host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before answering; the server may have applied it.")
            .arg(where);
    case QNetworkReply::TimeoutError:
        return tr("The connection to %1 timed out.").arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("Secure connection to %1 failed: %2").arg(where, reply->errorString());
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is unavailable: %1").arg(reply->errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("Proxy problem: %1").arg(reply->errorString());
    default:
        return reply->errorString();
    }
}

} // namespace

QString messageFromBody(const QByteArray &body, bool truncated)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString message;
    if (trimmed.startsWith('{')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonObject object = doc.object();
            for (const auto *key : {"error", "message", "msg"}) {
                const QJsonValue value = object.value(QLatin1String(key));
                if (value.isString() && !value.toString().trimmed().isEmpty()) {
                    message = value.toString().trimmed();
                    break;
                }
            }
        }
    }
    if (message.isEmpty()) {
        const QString text = QString::fromUtf8(trimmed);
        const bool html = text.left(200).contains(QLatin1String("<html"), Qt::CaseInsensitive) ||
                          text.left(200).contains(QLatin1String("<!doctype"), Qt::CaseInsensitive);
        message = html ? textOfHtml(text) : text.simplified();
    }
    message = cut(message);
    if (truncated)
        message += tr(" (response cut at 64 KB)");
    return message;
}

QByteArray ReplyOutcome::header(const QByteArray &lowerName) const
{
    for (const auto &pair : headers) {
        if (pair.first == lowerName)
            return pair.second;
    }
    return {};
}

ReplyOutcome readOutcome(QNetworkReply *reply, const ReplyCapture &capture)
{
    ReplyOutcome outcome;
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.networkError = reply->error();
    outcome.timedOut = capture.timedOut;
    outcome.cancelled = capture.cancelled;
    outcome.body = capture.body;
    outcome.bodyTruncated = capture.truncated;
    outcome.timesSent = capture.timesSent;
    outcome.retryAfter = reply->rawHeader("Retry-After");
    const auto pairs = reply->rawHeaderPairs();
    outcome.headers.reserve(pairs.size());
    for (const auto &pair : pairs)
        outcome.headers.append({pair.first.toLower(), pair.second});

    if (outcome.httpStatus >= 300 && outcome.httpStatus < 400) {
        const QByteArray location = reply->rawHeader("Location");
        outcome.redirectTarget = QString::fromUtf8(location);
        outcome.message =
            tr("The server answered with a redirect to %1. It was not followed, so the token "
               "was not sent there.")
                .arg(outcome.redirectTarget.isEmpty() ? tr("(no location)")
                                                      : outcome.redirectTarget);
        return outcome;
    }
    if (outcome.httpStatus > 0) {
        outcome.message = messageFromBody(capture.body, capture.truncated);
        if (outcome.message.isEmpty() && outcome.httpStatus >= 400) {
            const QString reason = QString::fromUtf8(
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
            outcome.message =
                QStringLiteral("HTTP %1 %2").arg(outcome.httpStatus).arg(reason).trimmed();
        }
        return outcome;
    }
    outcome.message = networkMessage(reply, capture);
    return outcome;
}

} // namespace dlq
