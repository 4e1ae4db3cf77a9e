#include "api/dlqentry.h"

#include "util/translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace dlq::api {
namespace {

int clampToInt(qint64 value, int low, int high)
{
    return int(std::clamp<qint64>(value, low, high));
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return dlq::tr("a boolean");
    case QJsonValue::Double:
        return dlq::tr("a number");
    case QJsonValue::String:
        return dlq::tr("a string");
    case QJsonValue::Array:
        return dlq::tr("an array");
    case QJsonValue::Object:
        return dlq::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Reads fields of one JSON object and collects a sentence for each one of the wrong type.
// A missing or null field is simply absent: the spec marks every field optional.
class Reader
{
public:
    Reader(const QJsonObject &object, QStringList *problems, QString prefix = QString())
        : m_object(object), m_problems(problems), m_prefix(std::move(prefix))
    {}

    bool has(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    }

    QString string(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return QString();
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        wrongType(key, dlq::tr("text"), value);
        return QString();
    }

    // Whole numbers; the SDK types some timestamps as strings, so digits in a string count.
    qint64 integer(const char *key, qint64 fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
                return static_cast<qint64>(d);
        } else if (value.isString()) {
            bool ok = false;
            const qint64 n = value.toString().trimmed().toLongLong(&ok);
            if (ok)
                return n;
        }
        wrongType(key, dlq::tr("a whole number"), value);
        return fallback;
    }

    QStringList strings(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isString())
            return {value.toString()};
        if (!value.isArray()) {
            wrongType(key, dlq::tr("a list of text"), value);
            return {};
        }
        QStringList out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString())
                out.append(item.toString());
            else
                wrongType(key, dlq::tr("a list of text"), item);
        }
        return out;
    }

    HeaderMap headers(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject()) {
            wrongType(key, dlq::tr("an object of headers"), value);
            return {};
        }
        HeaderMap out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue values = it.value();
            if (values.isString()) {
                out[it.key()].append(values.toString());
            } else if (values.isArray()) {
                const QJsonArray array = values.toArray();
                for (const QJsonValue &v : array)
                    out[it.key()].append(v.isString() ? v.toString() : typeName(v));
            } else {
                m_problems->append(
                    dlq::tr("%1header %2 of %3: expected text, got %4")
                        .arg(m_prefix, it.key(), QLatin1String(key), typeName(values)));
            }
        }
        return out;
    }

    // `textKey` (UTF-8) or `base64Key`; when both are there the base64 form is exact.
    Body body(const char *textKey, const char *base64Key)
    {
        Body out;
        const QString base64 = string(base64Key);
        if (!base64.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                out.bytes = *decoded;
                out.wasBase64 = true;
                return out;
            }
            m_problems->append(dlq::tr("%1%2 is not valid base64; shown as sent")
                                   .arg(m_prefix, QLatin1String(base64Key)));
            out.bytes = base64.toUtf8();
            return out;
        }
        out.bytes = string(textKey).toUtf8();
        return out;
    }

private:
    void wrongType(const char *key, const QString &expected, const QJsonValue &got)
    {
        m_problems->append(dlq::tr("%1%2: expected %3, got %4")
                               .arg(m_prefix, QLatin1String(key), expected, typeName(got)));
    }

    QJsonObject m_object;
    QStringList *m_problems;
    QString m_prefix;
};

} // namespace

