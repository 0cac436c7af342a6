#include "events/date.h"

#include <boost/test/unit_test.hpp>

namespace homeward {

BOOST_AUTO_TEST_SUITE(date_test)

BOOST_AUTO_TEST_CASE(a_date_parses_and_formats_back) {
  BOOST_TEST(FormatDate(ParseDate("2027-06-01").value()) == "2027-06-01");
  BOOST_TEST(ParseDate("1970-01-01")->days == 0);
  BOOST_TEST(ParseDate("1969-12-31")->days == -1);
}

BOOST_AUTO_TEST_CASE(malformed_or_impossible_dates_are_refused_naming_the_field_not_the_value) {
  for (const char* bad : {"2027-6-1", "2027/06/01", "2027-02-30", "2027-13-01", "abcd-ef-gh"}) {
    Result<Date> d = ParseDate(bad, "date_of_birth");
    BOOST_TEST(d.status().code() == Code::kInvalidArgument, bad);
    BOOST_TEST(d.status().message().find("date_of_birth") != std::string::npos, bad);
    // A date of birth is personal data: the message never repeats it.
    BOOST_TEST(d.status().message().find(bad) == std::string::npos, bad);
  }
  BOOST_TEST(ParseDate("", "date_of_birth").status().code() == Code::kInvalidArgument);
}

BOOST_AUTO_TEST_CASE(ages_count_whole_years_up_to_the_birthday) {
  const Date born = ParseDate("2010-06-15").value();
  BOOST_TEST(AgeOn(born, ParseDate("2027-06-14").value()) == 16);
  BOOST_TEST(AgeOn(born, ParseDate("2027-06-15").value()) == 17);
  BOOST_TEST(AgeOn(born, ParseDate("2028-06-15").value()) == 18);
}

BOOST_AUTO_TEST_CASE(adding_a_year_to_29_february_gives_28_february) {
  BOOST_TEST(FormatDate(AddYears(ParseDate("2028-02-29").value(), 1)) == "2029-02-28");
  BOOST_TEST(FormatDate(AddYears(ParseDate("2027-01-10").value(), 1)) == "2028-01-10");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward
