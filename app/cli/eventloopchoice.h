#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace dlq::cli {

// Whether dlqctl, started with `arguments` (the program name first) in `env`, may read the
// token from the system keychain. QtKeychain's libsecret backend answers through glib's main
// loop, which only Qt's glib event dispatcher runs.
bool mayReadKeychain(const QStringList &arguments, const QProcessEnvironment &env);

// Before QCoreApplication exists: picks Qt's own event dispatcher (QT_NO_GLIB) unless the
// keychain may be read or the caller chose one. glib's dispatcher writes to an eventfd for
// every event posted between threads (about 19 write() calls per request of a run, against 3
// with Qt's own; see docs/BENCHMARKS.md), and a run posts several per request between the
// network threads and the main thread.
void chooseEventDispatcher(int argc, char *argv[]);

} // namespace dlq::cli
