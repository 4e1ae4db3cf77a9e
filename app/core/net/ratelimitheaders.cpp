#include "net/ratelimitheaders.h"

#include "net/retrypolicy.h"
#include "util/translate.h"

#include <QLocale>

#include <QTimeZone>
#include <algorithm>

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

qint64 serverRequestedWaitMs(int httpStatus, const RateLimitInfo &info, qint64 utcNowMs)
{
    qint64 wait = info.retryAfterMs.value_or(-1);
    if (httpStatus == 429) {
        if (wait < 0 && info.burstResetMs)
            wait = std::max<qint64>(0, *info.burstResetMs - utcNowMs);
        if (wait < 0)
            wait = 1000; // the burst window is one second
    }
    return wait < 0 ? -1 : std::min(wait, kMaxServerWaitMs);
}

QString dailyQuotaMessage(const RateLimitInfo &info)
{
    const QString when =
        info.dailyResetMs ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*info.dailyResetMs),
                                               QLocale::ShortFormat)
                          : tr("an unknown time");
    return tr("Daily request quota reached; resets at %1.").arg(when);
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
