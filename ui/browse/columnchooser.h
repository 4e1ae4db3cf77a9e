#pragma once

#include <functional>

class QHeaderView;

namespace dlq {

// A right click on the header opens "dlqColumnMenu": one checkable entry per column; the last
// visible column cannot be hidden. `changed` runs after each change (to save the layout).
void installColumnChooser(QHeaderView *header, const std::function<void()> &changed);

} // namespace dlq
