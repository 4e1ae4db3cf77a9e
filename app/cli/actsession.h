#pragma once

#include "cli/cliargs.h"
#include "run/actjournal.h"
#include "run/actrun.h"

#include <QJsonObject>
#include <QString>

namespace dlq::cli {

// What `--session DIR [--resume]` means for an action command, decided before anything is
// sent: a fresh run may not replace an unfinished session, and a resumed one takes its action,
// form, overrides and IDs from the journal (see ActRestore). Prints nothing.
struct ActSession
{
    bool ok = true;
    QString error; // !ok: one sentence for stderr
    QString notes; // for stderr: recovery warnings and what the restore found
    ActPlan plan;  // --resume: the journal's plan
    ActRestore restore;
    QJsonObject act; // --resume: the journal's context, kept for the continued run
};

ActSession openActSession(const ActOptions &options, const QString &host);

} // namespace dlq::cli
