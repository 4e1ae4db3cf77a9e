#pragma once

#include "api/dlqfilter.h"
#include "cli/argtools.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dlq::cli::args {

// A point in time as typed: Unix milliseconds, or ISO 8601 ("2025-07-18T09:30:00Z",
// "2025-07-18T09:30", "2025-07-18"); without a zone it is local time. A bare date is the start
// of that day, or its last millisecond with endOfDay (so --to-date 2025-07-18 includes the day).
// std::nullopt when it is neither; `now` is not used (dates are absolute).
std::optional<qint64> parseTimestamp(const QString &text, bool endOfDay = false);

// CALLBACK_FAIL, callback_fail or the short form: fail, success, inprogress (in-progress,
// in_progress), canceled (cancelled). Empty when it is none of these.
QString callbackStateFromText(const QString &text);

// --from-date, --to-date, --workflow-url…, --workflow-run-id (--run-id), --workflow-created-at,
// --label…, --callback-state…, --caller-ip…, --flow-control-key… (… : repeatable, values ORed).
void addFilterOptions(QCommandLineParser &parser);
// Reads them into `filter`; a bad value fails `check` with a sentence naming the flag.
void readFilterOptions(Checker &check, api::DlqFilter &filter);
// True when any filter flag was given (a blank value counts: it is refused by the filter).
bool hasFilterOptions(const QCommandLineParser &parser);

} // namespace dlq::cli::args
