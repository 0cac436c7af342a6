// GET /v1/reminders: the reminders query (projections/reminders.h) with the
// caller's scope and the query's filters applied before the rows are made.

#include <boost/json.hpp>
#include <map>
#include <string>
#include <vector>

#include "adapters/http/audit_routes.h"
#include "adapters/http/view_read.h"
#include "adapters/http/view_routes.h"
#include "projections/json_support.h"
#include "projections/reminders.h"

namespace homeward::http {
namespace {

constexpr std::string_view kReminderStates[] = {"upcoming", "due", "overdue", "done"};

}  // namespace

Result<boost::json::value> RemindersRoute(ReadContext& c) {
  ReminderFilter filter;
  filter.person = c.target.Get("for");
  if (c.IsVolunteer()) {
    if (!filter.person.empty() && filter.person != c.account.volunteer_id) {
      return Forbidden("a volunteer sees only their own reminders");
    }
    filter.person = c.account.volunteer_id;
  }
  for (auto [name, date] : {std::pair{"from", &filter.due_from}, {"to", &filter.due_to}}) {
    const std::string text = c.target.Get(name);
    if (text.empty()) continue;
    Result<Date> parsed = ParseDate(text, name);
    if (!parsed.ok()) return parsed.status();
    *date = *parsed;
  }
  Result<bool> overdue = BoolParam(c.target, "overdue");
  if (!overdue.ok()) return overdue.status();
  filter.overdue_only = *overdue;
  Result<std::vector<std::string>> states = WordsParam(c.target, "state", kReminderStates);
  if (!states.ok()) return states.status();
  filter.states = std::move(*states);
  Result<std::uint64_t> limit = NumberParam(c.target, "limit", 0);
  if (!limit.ok()) return limit.status();
  filter.limit = static_cast<std::size_t>(*limit);
  // One unit's: a coordinator's own units only, as for its report. Rows
  // are kept by unit before the limit counts them.
  const std::string unit = c.target.Get("unit");
  if (Status in = UnitInScope(c, unit); !unit.empty() && !in.ok()) return in;
  std::map<std::string, bool, std::less<>> in_scope;  // a few units, asked many times
  if (!unit.empty() || c.IsCoordinator()) {
    filter.unit_kept = [&](std::string_view id) {
      if (!unit.empty() && id != unit) return false;
      auto known = in_scope.find(id);
      if (known == in_scope.end())
        known = in_scope.emplace(std::string(id), UnitInScope(c, id).ok()).first;
      return known->second;
    };
  }
  return Read<RemindersState>(c, [&](const RemindersState& s) -> Result<boost::json::value> {
    return homeward::Reminders(s, c.account.org, c.options.clock(), filter);
  });
}

}  // namespace homeward::http
