#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="dlq.*.debug=true".
// Nothing logged here may contain the token: log IDs, statuses and hosts only.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcRun)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
