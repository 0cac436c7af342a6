#pragma once
// Volunteer service records (志愿服务记录) as a unit loads them into the
// national volunteer service system: one row per volunteer and activity with
// confirmed hours, with the fields the record rules (志愿服务记录与证明出具办法)
// ask for: the volunteer's name, sex, date of birth, identity document,
// residence area, contact, skills and service categories (Art. 5), and the
// organization, the project, what the service was, where and when, the hours,
// the person in charge, who recorded them and when (Art. 7). A volunteer whose
// personal data was erased has no rows: the record cannot name them.

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "events/envelope.h"
#include "events/event.h"
#include "events/volunteer_events.h"

namespace homeward::csv {

// A fold of the log into service records; feed it every envelope in order.
class ServiceRecords {
 public:
  void Apply(const Envelope& envelope, const Event& event);

  // The header and one row per record of `org`, in the order the hours were
  // confirmed; with `in_scope`, only those of activities whose unit it takes.
  std::vector<std::vector<std::string>> Rows(
      std::string_view org,
      const std::function<bool(std::string_view unit_id)>& in_scope = nullptr) const;

 private:
  struct Person {
    VolunteerDetails details;
    bool erased = false;
  };
  struct Activity {
    std::string unit_id, title, place, kind, person_in_charge;
    std::int64_t starts_at_us = 0, ends_at_us = 0;
  };
  struct Record {
    std::string org, activity_key, volunteer_key, recorded_by;
    std::uint32_t minutes = 0;
    std::int64_t recorded_at_us = 0;
  };
  std::map<std::string, Person> people_;        // volunteer OrgKey
  std::map<std::string, Activity> activities_;  // activity OrgKey
  std::map<std::string, std::string> units_;    // unit OrgKey -> name
  std::vector<Record> records_;
  std::map<std::string, std::size_t> record_of_;  // activity/volunteer -> index
};

}  // namespace homeward::csv
