#include "net/retrypolicy.h"
#include "util/translate.h"

#include <algorithm>

namespace dlq {

bool isRetryableReply(const ReplyOutcome &outcome)
{
    if (outcome.cancelled)
        return false;
    switch (outcome.httpStatus) {
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    case 0:
        break;
    default:
        return false;
    }
    switch (outcome.networkError) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return false;
    default:
        return true;
    }
}

bool isOutcomeUnknown(const ReplyOutcome &outcome)
{
    if (outcome.httpStatus > 0)
        return false;
    if (outcome.timedOut || outcome.cancelled)
        return true;
    switch (outcome.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return false; // the request never left
    default:
        return true;
    }
}

QString shortError(const ReplyOutcome &outcome)
{
    if (outcome.httpStatus > 0)
        return QStringLiteral("HTTP %1").arg(outcome.httpStatus);
    if (outcome.cancelled)
        return QStringLiteral("cancelled");
    if (outcome.timedOut)
        return dlq::tr("timed out");
    switch (outcome.networkError) {
    case QNetworkReply::RemoteHostClosedError:
        return dlq::tr("connection closed");
    case QNetworkReply::ConnectionRefusedError:
        return dlq::tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return dlq::tr("host not found");
    case QNetworkReply::SslHandshakeFailedError:
        return dlq::tr("TLS error");
    default:
        return dlq::tr("network error %1").arg(int(outcome.networkError));
    }
}

qint64 backoffMs(int failures, int baseMs, int maxMs, QRandomGenerator &rng)
{
    const int exponent = std::clamp(failures - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(maxMs, qint64(std::max(1, baseMs)) << exponent);
    if (ceiling <= 0)
        return 0;
    return qint64(rng.bounded(quint64(ceiling) + 1));
}

} // namespace dlq
