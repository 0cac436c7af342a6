#pragma once
// The six actions a school takes each term for its left-behind pupils
// (六个一, from the seed's school plan): a flag-raising ceremony with a speech
// about them (升旗仪式), a class meeting (主题班会), a forum (座谈会), a letter
// from each pupil to their parents (亲情书信), a call by the class teacher to
// each pupil's parents (电话), and an archive card for each (档案卡). For each
// unit under a unit: the ceremonies, meetings and forums held in the term,
// and how many of its children the letters, calls and approved cards reach.
//
// A request reads three views, one at a time (a read holds one view): the
// units from the monthly report view, the activities from the roster view,
// the children from the archive view. Each is gathered into plain rows first.

#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "events/date.h"
#include "events/status.h"
#include "events/vocabulary.h"

namespace homeward {

struct ArchiveState;
struct MonthlyReportState;
struct RosterState;

// A school term: the spring term from 1 February to 31 July, the autumn term
// from 1 August to 31 January, named "2027-spring", "2026-autumn".
struct SchoolTerm {
  std::string name;
  Date first, last;
};

// The term `text` names ("YYYY-spring" or "YYYY-autumn"). Errors:
// invalid_argument naming "term".
Result<SchoolTerm> ParseTerm(std::string_view text);

// The term `day` falls in.
SchoolTerm TermOf(Date day);

// The instants a term's days can fall on, on any unit's clock: from the day
// before its first to the day after its last, in UTC. What lies outside is
// left out while gathering.
struct TermWindow {
  std::int64_t from_us = 0, to_us = 0;  // [from, to)
  bool Holds(std::int64_t at_us) const { return at_us >= from_us && at_us < to_us; }
};
TermWindow WindowOf(const SchoolTerm& term);

// A unit, as the checklist lists it.
struct TermUnit {
  std::string unit_id, name, zone;
};

// An activity held (begun and not cancelled) of one of the three kinds.
struct TermActivity {
  std::string unit_id;
  ActivityKind kind = ActivityKind::kOther;
  std::int64_t starts_at_us = 0;
};

// A child in the programme (not left, not erased), with their letters and
// calls.
struct TermChild {
  std::string unit_id;
  std::vector<std::pair<ContactKind, std::int64_t>> contacts;
  bool card_approved = false;
};

// `unit_id` and the open units under it, parents first. Errors: not_found
// for an unknown unit.
Result<std::vector<TermUnit>> TermUnits(const MonthlyReportState& state, std::string_view org,
                                        std::string_view unit_id);

// The flag ceremonies, class meetings and forums of `org` begun by `now_us`
// within `window`, and not cancelled.
std::vector<TermActivity> TermActivities(const RosterState& state, std::string_view org,
                                         std::int64_t now_us, TermWindow window);

// The children of `org` in the programme, each with their letters and calls
// within `window`.
std::vector<TermChild> TermChildren(const ArchiveState& state, std::string_view org,
                                    TermWindow window);

// {"term", "from", "to", "units": [{"unit_id", "name", "flag_ceremonies"
// (the days held, ascending), "class_meetings", "forums", "children",
// "letters", "calls", "cards", "done"}]}: each unit's own activities and
// children, each day on the unit's clock; a unit with no children that held
// none of the three (the county office, a company) is left out. Children
// count where they are now and as they stand now, a past term too. "done"
// when each of the three was held and each child has a letter and a call in
// the term and an approved card.
boost::json::value SchoolActions(const SchoolTerm& term, const std::vector<TermUnit>& units,
                                 const std::vector<TermActivity>& activities,
                                 const std::vector<TermChild>& children);

}  // namespace homeward
