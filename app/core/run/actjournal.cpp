#include "run/actjournal.h"
#include "util/translate.h"

#include "session/sessionjournal.h"

namespace dlq {

namespace {
const QLatin1String kProfile("profile");
const QLatin1String kBaseUrl("baseUrl");
const QLatin1String kStartedAt("startedAt");
} // namespace

QString InterruptedAct::host() const
{
    return act.value(QLatin1String("host")).toString();
}

QString InterruptedAct::profile() const
{
    return act.value(kProfile).toString();
}

QDateTime InterruptedAct::startedAt() const
{
    if (!act.contains(kStartedAt))
        return {};
    return QDateTime::fromMSecsSinceEpoch(act.value(kStartedAt).toInteger(), Qt::UTC);
}

InterruptedAct readInterruptedAct(const QString &directory)
{
    InterruptedAct out;
    if (directory.isEmpty() || !SessionJournal::hasRecoverableSession(directory))
        return out;
    out.recoverable = true;
    const RecoveredSession recovered = SessionJournal::recover(directory);
    out.warnings = recovered.warnings;
    out.savedAt = recovered.savedAt;
    if (recovered.act.isEmpty())
        return out;
    out.found = !recovered.isEmpty();
    out.act = recovered.act;
    out.restore = actRestoreFrom(recovered, &out.plan);
    return out;
}

void addWindowContext(QJsonObject &act, const QString &profile, const QString &baseUrl,
                      const QDateTime &startedAt)
{
    act.insert(kProfile, profile);
    act.insert(kBaseUrl, baseUrl);
    act.insert(kStartedAt, startedAt.toMSecsSinceEpoch());
}

QString continueRefusal(const InterruptedAct &act, const QString &baseUrl, const QString &profile,
                        bool tokenAvailable)
{
    const QString journaledUrl = act.act.value(kBaseUrl).toString();
    // Another server or project would answer for other entries: a look-up there finds nothing
    // and would read as "done", so the run only goes on where it began.
    if (journaledUrl != baseUrl || act.profile() != profile) {
        const QString where = act.profile().isEmpty()
                                  ? act.host()
                                  : dlq::tr("%1 (profile %2)").arg(act.host(), act.profile());
        return dlq::tr("The interrupted action went to %1, but the window now points elsewhere. "
                       "Switch back to it and restart the app to continue; until then the "
                       "record is kept.")
            .arg(where);
    }
    if (!tokenAvailable)
        return dlq::tr("No token for %1 is available yet, so nothing can be sent; the record is "
                       "kept.")
            .arg(act.host());
    return {};
}

void restoreFrame(Ledger &ledger, const QJsonObject &act)
{
    if (ledger.reason.isEmpty())
        ledger.reason = act.value(QLatin1String("reason")).toString();
    if (!act.contains(QLatin1String("frozen")))
        return;
    ledger.matching = true;
    ledger.frozen = act.value(QLatin1String("frozen")).toInt();
    ledger.previewedAt = QDateTime::fromMSecsSinceEpoch(
        act.value(QLatin1String("previewedAt")).toInteger(), Qt::UTC);
}

} // namespace dlq
