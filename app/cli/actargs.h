#pragma once

#include "cli/cliargs.h"

#include <QStringList>

#include <optional>

namespace dlq::cli {

// `arguments` start with "dlqctl <command>", as parseCliArgs passes them on.
CliArgs parseList(const QStringList &arguments);
CliArgs parseAct(EntryCall action, const QStringList &arguments);

// resume, restart, retry-callback, cancel-callback (and delete): the action a command names.
std::optional<EntryCall> actionForCommand(const QString &command);

} // namespace dlq::cli
