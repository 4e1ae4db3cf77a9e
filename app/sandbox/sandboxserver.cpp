#include "sandbox/sandboxserver.h"

#include "sandbox/httpresponsewriter.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxconnection.h"
#include "sandbox/sandboxfaultpicker.h"
#include "sandbox/sandboxlogs.h"
#include "sandbox/sandboxratelimiter.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxstore.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

namespace dlq {

Q_LOGGING_CATEGORY(lcSandbox, "dlq.sandbox")

QByteArray SandboxRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

namespace {

// How a read request will be answered, decided when it is read.
struct Plan
{
    SandboxResponse response;
    // True: status and body come from the DLQ API when the answer is due, so the delete
    // happens after the latency, as with a slow real server.
    bool fromApi = false;
    HttpHeaders rateLimitHeaders;
};

SandboxResponse errorResponse(int status, const QByteArray &message)
{
    SandboxResponse response;
    response.status = status;
    response.body = jsonErrorBody(message);
    return response;
}

// The "Limit" a random 429 reports when no real limit is configured.
constexpr int NominalBurstLimit = 100;

} // namespace

struct SandboxServer::Private
{
    explicit Private(SandboxServer *owner) : q(owner), listener(new QTcpServer(owner)) {}

    void acceptPending();
    void onRequestRead(SandboxConnection *connection, const SandboxRequest &request,
                       bool keepAlive);
    Plan plan(const SandboxRequest &request);
    void answer(SandboxConnection *connection, const SandboxRequest &request, bool keepAlive,
                const Plan &plan);
    SandboxResponse applyToStore(const SandboxRequest &request);
    void onClosed(SandboxConnection *connection, bool wasAwaitingAnswer);

