#pragma once

#include "cli/cliargs.h"
#include "run/bulkchunk.h"
#include "run/runconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dlq {
class ResultsModel;
}

namespace dlq::cli {

// How a `dlqctl delete` run ended, as its report tells it.
struct RunEnding
{
    RunEnd end = RunEnd::Completed;
    bool interrupted = false;  // SIGINT/SIGTERM
    bool guardStopped = false; // by the not-found guard, not by the user
    QString host;
    QString tokenFingerprint; // AppSettings::fingerprint: never the token itself
    QString tokenSource;
    qint64 elapsedMs = 0;
    QString snapshotPath; // the entries as saved before the deletes; empty: none
};

// "Stopped: …" / "Interrupted. " before the summary; empty for a run that completed.
QString stopReason(const RunEnding &ending);

// Writes the results (to --output, or stdout when there is none or it cannot be written), prints
// the stop reason and summary on stderr and returns the exit code. Per ID: the whole model,
// exit code from sendRows (the whole session with --resume). Bulk: one line per chunk.
int reportPerId(const DeleteOptions &options, const ResultsModel &model, const QList<int> &sendRows,
                const RunEnding &ending);
int reportBulk(const DeleteOptions &options, const ResultsModel &model,
               const QList<BulkChunk> &chunks, int sentIds, const RunEnding &ending);

} // namespace dlq::cli
