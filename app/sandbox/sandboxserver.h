#pragma once

#include "sandbox/sandboxruns.h"
#include "sandbox/sandboxstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace dlq {

// One request as the sandbox saw it, for assertions in tests.
struct SandboxRequest
{
    QByteArray method;
    QByteArray target; // raw request-target exactly as received, e.g. /v2/workflows/dlq/a%2Fb
    QByteArray path;   // target without the query, still percent-encoded
    QByteArray query;  // raw query string without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values as sent
    QByteArray body;
    QDateTime receivedAt;

    QByteArray header(const QByteArray &lowerName) const;
};

// What the sandbox sends back. Tests build these in an override handler.
struct SandboxResponse
{
    enum class Action {
        Respond,     // send status/headers/body
        Hang,        // read the request, never answer (for timeout tests)
        ResetBefore, // close the connection without answering, before applying anything
        ResetAfter,  // apply the request (e.g. delete the entry), then close without answering
    };
    Action action = Action::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = -1; // -1: use the server's latency
};

// Random faults applied per request (percentages of requests, from a seeded generator so a
// run is reproducible).
struct SandboxFaults
{
    int serverErrorPercent = 0; // 503 with a JSON error body
    int resetBeforePercent = 0;
    int resetAfterPercent = 0;
    int rateLimitPercent = 0; // 429 with Burst-RateLimit-* headers
    // When an injected 429 says its window resets. 0: at the next whole second (in seconds,
    // as a 1-second window would); otherwise this many ms from now, sent in milliseconds.
    int rateLimitResetMs = 0;
    int hangPercent = 0;
    quint32 seed = 1;
};

// How entries name their failure callback's state: the spec's schema has a flat
// `failureFunctionState`; the SDK type, the docs and the live API's tests use
// `failureCallbackInfo{state, responseStatus, responseBody, responseHeaders}`.
enum class SandboxCallbackShape { Spec, Sdk };

// A stored entry as the API answers with it in `shape` (the store keeps both forms).
QJsonObject sandboxPresentedEntry(QJsonObject entry, SandboxCallbackShape shape);

// A loopback HTTP/1.1 server that behaves like the Upstash Workflow DLQ API for the calls the
// app makes: DELETE/GET /v2/workflows/dlq/{id}, GET /v2/workflows/dlq (list with cursor),
// DELETE /v2/workflows/dlq?dlqIds=... (bulk). It checks the bearer token (401), answers 404
// for unknown IDs and JSON {"error": "..."} bodies, and counts requests in flight.
//
// Per request, in this order: override (if it answers, nothing below applies), bearer token
// (401), rate limit (429), one seeded random fault, then the DLQ API. The answer (and so any
// delete) is produced when the latency has elapsed, not when the request arrives.
// Lives in one thread: call it from the thread that owns it.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    using Override = std::function<std::optional<SandboxResponse>(const SandboxRequest &)>;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    static QString defaultToken(); // "sandbox-token"
    QString token() const;
    void setToken(const QString &token);

    // Adds `count` realistic failed runs with IDs like "1752829295505-0", deterministic
    // for a given seed. Returns the IDs added, oldest first.
    QStringList seed(int count, quint32 seed = 1);
    void addEntry(const QString &dlqId); // a minimal entry with this exact ID
    bool contains(const QString &dlqId) const;
    int entryCount() const;
    QStringList entryIds() const;   // oldest first
    QStringList deletedIds() const; // every ID this server deleted, in order
    // A complete entry (WorkflowDLQMessage JSON with a dlqId); false when the ID is taken.
    bool insertEntry(const QJsonObject &entry);
    // Replaces the stored entry with the same dlqId; false when there is none.
    bool replaceEntry(const QJsonObject &entry);
    std::optional<QJsonObject> entry(const QString &dlqId) const;

    // Resume and restart leave the entry in the DLQ (the spec does not say; default: removed).
    void setKeepEntriesAfterRun(bool keep);
    // Resuming these answers 400 "Incompatible step name" (as after a code change).
    void markResumeIncompatible(const QStringList &dlqIds);
    // Every call on a bulk endpoint (delete, resume, restart) with its dlqIds and filters.
    QList<SandboxBulkCall> bulkCalls() const;
    // (DLQ ID, new workflow run ID) for every run a resume or restart started, in order.
    QList<QPair<QString, QString>> startedRuns() const;

    // What the runs that resume, restart and callback retries start from now on do: for every
    // entry, or for the runs started from one DLQ entry. Default: resume and restart runs
    // succeed, a callback retry stays in progress.
    void setRunFate(SandboxRunFate fate);
    void setRunFate(const QString &dlqId, SandboxRunFate fate);
    // The newest run with this ID that is still running settles now; false when none is.
    bool settleRun(const QString &workflowRunId, SandboxRunFate fate);
    // Every run started so far, oldest first (GET /v2/workflows/logs reports them).
    QList<SandboxRun> runs() const;

    // Spec (the default) or Sdk; applies to every list page and GET from now on.
    void setCallbackShape(SandboxCallbackShape shape);
    SandboxCallbackShape callbackShape() const;

    void setLatencyMs(int ms);
    int latencyMs() const;
    void setFaults(const SandboxFaults &faults);
    // Caps accepted requests per second; above it, 429 with Burst-RateLimit-* headers.
    // 0 disables the limit. While set, every non-override answer carries those headers.
    void setRateLimit(int requestsPerSecond);
    // Consulted first for every request; returning std::nullopt falls through to the
    // normal behaviour.
    void setOverride(Override handler);

    QList<SandboxRequest> requests() const;
    void clearRequests();
    int inFlight() const;    // requests read and not yet answered (hanging ones included)
    int maxInFlight() const; // high-water mark since start or resetMaxInFlight()
    void resetMaxInFlight();

    // Bulk DELETEs that named neither dlqIds nor a filter, i.e. that emptied the whole DLQ.
    // The sandbox obeys them like the real API does; tests assert the app never sends one.
    int unfilteredBulkDeleteCount() const;
    // TCP connections accepted since start (keep-alive reuse shows as fewer connections).
    int acceptedConnectionCount() const;

Q_SIGNALS:
    // A request was read completely and recorded (malformed ones, answered 400/413/431 and
    // closed by the parser, are neither recorded nor signalled).
    void requestReceived(const dlq::SandboxRequest &request);
    // The answer was written; status 0 when the connection was reset instead (ResetBefore /
    // ResetAfter). Never emitted for a hanging request.
    void requestAnswered(const dlq::SandboxRequest &request, int status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dlq
