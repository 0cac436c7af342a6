// As-of replay for auditors: a view built in scratch space from the log as it
// stood at a moment or a position, the live one untouched; views shown from
// another projection (the sponsors, from the roster), from several (the
// school actions) or folded on their own (the service records) replay the
// same way.

#include <boost/test/unit_test.hpp>

#include "projections/fold.h"
#include "projections/replay.h"
#include "projections/roster.h"
#include "tests/projections/store_fixture.h"
#include "tests/projections/view_fixture.h"

namespace homeward::testing {
namespace {

struct TripFixture : StoreFixture {
  std::uint64_t cancelled_at = 0;
  TripFixture() {
    const std::int64_t starts = At("2027-06-01", 9);
    Record({{StreamOf(kOrg, "unit", "school"),
             UnitCreated{"school", "马岭小学", UnitKind::kSchool, "", "Asia/Shanghai"}}},
           At("2027-05-01"));
    ActivityPlanned plan;
    plan.activity_id = "trip";
    plan.unit_id = "school";
    plan.starts_at_us = starts;
    plan.ends_at_us = starts + 1;
    const std::string trip = StreamOf(kOrg, "activity", "trip");
    Record({{trip, plan},
            {trip, SlotAdded{"trip", "escort", "escort", 2, true, false, true, {}}},
            {trip, RecruitmentOpened{"trip"}}},
           At("2027-05-02"));
    Record({{trip, SponsorPledged{"trip", "bus", "十堰公交公司", "大巴", 2}}}, At("2027-05-10"));
    Record({{trip, SignedUp{"trip", "escort", "wang", starts, starts + 1, ""}}}, At("2027-05-20"));
    Record({{trip, PledgeFulfilled{"trip", "bus", 2}}}, At("2027-05-25"));
    cancelled_at =
        Record({{trip, ActivityCancelled{"trip", true, "暴雨预警"}}}, At("2027-05-31", 18));
  }
  // The roster of the trip as the log stood within `limit`.
  boost::json::value RosterAsOf(const FoldLimit& limit) {
    View<RosterState> scratch;
    auto folded =
        FoldLog(log(), 1, limit, [&](const Envelope& e, const Event& ev) { scratch.Apply(e, ev); });
    BOOST_REQUIRE(folded.ok());
    return RosterOf(scratch.state(), kOrg, "trip").value();
  }
  static FoldLimit Until(std::int64_t at_us) {
    FoldLimit limit;
    limit.recorded_until_us = at_us;
    return limit;
  }
};

// What to show of the organization's views, for `year` where one counts.
ViewQuery OfYear(std::string year) {
  ViewQuery query;
  query.org = kOrg;
  query.year = std::move(year);
  return query;
}

BOOST_FIXTURE_TEST_SUITE(as_of_test, TripFixture)

BOOST_AUTO_TEST_CASE(the_roster_the_day_before_a_weather_cancellation_was_still_recruiting) {
  const boost::json::value before = RosterAsOf(Until(At("2027-05-30", 23, 59)));
  BOOST_TEST(before.at("status").as_string() == "recruiting");
  BOOST_TEST(before.at("slots").as_array()[0].at("holders").as_array().size() == 1u);
  const boost::json::value after = RosterAsOf(Until(At("2027-05-31", 23, 59)));
  BOOST_TEST(after.at("status").as_string() == "cancelled");
  BOOST_TEST(after.at("weather").as_bool());
}

BOOST_AUTO_TEST_CASE(a_replay_to_a_position_stops_there) {
  FoldLimit limit;
  limit.position = cancelled_at - 1;
  BOOST_TEST(RosterAsOf(limit).at("status").as_string() == "recruiting");
  limit.position = cancelled_at;
  BOOST_TEST(RosterAsOf(limit).at("status").as_string() == "cancelled");
}

BOOST_AUTO_TEST_CASE(a_replay_leaves_the_live_projection_untouched) {
  auto host = Host();
  BOOST_REQUIRE(host->CatchUp().ok());
  const auto saved = store().Load("roster").value();
  RosterAsOf(Until(At("2027-05-21")));
  BOOST_TEST((store().Load("roster").value() == saved));
  BOOST_TEST(host->Statuses()[0].position == log().Head());
}

BOOST_AUTO_TEST_CASE(the_sponsors_view_replays_from_the_roster_as_it_stood) {
  // The sponsors of 2027 at the end of a day: [pledged, fulfilled] of the one sponsor.
  const auto sponsors_on = [&](const char* day) {
    Result<Replayed> r =
        ReplayView(log(), "sponsors",
                   EndOfDayLimit(ParseDate(day).value(), "Asia/Shanghai").value(), OfYear("2027"));
    BOOST_REQUIRE(r.ok());
    const auto& list = r->view.at("sponsors").as_array();
    BOOST_REQUIRE(list.size() == 1u);
    return std::pair{list[0].at("pledged").to_number<int>(),
                     list[0].at("fulfilled").to_number<int>()};
  };
  BOOST_TEST((sponsors_on("2027-05-20") == std::pair{1, 0}));  // pledged, not yet delivered
  BOOST_TEST((sponsors_on("2027-05-26") == std::pair{1, 1}));  // delivered
  BOOST_TEST((sponsors_on("2027-05-31") == std::pair{0, 0}));  // the trip was cancelled
}

BOOST_AUTO_TEST_CASE(the_school_actions_replay_shows_a_class_meeting_once_it_was_held) {
  // Given a class meeting at the school on 2 June, planned on 28 May
  ActivityPlanned meeting;
  meeting.activity_id = "meeting";
  meeting.unit_id = "school";
  meeting.kind = ActivityKind::kClassMeeting;
  meeting.starts_at_us = At("2027-06-02", 15);
  meeting.ends_at_us = At("2027-06-02", 16);
  Record({{StreamOf(kOrg, "activity", "meeting"), meeting}}, At("2027-05-28"));
  // how many class meetings the spring term held as the log stood at the end of `day`
  const auto meetings_on = [&](const char* day) {
    ViewQuery query = OfYear("");
    query.id = "school";
    query.term = "2027-spring";
    Result<Replayed> r =
        ReplayView(log(), "school-actions",
                   EndOfDayLimit(ParseDate(day).value(), "Asia/Shanghai").value(), query);
    BOOST_TEST_REQUIRE(r.ok(), r.status().ToString());
    BOOST_TEST(r->view.at("term").as_string() == "2027-spring");
    const auto& units = r->view.at("units").as_array();
    return units.empty() ? 0 : units[0].at("class_meetings").to_number<int>();
  };
  BOOST_TEST(meetings_on("2027-06-01") == 0);  // planned, not yet held
  BOOST_TEST(meetings_on("2027-06-02") == 1);
  // and the view is of one unit, in a term that exists
  ViewQuery no_unit = OfYear("");
  BOOST_TEST(ReplayView(log(), "school-actions", FoldLimit{}, no_unit).status().code() ==
             Code::kInvalidArgument);
  no_unit.id = "school";
  no_unit.term = "2027-winter";
  BOOST_TEST(ReplayView(log(), "school-actions", FoldLimit{}, no_unit).status().code() ==
             Code::kInvalidArgument);
}

BOOST_AUTO_TEST_CASE(the_service_records_replay_shows_the_hours_as_they_stood) {
  // Given 王芳's two hours at a home visit confirmed on 3 June, corrected to
  // two and a half on 10 June
  VolunteerRegistered wang;
  wang.volunteer_id = "wang";
  wang.unit_id = "school";
  wang.details.name = "王芳";
  Record({{StreamOf(kOrg, "volunteer", "wang"), wang}}, At("2027-05-03"));
  ActivityPlanned visit;
  visit.activity_id = "visit";
  visit.unit_id = "school";
  visit.title = "家访";
  visit.starts_at_us = At("2027-06-01", 9);
  visit.ends_at_us = At("2027-06-01", 11);
  const std::string stream = StreamOf(kOrg, "activity", "visit");
  Record({{stream, visit}}, At("2027-05-20"));
  Record({{stream, HoursConfirmed{"visit", "wang", 120, "高主任"}}}, At("2027-06-03"));
  Record({{stream, HoursCorrectionDecided{"visit", "wang", true, 150, "高主任", "漏记半小时"}}},
         At("2027-06-10"));
  // the records of `volunteer` (everyone's when empty) at the end of `day`
  const auto records_on = [&](const char* day, std::string volunteer = "") {
    ViewQuery query = OfYear("");
    query.id = std::move(volunteer);
    Result<Replayed> r =
        ReplayView(log(), "service-records",
                   EndOfDayLimit(ParseDate(day).value(), "Asia/Shanghai").value(), query);
    BOOST_TEST_REQUIRE(r.ok(), r.status().ToString());
    return r->view;
  };
  BOOST_TEST(records_on("2027-06-02").at("records").as_array().empty());
  const boost::json::value confirmed = records_on("2027-06-05");
  BOOST_REQUIRE(confirmed.at("records").as_array().size() == 1u);
  const auto& record = confirmed.at("records").as_array()[0];
  BOOST_TEST(record.at("name").as_string() == "王芳");
  BOOST_TEST(record.at("title").as_string() == "家访");
  BOOST_TEST(record.at("hours").as_string() == "2.00");
  BOOST_TEST(records_on("2027-06-11").at("total_hours").as_string() == "2.50");
  BOOST_TEST(records_on("2027-06-11", "li").at("records").as_array().empty());
}

BOOST_AUTO_TEST_CASE(a_replay_of_an_unknown_view_names_every_view) {
  Result<Replayed> r = ReplayView(log(), "weather", FoldLimit{}, OfYear(""));
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.status().code() == Code::kInvalidArgument);
  BOOST_TEST(r.status().message().find("roster") != std::string::npos, r.status().message());
  for (const char* view : {"sponsors", "school-actions", "service-records"}) {
    BOOST_TEST(r.status().message().find(view) != std::string::npos, r.status().message());
  }
  Result<Replayed> no_unit = ReplayView(log(), "assessment", FoldLimit{}, OfYear(""));
  BOOST_TEST(no_unit.status().code() == Code::kInvalidArgument);
  Result<Replayed> stations = ReplayView(log(), "stations", FoldLimit{}, OfYear(""));
  BOOST_TEST_REQUIRE(stations.ok(), stations.status().ToString());
  BOOST_TEST(stations->view.is_array());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