bool DlqEntry::isNonRetryable() const
{
    if (responseStatus == 489)
        return true;
    for (auto it = responseHeader.begin(); it != responseHeader.end(); ++it) {
        if (it.key().compare(QLatin1String("Upstash-NonRetryable-Error"), Qt::CaseInsensitive) ==
                0 &&
            it.value().contains(QLatin1String("true"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

DlqEntry parseDlqEntry(const QJsonValue &value)
{
    DlqEntry entry;
    entry.raw = value;
    if (!value.isObject()) {
        entry.problems.append(dlq::tr("the entry is %1, not an object").arg(typeName(value)));
        return entry;
    }
    const QJsonObject object = value.toObject();
    Reader read(object, &entry.problems);
    entry.dlqId = read.string("dlqId");
    if (entry.dlqId.trimmed().isEmpty()) {
        entry.dlqId.clear();
        entry.problems.append(dlq::tr("the entry has no dlqId, so nothing can be done with it"));
    }
    entry.workflowUrl = read.string("workflowUrl");
    entry.workflowRunId = read.string("workflowRunId");
    entry.workflowCreatedAt = read.integer("workflowCreatedAt", 0);
    entry.url = read.string("url");
    entry.method = read.string("method");
    entry.header = read.headers("header");
    entry.body = read.body("body", "bodyBase64");
    entry.maxRetries = clampToInt(read.integer("maxRetries", -1), -1, 1000000);
    entry.createdAt = read.integer("createdAt", 0);
    // The schema spells it callerIP; the filter is callerIp. Accept both.
    entry.callerIp = read.has("callerIP") ? read.string("callerIP") : read.string("callerIp");
    entry.labels = read.strings("labels");
    if (entry.labels.isEmpty())
        entry.labels = read.strings("label");
    entry.flowControlKey = read.string("flowControlKey");
    entry.messageId = read.string("messageId");
    entry.notBefore = read.integer("notBefore", 0);
    entry.responseStatus = clampToInt(read.integer("responseStatus", 0), 0, 999);
    entry.responseHeader = read.headers("responseHeader");
    entry.responseBody = read.body("responseBody", "responseBodyBase64");

    FailureCallback &callback = entry.failureCallback;
    callback.url = read.string("failureCallback");
    callback.state = read.string("failureFunctionState");
    const QJsonValue info = object.value(QLatin1String("failureCallbackInfo"));
    if (info.isObject()) {
        callback.hasInfo = true;
        Reader readInfo(info.toObject(), &entry.problems, QStringLiteral("failureCallbackInfo."));
        const QString infoState = readInfo.string("state");
        if (!infoState.isEmpty()) {
            if (!callback.state.isEmpty() && callback.state != infoState)
                entry.problems.append(
                    dlq::tr("failureFunctionState says %1 but failureCallbackInfo.state says %2; "
                            "showing %2")
                        .arg(callback.state, infoState));
            callback.state = infoState;
        }
        callback.responseStatus = clampToInt(readInfo.integer("responseStatus", 0), 0, 999);
        callback.responseBody = readInfo.body("responseBody", "responseBodyBase64");
        callback.responseHeaders = readInfo.headers("responseHeaders");
        if (callback.responseHeaders.isEmpty())
            callback.responseHeaders = readInfo.headers("responseHeader");
    } else if (!info.isUndefined() && !info.isNull()) {
        entry.problems.append(
            dlq::tr("failureCallbackInfo: expected an object, got %1").arg(typeName(info)));
    }
    return entry;
}

DlqPage parseDlqPage(const QByteArray &json)
{
    DlqPage page;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        page.error = dlq::tr("The DLQ list is not valid JSON (%1 at byte %2).")
                         .arg(error.errorString())
                         .arg(error.offset);
        return page;
    }
    if (!document.isObject()) {
        page.error = dlq::tr("The DLQ list is not a JSON object.");
        return page;
    }
    const QJsonObject object = document.object();
    const QJsonValue messages = object.value(QLatin1String("messages"));
    // Every list answer has the array, empty on an empty DLQ. Without it this is some other
    // JSON (a proxy, another API), and reading it as "no entries, last page" would hide that.
    if (messages.isUndefined() || messages.isNull()) {
        page.error = dlq::tr("The server answered without a `messages` list, so this is not a DLQ "
                             "list page.");
        const QJsonValue said = object.value(QLatin1String("error"));
        if (said.isString() && !said.toString().trimmed().isEmpty())
            page.error += QLatin1Char(' ') + dlq::tr("It said: %1").arg(said.toString().trimmed());
        return page;
    }
    if (!messages.isArray()) {
        page.error = dlq::tr("The DLQ list's \"messages\" is not an array.");
        return page;
    }
    const QJsonArray array = messages.toArray();
    page.entries.reserve(array.size());
    for (const QJsonValue &value : array)
        page.entries.append(parseDlqEntry(value));
    const QJsonValue cursor = object.value(QLatin1String("cursor"));
    if (cursor.isString())
        page.cursor = cursor.toString();
    else if (cursor.isDouble())
        page.cursor = QString::number(cursor.toDouble(), 'g', 17);
    return page;
}

} // namespace dlq::api
