#pragma once

#include <QString>
#include <QStringList>

namespace dlq {
class ResultsModel;
}

namespace dlq::cli {

inline constexpr qint64 kMaxIdInputBytes = 256 * 1024 * 1024;

// Fills `model` from the command-line IDs and then the --from file ("-": standard input),
// each parsed with parseIds like a paste into the app, duplicates dropped. IDs with invisible
// characters stay invalid unless `allowInvisible`. Returns an error sentence, or an empty
// string. Reading blocks, which is fine: nothing runs yet.
QString loadIds(const QStringList &arguments, const QString &fromFile, ResultsModel &model,
                int *duplicates, bool allowInvisible = false);

} // namespace dlq::cli
