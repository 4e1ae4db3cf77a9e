#include "cli/ledgerprinter.h"

#include "cli/resultprinter.h"

namespace dlq::cli {

namespace {

QString ledgerTable(const Ledger &ledger)
{
    const bool followed = ledger.followUpCounts()[size_t(FollowUp::None)] < ledger.entries.size();
    QList<QStringList> rows;
    for (const LedgerEntry &e : ledger.entries) {
        rows << QStringList{printable(e.row.id), resultLabel(e.row.state),
                            e.row.httpStatus > 0 ? QString::number(e.row.httpStatus) : QString(),
                            e.newWorkflowRunId, printable(e.row.message)};
        if (followed)
            rows.last() << followUpName(e.followUp) << printable(e.newDlqId)
                        << printable(e.followUpNote);
    }
    QStringList header{QStringLiteral("ID"), QStringLiteral("Result"), QStringLiteral("HTTP"),
                       QStringLiteral("New run"), QStringLiteral("Message")};
    if (followed)
        header << QStringLiteral("Follow-up") << QStringLiteral("New DLQ ID")
               << QStringLiteral("Why");
    return alignedTable(header, rows);
}

} // namespace

QByteArray renderLedger(const Ledger &ledger, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Table:
        return ledgerTable(ledger).toUtf8();
    case OutputFormat::Csv:
        return ledger.toCsv();
    case OutputFormat::Json:
        break;
    }
    return ledger.toJson();
}

} // namespace dlq::cli
