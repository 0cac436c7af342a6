// Sponsors (爱心单位) over a year: the seed trip's seven pledges, grouped by
// sponsor with what was delivered, for the trip's unit's coordinator, admins
// and auditors, and as a spreadsheet with one row per pledge.

#include "adapters/csv/csv_text.h"
#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

struct Sponsors : RouterFixture {
  // The year the seed's Children's Day trip begins in.
  std::string TripYear() {
    const Response roster = Get("/v1/activities/trip-childrens-day/roster", admin);
    BOOST_TEST_REQUIRE(roster.status == 200, roster.body);
    return std::string(Body(roster).at("data").at("starts_at").as_string()).substr(0, 4);
  }
  // The sponsor named `name` in `list` (GET /v1/sponsors), or null.
  static const boost::json::object* Sponsor(const boost::json::value& list, std::string_view name) {
    for (const auto& s : list.at("data").at("sponsors").as_array()) {
      if (s.at("sponsor").as_string() == name) return &s.as_object();
    }
    return nullptr;
  }
};

BOOST_FIXTURE_TEST_SUITE(sponsor_routes_test, Sponsors)

BOOST_AUTO_TEST_CASE(each_sponsors_pledges_of_the_year_with_what_was_delivered) {
  const std::string year = TripYear();
  // Given 12 of the 20 school bags delivered, and the cinema's pledge in full
  for (const char* body :
       {R"({"pledge_id":"bags","quantity":12})", R"({"pledge_id":"cinema","quantity":1})"}) {
    const Response r = Post("/v1/activities/trip-childrens-day/fulfil-pledge", coordinator, body);
    BOOST_TEST_REQUIRE(r.status == 201, r.body);
  }
  // When the association's coordinator reads the year's sponsors
  const Response r =
      Get("/v1/sponsors?year=" + year + "&min_position=" + std::to_string(log.Head()), coordinator);
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  const boost::json::value list = Body(r);
  // Then the seven sponsors are there, each with their pledge and how much came
  BOOST_TEST(list.at("data").at("year").as_string() == year);
  BOOST_TEST(list.at("data").at("sponsors").as_array().size() == 7u);
  const auto* bags = Sponsor(list, "东城经济开发区国税局");
  BOOST_TEST_REQUIRE(bags != nullptr);
  const auto& pledge = bags->at("pledges").as_array().at(0);
  BOOST_TEST(pledge.at("what").as_string() == "爱心书包");
  BOOST_TEST(pledge.at("quantity").as_int64() == 20);
  BOOST_TEST(pledge.at("delivered").as_int64() == 12);
  BOOST_TEST(!pledge.at("fulfilled").as_bool());
  BOOST_TEST(pledge.at("activity_id").as_string() == "trip-childrens-day");
  BOOST_TEST(bags->at("fulfilled").as_int64() == 0);
  const auto* cinema = Sponsor(list, "十堰市亚新国际影院");
  BOOST_TEST_REQUIRE(cinema != nullptr);
  BOOST_TEST(cinema->at("fulfilled").as_int64() == 1);

  // And the year before holds none of them
  const int before = std::stoi(year) - 1;
  const Response earlier = Get("/v1/sponsors?year=" + std::to_string(before), coordinator);
  BOOST_TEST(Body(earlier).at("data").at("sponsors").as_array().empty());

  // As a spreadsheet: one row per pledge, the sponsor first
  const Response csv = Get("/v1/sponsors?format=csv&year=" + year, coordinator);
  BOOST_TEST_REQUIRE(csv.status == 200, csv.body);
  auto table = csv::ReadCsv(csv.body);
  BOOST_TEST_REQUIRE(table.ok(), table.status().ToString());
  BOOST_TEST(table->header.at(0) == "爱心单位");
  BOOST_TEST(table->rows.size() == 7u);
  BOOST_TEST(csv.body.find("爱心书包") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_sponsors_are_read_by_the_trips_units_staff_and_auditors) {
  const std::string query = "/v1/sponsors?year=" + TripYear();
  BOOST_TEST(Body(Get(query, admin)).at("data").at("sponsors").as_array().size() == 7u);
  BOOST_TEST(Body(Get(query, auditor)).at("data").at("sponsors").as_array().size() == 7u);
  // The school's coordinator: not their unit's trip
  const Response school_list = Get(query, school);
  BOOST_TEST_REQUIRE(school_list.status == 200, school_list.body);
  BOOST_TEST(Body(school_list).at("data").at("sponsors").as_array().empty());
  BOOST_TEST(Get(query, volunteer).status == 403);
  BOOST_TEST(Get(query, counselor).status == 403);
  // Without a year, this year in Beijing time; so for the year's assessment
  const std::string this_year =
      FormatDate(LocalDate(SystemClockMicros(), "Asia/Shanghai").value()).substr(0, 4);
  BOOST_TEST(Body(Get("/v1/sponsors", admin)).at("data").at("year").as_string() == this_year);
  BOOST_TEST(Body(Get("/v1/units/maling/assessment", admin)).at("data").at("year").as_string() ==
             this_year);
  const Response bad = Get("/v1/sponsors?year=27", admin);
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(ErrorField(bad) == "year");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