    SandboxServer *q;
    QTcpServer *listener;
    QList<SandboxConnection *> connections;
    SandboxStore store;
    QString token = SandboxServer::defaultToken();
    int latencyMs = 0;
    SandboxCallbackShape callbackShape = SandboxCallbackShape::Spec;
    SandboxFaultPicker faults;
    SandboxRateLimiter rateLimiter;
    Override override;
    QList<SandboxRequest> requests;
    int inFlight = 0;
    int maxInFlight = 0;
    int unfilteredBulkDeletes = 0;
    int acceptedConnections = 0;
};

void SandboxServer::Private::acceptPending()
{
    while (QTcpSocket *socket = listener->nextPendingConnection()) {
        ++acceptedConnections;
        auto *connection = new SandboxConnection(socket, q);
        connections.append(connection);
        QObject::connect(connection, &SandboxConnection::requestRead, q,
                         [this, connection](const SandboxRequest &request, bool keepAlive) {
                             onRequestRead(connection, request, keepAlive);
                         });
        QObject::connect(connection, &SandboxConnection::closed, q,
                         [this, connection](bool wasAwaitingAnswer) {
                             onClosed(connection, wasAwaitingAnswer);
                         });
    }
}

void SandboxServer::Private::onRequestRead(SandboxConnection *connection,
                                           const SandboxRequest &request, bool keepAlive)
{
    requests.append(request);
    ++inFlight;
    maxInFlight = qMax(maxInFlight, inFlight);
    Q_EMIT q->requestReceived(request);
    if (!connection->isAwaitingAnswer())
        return; // a slot closed the server or the connection

    const Plan decided = plan(request);
    if (decided.response.action == SandboxResponse::Action::Hang)
        return; // stays in flight until the client gives up and closes the socket
    const int delay = decided.response.delayMs < 0 ? latencyMs : decided.response.delayMs;
    connection->answerAfter(delay, [this, connection, request, keepAlive, decided] {
        answer(connection, request, keepAlive, decided);
    });
}

Plan SandboxServer::Private::plan(const SandboxRequest &request)
{
    Plan result;
    if (override) {
        if (std::optional<SandboxResponse> custom = override(request)) {
            result.response = *custom;
            return result;
        }
    }
    if (!hasBearerToken(request, token)) {
        result.response = errorResponse(401, "unauthorized");
        return result;
    }
    if (rateLimiter.limit() > 0) {
        const SandboxRateLimiter::Decision decision = rateLimiter.admit();
        result.rateLimitHeaders = SandboxRateLimiter::headers(decision);
        if (!decision.allowed) {
            result.response = errorResponse(429, "Too many requests");
            return result;
        }
    }
    switch (faults.next()) {
    case SandboxFault::None:
        result.fromApi = true;
        break;
    case SandboxFault::ServerError:
        result.response = errorResponse(503, "service unavailable");
        break;
    case SandboxFault::ResetBefore:
        result.response.action = SandboxResponse::Action::ResetBefore;
        break;
    case SandboxFault::ResetAfter:
        result.response.action = SandboxResponse::Action::ResetAfter;
        break;
    case SandboxFault::RateLimit: {
        const int limit = rateLimiter.limit() > 0 ? rateLimiter.limit() : NominalBurstLimit;
        result.rateLimitHeaders = SandboxRateLimiter::headers(
            SandboxRateLimiter::exhausted(limit, faults.faults().rateLimitResetMs));
        result.response = errorResponse(429, "Too many requests");
        break;
    }
    case SandboxFault::Hang:
        result.response.action = SandboxResponse::Action::Hang;
        break;
    }
    return result;
}

SandboxResponse SandboxServer::Private::applyToStore(const SandboxRequest &request)
{
    const SandboxApiResult result = handleDlqApiRequest(request, store, callbackShape);
    if (result.unfilteredBulkDelete) {
        ++unfilteredBulkDeletes;
        qCWarning(lcSandbox, "unfiltered bulk DELETE emptied the sandbox DLQ (%s)",
                  request.target.constData());
    }
    return result.response;
}

void SandboxServer::Private::answer(SandboxConnection *connection, const SandboxRequest &request,
                                    bool keepAlive, const Plan &decided)
{
    switch (decided.response.action) {
    case SandboxResponse::Action::Respond: {
        SandboxResponse response = decided.fromApi ? applyToStore(request) : decided.response;
        response.headers += decided.rateLimitHeaders;
        const QByteArray bytes =
            serializeHttpResponse(response.status, response.headers, response.body, !keepAlive);
        // Out of flight before the client can see the answer and send its next request.
        --inFlight;
        connection->send(bytes, !keepAlive);
        Q_EMIT q->requestAnswered(request, response.status);
        return;
    }
    case SandboxResponse::Action::ResetAfter:
        // An override's ResetAfter bypassed auth; a real server would not apply it unauthorised.
        if (hasBearerToken(request, token))
            applyToStore(request);
        [[fallthrough]];
    case SandboxResponse::Action::ResetBefore:
        --inFlight;
        connection->reset();
        Q_EMIT q->requestAnswered(request, 0);
        return;
    case SandboxResponse::Action::Hang:
        return;
    }
}

void SandboxServer::Private::onClosed(SandboxConnection *connection, bool wasAwaitingAnswer)
{
    if (wasAwaitingAnswer)
        --inFlight;
    connections.removeOne(connection);
    connection->deleteLater();
}

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    connect(d->listener, &QTcpServer::newConnection, this, [this] { d->acceptPending(); });
}

SandboxServer::~SandboxServer()
{
    const QList<SandboxConnection *> connections = d->connections;
    d->connections.clear();
    for (SandboxConnection *connection : connections) {
        connection->abandon();
        delete connection;
    }
}

bool SandboxServer::listen(quint16 port)
{
    if (d->listener->isListening())
        d->listener->close();
    return d->listener->listen(QHostAddress::LocalHost, port);
}

void SandboxServer::close()
{
    d->listener->close();
    const QList<SandboxConnection *> connections = d->connections;
    for (SandboxConnection *connection : connections)
        connection->abort(); // onClosed() keeps inFlight exact
}

bool SandboxServer::isListening() const
{
    return d->listener->isListening();
}

