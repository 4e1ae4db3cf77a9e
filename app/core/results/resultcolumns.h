#pragma once

#include <Qt>

namespace dlq {

namespace ResultColumn {
enum : int { Id, Result, HttpStatus, Message, Attempts, Duration, FinishedAt, Count };
}

namespace ResultRole {
enum : int {
    State = Qt::UserRole + 1, // int(ResultState)
    Sort,                     // a value that sorts right: numbers as numbers, empty last
    IdKind,                   // int(dlq::IdKind)
    RowIndex,                 // source row, for views behind proxies
};
}

} // namespace dlq
