#include "engine/program_rules.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

namespace homeward {
namespace {

Status RequireKind(const ActivityState& a, std::string_view id, ActivityKind kind) {
  if (!a.exists) return Missing("activity '" + std::string(id) + "' does not exist");
  if (a.plan.kind != kind) {
    return Invalid("\"" + a.plan.title + "\" is not a " + std::string(ChineseNameOf(kind)));
  }
  return Status::Ok();
}

bool Enrolled(const ActivityState& a, std::string_view child) {
  return std::find(a.children.begin(), a.children.end(), child) != a.children.end();
}

// `text` without the spaces around it: ASCII whitespace and the ideographic
// space (U+3000) a Chinese keyboard types.
std::string_view Trimmed(std::string_view text) {
  constexpr std::string_view kIdeographic = "\u3000";
  const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  for (;;) {
    if (text.starts_with(kIdeographic)) {
      text.remove_prefix(kIdeographic.size());
    } else if (!text.empty() && space(text.front())) {
      text.remove_prefix(1);
    } else {
      break;
    }
  }
  for (;;) {
    if (text.ends_with(kIdeographic)) {
      text.remove_suffix(kIdeographic.size());
    } else if (!text.empty() && space(text.back())) {
      text.remove_suffix(1);
    } else {
      break;
    }
  }
  return text;
}

// The refusal of anything a closed station would still do on `day`.
Status Closed(const StationState& s, Date day) {
  return Refuse(reason::kInactive,
                "station '" + s.registration.station_id + "' was closed on " + FormatDate(day));
}

}  // namespace

void Apply(StationState& state, const Event& event) {
  if (const auto* e = std::get_if<StationRegistered>(&event)) {
    state.exists = true;
    state.registration = *e;
  } else if (const auto* o = std::get_if<StationOpened>(&event)) {
    ++state.openings;
    state.last_opening = std::max(state.last_opening, o->day);
  } else if (const auto* c = std::get_if<StationClosed>(&event)) {
    state.closures.Close(c->closed_on);
  } else if (const auto* r = std::get_if<StationReopened>(&event)) {
    state.closures.Reopen(r->reopened_on);
  }
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& home,
                        const VolunteerState& v, const UnitState& volunteer_unit, Now now,
                        const JoinLibraryBuild& c) {
  if (Status s = RequireKind(a, c.activity_id, ActivityKind::kLibraryBuild); !s.ok()) return s;
  if (a.cancelled || a.completed) {
    return Refuse(reason::kInactive,
                  "\"" + a.plan.title + "\" is " + (a.cancelled ? "cancelled" : "completed"));
  }
  // Families join before the day; once the coordinator closed recruitment
  // (招满即止: the families wanted have joined) no more join either.
  if (now.utc_us >= a.plan.starts_at_us || a.recruitment == Recruitment::kClosed) {
    return Refuse(
        reason::kNotRecruiting,
        "\"" + a.plan.title + "\" takes no more families: " +
            (now.utc_us >= a.plan.starts_at_us ? "it has begun" : "recruitment is closed"));
  }
  if (!v.exists) return Missing("volunteer '" + c.volunteer_id + "' does not exist");
  // A family meets the children and exchanges addresses with them: the same
  // check, waiver and standing as any volunteer near children.
  if (Status s = CheckEligible(v, home, volunteer_unit, now.today); !s.ok()) return s;
  if (!v.details.Is(VolunteerKind::kCaringFamily)) {
    return Invalid(VolunteerLabel(v.volunteer_id) +
                   " is not registered as a caring family (爱心家庭)");
  }
  if (a.IsFamily(c.volunteer_id)) {
    return Refuse(reason::kAlreadySignedUp, VolunteerLabel(v.volunteer_id) + " already joined");
  }
  return ToActivity(org, c.activity_id, FamilyJoined{c.activity_id, c.volunteer_id});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const DonateBooks& c) {
  if (Status s = RequireKind(a, c.activity_id, ActivityKind::kLibraryBuild); !s.ok()) return s;
  if (c.donor.empty() || c.category.empty() || c.count == 0) {
    return Invalid("a donation names the donor, the category and how many");
  }
  if (Status s = SingleLines({{c.donor, "the donor"}, {c.category, "the category"}}); !s.ok()) {
    return s;
  }
  return ToActivity(org, c.activity_id,
                    BooksDonated{c.activity_id, c.donor, c.category, c.count, c.restock});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const PairFriend& c) {
  if (Status s = RequireKind(a, c.activity_id, ActivityKind::kLibraryBuild); !s.ok()) return s;
  if (!Enrolled(a, c.child_id)) return Missing(c.child_id + " is not enrolled in the build");
  if (c.friend_name.empty()) return Invalid("name the paired friend");
  if (Status s = SingleLine(c.friend_name, "the friend's name"); !s.ok()) return s;
  return ToActivity(org, c.activity_id, FriendPaired{c.activity_id, c.child_id, c.friend_name});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const VolunteerState& v,
                        Now now, const RecordSession& c) {
  if (Status s = RequireKind(a, c.activity_id, ActivityKind::kCounseling); !s.ok()) return s;
  if (!v.exists) return Missing("counselor '" + c.counselor_id + "' does not exist");
  if (!v.details.Is(VolunteerKind::kCounselor)) {
    return Invalid(VolunteerLabel(v.volunteer_id) +
                   " is not registered as a counselor (心理咨询师)");
  }
  if (v.left) return Refuse(reason::kInactive, VolunteerLabel(v.volunteer_id) + " has left");
  if (!v.vetted_until || *v.vetted_until < now.today || v.suspended) {
    return Refuse(reason::kNotVetted,
                  VolunteerLabel(v.volunteer_id) + " has no valid criminal-record check");
  }
  if (!IsKnown(c.outcome)) return Invalid("unknown session outcome");
  // A session held, or one the children did not come to, is recorded once it
  // has begun; one called off may be recorded before.
  if (c.outcome != SessionOutcome::kCancelled && now.utc_us < a.plan.starts_at_us) {
    return Refuse(reason::kNotBegun,
                  "\"" + a.plan.title + "\" has not begun: a session is recorded once it was held");
  }
  for (const std::string& child : c.children) {
    if (!Enrolled(a, child)) return Missing(child + " is not enrolled in this session");
  }
  return ToActivity(org, c.activity_id,
                    SessionRecorded{c.activity_id, c.counselor_id, c.outcome, c.group, c.children,
                                    c.confidential_notes});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, Now now,
                        const RequestFollowUp& c) {
  if (Status s = RequireKind(a, c.activity_id, ActivityKind::kCounseling); !s.ok()) return s;
  if (!Enrolled(a, c.child_id)) return Missing(c.child_id + " is not enrolled in this session");
  if (!c.due.known() || c.due < now.today) return Invalid("a follow-up is due on a coming day");
  return ToActivity(org, c.activity_id,
                    FollowUpRequested{c.activity_id, c.child_id, c.due, c.counselor_id});
}

Result<Decision> Decide(std::string_view org, const StationState& s, const UnitState& unit,
                        const RegisterStation& c) {
  if (c.station_id.empty() || c.name.empty()) return Invalid("a station needs an id and a name");
  if (Status st = SingleLine(c.name, "a station's name"); !st.ok()) return st;
  if (s.exists) return Refuse(reason::kAlreadyExists, "station '" + c.station_id + "' exists");
  if (Status st = RequireOpenUnit(unit, c.unit_id); !st.ok()) return st;
  // 一站四室: a reading room, a sports room, a music and dance room and a
  // talk or counseling room, each named once (a blank name is the kind's).
  std::vector<StationRoom> rooms;
  std::set<std::string> names;
  std::set<RoomKind> kinds;
  for (const StationRoom& room : c.rooms) {
    if (!IsKnown(room.kind) || room.kind == RoomKind::kUnspecified) {
      return Invalid("each room of a station is one of: reading, sports, music_dance, counseling");
    }
    const std::string_view trimmed = Trimmed(room.name);
    std::string name(trimmed.empty() ? ChineseNameOf(room.kind) : trimmed);
    if (!names.insert(name).second) {
      return Invalid("two rooms are named '" + name +
                     "' (a room without a name is called by its kind's); give each its own name");
    }
    rooms.push_back({room.kind, std::move(name)});
    kinds.insert(room.kind);
  }
  for (RoomKind kind :
       {RoomKind::kReading, RoomKind::kSports, RoomKind::kMusicDance, RoomKind::kCounseling}) {
    if (!kinds.contains(kind)) {
      return Invalid("a station has the four rooms (一站四室); it has no " +
                     std::string(NameOf(kind)) + " room (" + std::string(ChineseNameOf(kind)) +
                     ")");
    }
  }
  if (c.area_m2 < 100) return Invalid("a station has at least 100 m²");
  return Decision{
      {StreamOf(org, "station", c.station_id),
       StationRegistered{c.station_id, c.unit_id, c.name, std::move(rooms), c.area_m2, 120}}};
}

Result<Decision> Decide(std::string_view org, const StationState& s, Now now,
                        const RecordStationOpening& c) {
  if (!s.exists) return Missing("station '" + c.station_id + "' does not exist");
  if (!c.day.known() || c.day > now.today) return Invalid("an opening is recorded for a past day");
  if (c.minutes == 0 || c.minutes > 24 * 60) return Invalid("an opening lasts up to a day");
  if (s.closures.ClosedOn(c.day)) return Closed(s, c.day);
  return Decision{{StreamOf(org, "station", c.station_id),
                   StationOpened{c.station_id, c.day, c.minutes, c.staff, c.children}}};
}

Result<Decision> Decide(std::string_view org, const StationState& s, Now now,
                        const CloseStation& c) {
  if (!s.exists) return Missing("station '" + c.station_id + "' does not exist");
  if (const Date since = s.closures.ClosedSince(); since.known()) return Closed(s, since);
  if (Trimmed(c.reason).empty()) return Invalid("closing a station needs a reason");
  const Date closed_on = c.closed_on.known() ? c.closed_on : now.today;
  if (closed_on > now.today) return Invalid("a station is closed on a day up to today");
  if (const Date reopened = s.closures.LastReopened(); closed_on < reopened) {
    return Invalid("station '" + c.station_id + "' reopened on " + FormatDate(reopened) +
                   ": it closes again on that day or later");
  }
  if (s.last_opening.known() && closed_on <= s.last_opening) {
    return Refuse(reason::kOpenedAfterClosing, "station '" + c.station_id + "' opened on " +
                                                   FormatDate(s.last_opening) +
                                                   ", on or after the day it would close");
  }
  return Decision{{StreamOf(org, "station", c.station_id),
                   StationClosed{c.station_id, closed_on, std::string(Trimmed(c.reason))}}};
}

Result<Decision> Decide(std::string_view org, const StationState& s, const UnitState& unit, Now now,
                        const ReopenStation& c) {
  if (!s.exists) return Missing("station '" + c.station_id + "' does not exist");
  const Date since = s.closures.ClosedSince();
  if (!since.known()) return Refuse(reason::kNotClosed, "station '" + c.station_id + "' is open");
  if (Status st = RequireOpenUnit(unit, s.registration.unit_id); !st.ok()) return st;
  if (Trimmed(c.reason).empty()) return Invalid("reopening a station needs a reason");
  const Date reopened_on = c.reopened_on.known() ? c.reopened_on : now.today;
  if (reopened_on > now.today) return Invalid("a station is reopened on a day up to today");
  if (reopened_on < since) {
    return Invalid("station '" + c.station_id + "' closed on " + FormatDate(since) +
                   ": it reopens on that day (withdrawing the closing) or later");
  }
  return Decision{{StreamOf(org, "station", c.station_id),
                   StationReopened{c.station_id, reopened_on, std::string(Trimmed(c.reason))}}};
}

Result<Decision> Decide(std::string_view org, const UnitState& unit, Now now,
                        const SubmitMonthlyReport& c) {
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  Result<Date> first = ParseDate(c.month + "-01", "month");
  if (c.month.size() != 7 || !first.ok()) return Invalid("month '" + c.month + "' is not YYYY-MM");
  if (*first > now.today) return Invalid("a report covers a month that has begun");
  return Decision{{StreamOf(org, "unit", c.unit_id),
                   MonthlyReportSubmitted{c.unit_id, c.month, c.narrative, c.activities,
                                          c.children_reached, c.volunteer_hours}}};
}

}  // namespace homeward
