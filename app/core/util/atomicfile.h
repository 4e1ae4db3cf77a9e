#pragma once

#include <QByteArray>
#include <QString>

namespace dlq {

// Replaces `path` with `bytes` through QSaveFile: a failed or interrupted write never leaves a
// truncated file in place of an earlier good one. Returns the reason it failed (Qt's
// errorString), or an empty string; callers say what was being saved.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace dlq
