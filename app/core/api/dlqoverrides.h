#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace dlq::api {

// The headers resume and restart (per ID and bulk) accept to change how the new run behaves.
// Only what is set is sent; values are checked before anything is sent (problems()), so a
// typo never reaches the server as a half-understood header.
struct DlqOverrides
{
    std::optional<int> retries; // Upstash-Retries, 0..kMaxRetries
    QString delay;              // Upstash-Delay: <number><s|m|h|d>, e.g. "10s"
    QString retryDelay;         // Upstash-Retry-Delay: an expression, e.g. "1000 * retried"
    QString flowControlKey;     // Upstash-Flow-Control-Key
    QString flowControlValue;   // Upstash-Flow-Control-Value: "parallelism=2, rate=10, period=1m"
    QStringList labels;         // Upstash-Label, sent comma-separated
    QString failureCallback;    // Upstash-Failure-Callback: an http(s) URL

    static constexpr int kMaxRetries = 100;

    bool isEmpty() const;
    // One sentence per bad value, naming the header; empty when everything can be sent.
    QStringList problems() const;
    // (name, value) pairs for what is set. Only call when problems() is empty.
    QList<QPair<QByteArray, QByteArray>> headers() const;
    // "Upstash-Retries: 3; Upstash-Delay: 10s" for confirmations and dry runs.
    QString describe() const;

    bool operator==(const DlqOverrides &other) const;
};

} // namespace dlq::api
