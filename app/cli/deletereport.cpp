#include "cli/deletereport.h"

#include "cli/bulkprinter.h"
#include "cli/commandsetup.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/resultprinter.h"
#include "results/exporter.h"
#include "results/resultsmodel.h"

#include <QDateTime>
#include <QDir>

namespace dlq::cli {

namespace {
void sayWhereSnapshotIs(const RunEnding &ending)
{
    if (!ending.snapshotPath.isEmpty())
        console::err(QStringLiteral("The entries as they were before the deletes: %1\n")
                         .arg(QDir::toNativeSeparators(ending.snapshotPath)));
}
} // namespace

QString stopReason(const RunEnding &ending)
{
    if (ending.interrupted)
        return QStringLiteral("Interrupted. ");
    if (ending.guardStopped)
        return QStringLiteral("Stopped: the first answers were all 404 Not found. ");
    switch (ending.end) {
    case RunEnd::TokenRejected:
        return QStringLiteral("Stopped: the server rejected the token %1 from %2; nothing more "
                              "was sent. ")
            .arg(ending.tokenFingerprint, ending.tokenSource);
    case RunEnd::QuotaExhausted:
        return QStringLiteral("Stopped: the daily request quota is used up; run again after it "
                              "resets. ");
    case RunEnd::Unreachable:
        return QStringLiteral("Stopped: Cannot reach %1 — check the URL; nothing more was sent. ")
            .arg(ending.host);
    case RunEnd::Cancelled:
    case RunEnd::Completed:
        break;
    }
    return {};
}

int reportPerId(const DeleteOptions &options, const ResultsModel &model, const QList<int> &sendRows,
                const RunEnding &ending)
{
    QList<int> all;
    for (int r = 0; r < model.rowCount(); ++r)
        all.append(r);
    const ExportContext context{ending.host, QDateTime::currentDateTimeUtc(), ending.snapshotPath};

    int code = exitCodeFor(
        ending.end,
        [&] {
            QList<ResultState> states;
            if (options.resume) {
                // The whole session counts, including what finished before the stop.
                for (const ResultRow &r : model.rows()) {
                    if (r.verdict.isSendable())
                        states.append(r.state);
                }
                return states;
            }
            for (int row : sendRows)
                states.append(model.row(row).state);
            return states;
        }(),
        ending.interrupted);

    if (!options.outputFile.isEmpty() && options.format != OutputFormat::Table) {
        const QString error = exporter::writeFile(options.outputFile, model, all, context);
        if (!error.isEmpty()) {
            console::err(error + QStringLiteral(" The results follow on standard output.\n"));
            console::outBytes(options.format == OutputFormat::Json
                                  ? exporter::toJson(model, all, context)
                                  : exporter::toCsv(model, all));
            code = code == ExitOk ? ExitSomeFailed : code;
        }
    } else {
        QByteArray bytes;
        switch (options.format) {
        case OutputFormat::Table:
            bytes = resultsTable(model, all).toUtf8();
            break;
        case OutputFormat::Csv:
            bytes = exporter::toCsv(model, all);
            break;
        case OutputFormat::Json:
            bytes = exporter::toJson(model, all, context);
            break;
        }
        code = deliverOutput(options.outputFile, bytes, code);
    }

    console::err(stopReason(ending) + model.summary() + QStringLiteral(" · ") + ending.host +
                 QStringLiteral(" · ") + elapsedText(ending.elapsedMs) + QLatin1Char('\n'));
    sayWhereSnapshotIs(ending);
    return code;
}

int reportBulk(const DeleteOptions &options, const ResultsModel &model,
               const QList<BulkChunk> &chunks, int sentIds, const RunEnding &ending)
{
    QList<ResultState> states;
    int deleted = 0;
    int settledIds = 0;
    int unsettledChunks = 0;
    for (const BulkChunk &chunk : chunks) {
        states.append(chunk.state);
        if (chunk.state == ResultState::Deleted) {
            deleted += qMax(0, chunk.deleted);
            settledIds += int(chunk.ids.size());
        } else {
            ++unsettledChunks;
        }
    }
    int code = exitCodeFor(ending.end, states, ending.interrupted);

    QByteArray bytes;
    switch (options.format) {
    case OutputFormat::Table:
        bytes = bulkText(chunks).toUtf8();
        break;
    case OutputFormat::Csv:
        bytes = bulkCsv(chunks);
        break;
    case OutputFormat::Json:
        bytes = bulkJson(chunks, model, ending.host, ending.snapshotPath);
        break;
    }
    code = deliverOutput(options.outputFile, bytes, code);

    QString summary =
        stopReason(ending) + QStringLiteral("Bulk: %1 in %2: %3 deleted, %4 not in the DLQ")
                                 .arg(plural(sentIds, "1 ID", "%1 IDs"),
                                      plural(int(chunks.size()), "1 chunk", "%1 chunks"))
                                 .arg(deleted)
                                 .arg(qMax(0, settledIds - deleted));
    if (unsettledChunks > 0)
        summary += QStringLiteral(" · %1 failed or not sent").arg(unsettledChunks);
    console::err(summary + QStringLiteral(" · ") + ending.host + QStringLiteral(" · ") +
                 elapsedText(ending.elapsedMs) + QLatin1Char('\n'));
    sayWhereSnapshotIs(ending);
    return code;
}

} // namespace dlq::cli
