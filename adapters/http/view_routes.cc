#include "adapters/http/view_routes.h"

#include <boost/json.hpp>
#include <set>

#include "adapters/http/audit_routes.h"
#include "adapters/http/view_read.h"
#include "projections/accounts.h"
#include "projections/archive.h"
#include "projections/care_board.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/reminders.h"
#include "projections/roster.h"
#include "projections/station_list.h"
#include "projections/view_support.h"

namespace homeward::http {
namespace {

namespace json = boost::json;
using View = Result<json::value>;

// Removes the elements of `items` that `drop` says to.
template <class Drop>
void EraseIf(json::array& items, Drop drop) {
  items.erase(std::remove_if(items.begin(), items.end(), drop), items.end());
}

Status OnlySelf(const ReadContext& c, const std::string& volunteer_id) {
  if (c.IsVolunteer() && c.account.volunteer_id != volunteer_id) {
    return Forbidden("a volunteer sees only their own schedule, care and reminders");
  }
  return Status::Ok();
}
Status NotVolunteers(const ReadContext& c, std::string_view what) {
  if (c.IsVolunteer()) return Forbidden(std::string(what) + " is for coordinators");
  return Status::Ok();
}

// A coordinator's list of accounts: those of the volunteers of their units
// (who have not left), which they make and revoke.
View VolunteerAccountsRoute(ReadContext& c) {
  return Read<CareBoardState, AccountsState>(
      c, [&](const CareBoardState& care, const AccountsState& accounts) -> View {
        std::set<std::string, std::less<>> theirs;
        EachInOrg(care.volunteers, c.account.org, [&](std::string_view id, const CareVolunteer& v) {
          if (!v.left && c.InScope(v.unit_id)) theirs.emplace(id);
        });
        json::value list = AccountList(accounts, c.account.org);
        EraseIf(list.as_array(), [&](const json::value& a) {
          return a.at("role").as_string() != "volunteer" ||
                 !theirs.contains(std::string_view(a.at("volunteer_id").as_string()));
        });
        return list;
      });
}

// 403 unless a coordinator's units hold the object `doc` describes ("unit_id").
Status ObjectInScope(ReadContext& c, const json::value& doc) {
  const json::value* unit = doc.is_object() ? doc.get_object().if_contains("unit_id") : nullptr;
  if (unit && unit->is_string()) return UnitInScope(c, unit->get_string());
  return Status::Ok();
}
// Keeps the rows of a list that lie in a coordinator's units.
void FilterRows(ReadContext& c, json::array& rows) {
  if (!c.IsCoordinator()) return;
  EraseIf(rows, [&](const json::value& row) { return !ObjectInScope(c, row).ok(); });
}
// A volunteer reads the card of a child in their care only.
Status CardVisible(const ReadContext& c, const json::value& card) {
  if (!c.IsVolunteer()) return Status::Ok();
  const std::string& me = c.account.volunteer_id;
  for (const auto& [role, holder] : card.at("roles").as_object()) {
    if (holder.is_object() && holder.at("volunteer_id").as_string() == me) return Status::Ok();
  }
  for (const json::value& v : card.at("help_pairs").as_array()) {
    if (v.as_string() == me) return Status::Ok();
  }
  return Forbidden("a volunteer sees the cards of children in their care only");
}

}  // namespace

View ActivitiesRoute(ReadContext& c) {
  static constexpr std::string_view kStatuses[] = {"planned", "recruiting", "full",
                                                   "closed",  "cancelled",  "completed"};
  static constexpr std::string_view kOrders[] = {"soonest", "latest"};
  Result<std::vector<std::string>> statuses = WordsParam(c.target, "status", kStatuses);
  if (!statuses.ok()) return statuses.status();
  Result<std::vector<std::string>> order = WordsParam(c.target, "order", kOrders);
  if (!order.ok()) return order.status();
  if (order->size() > 1) {
    return Status(Code::kInvalidArgument, "order: one of soonest or latest, not both", "",
                  {{"field", "order"}});
  }
  Result<std::uint64_t> limit = NumberParam(c.target, "limit", 0);
  if (!limit.ok()) return limit.status();
  RosterListing listing;
  listing.latest_first = !order->empty() && order->front() == "latest";
  listing.limit = static_cast<std::size_t>(*limit);
  // A coordinator's units are kept before the limit counts.
  const bool coordinator = c.IsCoordinator();
  listing.keep = [&](const RosterEntry& entry) {
    if (!statuses->empty() &&
        std::find(statuses->begin(), statuses->end(), RosterStatus(entry)) == statuses->end()) {
      return false;
    }
    return !coordinator || c.InScope(entry.activity.plan.unit_id);
  };
  return Read<RosterState>(
      c, [&](const RosterState& s) -> View { return RosterList(s, c.account.org, listing); });
}

View RosterRoute(ReadContext& c) {
  return Read<RosterState>(c, [&](const RosterState& s) -> View {
    const RosterEntry* entry = FindActivity(s, c.account.org, c.Param("activity_id"));
    if (entry == nullptr) return RosterOf(s, c.account.org, c.Param("activity_id"));
    if (Status in = UnitInScope(c, entry->activity.plan.unit_id); !in.ok()) return in;
    if (c.Cached(entry->changed_at)) return json::value();
    json::value roster = RosterOf(s, c.account.org, *entry);
    // Why someone asked for their hours to be corrected is between them and
    // the coordinator: a volunteer reads their own on their schedule.
    if (c.IsVolunteer()) {
      for (json::value& slot : roster.at("slots").as_array()) {
        for (const char* list : {"holders", "waitlist"}) {
          for (json::value& p : slot.at(list).as_array()) p.as_object().erase("correction");
        }
      }
      if (json::value* families = roster.as_object().if_contains("families")) {
        for (json::value& f : families->as_array()) {
          if (f.is_object()) f.as_object().erase("correction");
        }
      }
    }
    return roster;
  });
}

View ScheduleRoute(ReadContext& c) {
  const std::string& id = c.Param("volunteer_id");
  if (Status s = OnlySelf(c, id); !s.ok()) return s;
  // A coordinator sees the places and hours in their units' activities only.
  std::function<bool(std::string_view)> in_scope;
  if (c.IsCoordinator()) in_scope = [&](std::string_view unit) { return c.InScope(unit); };
  return Read<RosterState>(c, [&](const RosterState& s) {
    return ScheduleOf(s, c.account.org, id, c.options.clock(), in_scope);
  });
}

View CareRoute(ReadContext& c) {
  const std::string& id = c.Param("volunteer_id");
  if (Status s = OnlySelf(c, id); !s.ok()) return s;
  return Read<CareBoardState>(c, [&](const CareBoardState& s) -> View {
    View care = CareOf(s, c.account.org, id);
    if (!care.ok() || !c.IsCoordinator()) return care;
    // A coordinator sees only the children of their units.
    for (const char* list : {"roles", "help_pairs"}) {
      EraseIf(care->at(list).as_array(), [&](const json::value& row) {
        auto child = s.children.find(OrgKey(c.account.org, row.at("child_id").as_string()));
        return child == s.children.end() || !c.InScope(child->second.unit_id);
      });
    }
    return care;
  });
}

// Who the token belongs to, so a client knows what to offer.
View MeRoute(ReadContext& c) {
  const Account& a = c.account;
  return json::value(json::object{{"data", json::object{{"account_id", a.account_id},
                                                        {"name", a.name},
                                                        {"role", NameOf(a.role)},
                                                        {"unit_id", a.unit_id},
                                                        {"volunteer_id", a.volunteer_id}}}});
}

View AccountsRoute(ReadContext& c) {
  if (c.IsCoordinator()) return VolunteerAccountsRoute(c);
  if (c.account.role != AccountRole::kAdmin && c.account.role != AccountRole::kAuditor) {
    return Forbidden("the list of accounts is for admins, auditors and coordinators");
  }
  return Read<AccountsState>(
      c, [&](const AccountsState& s) -> View { return AccountList(s, c.account.org); });
}

View VolunteersRoute(ReadContext& c) {
  if (Status s = NotVolunteers(c, "the list of volunteers"); !s.ok()) return s;
  // Every unit's volunteers: a volunteer may take a role for a child of any
  // unit, and the list holds no contact details.
  Result<bool> who_left = BoolParam(c.target, "left");
  if (!who_left.ok()) return who_left.status();
  return Read<CareBoardState>(c, [&](const CareBoardState& s) -> View {
    return VolunteerList(s, c.account.org, *who_left);
  });
}

View UnitsRoute(ReadContext& c) {
  return Read<MonthlyReportState>(c, [&](const MonthlyReportState& s) -> View {
    json::value list = UnitList(s, c.account.org);
    EraseIf(list.as_array(),
            [&](const json::value& row) { return !c.InScope(row.at("unit_id").as_string()); });
    return list;
  });
}

View StationsRoute(ReadContext& c) {
  if (Status s = NotVolunteers(c, "the stations' openings"); !s.ok()) return s;
  Result<std::uint64_t> days = NumberParam(c.target, "days", 14);
  if (!days.ok()) return days.status();
  if (*days < 1 || *days > static_cast<std::uint64_t>(kMaxStationDays)) {
    return Status(Code::kInvalidArgument, "days must be 1 to " + std::to_string(kMaxStationDays),
                  "", {{"field", "days"}});
  }
  return Read<MonthlyReportState>(c, [&](const MonthlyReportState& s) -> View {
    json::value list = StationList(s, c.account.org, c.options.clock(), static_cast<int>(*days));
    FilterRows(c, list.as_array());
    return list;
  });
}

View BoardRoute(ReadContext& c) {
  if (Status s = NotVolunteers(c, "the care board"); !s.ok()) return s;
  Result<std::uint64_t> days = NumberParam(c.target, "contact_days", 30);
  if (!days.ok()) return days.status();
  if (*days < 1 || *days > 3650) {
    return Status(Code::kInvalidArgument, "contact_days must be 1 to 3650", "",
                  {{"field", "contact_days"}});
  }
  return Read<CareBoardState>(c, [&](const CareBoardState& s) -> View {
    json::value board = CareBoard(s, c.account.org, c.options.clock(), static_cast<int>(*days),
                                  c.target.Get("unit"));
    if (c.IsCoordinator()) {
      json::array& children = board.at("children").as_array();
      FilterRows(c, children);
      std::set<std::string, std::less<>> kept;
      for (const json::value& child : children) kept.emplace(child.at("child_id").as_string());
      for (const char* list : {"missing_role", "no_recent_contact", "over_limit"}) {
        EraseIf(board.at(list).as_array(),
                [&](const json::value& id) { return !kept.contains(id.as_string()); });
      }
    }
    return board;
  });
}

View CardRoute(ReadContext& c) {
  return Read<ArchiveState>(c, [&](const ArchiveState& s) -> View {
    View card = ArchiveCardOf(s, c.account.org, c.Param("child_id"));
    if (!card.ok()) return card;
    if (Status in = ObjectInScope(c, *card); !in.ok()) return in;
    if (Status mine = CardVisible(c, *card); !mine.ok()) return mine;
    return card;
  });
}

View ReportRoute(ReadContext& c) {
  const std::string& unit = c.Param("unit_id");
  if (Status s = NotVolunteers(c, "a unit's report"); !s.ok()) return s;
  if (Status in = UnitInScope(c, unit); !in.ok()) return in;
  const std::int64_t now = c.options.clock();
  const std::string month =
      c.target.Get("month", FormatMonth(MonthOf(DayIn(now, "Asia/Shanghai"))));
  return Read<MonthlyReportState>(c, [&](const MonthlyReportState& s) {
    return MonthlyReport(s, c.account.org, unit, month, now);
  });
}

View AssessmentRoute(ReadContext& c) {
  const std::string& unit = c.Param("unit_id");
  if (Status s = NotVolunteers(c, "a unit's assessment"); !s.ok()) return s;
  if (Status in = UnitInScope(c, unit); !in.ok()) return in;
  const std::int64_t now = c.options.clock();
  const std::string year = c.target.Get("year", "");
  return Read<MonthlyReportState>(c, [&](const MonthlyReportState& s) {
    return Assessment(s, c.account.org, unit, year, now);
  });
}

}  // namespace homeward::http
