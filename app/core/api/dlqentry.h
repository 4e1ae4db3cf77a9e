#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlq::api {

// Header maps as the API sends them: one name, several values.
using HeaderMap = QMap<QString, QStringList>;

// A body the API sends either as UTF-8 text (`body`) or base64 (`bodyBase64`) when it is not
// UTF-8. `bytes` holds the decoded content either way.
struct Body
{
    QByteArray bytes;
    bool wasBase64 = false;
    bool isEmpty() const { return bytes.isEmpty(); }
};

// The failure callback (the workflow's failure function), read from either documented shape:
// the spec's flat `failureFunctionState`, or the SDK's `failureCallbackInfo{state,
// responseStatus, responseBody, responseHeaders}`.
struct FailureCallback
{
    QString url;   // `failureCallback`: where the callback goes
    QString state; // CALLBACK_INPROGRESS, CALLBACK_SUCCESS, CALLBACK_FAIL, CALLBACK_CANCELED, …
    int responseStatus = 0;
    Body responseBody;
    HeaderMap responseHeaders;
    bool hasInfo = false; // the SDK shape was present
};

// One failed workflow run as `GET /v2/workflows/dlq` and `GET /v2/workflows/dlq/{dlqId}` give
// it. Parsing never throws and never drops an entry: a field of the wrong type is left empty
// and named in `problems`, and the raw JSON stays available.
struct DlqEntry
{
    QString dlqId;
    QString workflowUrl;
    QString workflowRunId;
    qint64 workflowCreatedAt = 0; // Unix ms; 0 when missing
    QString url;                  // the failed step's URL
    QString method;
    HeaderMap header;
    Body body;
    int maxRetries = -1;  // -1 when missing
    qint64 createdAt = 0; // Unix ms, when the entry was created; 0 when missing
    QString callerIp;
    QStringList labels; // `labels`, else the deprecated single `label`
    QString flowControlKey;
    QString messageId;
    qint64 notBefore = 0;
    int responseStatus = 0;
    HeaderMap responseHeader;
    Body responseBody;
    FailureCallback failureCallback;

    QJsonValue raw;       // exactly what the server sent for this entry
    QStringList problems; // one sentence per field that could not be read

    bool isUsable() const { return !dlqId.isEmpty(); }
    // Status 489 with Upstash-NonRetryable-Error: the workflow failed itself on purpose
    // (context.fail() / WorkflowNonRetryableError); resuming it unchanged is usually pointless.
    bool isNonRetryable() const;
};

DlqEntry parseDlqEntry(const QJsonValue &value);

// One page of `GET /v2/workflows/dlq`: `{cursor, messages: [...]}`.
struct DlqPage
{
    QList<DlqEntry> entries;
    QString cursor; // empty: no more pages
    QString error;  // the page itself could not be read (not JSON, no `messages` array)
    bool ok() const { return error.isEmpty(); }
};

DlqPage parseDlqPage(const QByteArray &json);

} // namespace dlq::api
