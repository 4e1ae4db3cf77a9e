#include "run/dlqentryfetch.h"

#include "run/actionrun.h"
#include "util/translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dlq {

EntryFetchResult readEntryFetch(const QString &dlqId, const ActionResult &result)
{
    EntryFetchResult out;
    out.dlqId = dlqId;
    out.httpStatus = result.httpStatus;
    if (result.state != ResultState::Done) {
        out.notFound = result.state == ResultState::NotFound;
        out.error = result.message.isEmpty() ? resultLabel(result.state) : result.message;
        return out;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    if (error.error != QJsonParseError::NoError) {
        out.error = tr("The entry is not valid JSON (%1).").arg(error.errorString());
        return out;
    }
    // parseDlqEntry keeps whatever it gets, with a problem per unreadable part.
    out.entry = api::parseDlqEntry(document.isObject() ? QJsonValue(document.object())
                                                       : QJsonValue(document.array()));
    return out;
}

DlqEntryFetch::DlqEntryFetch(QNetworkAccessManager *nam, const RunConfig &config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config)
{
    m_config.concurrency = 1;
    m_config.notFoundGuard = 0;
}

bool DlqEntryFetch::start(const QString &dlqId)
{
    if (m_run)
        return false;
    m_result = EntryFetchResult{};
    m_run = new ActionRun(m_nam, m_config, this);
    connect(m_run, &ActionRun::itemFinished, this, [this, dlqId](int, const ActionResult &result) {
        m_result = readEntryFetch(dlqId, result);
    });
    connect(m_run, &ActionRun::finished, this, [this] {
        m_run->deleteLater();
        m_run = nullptr;
        Q_EMIT finished(m_result);
    });
    m_run->start({ActionItem{0, std::make_shared<EntryAction>(EntryCall::Get, dlqId)}});
    return true;
}

void DlqEntryFetch::cancel()
{
    if (m_run)
        m_run->cancel();
}

} // namespace dlq
