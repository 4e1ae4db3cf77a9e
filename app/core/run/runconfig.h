#pragma once

#include "api/dlqrequests.h"
#include "net/limits.h"

#include <QMetaType>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

namespace dlq {

// How a run sends: target, limits, retries and pacing. normalized() is the one place the
// limits are applied; the engine runs only normalized configs.
struct RunConfig
{
    static constexpr int kMaxConcurrency = limits::kMaxConcurrency;
    static constexpr int kMaxAttempts = limits::kMaxAttempts;
    static constexpr int kMaxChunkSize = kMaxBulkIds;
    static constexpr int kDefaultChunkSize = kMaxBulkIds;

    QUrl baseUrl;
    QString token;
    int concurrency = limits::kDefaultConcurrency;
    int timeoutMs = 30000;
    int maxAttempts = limits::kDefaultAttempts; // per item and run, first try included
    int maxRetryDelayMs = 30000;                // cap of the exponential backoff
    int retryBaseDelayMs = 500;                 // first backoff step (full jitter below it)
    double maxRequestsPerSecond = 0;   // 0: automatic pacing from the server's rate-limit headers
    int notFoundGuard = 20;            // pause when the first N answers are all 404 (0: off)
    quint32 jitterSeed = 0;            // 0: random; tests fix it for reproducible runs
    int chunkSize = kDefaultChunkSize; // IDs per bulk request
    // Stop when the first min(items, N) answers all say the host cannot be reached (0: off).
    int unreachableGuard = 6;
    // None: Qt's default; tlsTrusting() adds a private CA. Optional because merely constructing
    // a QSslConfiguration loads the TLS backend (about 10 ms of CPU), which a plain-HTTP run
    // never needs.
    std::optional<QSslConfiguration> tls = std::nullopt;

    // A concurrency the engine runs as asked (outside it, normalized() would change it).
    static bool isConcurrencyInRange(int value) { return value >= 1 && value <= kMaxConcurrency; }
    RunConfig normalized() const;
};

struct RunItem
{
    int key = -1; // the caller's handle, e.g. a model row
    QString id;
    // An earlier try (before a crash, or in an earlier run) may have been applied, so a 404
    // means it was deleted.
    bool outcomeUnknown = false;
};

enum class RunEnd {
    Completed,
    Cancelled,
    TokenRejected,  // 401/403: nothing more was sent
    QuotaExhausted, // 429 with RateLimit-* (daily quota): waiting seconds would not help
    Unreachable,    // the first answers all said the host cannot be reached
};

} // namespace dlq

Q_DECLARE_METATYPE(dlq::RunEnd)
