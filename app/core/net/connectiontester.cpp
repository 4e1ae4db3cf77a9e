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
    : QObject(parent), m_nam(nam)
{}

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
    auto *job = new RequestJob(m_nam, RequestSpec{"GET", dlqListUrl(baseUrl, 1), {}, {}},
                               token.trimmed(), timeoutMs, this);
    m_job = job;
    connect(job, &RequestJob::finished, this, [this, baseUrl](RequestJob *done) {
        done->deleteLater();
        if (m_job == done)
            m_job = nullptr;
        const ReplyOutcome &outcome = done->outcome();
        if (outcome.cancelled)
            return;
        const bool ok = outcome.httpStatus >= 200 && outcome.httpStatus < 300;
        Q_EMIT finished(ok, describe(outcome, baseUrl));
    });
    job->start();
}

void ConnectionTester::cancel()
{
    if (m_job) {
        RequestJob *job = m_job;
        m_job = nullptr;
        job->abort();
    }
}

bool ConnectionTester::isRunning() const
{
    return m_job && m_job->isRunning();
}

} // namespace dlq
