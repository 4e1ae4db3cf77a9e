#include "ui/act/actwording.h"

#include "ui/runmessages.h"
#include "util/translate.h"

namespace dlq {

QString actQuestion(EntryCall call, const QString &entries, const QString &target)
{
    switch (call) {
    case EntryCall::Resume:
        return dlq::tr("Resume %1 on %2?").arg(entries, target);
    case EntryCall::Restart:
        return dlq::tr("Restart %1 on %2?").arg(entries, target);
    case EntryCall::Callback:
        return dlq::tr("Retry the failure callback of %1 on %2?").arg(entries, target);
    case EntryCall::CancelCallback:
        return dlq::tr("Cancel the failure callback of %1 on %2?").arg(entries, target);
    case EntryCall::Delete:
    case EntryCall::Get:
        break;
    }
    return dlq::tr("Delete %1 on %2?").arg(entries, target);
}

QString actHeadline(EntryCall call, const QString &entries, const QString &target)
{
    switch (call) {
    case EntryCall::Resume:
        return dlq::tr("Resuming %1 on %2").arg(entries, target);
    case EntryCall::Restart:
        return dlq::tr("Restarting %1 on %2").arg(entries, target);
    case EntryCall::Callback:
        return dlq::tr("Retrying the failure callback of %1 on %2").arg(entries, target);
    case EntryCall::CancelCallback:
        return dlq::tr("Cancelling the failure callback of %1 on %2").arg(entries, target);
    case EntryCall::Delete:
    case EntryCall::Get:
        break;
    }
    return dlq::tr("Deleting %1 on %2").arg(entries, target);
}

QString actButtonText(EntryCall call, int count)
{
    switch (call) {
    case EntryCall::Resume:
        return dlq::tr("Resume %1").arg(count);
    case EntryCall::Restart:
        return dlq::tr("Restart %1").arg(count);
    case EntryCall::Callback:
        return dlq::tr("Retry %1").arg(count);
    case EntryCall::CancelCallback:
        return dlq::tr("Cancel %1").arg(count);
    case EntryCall::Delete:
    case EntryCall::Get:
        break;
    }
    return dlq::tr("Delete %1").arg(count);
}

QString actButtonName(EntryCall call, const QString &entries)
{
    switch (call) {
    case EntryCall::Resume:
        return dlq::tr("Resume %1").arg(entries);
    case EntryCall::Restart:
        return dlq::tr("Restart %1").arg(entries);
    case EntryCall::Callback:
        return dlq::tr("Retry the failure callback of %1").arg(entries);
    case EntryCall::CancelCallback:
        return dlq::tr("Cancel the failure callback of %1").arg(entries);
    case EntryCall::Delete:
    case EntryCall::Get:
        break;
    }
    return dlq::tr("Delete %1").arg(entries);
}

QString actEndStatus(RunEnd end, int done, int total, const QString &where, const QString &host)
{
    switch (end) {
    case RunEnd::Completed:
        return dlq::tr("Finished: %1 of %2 done on %3.").arg(done).arg(total).arg(where);
    case RunEnd::Cancelled:
        return dlq::tr("Cancelled: %1 of %2 done on %3; nothing more was sent.")
            .arg(done)
            .arg(total)
            .arg(where);
    case RunEnd::TokenRejected:
        return dlq::tr(
                   "Stopped: the server rejected the token. %1 of %2 done on %3; nothing more was "
                   "sent. Check the token in Settings.")
            .arg(done)
            .arg(total)
            .arg(where);
    case RunEnd::QuotaExhausted:
        return dlq::tr("Stopped: the request quota is used up (429). %1 of %2 done on %3; send the "
                       "rest once the quota resets.")
            .arg(done)
            .arg(total)
            .arg(where);
    case RunEnd::Unreachable:
        return cannotReachSentence(host) + QLatin1Char(' ') +
               dlq::tr("%1 of %2 done; nothing more was sent.").arg(done).arg(total);
    }
    return {};
}

} // namespace dlq
