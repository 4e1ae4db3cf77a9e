#include "ui/runmessages.h"

#include "results/resultsmodel.h"
#include "ui/targetresolver.h"
#include "ui/uitext.h"
#include "util/translate.h"

namespace dlq {

namespace {

int rejectedStatus(const ResultsModel &model)
{
    const QList<ResultRow> &rows = model.rows();
    for (const ResultRow &row : rows) {
        if (row.state == ResultState::TokenRejected && row.httpStatus > 0)
            return row.httpStatus;
    }
    return 401;
}
} // namespace

QString runFinishedMessage(RunEnd end, const ResultsModel &model, const Target &target)
{
    switch (end) {
    case RunEnd::Completed:
        return tr("Run finished on %1 — %2").arg(target.description(), model.summary());
    case RunEnd::Cancelled: {
        QString text = tr("Run cancelled on %1 — %2").arg(target.description(), model.summary());
        if (model.count(ResultState::Cancelled) > 0)
            text += QLatin1String(". ") +
                    tr("Cancelled deletes may have been applied; “Retry failed” checks them.");
        return text;
    }
    case RunEnd::TokenRejected:
        return tokenRejectedMessage(model);
    case RunEnd::QuotaExhausted:
        return quotaExhaustedMessage(model);
    case RunEnd::Unreachable:
        return unreachableMessage(model, target);
    }
    return {};
}

QString unreachableMessage(const ResultsModel &model, const Target &target)
{
    return cannotReachSentence(target.host()) + QLatin1Char(' ') +
           tr("Nothing more was sent; %1 marked Not sent.")
               .arg(idsAre(model.count(ResultState::NotSent)));
}

QString cannotReachSentence(const QString &host)
{
    return tr("Cannot reach %1 — check the URL.").arg(host);
}

QString tokenRejectedMessage(const ResultsModel &model)
{
    return tr("The server rejected the token (%1). Nothing more was sent; %2 marked Not sent. "
              "Check the token in Settings.")
        .arg(QString::number(rejectedStatus(model)), idsAre(model.count(ResultState::NotSent)));
}

QString quotaExhaustedMessage(const ResultsModel &model)
{
    return tr("The server says the request quota is used up (429). Nothing more was sent; %1 "
              "marked Not sent. Send them again once the quota resets.")
        .arg(idsAre(model.count(ResultState::NotSent)));
}

QString runOutcomeWord(RunEnd end)
{
    switch (end) {
    case RunEnd::Completed:
        return tr("finished");
    case RunEnd::Cancelled:
        return tr("cancelled");
    case RunEnd::TokenRejected:
        return tr("stopped: token rejected");
    case RunEnd::QuotaExhausted:
        return tr("stopped: quota used up");
    case RunEnd::Unreachable:
        return tr("stopped: server not reachable");
    }
    return {};
}

} // namespace dlq
