#pragma once

#include "results/resultrow.h"

#include <QVariant>

namespace dlq {

// How a column sorts: numbers as numbers, "not sent" / "no response" after every real value,
// text by code point. ResultRole::Sort and ResultFilterModel's sort both use it, so the two
// orders cannot drift apart.
QVariant sortValue(const ResultRow &row, int column);
// <0, 0 or >0 as sortValue(a, column) sorts before, with or after sortValue(b, column), without
// building QVariants (a sort of 200 000 rows compares a few million times).
int compareForSort(const ResultRow &a, const ResultRow &b, int column);

} // namespace dlq
