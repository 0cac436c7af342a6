#pragma once
// Service records as comparable lines, from a fold of the whole log and from
// one volunteer's streams (FoldVolunteerRecords), for the tests that hold the
// two to be the same.

#include <boost/test/unit_test.hpp>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "projections/fold.h"
#include "projections/service_records.h"

namespace homeward::testing {

// Every field of a record, as one comparable line.
inline std::string Line(const ServiceRecord& r) {
  const VolunteerDetails& d = r.volunteer;
  std::string line;
  for (const std::string& part :
       {r.volunteer_id, r.activity_id, d.name, d.id_number, d.contact, d.residence_area, r.unit_id,
        r.unit_name, r.title, r.kind, r.place, r.person_in_charge, r.recorded_by,
        std::to_string(r.starts_at_us), std::to_string(r.ends_at_us),
        std::to_string(r.recorded_at_us), std::to_string(r.minutes)}) {
    line += part + "|";
  }
  return line;
}

// Each volunteer's records of `org` in a fold of the whole of `log`, as lines.
inline std::map<std::string, std::vector<std::string>> WholeLogLines(const EventLog& log,
                                                                     std::string_view org) {
  ServiceRecords whole;
  BOOST_TEST_REQUIRE(FoldInto(log, whole).ok());
  std::map<std::string, std::vector<std::string>> lines;
  for (const ServiceRecord& r : whole.Records(org)) lines[r.volunteer_id].push_back(Line(r));
  return lines;
}

// Volunteer `volunteer`'s records of `org` read from the streams they name, as lines.
inline std::vector<std::string> StreamLines(const EventLog& log, std::string_view org,
                                            const std::string& volunteer) {
  ServiceRecords own;
  const Result<std::uint64_t> head = FoldVolunteerRecords(log, org, volunteer, own);
  BOOST_TEST_REQUIRE(head.ok(), head.status().ToString());
  BOOST_TEST(*head == log.Head());
  RecordFilter filter;
  filter.volunteer_id = volunteer;
  std::vector<std::string> lines;
  for (const ServiceRecord& r : own.Records(org, filter)) lines.push_back(Line(r));
  return lines;
}

}  // namespace homeward::testing
