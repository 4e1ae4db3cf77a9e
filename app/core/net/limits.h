#pragma once

// One home for the request limits the engine (RunConfig::normalized()), the window's settings
// (AppSettings) and dlqctl (cliargs) share. It lives in net/, below settings and run, so both
// can include it.
namespace dlq::limits {

inline constexpr int kDefaultConcurrency = 6;
// Requests in flight: what the engine runs and dlqctl accepts. Above 6 a run spreads over
// ceil(n / 6) connection pools (ManagerPool), 43 of them at this ceiling.
inline constexpr int kMaxConcurrency = 256;
// The window offers fewer: its run shares the GUI thread with painting (every answer is handled
// there, and the GUI benchmark's 16 ms frame budget is measured at the window's settings), while
// dlqctl has no window to keep responsive and takes the engine's whole range.
inline constexpr int kMaxWindowConcurrency = 64;
static_assert(kMaxWindowConcurrency <= kMaxConcurrency,
              "the window asks only what the engine runs");

// Tries per ID and run, first try included: the same ceiling everywhere.
inline constexpr int kDefaultAttempts = 5;
inline constexpr int kMaxAttempts = 20;

} // namespace dlq::limits
