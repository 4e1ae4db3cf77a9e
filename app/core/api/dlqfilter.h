#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dlq::api {

// Every filter `GET /v2/workflows/dlq` documents (and the bulk endpoints accept). Values of one
// filter are ORed, different filters ANDed. Dates are Unix milliseconds, both ends inclusive.
struct DlqFilter
{
    std::optional<qint64> fromDate;
    std::optional<qint64> toDate;
    QStringList workflowUrls; // exact match
    QString workflowRunId;
    std::optional<qint64> workflowCreatedAt;
    QStringList labels;
    QStringList failureFunctionStates; // CALLBACK_INPROGRESS, CALLBACK_SUCCESS, …
    QStringList callerIps;
    QStringList flowControlKeys;

    // True when no filter narrows anything: such a filter sent to a bulk endpoint would act
    // on the whole DLQ. The one function every bulk path asks before sending a filter.
    bool isEmpty() const;

    // Sentences for people about what is wrong (blank values, an unknown callback state,
    // fromDate after toDate); empty when the filter can be sent.
    QStringList problems() const;

    // The query parameters in the spec's form: repeated names for lists, ms timestamps.
    // Values are raw here; encodeQuery() percent-encodes them.
    QList<QPair<QString, QString>> parameters() const;

    // What the filter selects, in words, for confirmations: "label is a or b; failed from …".
    QString describe() const;

    bool operator==(const DlqFilter &other) const;
    bool operator!=(const DlqFilter &other) const { return !(*this == other); }
};

QStringList knownFailureFunctionStates();

// Percent-encodes every name and value completely (also '+', '&', '=', ';', '/' and '?'), so a
// value can never split into two parameters or turn into a space on the server.
QByteArray encodeQuery(const QList<QPair<QString, QString>> &parameters);

// `base` + `/v2/workflows/dlq` with the filter, a page size and a cursor (empty: first page).
// std::nullopt when the filter has problems() or Qt would not keep the query exactly as built.
std::optional<QUrl> filteredListUrl(const QUrl &base, const DlqFilter &filter, int count,
                                    const QString &cursor);

} // namespace dlq::api
