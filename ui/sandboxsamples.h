#pragma once

#include <QStringList>

namespace dlq {

class SandboxServer;

// IDs for trying the app offline: `existing` that are in the sandbox right now (it is topped
// up when earlier tries emptied it) and `missing` that look just as real but are not there,
// alternating so a run shows both outcomes side by side.
QStringList sandboxSampleIds(SandboxServer *sandbox, int existing = 100, int missing = 100);

} // namespace dlq
