#pragma once

#include "results/ledger.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dlq {

// Reads back what Ledger::toJson() wrote (an exported ledger, `dlqctl resume --format json`):
// the host, action and reason, and per entry its ID, action, result, HTTP status, message, new
// run and earlier follow-up. std::nullopt, with `error` for people, when it is not one.
std::optional<Ledger> readLedgerJson(const QByteArray &json, QString *error);

} // namespace dlq
