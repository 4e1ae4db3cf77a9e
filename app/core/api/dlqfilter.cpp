#include "api/dlqfilter.h"

#include "net/dlqurl.h"
#include "util/translate.h"

#include <QDateTime>
#include <QLocale>

namespace dlq::api {
namespace {

void addAll(QList<QPair<QString, QString>> *out, const QString &name, const QStringList &values)
{
    for (const QString &value : values)
        out->append({name, value});
}

bool hasBlank(const QStringList &values)
{
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            return true;
    }
    return false;
}

QString anyOf(const QStringList &values)
{
    if (values.size() == 1)
        return values.first();
    QStringList quoted = values;
    const QString last = quoted.takeLast();
    return dlq::tr("%1 or %2").arg(quoted.join(QStringLiteral(", ")), last);
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

QStringList knownFailureFunctionStates()
{
    return {QStringLiteral("CALLBACK_INPROGRESS"), QStringLiteral("CALLBACK_SUCCESS"),
            QStringLiteral("CALLBACK_FAIL"), QStringLiteral("CALLBACK_CANCELED")};
}

bool DlqFilter::isEmpty() const
{
    // A blank value narrows nothing on the server, so it does not make a filter either.
    auto none = [](const QStringList &values) {
        for (const QString &value : values) {
            if (!value.trimmed().isEmpty())
                return false;
        }
        return true;
    };
    return !fromDate && !toDate && none(workflowUrls) && workflowRunId.trimmed().isEmpty() &&
           !workflowCreatedAt && none(labels) && none(failureFunctionStates) && none(callerIps) &&
           none(flowControlKeys);
}

QStringList DlqFilter::problems() const
{
    QStringList out;
    if (fromDate && toDate && *fromDate > *toDate)
        out << dlq::tr("The start date is after the end date.");
    if ((fromDate && *fromDate < 0) || (toDate && *toDate < 0))
        out << dlq::tr("Dates before 1970 cannot be sent.");
    const QList<QPair<QString, const QStringList *>> lists = {
        {dlq::tr("workflow URL"), &workflowUrls},
        {dlq::tr("label"), &labels},
        {dlq::tr("failure callback state"), &failureFunctionStates},
        {dlq::tr("caller IP"), &callerIps},
        {dlq::tr("flow-control key"), &flowControlKeys}};
    for (const auto &[name, values] : lists) {
        if (hasBlank(*values))
            out << dlq::tr("A %1 is blank.").arg(name);
        // The server also splits values on commas, so "a,b" would match a or b.
        for (const QString &value : *values) {
            if (value.contains(QLatin1Char(',')))
                out << dlq::tr(
                           "The %1 \"%2\" contains a comma, which the server reads as two values.")
                           .arg(name, value);
        }
    }
    const QStringList known = knownFailureFunctionStates();
    for (const QString &state : failureFunctionStates) {
        if (!state.trimmed().isEmpty() && !known.contains(state))
            out << dlq::tr("Unknown failure callback state \"%1\" (known: %2).")
                       .arg(state, known.join(QStringLiteral(", ")));
    }
    return out;
}

QList<QPair<QString, QString>> DlqFilter::parameters() const
{
    QList<QPair<QString, QString>> out;
    if (fromDate)
        out.append({QStringLiteral("fromDate"), QString::number(*fromDate)});
    if (toDate)
        out.append({QStringLiteral("toDate"), QString::number(*toDate)});
    addAll(&out, QStringLiteral("workflowUrl"), workflowUrls);
    if (!workflowRunId.isEmpty())
        out.append({QStringLiteral("workflowRunId"), workflowRunId});
    if (workflowCreatedAt)
        out.append({QStringLiteral("workflowCreatedAt"), QString::number(*workflowCreatedAt)});
    addAll(&out, QStringLiteral("label"), labels);
    addAll(&out, QStringLiteral("failureFunctionState"), failureFunctionStates);
    addAll(&out, QStringLiteral("callerIp"), callerIps);
    addAll(&out, QStringLiteral("flowControlKey"), flowControlKeys);
    return out;
}

QString DlqFilter::describe() const
{
    if (isEmpty())
        return dlq::tr("every entry in the DLQ");
    QStringList parts;
    if (fromDate && toDate)
        parts << dlq::tr("failed between %1 and %2").arg(when(*fromDate), when(*toDate));
    else if (fromDate)
        parts << dlq::tr("failed at or after %1").arg(when(*fromDate));
    else if (toDate)
        parts << dlq::tr("failed at or before %1").arg(when(*toDate));
    if (!workflowUrls.isEmpty())
        parts << dlq::tr("workflow URL is %1").arg(anyOf(workflowUrls));
    if (!workflowRunId.isEmpty())
        parts << dlq::tr("run ID is %1").arg(workflowRunId);
    if (workflowCreatedAt)
        parts << dlq::tr("run created at %1").arg(when(*workflowCreatedAt));
    if (!labels.isEmpty())
        parts << dlq::tr("label is %1").arg(anyOf(labels));
    if (!failureFunctionStates.isEmpty())
        parts << dlq::tr("failure callback state is %1").arg(anyOf(failureFunctionStates));
    if (!callerIps.isEmpty())
        parts << dlq::tr("caller IP is %1").arg(anyOf(callerIps));
    if (!flowControlKeys.isEmpty())
        parts << dlq::tr("flow-control key is %1").arg(anyOf(flowControlKeys));
    return dlq::tr("entries where %1").arg(parts.join(dlq::tr("; and ")));
}

bool DlqFilter::operator==(const DlqFilter &other) const
{
    return parameters() == other.parameters();
}

QByteArray encodeQuery(const QList<QPair<QString, QString>> &parameters)
{
    QByteArray out;
    for (const auto &[name, value] : parameters) {
        if (!out.isEmpty())
            out += '&';
        // Only unreserved characters stay as they are (RFC 3986 §2.3).
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

std::optional<QUrl> filteredListUrl(const QUrl &base, const DlqFilter &filter, int count,
                                    const QString &cursor)
{
    if (!filter.problems().isEmpty() || !base.isValid() || base.host().isEmpty())
        return std::nullopt;
    QUrl url = dlqListUrl(base);
    auto parameters = filter.parameters();
    if (count > 0)
        parameters.append({QStringLiteral("count"), QString::number(count)});
    if (!cursor.isEmpty())
        parameters.append({QStringLiteral("cursor"), cursor});
    const QString query = QString::fromLatin1(encodeQuery(parameters));
    url.setQuery(query, QUrl::StrictMode);
    // A query Qt altered could drop a filter, and a list without filters shows everything.
    if (!url.isValid() || url.query(QUrl::FullyEncoded) != query)
        return std::nullopt;
    return url;
}

} // namespace dlq::api
