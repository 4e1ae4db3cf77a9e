#pragma once

#include <QString>

namespace dlq {

// The OS page cache survives kill -9 but not a power cut: these push data to the disk itself.
bool syncFile(int fd); // fdatasync, or the platform's nearest equivalent
// A rename, create or unlink is only durable once the directory holding it is synced.
void syncDirectory(const QString &path);

} // namespace dlq
