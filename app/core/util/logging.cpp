#include "util/logging.h"

Q_LOGGING_CATEGORY(lcNet, "dlq.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRun, "dlq.run", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "dlq.settings", QtInfoMsg)
