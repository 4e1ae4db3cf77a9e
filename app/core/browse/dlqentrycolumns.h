#pragma once

#include <Qt>

namespace dlq {

namespace DlqColumn {
enum : int {
    FailedAt,
    Status,
    WorkflowUrl,
    FailedStepUrl,
    RunId,
    Labels,
    CallbackState,
    DlqId,
    ExpiresIn,
    Count
};
}

namespace DlqRole {
enum : int {
    Sort = Qt::UserRole + 1, // numbers as numbers (time, status, ms left), text as text
    RowState,                // int(DlqRowState)
    DlqId,                   // the entry's ID on every column, for selections behind proxies
    Problems,                // QStringList: what could not be read, or why the row is gone
};
}

enum class DlqRowState {
    Ok,
    Problems, // some fields could not be read; the row is shown with what was
    Gone,     // GET /{id} answered 404: deleted, expired or never in this region
};

} // namespace dlq
