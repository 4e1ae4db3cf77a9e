#pragma once

#include "cli/cliargs.h"
#include "results/ledger.h"

#include <QByteArray>

namespace dlq::cli {

// A ledger as dlqctl prints it: a table (with the follow-up columns once followed), or
// Ledger::toCsv() / toJson().
QByteArray renderLedger(const Ledger &ledger, OutputFormat format);

} // namespace dlq::cli
