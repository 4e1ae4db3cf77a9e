#include "ratelimitheaders.h"

#include <QLocale>
#include <QTimeZone>

namespace dlq {

namespace {

std::optional<int> toInt(const QByteArray &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

} // namespace

std::optional<qint64> parseResetTimeMs(const QByteArray &value)
{
    bool ok = false;
    const double n = value.trimmed().toDouble(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    constexpr double kLargestSeconds = 1e10; // year 2286
    return n > kLargestSeconds ? qint64(n) : qint64(n * 1000.0);
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, qint64 nowUtcMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(qint64(seconds * 1000.0)) : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return qMax<qint64>(0, when.toMSecsSinceEpoch() - nowUtcMs);
}

RateLimitInfo readRateLimit(const ReplyOutcome &outcome, qint64 nowUtcMs)
{
    RateLimitInfo info;
    info.burstLimit = toInt(outcome.header("burst-ratelimit-limit"));
    info.burstRemaining = toInt(outcome.header("burst-ratelimit-remaining"));
    info.burstResetMs = parseResetTimeMs(outcome.header("burst-ratelimit-reset"));
    info.retryAfterMs = parseRetryAfterMs(outcome.header("retry-after"), nowUtcMs);
    if (outcome.httpStatus == 429) {
        const QByteArray dailyRemaining = outcome.header("ratelimit-remaining");
        const QByteArray dailyLimit = outcome.header("ratelimit-limit");
        if (!dailyRemaining.isEmpty() || !dailyLimit.isEmpty()) {
            info.dailyQuotaExhausted = true;
            info.dailyResetMs = parseResetTimeMs(outcome.header("ratelimit-reset"));
        }
    }
    return info;
}

} // namespace dlq
