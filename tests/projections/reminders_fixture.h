#pragma once
// A reminders view fed by hand-written events, read at an injected moment:
// the fixture of reminders_test.cc and activity_reminders_test.cc.

#include <boost/test/unit_test.hpp>
#include <string>

#include "projections/reminders.h"
#include "tests/projections/view_fixture.h"

namespace homeward::testing {

// The county office, a school under it and its volunteers, with helpers that
// record an activity and read one reminder's due day or state.
struct RemindersFixture : ViewFixture<RemindersState> {
  RemindersFixture() {
    Given("unit", "county",
          UnitCreated{"county", "县妇联", UnitKind::kFederation, "", "Asia/Shanghai"},
          At("2027-01-01"));
    Given("unit", "school",
          UnitCreated{"school", "马岭小学", UnitKind::kSchool, "county", "Asia/Shanghai"},
          At("2027-01-05"));
    Given("unit", "school", WaiverPublished{"school", "v1", "特别承诺"}, At("2027-01-05"));
  }
  void Volunteer(const std::string& id, std::string_view valid_until) {
    VolunteerDetails d;
    d.name = id;
    Given("volunteer", id, VolunteerRegistered{id, "school", d}, At("2027-01-06"));
    Given("volunteer", id,
          VolunteerVetted{id, "police", ParseDate("2027-01-06").value(),
                          ParseDate(valid_until).value()},
          At("2027-01-06"));
    Given("volunteer", id, WaiverAccepted{id, "v1"}, At("2027-01-06"));
  }
  void Child(const std::string& id, std::string_view on = "2027-01-10") {
    ArchiveCard card;
    card.name = id;
    Given("child", id, ChildRegistered{id, "school", card, "teacher"}, At(on));
  }
  void Activity(const std::string& id, ActivityKind kind, std::int64_t starts) {
    ActivityPlanned plan;
    plan.activity_id = id;
    plan.unit_id = "school";
    plan.kind = kind;
    plan.starts_at_us = starts;
    plan.ends_at_us = starts + 8 * 3600'000'000LL;
    plan.coordinator = "gao";
    Given("activity", id, plan, At("2027-05-01"));
    Given("activity", id, SlotAdded{id, "escort", "escort", 5, true, false, true, {}},
          At("2027-05-01"));
  }
  // Vetted volunteer wang holds a place in trip "trip" at 9:00 on `day`;
  // returns its start.
  std::int64_t WangOnTrip(std::string_view day) {
    Volunteer("wang", "2028-01-01");
    const std::int64_t starts = At(day, 9);
    Activity("trip", ActivityKind::kTrip, starts);
    Given("activity", "trip", SignedUp{"trip", "escort", "wang", starts, starts + 1, ""},
          At("2027-05-02"));
    return starts;
  }
  static ReminderFilter For(std::string person, bool overdue_only = false) {
    ReminderFilter filter;
    filter.person = std::move(person);
    filter.overdue_only = overdue_only;
    return filter;
  }
  static ReminderFilter Between(std::string_view from, std::string_view to) {
    ReminderFilter filter;
    filter.due_from = ParseDate(from).value();
    filter.due_to = ParseDate(to).value();
    return filter;
  }
  boost::json::value All(std::int64_t now, ReminderFilter filter = {}) {
    return Reminders(state(), kOrg, now, filter);
  }
  // The state of reminder `id` at `now`, or "absent".
  std::string StateOf(const std::string& id, std::int64_t now) {
    const boost::json::value all = All(now);
    const boost::json::object* row = Row(all, "id", id);
    return row ? std::string(row->at("state").as_string()) : "absent";
  }
  std::string DueOf(const std::string& id, std::int64_t now) {
    const boost::json::value all = All(now);
    const boost::json::object* row = Row(all, "id", id);
    return row ? std::string(row->at("due").as_string()) : "absent";
  }
};

}  // namespace homeward::testing
