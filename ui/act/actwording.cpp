#include "ui/act/actwording.h"

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

} // namespace dlq
