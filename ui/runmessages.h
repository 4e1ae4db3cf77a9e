#pragma once

#include "run/runconfig.h"

#include <QString>

namespace dlq {

class ResultsModel;
struct Target;

// What the window says when a run ends. Built from the model's counts only.
QString runFinishedMessage(RunEnd end, const ResultsModel &model, const Target &target);
// "The server rejected the token (401). Nothing more was sent; N IDs are marked Not sent.
// Check the token in Settings."
QString tokenRejectedMessage(const ResultsModel &model);
QString quotaExhaustedMessage(const ResultsModel &model);
// "Cannot reach <host> — check the URL. …": the first answers all said connection refused or
// host not found.
QString unreachableMessage(const ResultsModel &model, const Target &target);
// "Cannot reach <host> — check the URL.": the first sentence of every such message.
QString cannotReachSentence(const QString &host);
// The one-word outcome next to the progress numbers.
QString runOutcomeWord(RunEnd end);

} // namespace dlq
