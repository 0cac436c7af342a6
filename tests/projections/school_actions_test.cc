// A school's six actions in a term (六个一): which term a day is in, what a
// term's name means, and the checklist of each unit from its activities and
// its children's contacts and cards, each day on the unit's own clock.

#include "projections/school_actions.h"

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

namespace homeward {
namespace {

Date D(std::string_view text) { return ParseDate(text).value(); }

// Microseconds of `utc` ("2026-09-01T02:00:00Z").
std::int64_t At(int year, int month, int day, int hour, int minute = 0) {
  const Date date = FirstDay({year, month});
  return ((std::int64_t{date.days} + day - 1) * 86400 + hour * 3600 + minute * 60) * 1000000;
}

const boost::json::object& Row(const boost::json::value& doc, std::string_view unit) {
  for (const auto& row : doc.at("units").as_array()) {
    if (row.at("unit_id").as_string() == unit) return row.as_object();
  }
  BOOST_FAIL("no row for " << unit);
  throw std::logic_error("unreachable");
}

BOOST_AUTO_TEST_SUITE(school_actions_test)

BOOST_AUTO_TEST_CASE(a_day_falls_in_the_spring_or_the_autumn_term) {
  BOOST_TEST(TermOf(D("2027-01-31")).name == "2026-autumn");
  BOOST_TEST(TermOf(D("2027-02-01")).name == "2027-spring");
  BOOST_TEST(TermOf(D("2027-07-31")).name == "2027-spring");
  BOOST_TEST(TermOf(D("2027-08-01")).name == "2027-autumn");
  const SchoolTerm autumn = ParseTerm("2026-autumn").value();
  BOOST_TEST(FormatDate(autumn.first) == "2026-08-01");
  BOOST_TEST(FormatDate(autumn.last) == "2027-01-31");
  const SchoolTerm spring = ParseTerm("2028-spring").value();  // a leap year's February
  BOOST_TEST(FormatDate(spring.first) == "2028-02-01");
  BOOST_TEST(FormatDate(spring.last) == "2028-07-31");
  for (const char* bad : {"2027", "2027-summer", "27-spring", "1999-spring", "2027-spring-1", ""}) {
    const auto term = ParseTerm(bad);
    BOOST_TEST(!term.ok(), bad);
    BOOST_TEST(term.status().message().find("term") != std::string::npos, bad);
  }
}

BOOST_AUTO_TEST_CASE(a_school_is_done_when_all_six_reached_every_pupil) {
  // Given the school (Beijing time) with two pupils, and a village school in Urumqi with one
  // (and the county office above them, with neither pupils nor actions)
  const std::vector<TermUnit> units = {{"county", "县妇联", "Asia/Shanghai"},
                                       {"school", "马岭小学", "Asia/Shanghai"},
                                       {"village", "村小", "Asia/Urumqi"}};
  const SchoolTerm term = ParseTerm("2026-autumn").value();
  std::vector<TermActivity> activities = {
      {"school", ActivityKind::kFlagCeremony, At(2026, 9, 1, 0)},
      {"school", ActivityKind::kClassMeeting, At(2026, 9, 10, 7)},
      {"school", ActivityKind::kForum, At(2026, 10, 12, 7)},
      // 00:30 on 1 August in Beijing: the autumn term's; the spring's ceremony does not count
      {"school", ActivityKind::kFlagCeremony, At(2026, 7, 31, 16, 30)},
      {"school", ActivityKind::kFlagCeremony, At(2026, 7, 10, 0)},
      // 23:30 on 31 July in Urumqi (17:30 UTC): still the spring term's there
      {"village", ActivityKind::kFlagCeremony, At(2026, 7, 31, 17, 30)},
  };
  std::vector<TermChild> children = {
      {"school",
       {{ContactKind::kLetter, At(2026, 9, 20, 2)}, {ContactKind::kPhoneCall, At(2026, 9, 21, 2)}},
       true},
      {"school",
       {{ContactKind::kLetter, At(2026, 9, 20, 2)}, {ContactKind::kTalk, At(2026, 9, 21, 2)}},
       true},
      {"village", {}, false},
  };

  // When the checklist is made: the school has all three held, but one pupil's parents had no call
  boost::json::value doc = SchoolActions(term, units, activities, children);
  BOOST_TEST(doc.at("term").as_string() == "2026-autumn");
  BOOST_TEST(doc.at("from").as_string() == "2026-08-01");
  BOOST_TEST(doc.at("units").as_array().size() == 2u);  // the county office has nothing to check
  const auto& school = Row(doc, "school");
  BOOST_TEST(boost::json::serialize(school.at("flag_ceremonies")) ==
             R"(["2026-08-01","2026-09-01"])");
  BOOST_TEST(school.at("class_meetings").as_int64() == 1);
  BOOST_TEST(school.at("forums").as_int64() == 1);
  BOOST_TEST(school.at("children").as_int64() == 2);
  BOOST_TEST(school.at("letters").as_int64() == 2);
  BOOST_TEST(school.at("calls").as_int64() == 1);
  BOOST_TEST(school.at("cards").as_int64() == 2);
  BOOST_TEST(!school.at("done").as_bool());
  const auto& village = Row(doc, "village");
  BOOST_TEST(village.at("flag_ceremonies").as_array().empty());
  BOOST_TEST(village.at("cards").as_int64() == 0);

  // Then, once the call is made, the school is done
  children[1].contacts.emplace_back(ContactKind::kPhoneCall, At(2027, 1, 20, 2));
  doc = SchoolActions(term, units, activities, children);
  BOOST_TEST(Row(doc, "school").at("done").as_bool());
  // and a call after the term ends would not have counted
  children[1].contacts.back().second = At(2027, 2, 1, 2);
  BOOST_TEST(!Row(SchoolActions(term, units, activities, children), "school").at("done").as_bool());
}

BOOST_AUTO_TEST_CASE(a_terms_window_holds_each_of_its_days_on_any_clock) {
  const TermWindow window = WindowOf(ParseTerm("2026-autumn").value());
  // 1 August 00:30 in Beijing is 31 July 16:30 UTC; 31 January 23:30 in Urumqi is 17:30 UTC
  BOOST_TEST(window.Holds(At(2026, 7, 31, 16, 30)));
  BOOST_TEST(window.Holds(At(2027, 1, 31, 17, 30)));
  BOOST_TEST(!window.Holds(At(2026, 7, 30, 0)));
  BOOST_TEST(!window.Holds(At(2027, 2, 2, 0)));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
