// The roster: holders by slot and group, the waitlist in order, children,
// pledges, status; a volunteer's schedule and hours by month.

#include "projections/roster.h"

#include <boost/test/unit_test.hpp>

#include "events/personal.h"
#include "tests/projections/view_fixture.h"

namespace homeward::testing {
namespace {

struct RosterFixture : ViewFixture<RosterState> {
  const std::int64_t starts = At("2027-06-01", 9);
  RosterFixture() {
    Given("unit", "school",
          UnitCreated{"school", "马岭小学", UnitKind::kSchool, "", "Asia/Shanghai"},
          At("2027-01-01"));
    for (const char* v : {"v1", "v2", "v3"}) {
      VolunteerDetails d;
      d.name = std::string("name-") + v;
      Given("volunteer", v, VolunteerRegistered{v, "school", d}, At("2027-01-01"));
    }
    ActivityPlanned plan;
    plan.activity_id = "trip";
    plan.unit_id = "school";
    plan.title = "走出大山看世界";
    plan.starts_at_us = starts;
    plan.ends_at_us = starts + 8 * 3600'000'000LL;
    plan.itinerary = {"人民公园", "十堰市博物馆"};
    plan.person_in_charge = "刘会长";
    plan.coordinator = "陈老师";
    Given("activity", "trip", plan, At("2027-05-01"));
    Given("activity", "trip", SlotAdded{"trip", "escort", "escort", 1, true, false, true, {}},
          At("2027-05-01"));
    Given("activity", "trip", RecruitmentOpened{"trip"}, At("2027-05-01"));
  }
  void SignUp(const std::string& v) {
    Given("activity", "trip", SignedUp{"trip", "escort", v, starts, starts + 1, ""},
          At("2027-05-02"));
  }
  boost::json::value Roster() { return RosterOf(state(), kOrg, "trip").value(); }
};

BOOST_FIXTURE_TEST_SUITE(roster_test, RosterFixture)

BOOST_AUTO_TEST_CASE(a_full_slot_shows_its_holder_and_the_waitlist_in_order) {
  SignUp("v1");
  Given("activity", "trip", Waitlisted{"trip", "escort", "v2"}, At("2027-05-03"));
  Given("activity", "trip", Waitlisted{"trip", "escort", "v3"}, At("2027-05-04"));
  const boost::json::value roster = Roster();
  BOOST_TEST(roster.at("status").as_string() == "full");
  const auto& slot = roster.at("slots").as_array()[0];
  BOOST_TEST(slot.at("holders").as_array()[0].at("name").as_string() == "name-v1");
  BOOST_TEST(slot.at("waitlist").as_array()[0].at("volunteer_id").as_string() == "v2");
  BOOST_TEST(slot.at("waitlist").as_array()[1].at("volunteer_id").as_string() == "v3");
}

BOOST_AUTO_TEST_CASE(a_withdrawal_promotes_the_first_waiter_and_the_schedule_says_so) {
  SignUp("v1");
  Given("activity", "trip", Waitlisted{"trip", "escort", "v2"}, At("2027-05-03"));
  Given("activity", "trip", Withdrawn{"trip", "escort", "v1", false, ""}, At("2027-05-05"));
  Given("activity", "trip", PromotedFromWaitlist{"trip", "escort", "v2", starts, starts + 1},
        At("2027-05-05"));
  const boost::json::value roster = Roster();
  const auto& slot = roster.at("slots").as_array()[0];
  BOOST_TEST(slot.at("holders").as_array()[0].at("volunteer_id").as_string() == "v2");
  BOOST_TEST(slot.at("waitlist").as_array().empty());
  const boost::json::value v1 = ScheduleOf(state(), kOrg, "v1", At("2027-05-06")).value();
  BOOST_TEST(v1.at("upcoming").as_array().empty());
  const boost::json::value v2 = ScheduleOf(state(), kOrg, "v2", At("2027-05-06")).value();
  BOOST_TEST(v2.at("upcoming").as_array().size() == 1u);
  BOOST_TEST(v2.at("upcoming").as_array()[0].at("waiting").as_bool() == false);
}

BOOST_AUTO_TEST_CASE(a_waiter_sees_their_place_in_the_waitlist) {
  SignUp("v1");
  Given("activity", "trip", Waitlisted{"trip", "escort", "v2"}, At("2027-05-03"));
  Given("activity", "trip", Waitlisted{"trip", "escort", "v3"}, At("2027-05-04"));
  const boost::json::value v3 = ScheduleOf(state(), kOrg, "v3", At("2027-05-06")).value();
  BOOST_TEST(v3.at("upcoming").as_array()[0].at("waitlist_place").to_number<std::int64_t>() == 2);
}

BOOST_AUTO_TEST_CASE(a_weather_cancellation_shows_with_its_reason) {
  SignUp("v1");
  Given("activity", "trip", ActivityCancelled{"trip", true, "暴雨"}, At("2027-05-30"));
  const boost::json::value roster = Roster();
  BOOST_TEST(roster.at("status").as_string() == "cancelled");
  BOOST_TEST(roster.at("weather").as_bool());
  BOOST_TEST(roster.at("cancel_reason").as_string() == "暴雨");
}

BOOST_AUTO_TEST_CASE(groups_children_and_pledges_are_on_the_roster) {
  SignUp("v1");
  Given("activity", "trip", GroupFormed{"trip", "g1", "第一组"}, At("2027-05-06"));
  Given("activity", "trip", AssignedToGroup{"trip", "g1", "v1", false, true}, At("2027-05-06"));
  Given("activity", "trip", ChildEnrolled{"trip", "c1"}, At("2027-05-06"));
  Given("activity", "trip", SponsorPledged{"trip", "bags", "国税局", "书包", 20}, At("2027-05-06"));
  Given("activity", "trip", PledgeFulfilled{"trip", "bags", 20}, At("2027-05-07"));
  const boost::json::value roster = Roster();
  BOOST_TEST(roster.at("slots").as_array()[0].at("holders").as_array()[0].at("group").as_string() ==
             "g1");
  BOOST_TEST(roster.at("children").as_array()[0].as_string() == "c1");
  BOOST_TEST(roster.at("pledges").as_array()[0].at("fulfilled").as_bool());
}

BOOST_AUTO_TEST_CASE(a_schedule_gives_the_days_plan_and_the_volunteers_group_by_name) {
  SignUp("v1");
  const auto trip = [&] {
    return ScheduleOf(state(), kOrg, "v1", At("2027-05-06")).value().at("upcoming").at(0);
  };
  BOOST_TEST(trip().at("group_name").as_string() == "");
  Given("activity", "trip", GroupFormed{"trip", "g1", "第一组"}, At("2027-05-06"));
  Given("activity", "trip", AssignedToGroup{"trip", "g1", "v1", false, true}, At("2027-05-06"));
  const boost::json::value item = trip();
  BOOST_TEST(item.at("group_name").as_string() == "第一组");
  BOOST_TEST(item.at("person_in_charge").as_string() == "刘会长");
  BOOST_TEST(item.at("coordinator").as_string() == "陈老师");
  BOOST_TEST(boost::json::serialize(item.at("itinerary")) == R"(["人民公园","十堰市博物馆"])");
}

BOOST_AUTO_TEST_CASE(a_group_left_with_children_and_one_adult_shows_the_rule_it_breaks) {
  SignUp("v1");
  Given("activity", "trip", CapacityChanged{"trip", "escort", 2}, At("2027-05-03"));
  SignUp("v2");
  Given("activity", "trip", GroupFormed{"trip", "g1", "第一组"}, At("2027-05-06"));
  const auto rule = [&] {
    return std::string(Roster().at("groups").as_array()[0].at("broken_rule").as_string());
  };
  BOOST_TEST(rule() == "");  // no children yet
  for (const char* v : {"v1", "v2"}) {
    Given("activity", "trip", AssignedToGroup{"trip", "g1", v, false, true}, At("2027-05-06"));
  }
  Given("activity", "trip", ChildEnrolled{"trip", "c1"}, At("2027-05-06"));
  Given("activity", "trip", AssignedToGroup{"trip", "g1", "c1", true, false}, At("2027-05-06"));
  BOOST_TEST(rule() == "");
  // A coordinator's removal (the volunteer was suspended) goes through.
  Given("activity", "trip", Withdrawn{"trip", "escort", "v2", true, "suspended"}, At("2027-05-07"));
  BOOST_TEST(rule() == "two_adult_rule");
}

BOOST_AUTO_TEST_CASE(confirmed_hours_count_in_the_month_the_activity_started) {
  SignUp("v1");
  Given("activity", "trip", CheckedIn{"trip", "v1", starts}, At("2027-06-01", 9));
  Given("activity", "trip", ActivityCompleted{"trip"}, At("2027-06-01", 18));
  Given("activity", "trip", HoursConfirmed{"trip", "v1", 450, "coordinator"}, At("2027-07-02"));
  const boost::json::value v1 = ScheduleOf(state(), kOrg, "v1", At("2027-07-03")).value();
  BOOST_TEST(v1.at("past").as_array().size() == 1u);
  BOOST_TEST(v1.at("hours_by_month").at("2027-06").as_double() == 7.5);
}

BOOST_AUTO_TEST_CASE(a_correction_asked_for_shows_with_its_reason_until_it_is_decided) {
  SignUp("v1");
  Given("activity", "trip", HoursConfirmed{"trip", "v1", 240, "coordinator"}, At("2027-06-02"));
  Given("activity", "trip", HoursCorrectionRequested{"trip", "v1", 300, "提前一小时到场布置"},
        At("2027-06-03"));
  const auto holder = [&] { return Roster().at("slots").at(0).at("holders").at(0); };
  const auto mine = [&] {
    return ScheduleOf(state(), kOrg, "v1", At("2027-06-04")).value().at("past").at(0);
  };
  BOOST_TEST(holder().at("confirmed_minutes").to_number<int>() == 240);
  BOOST_TEST(holder().at("correction").at("minutes").to_number<int>() == 300);
  BOOST_TEST(holder().at("correction").at("reason").as_string() == "提前一小时到场布置");
  BOOST_TEST(mine().at("confirmed_minutes").to_number<int>() == 240);
  BOOST_TEST(mine().at("correction").at("minutes").to_number<int>() == 300);
  Given("activity", "trip", HoursCorrectionDecided{"trip", "v1", true, 300, "coordinator", "属实"},
        At("2027-06-05"));
  BOOST_TEST(holder().as_object().if_contains("correction") == nullptr);
  BOOST_TEST(mine().as_object().if_contains("correction") == nullptr);
  BOOST_TEST(mine().at("confirmed_minutes").to_number<int>() == 300);
}

// The roster's version (changed_at) is what lets a rendered roster be reused:
// it must move whenever what RosterOf shows does.
BOOST_AUTO_TEST_CASE(a_rosters_version_moves_with_each_change_it_shows_a_holders_name_included) {
  const RosterEntry* trip = FindActivity(state(), kOrg, "trip");
  BOOST_REQUIRE(trip != nullptr);
  const std::uint64_t planned = trip->changed_at;
  BOOST_TEST(planned > 0u);
  SignUp("v1");
  const std::uint64_t signed_up = trip->changed_at;
  BOOST_TEST(signed_up == position());

  VolunteerDetails renamed;
  renamed.name = "李老师";
  Given("volunteer", "v1", VolunteerDetailsCorrected{"v1", renamed, "typo"}, At("2027-05-03"));
  BOOST_TEST(trip->changed_at == position());
  BOOST_TEST(
      Roster().at("slots").as_array()[0].at("holders").as_array()[0].at("name").as_string() ==
      "李老师");

  Given("volunteer", "v1", VolunteerDataErased{"v1", "asked to"}, At("2027-05-04"));
  BOOST_TEST(trip->changed_at == position());

  // Someone not on the roster changes nothing it shows.
  const std::uint64_t before = trip->changed_at;
  Given("volunteer", "v2", VolunteerDetailsCorrected{"v2", renamed, "typo"}, At("2027-05-05"));
  BOOST_TEST(trip->changed_at == before);
}

BOOST_AUTO_TEST_CASE(a_childs_erasure_scrubs_what_activities_kept_of_them_and_nothing_else) {
  Given("activity", "trip", FriendPaired{"trip", "c1", "城里朋友小李"}, At("2027-05-02"));
  Given("activity", "trip", FriendPaired{"trip", "c2", "城里朋友小张"}, At("2027-05-02"));
  Given("activity", "trip",
        SessionRecorded{"trip", "v3", SessionOutcome::kHeld, true, {"c1", "c2"}, "谈到想妈妈"},
        At("2027-05-03"));
  Given("activity", "trip",
        SessionRecorded{"trip", "v3", SessionOutcome::kHeld, false, {"c2"}, "睡得不好"},
        At("2027-05-04"));

  Given("child", "c1", ChildDataErased{"c1", "监护人撤回同意"}, At("2027-05-05"));

  const RosterEntry* trip = FindActivity(state(), kOrg, "trip");
  BOOST_REQUIRE(trip != nullptr);
  BOOST_TEST(trip->changed_at == position());
  BOOST_TEST(trip->activity.paired_friends.at("c1") == kErased);
  BOOST_TEST(trip->activity.paired_friends.at("c2") == "城里朋友小张");
  BOOST_TEST(trip->activity.sessions[0].confidential_notes == kErased);  // c1 was there
  BOOST_TEST(trip->activity.sessions[1].confidential_notes == "睡得不好");
}

BOOST_AUTO_TEST_CASE(a_library_build_shows_its_families_books_and_friends_on_their_schedules) {
  // Given a library build that v1's family joined, with books and a friend.
  ActivityPlanned plan;
  plan.activity_id = "lib";
  plan.unit_id = "school";
  plan.kind = ActivityKind::kLibraryBuild;
  plan.title = "爱心图书屋";
  plan.starts_at_us = At("2027-06-05", 9);
  plan.ends_at_us = At("2027-06-05", 16);
  Given("activity", "lib", plan, At("2027-05-01"));
  Given("activity", "lib", FamilyJoined{"lib", "v1"}, At("2027-05-10"));
  Given("activity", "lib", BooksDonated{"lib", "新华书店", "books", 1200, false}, At("2027-06-05"));
  Given("activity", "lib", FriendPaired{"lib", "c1", "城里朋友小李"}, At("2027-06-05"));
  // Then the roster lists the family, the books and the friend.
  const boost::json::value lib = RosterOf(state(), kOrg, "lib").value();
  BOOST_REQUIRE(lib.at("families").as_array().size() == 1u);
  BOOST_TEST(lib.at("families").as_array()[0].at("name").as_string() == "name-v1");
  BOOST_TEST(lib.at("books_on_shelf").to_number<std::int64_t>() == 1200);
  BOOST_TEST(lib.at("paired_friends").as_array()[0].at("friend_name").as_string() ==
             "城里朋友小李");
  // And a trip's roster has none of them.
  BOOST_TEST(!Roster().as_object().contains("families"));
  // And the family's schedule has the build, as a family, with its hours.
  const std::int64_t before = At("2027-06-01");
  const boost::json::value v1 = ScheduleOf(state(), kOrg, "v1", before).value();
  BOOST_REQUIRE(v1.at("upcoming").as_array().size() == 1u);
  BOOST_TEST(v1.at("upcoming").as_array()[0].at("role").as_string() == "family");
  Given("activity", "lib", ActivityCompleted{"lib"}, At("2027-06-05", 17));
  Given("activity", "lib", HoursConfirmed{"lib", "v1", 420, "coordinator"}, At("2027-06-06"));
  const boost::json::value after = ScheduleOf(state(), kOrg, "v1", At("2027-06-07")).value();
  BOOST_TEST(after.at("past").as_array().size() == 1u);
  BOOST_TEST(after.at("hours_by_month").at("2027-06").as_double() == 7.0);
}

BOOST_AUTO_TEST_CASE(reflections_show_on_the_roster_and_schedule_until_their_writer_is_erased) {
  // Given v1 on the trip, who wrote about it that evening and again later
  SignUp("v1");
  Given("activity", "trip", ReflectionPosted{"trip", "v1", "孩子们很开心"}, At("2027-06-01", 20));
  Given("activity", "trip", ReflectionPosted{"trip", "v1", "下次多带些水"}, At("2027-06-02"));
  // Then the roster shows the latest, named, and her schedule has it
  const boost::json::array reflections = Roster().at("reflections").as_array();
  BOOST_REQUIRE(reflections.size() == 1u);
  BOOST_TEST(reflections[0].at("name").as_string() == "name-v1");
  BOOST_TEST(reflections[0].at("text").as_string() == "下次多带些水");
  const boost::json::value v1 = ScheduleOf(state(), kOrg, "v1", At("2027-06-03")).value();
  BOOST_TEST(v1.at("past").as_array()[0].at("reflection").as_string() == "下次多带些水");
  // When her data is erased, so is what she wrote
  Given("volunteer", "v1", VolunteerDataErased{"v1", "本人申请"}, At("2027-06-04"));
  BOOST_TEST(Roster().at("reflections").as_array()[0].at("text").as_string() == kErased);
  BOOST_TEST(FindActivity(state(), kOrg, "trip")->changed_at == position());
}

BOOST_AUTO_TEST_CASE(an_unknown_activity_is_not_found) {
  BOOST_TEST(RosterOf(state(), kOrg, "nope").status().code() == Code::kNotFound);
  BOOST_TEST(RosterOf(state(), "other-org", "trip").status().code() == Code::kNotFound);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
