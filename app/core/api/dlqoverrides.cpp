#include "api/dlqoverrides.h"

#include "util/translate.h"

#include <QRegularExpression>
#include <QUrl>

namespace dlq::api {

namespace {

// A header value travels as one line of printable ASCII: anything else could end the header
// (CR, LF) or be re-encoded on the way.
bool isPrintableAscii(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

void checkText(QStringList *out, const char *header, const QString &value)
{
    if (value.isEmpty())
        return;
    if (value.trimmed().isEmpty())
        out->append(dlq::tr("%1 is blank.").arg(QLatin1String(header)));
    else if (!isPrintableAscii(value))
        out->append(
            dlq::tr("%1 may only hold printable ASCII characters.").arg(QLatin1String(header)));
}

} // namespace

bool DlqOverrides::isEmpty() const
{
    return !retries && delay.isEmpty() && retryDelay.isEmpty() && flowControlKey.isEmpty() &&
           flowControlValue.isEmpty() && labels.isEmpty() && failureCallback.isEmpty();
}

QStringList DlqOverrides::problems() const
{
    QStringList out;
    if (retries && (*retries < 0 || *retries > kMaxRetries))
        out << dlq::tr("Upstash-Retries takes 0 to %1, not %2.").arg(kMaxRetries).arg(*retries);
    static const QRegularExpression duration(QStringLiteral("^[0-9]{1,9}(s|m|h|d)$"));
    if (!delay.isEmpty() && !duration.match(delay).hasMatch())
        out << dlq::tr(
                   "Upstash-Delay takes a number and a unit (s, m, h or d), e.g. 10s, not “%1”.")
                   .arg(delay);
    checkText(&out, "Upstash-Retry-Delay", retryDelay);
    checkText(&out, "Upstash-Flow-Control-Key", flowControlKey);
    if (!flowControlValue.isEmpty()) {
        static const QRegularExpression part(
            QStringLiteral("^\\s*(parallelism|rate|period)\\s*=\\s*[0-9]+[a-z]?\\s*$"));
        const QStringList parts = flowControlValue.split(QLatin1Char(','));
        bool ok = isPrintableAscii(flowControlValue);
        for (const QString &p : parts)
            ok = ok && part.match(p).hasMatch();
        if (!ok)
            out << dlq::tr("Upstash-Flow-Control-Value takes “parallelism=<n>, rate=<n>, "
                           "period=<duration>” (any of the three), not “%1”.")
                       .arg(flowControlValue);
        if (flowControlKey.isEmpty())
            out << dlq::tr("Upstash-Flow-Control-Value needs Upstash-Flow-Control-Key.");
    }
    for (const QString &label : labels) {
        if (label.trimmed().isEmpty() || label.contains(QLatin1Char(',')))
            out << dlq::tr("Upstash-Label: each label must be non-blank and without commas, not "
                           "“%1”.")
                       .arg(label);
        else
            checkText(&out, "Upstash-Label", label);
    }
    if (!failureCallback.isEmpty()) {
        const QUrl url(failureCallback, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            !isPrintableAscii(failureCallback))
            out << dlq::tr("Upstash-Failure-Callback takes an http:// or https:// URL, not “%1”.")
                       .arg(failureCallback);
    }
    return out;
}

QList<QPair<QByteArray, QByteArray>> DlqOverrides::headers() const
{
    Q_ASSERT(problems().isEmpty());
    QList<QPair<QByteArray, QByteArray>> out;
    auto add = [&out](const char *name, const QString &value) {
        if (!value.isEmpty())
            out.append({QByteArray(name), value.trimmed().toLatin1()});
    };
    if (retries)
        add("Upstash-Retries", QString::number(*retries));
    add("Upstash-Delay", delay);
    add("Upstash-Retry-Delay", retryDelay);
    add("Upstash-Flow-Control-Key", flowControlKey);
    add("Upstash-Flow-Control-Value", flowControlValue);
    add("Upstash-Label", labels.join(QLatin1Char(',')));
    add("Upstash-Failure-Callback", failureCallback);
    return out;
}

QString DlqOverrides::describe() const
{
    QStringList parts;
    for (const auto &[name, value] : headers())
        parts << QString::fromLatin1(name + ": " + value);
    return parts.join(QStringLiteral("; "));
}

bool DlqOverrides::operator==(const DlqOverrides &other) const
{
    return retries == other.retries && delay == other.delay && retryDelay == other.retryDelay &&
           flowControlKey == other.flowControlKey && flowControlValue == other.flowControlValue &&
           labels == other.labels && failureCallback == other.failureCallback;
}

} // namespace dlq::api
