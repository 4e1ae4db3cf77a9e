#include "cli/actsession.h"

#include "run/actjournal.h"

#include <QDir>

namespace dlq::cli {

namespace {

ActSession refuse(QString error)
{
    ActSession session;
    session.ok = false;
    session.error = std::move(error);
    return session;
}

} // namespace

ActSession openActSession(const ActOptions &options, const QString &host)
{
    const QString &dir = options.sessionDir;
    const QString shown = QDir::toNativeSeparators(dir);
    const InterruptedAct interrupted = readInterruptedAct(dir);
    const bool recoverable = interrupted.recoverable;
    if (!options.resume) {
        // A new journal would replace the old session, and with it the only record of what
        // its requests did.
        if (recoverable)
            return refuse(QStringLiteral("%1 holds an unfinished session; use --resume or "
                                         "remove it.")
                              .arg(shown));
        return {};
    }
    if (!recoverable)
        return refuse(QStringLiteral("%1 holds no unfinished session to resume.").arg(shown));
    ActSession session;
    for (const QString &warning : interrupted.warnings)
        session.notes += QStringLiteral("Warning: ") + warning + QLatin1Char('\n');
    if (interrupted.act.isEmpty())
        return refuse(session.notes + QStringLiteral("%1 holds a dlqctl delete session; continue "
                                                     "it with dlqctl delete --session %1 "
                                                     "--resume.")
                                          .arg(shown));
    session.act = interrupted.act;
    session.plan = interrupted.plan;
    session.restore = interrupted.restore;
    const QString action = interrupted.act.value(QLatin1String("action")).toString();
    if (session.plan.call != options.action)
        return refuse(QStringLiteral("%1 holds a run of dlqctl %2; continue it with dlqctl %2 "
                                     "--session %1 --resume.")
                          .arg(shown, action));
    const QString journaledHost = interrupted.host();
    if (journaledHost != host)
        return refuse(QStringLiteral("%1 holds a run against %2, not %3; nothing was sent.")
                          .arg(shown, journaledHost, host));
    const int settled = int(session.restore.settled.size());
    const int unknown = int(session.restore.unknown.size());
    session.notes +=
        QStringLiteral("Restored %1 IDs from %2: %3 settled (never sent again), %4 in flight "
                       "at the stop (%5), %6 not sent yet.\n")
            .arg(session.plan.ids.size())
            .arg(shown)
            .arg(settled)
            .arg(unknown)
            .arg(startsRun(options.action)
                     ? QStringLiteral("each looked up before it is sent again")
                     : QStringLiteral("sent again"))
            .arg(session.plan.ids.size() - settled - unknown);
    return session;
}

} // namespace dlq::cli
