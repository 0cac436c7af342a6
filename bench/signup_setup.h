#pragma once
// The store the HTTP sign-up benchmark starts from: one unit with its
// waiver, `volunteers` volunteers (vetted, waiver accepted) and `activities`
// open trips, each with one slot of `places` places, at distinct times a
// month ahead. Written as plain appends in large batches, so setting up a
// few hundred thousand volunteers takes seconds; what is measured is the
// sign-ups that follow, decided by the domain's rules one by one.

#include <cstdint>
#include <string>

#include "engine/event_log.h"

namespace homeward {

struct SignupSetup {
  std::string org = "bench";
  std::uint32_t volunteers = 200000;  // "v0".."vN-1"
  std::uint32_t activities = 5000;    // "a0".."aN-1", slot "s"
  std::uint32_t places = 40;
  std::int64_t now_us = 0;
};

// Appends the setup to `log`. Errors: as the log's Append.
Status WriteSignupSetup(EventLog& log, const SignupSetup& setup);

}  // namespace homeward
