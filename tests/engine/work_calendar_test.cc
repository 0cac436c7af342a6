// The organization's working calendar: a year's public holidays and the
// weekend days worked in their place (调休), as the State Council's notice
// sets them, and deadlines counted in working days over them.

#include "engine/work_calendar.h"

#include <boost/test/unit_test.hpp>

namespace homeward::testing {
namespace {

Date D(std::string_view text) { return ParseDate(text).value(); }

// National Day 2027 as a notice might set it: Friday 1 October and Monday to
// Thursday 4-7 October off, Saturday 9 October worked.
DeclareHolidays NationalDay2027() {
  return DeclareHolidays{
      "2027",
      {D("2027-10-01"), D("2027-10-04"), D("2027-10-05"), D("2027-10-06"), D("2027-10-07")},
      {D("2027-10-09")},
      "国办发明电〔2026〕7号"};
}

WorkCalendar Declared(const DeclareHolidays& command) {
  Result<Decision> decision = Decide("county", command);
  BOOST_REQUIRE_MESSAGE(decision.ok(), decision.status().ToString());
  WorkCalendar calendar;
  calendar.Apply(std::get<HolidaysDeclared>(decision->front().event));
  return calendar;
}

std::string Refusal(const DeclareHolidays& command) {
  Result<Decision> decision = Decide("county", command);
  return decision.ok() ? "ok" : decision.status().message();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(work_calendar_test)

BOOST_AUTO_TEST_CASE(without_a_declaration_monday_to_friday_are_worked) {
  const WorkCalendar weekdays;
  BOOST_TEST(weekdays.IsWorkingDay(D("2027-10-01")));   // a Friday
  BOOST_TEST(!weekdays.IsWorkingDay(D("2027-10-02")));  // a Saturday
  BOOST_TEST(FormatDate(weekdays.AddWorkingDays(D("2027-09-30"), 10)) == "2027-10-14");
}

BOOST_AUTO_TEST_CASE(declared_holidays_are_off_and_the_make_up_saturday_is_worked) {
  const WorkCalendar calendar = Declared(NationalDay2027());
  BOOST_TEST(!calendar.IsWorkingDay(D("2027-10-01")));
  BOOST_TEST(!calendar.IsWorkingDay(D("2027-10-07")));
  BOOST_TEST(calendar.IsWorkingDay(D("2027-10-08")));   // the Friday after
  BOOST_TEST(calendar.IsWorkingDay(D("2027-10-09")));   // 调休
  BOOST_TEST(!calendar.IsWorkingDay(D("2027-10-10")));  // an ordinary Sunday
  // Ten working days after Thursday 30 September: 8, 9, 11-15, 18-20 October.
  BOOST_TEST(FormatDate(calendar.AddWorkingDays(D("2027-09-30"), 10)) == "2027-10-20");
}

BOOST_AUTO_TEST_CASE(a_later_declaration_replaces_that_year_only) {
  WorkCalendar calendar = Declared(NationalDay2027());
  calendar.Apply(HolidaysDeclared{"2028", {D("2028-01-03")}, {}, ""});
  // The 2027 notice corrected: 7 October is worked after all.
  DeclareHolidays corrected = NationalDay2027();
  corrected.days_off.pop_back();
  Result<Decision> decision = Decide("county", corrected);
  BOOST_REQUIRE(decision.ok());
  calendar.Apply(std::get<HolidaysDeclared>(decision->front().event));
  BOOST_TEST(calendar.IsWorkingDay(D("2027-10-07")));
  BOOST_TEST(!calendar.IsWorkingDay(D("2027-10-06")));
  BOOST_TEST(!calendar.IsWorkingDay(D("2028-01-03")));  // the other year stands
}

BOOST_AUTO_TEST_CASE(a_declaration_is_recorded_in_the_years_stream_in_order) {
  DeclareHolidays shuffled = NationalDay2027();
  std::swap(shuffled.days_off.front(), shuffled.days_off.back());
  Result<Decision> decision = Decide("county", shuffled);
  BOOST_REQUIRE(decision.ok());
  BOOST_TEST(decision->size() == 1u);
  BOOST_TEST(decision->front().stream_id == "county/holidays/2027");
  const auto& e = std::get<HolidaysDeclared>(decision->front().event);
  BOOST_TEST(FormatDate(e.days_off.front()) == "2027-10-01");
  BOOST_TEST(e.source == "国办发明电〔2026〕7号");
}

BOOST_AUTO_TEST_CASE(a_day_of_the_wrong_kind_or_year_is_refused_naming_it) {
  DeclareHolidays c = NationalDay2027();
  c.days_off.push_back(D("2027-10-02"));
  BOOST_TEST(Refusal(c).find("2027-10-02 is a Saturday or Sunday") == 0u);
  c = NationalDay2027();
  c.workdays.push_back(D("2027-10-08"));
  BOOST_TEST(Refusal(c).find("2027-10-08 is a weekday") == 0u);
  c = NationalDay2027();
  c.days_off.push_back(D("2028-01-03"));
  BOOST_TEST(Refusal(c) == "day 2028-01-03 is not in 2027");
  c = NationalDay2027();
  c.days_off.push_back(D("2027-10-01"));
  BOOST_TEST(Refusal(c) == "2027-10-01 is named twice");
  for (const char* year : {"27", "1999", "2027a", ""}) {
    c = NationalDay2027();
    c.year = year;
    BOOST_TEST(Refusal(c).find("is not a year") != std::string::npos, year);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
