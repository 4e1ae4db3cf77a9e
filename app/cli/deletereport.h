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
};

// The report writer owns the --output file: probed before anything is sent, written once after.
// Checked before anything is deleted: results that cannot be saved afterwards are the worst
// time to find out. Returns an error sentence, or an empty string.
QString checkOutputWritable(const QString &path);

// "Stopped: …" / "Interrupted. " before the summary; empty for a run that completed.
QString stopReason(const RunEnding &ending);

// Writes the results (to --output, or stdout when there is none or it cannot be written), prints
// the stop reason and summary on stderr and returns the exit code. Per ID: the whole model,
// exit code from sendRows (the whole session with --resume). Bulk: one line per chunk.
int reportPerId(const DeleteOptions &options, const ResultsModel &model, const QList<int> &sendRows,
                const RunEnding &ending);
int reportBulk(const DeleteOptions &options, const ResultsModel &model,
               const QList<BulkChunk> &chunks, int sentIds, const RunEnding &ending);

QString plural(int n, const char *one, const char *many);

} // namespace dlq::cli
