#pragma once

#include "api/dlqentry.h"
#include "run/runconfig.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace dlq {

class ActionRun;
struct ActionResult;

// What GET /v2/workflows/dlq/{dlqId} said about one entry.
struct EntryFetchResult
{
    QString dlqId;
    std::optional<api::DlqEntry> entry; // read (possibly with problems); empty otherwise
    bool notFound = false;              // 404: deleted, expired, or in another region
    int httpStatus = 0;
    QString error; // for people, when there is no entry
};

// The verdict of the engine's Get action, its body read as a DLQ entry.
EntryFetchResult readEntryFetch(const QString &dlqId, const ActionResult &result);

// Fetches one entry in the background through the engine (retries, 429 waits, token stop).
class DlqEntryFetch : public QObject
{
    Q_OBJECT
public:
    DlqEntryFetch(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent = nullptr);

    // False while a fetch runs. finished() follows, also for an ID that cannot be sent.
    bool start(const QString &dlqId);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

Q_SIGNALS:
    void finished(const dlq::EntryFetchResult &result);

private:
    QNetworkAccessManager *m_nam;
    RunConfig m_config;
    ActionRun *m_run = nullptr;
    EntryFetchResult m_result;
};

} // namespace dlq

Q_DECLARE_METATYPE(dlq::EntryFetchResult)
