#include "results/resultstate.h"

#include "util/translate.h"

namespace dlq {

QString resultLabel(ResultState state)
{
    switch (state) {
    case ResultState::Pending:
        return tr("Pending");
    case ResultState::Invalid:
        return tr("Invalid — not sent");
    case ResultState::Sending:
        return tr("Sending…");
    case ResultState::Deleted:
        return tr("Deleted");
    case ResultState::NotFound:
        return tr("Not found");
    case ResultState::InvalidId:
        return tr("Invalid ID (400)");
    case ResultState::TokenRejected:
        return tr("Token rejected");
    case ResultState::Failed:
        return tr("Failed");
    case ResultState::Cancelled:
        return tr("Cancelled — outcome unknown");
    case ResultState::NotSent:
        return tr("Not sent");
    case ResultState::Retrying:
        return tr("Waiting to retry");
    case ResultState::DeletedOrNotFound:
        return tr("Deleted or not found (bulk)");
    case ResultState::Done:
        return tr("Done");
    }
    return {};
}

std::optional<ResultState> resultStateFromKey(const QString &key)
{
    for (int i = 0; i < kResultStateCount; ++i) {
        if (resultKey(ResultState(i)) == key)
            return ResultState(i);
    }
    return std::nullopt;
}

QString resultKey(ResultState state)
{
    switch (state) {
    case ResultState::Pending:
        return QStringLiteral("pending");
    case ResultState::Invalid:
        return QStringLiteral("invalid");
    case ResultState::Sending:
        return QStringLiteral("sending");
    case ResultState::Deleted:
        return QStringLiteral("deleted");
    case ResultState::NotFound:
        return QStringLiteral("not_found");
    case ResultState::InvalidId:
        return QStringLiteral("invalid_id");
    case ResultState::TokenRejected:
        return QStringLiteral("token_rejected");
    case ResultState::Failed:
        return QStringLiteral("failed");
    case ResultState::Cancelled:
        return QStringLiteral("cancelled");
    case ResultState::NotSent:
        return QStringLiteral("not_sent");
    case ResultState::Retrying:
        return QStringLiteral("retrying");
    case ResultState::DeletedOrNotFound:
        return QStringLiteral("deleted_or_not_found");
    case ResultState::Done:
        return QStringLiteral("done");
    }
    return {};
}

bool isFinished(ResultState state)
{
    return state != ResultState::Pending && state != ResultState::Sending &&
           state != ResultState::Retrying;
}

bool isUnsent(ResultState state)
{
    return state == ResultState::Pending || state == ResultState::NotSent ||
           state == ResultState::TokenRejected;
}

bool isRetryableState(ResultState state)
{
    return state == ResultState::Failed || state == ResultState::Cancelled;
}

bool isError(ResultState state)
{
    return state == ResultState::InvalidId || state == ResultState::TokenRejected ||
           state == ResultState::Failed;
}

} // namespace dlq
