#pragma once

#include "api/dlqrequests.h"
#include "run/runconfig.h"

#include <QString>

namespace dlq {

// Whole translatable sentences per action: a verb pasted into "%1 %2 on %3" cannot be
// translated (word order and grammar differ per language), so each action has its own.
// `entries` is a counted noun ("5 DLQ entries", see uitext.h), `target` the host.
QString actQuestion(EntryCall call, const QString &entries, const QString &target);
QString actHeadline(EntryCall call, const QString &entries, const QString &target);
// The confirm button: "Resume 5" (text) and "Resume 5 DLQ entries" (accessible name).
QString actButtonText(EntryCall call, int count);
QString actButtonName(EntryCall call, const QString &entries);
// The panel's line when a run ends: what happened first, as a sentence ("Cannot reach
// 127.0.0.1:9 — check the URL. 0 of 3 done; nothing more was sent."), then the counts.
// `host` is what an unreachable server is named by (host:port).
QString actEndStatus(RunEnd end, int done, int total, const QString &where, const QString &host);

} // namespace dlq
