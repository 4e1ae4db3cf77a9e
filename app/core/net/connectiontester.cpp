#include "net/connectiontester.h"

#include "net/dlqurl.h"
#include "net/endpoint.h"
#include "net/requestjob.h"
#include "util/translate.h"

namespace dlq {

namespace {

QString describe(const ReplyOutcome &outcome, const QUrl &baseUrl)
{
    const QString host = hostForDisplay(baseUrl);
    const int status = outcome.httpStatus;
    if (status >= 200 && status < 300)
        return tr("Connected to %1: the token was accepted.").arg(host);
    if (status == 401 || status == 403)
        return tr("%1 rejected the token (HTTP %2). Check that it is the QStash token of this "
                  "region and project.")
            .arg(host)
            .arg(status);
    if (status == 404)
        return tr("%1 answered 404: this does not look like a QStash/Workflow server. Check "
                  "the URL.")
            .arg(host);
    if (status > 0)
        return tr("%1 answered HTTP %2: %3").arg(host).arg(status).arg(outcome.message);
    return outcome.message;
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam), m_regions(upstashRegionUrls())
{}

void ConnectionTester::setRegions(const QList<QUrl> &regions)
{
    m_regions.clear();
    for (const QUrl &url : regions)
        m_regions.append(withoutTrailingSlash(url));
}

void ConnectionTester::test(const QUrl &baseUrl, const QString &token, int timeoutMs)
{
    cancel();
    const QString problem = checkBaseUrl(baseUrl);
    if (!problem.isEmpty()) {
        Q_EMIT finished(false, problem);
        return;
    }
    if (token.trimmed().isEmpty()) {
        Q_EMIT finished(false, tr("Enter a token first."));
        return;
    }
    m_baseUrl = withoutTrailingSlash(baseUrl);
    m_token = token.trimmed();
    m_timeoutMs = timeoutMs;
    m_untried.clear();
    send(m_baseUrl);
}

void ConnectionTester::send(const QUrl &baseUrl)
{
    auto *job = new RequestJob(m_nam, RequestSpec{"GET", dlqListUrl(baseUrl, 1), {}, {}}, m_token,
                               m_timeoutMs, this);
    m_job = job;
    connect(job, &RequestJob::finished, this, [this, baseUrl](RequestJob *done) {
        done->deleteLater();
        if (m_job != done)
            return; // cancelled, or replaced by a newer test
        m_job = nullptr;
        if (!done->outcome().cancelled)
            answered(baseUrl, done->outcome());
    });
    job->start();
}

void ConnectionTester::answered(const QUrl &baseUrl, const ReplyOutcome &outcome)
{
    const int status = outcome.httpStatus;
    const bool ok = status >= 200 && status < 300;
    if (baseUrl != m_baseUrl) { // one of the other regions
        if (ok)
            Q_EMIT acceptedElsewhere(m_baseUrl, baseUrl);
        else
            tryNextRegion();
        return;
    }
    const bool rejected = status == 401 || status == 403;
    if (!rejected || !m_regions.contains(m_baseUrl)) {
        Q_EMIT finished(ok, describe(outcome, baseUrl));
        return;
    }
    m_rejection = describe(outcome, baseUrl);
    m_untried = m_regions;
    m_untried.removeAll(m_baseUrl);
    tryNextRegion();
}

void ConnectionTester::tryNextRegion()
{
    if (m_untried.isEmpty()) {
        Q_EMIT finished(false, m_rejection);
        return;
    }
    send(m_untried.takeFirst());
}

void ConnectionTester::cancel()
{
    if (m_job) {
        RequestJob *job = m_job;
        m_job = nullptr;
        job->abort();
    }
    m_untried.clear();
}

bool ConnectionTester::isRunning() const
{
    return m_job && m_job->isRunning();
}

} // namespace dlq
