#pragma once

#include "api/dlqrequests.h"

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

} // namespace dlq