quint16 SandboxServer::port() const
{
    return d->listener->isListening() ? d->listener->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString SandboxServer::defaultToken()
{
    return QStringLiteral("sandbox-token");
}

QString SandboxServer::token() const
{
    return d->token;
}

void SandboxServer::setToken(const QString &token)
{
    d->token = token;
}

QStringList SandboxServer::seed(int count, quint32 seed)
{
    const QList<QJsonObject> entries =
        makeSeedEntries(count, seed, [this](const QString &id) { return d->store.contains(id); });
    QStringList ids;
    ids.reserve(entries.size());
    for (const QJsonObject &entry : entries) {
        d->store.insert(entry);
        ids.append(entry.value(QStringLiteral("dlqId")).toString());
    }
    return ids;
}

void SandboxServer::addEntry(const QString &dlqId)
{
    if (!d->store.contains(dlqId))
        d->store.insert(makeMinimalEntry(dlqId, QDateTime::currentMSecsSinceEpoch()));
}

bool SandboxServer::contains(const QString &dlqId) const
{
    return d->store.contains(dlqId);
}

int SandboxServer::entryCount() const
{
    return d->store.count();
}

QStringList SandboxServer::entryIds() const
{
    return d->store.ids();
}

QStringList SandboxServer::deletedIds() const
{
    return d->store.deletedIds();
}

bool SandboxServer::insertEntry(const QJsonObject &entry)
{
    return !entry.value(QLatin1String("dlqId")).toString().isEmpty() && d->store.insert(entry);
}

bool SandboxServer::replaceEntry(const QJsonObject &entry)
{
    return d->store.update(entry);
}

std::optional<QJsonObject> SandboxServer::entry(const QString &dlqId) const
{
    return d->store.find(dlqId);
}

void SandboxServer::setKeepEntriesAfterRun(bool keep)
{
    d->store.setKeepAfterRun(keep);
}

void SandboxServer::markResumeIncompatible(const QStringList &dlqIds)
{
    for (const QString &id : dlqIds)
        d->store.markResumeIncompatible(id);
}

QList<SandboxBulkCall> SandboxServer::bulkCalls() const
{
    return d->store.bulkCalls();
}

QList<QPair<QString, QString>> SandboxServer::startedRuns() const
{
    QList<QPair<QString, QString>> started;
    for (const SandboxRun &run : d->store.runs().all()) {
        if (run.action != QLatin1String("callback"))
            started.append(qMakePair(run.fromDlqId, run.workflowRunId));
    }
    return started;
}

void SandboxServer::setRunFate(SandboxRunFate fate)
{
    d->store.runs().setDefaultFate(fate);
}

void SandboxServer::setRunFate(const QString &dlqId, SandboxRunFate fate)
{
    d->store.runs().setFate(dlqId, fate);
}

bool SandboxServer::settleRun(const QString &workflowRunId, SandboxRunFate fate)
{
    return settleSandboxRun(d->store, workflowRunId, fate);
}

QList<SandboxRun> SandboxServer::runs() const
{
    return d->store.runs().all();
}

void SandboxServer::setCallbackShape(SandboxCallbackShape shape)
{
    d->callbackShape = shape;
}

SandboxCallbackShape SandboxServer::callbackShape() const
{
    return d->callbackShape;
}

void SandboxServer::setLatencyMs(int ms)
{
    d->latencyMs = qMax(0, ms);
}

int SandboxServer::latencyMs() const
{
    return d->latencyMs;
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    d->faults.configure(faults);
}

void SandboxServer::setRateLimit(int requestsPerSecond)
{
    d->rateLimiter.setLimit(requestsPerSecond);
}

void SandboxServer::setOverride(Override handler)
{
    d->override = std::move(handler);
}

QList<SandboxRequest> SandboxServer::requests() const
{
    return d->requests;
}

void SandboxServer::clearRequests()
{
    d->requests.clear();
}

int SandboxServer::inFlight() const
{
    return d->inFlight;
}

int SandboxServer::maxInFlight() const
{
    return d->maxInFlight;
}

void SandboxServer::resetMaxInFlight()
{
    d->maxInFlight = d->inFlight;
}

int SandboxServer::unfilteredBulkDeleteCount() const
{
    return d->unfilteredBulkDeletes;
}

int SandboxServer::acceptedConnectionCount() const
{
    return d->acceptedConnections;
}

} // namespace dlq
