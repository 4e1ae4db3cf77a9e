#pragma once

namespace dlq {

// From this many IDs on, a confirmation asks for the number typed instead of a click or "yes":
// a large run is then a decision, not a reflex.
inline constexpr int kTypedCountFrom = 100;

// The one rule for every confirmation (window and dlqctl): at kTypedCountFrom IDs, or always
// for a profile marked production.
inline bool requiresTypedCount(int count, bool production)
{
    return production || count >= kTypedCountFrom;
}

} // namespace dlq
