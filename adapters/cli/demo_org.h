#pragma once
// The demo organization `homeward demo` records and `homeward serve --demo`
// serves: the seed's county office with two member units, their volunteers
// and children with "3+1" teams, the Children's Day trip and the library
// build; and demo accounts with fresh tokens to try the API with.

#include <functional>
#include <string>
#include <vector>

#include "engine/event_log.h"
#include "projections/host.h"

namespace homeward::cli {

// Records every seed command in `log` at `now_us`, each under its own
// idempotency key, so a second run records nothing new. `each` sees every
// command's answer (replayed ones too). Errors: the first refusal or log error.
Status RecordDemoOrganization(EventLog& log, std::int64_t now_us,
                              const std::function<Status(const AppendResult&)>& each);

// An account issued for the demo, with its token (shown once).
struct DemoAccount {
  std::string account_id, role, who, token;
};

// Revokes the demo accounts an earlier run issued (their tokens stop
// working) and issues fresh ones: an admin, the county office's and the
// association's coordinators, the volunteer 王芳 and an auditor. `host` must
// hold the accounts view. Errors: as the command service.
Result<std::vector<DemoAccount>> IssueDemoAccounts(EventLog& log, const ProjectionHost& host);

}  // namespace homeward::cli
