// The seed's library build at 马岭小学, a counseling session with a follow-up,
// an activity station and a monthly report.

#include <boost/test/unit_test.hpp>

#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::int64_t kStart = 1811811600LL * 1000000;  // 2027-06-01 09:00

struct Programmes : PeopleFixture {
  void GivenActivity(const std::string& id, ActivityKind kind, std::uint32_t children) {
    PlanActivity plan;
    plan.activity_id = id;
    plan.unit_id = "school";
    plan.kind = kind;
    plan.title = id;
    plan.starts_at_us = kStart;
    plan.ends_at_us = kStart + 4 * kHour;
    plan.children_capacity = children;
    Given(plan);
  }
  // A caring family of three, registered; vetted and with the waiver signed when `ready`.
  void GivenFamily(const std::string& id, bool ready = true) {
    RegisterVolunteer family = Volunteer(id, {VolunteerKind::kCaringFamily});
    family.details.family_members = 3;
    Given(family);
    if (!ready) return;
    Given(VetVolunteer{id, "派出所", D("2027-01-10"), std::nullopt});
    Given(AcceptWaiver{id, "2027-v1"});
  }
  // The school's station "st1", its four rooms named by their kinds.
  void GivenStation() {
    using enum RoomKind;
    Given(RegisterStation{"st1",
                          "school",
                          "马岭活动站",
                          {{kReading, ""}, {kSports, ""}, {kMusicDance, ""}, {kCounseling, ""}},
                          120});
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(program_test, Programmes)

BOOST_AUTO_TEST_CASE(the_maling_library_build_puts_1500_books_on_the_shelf) {
  GivenActivity("library", ActivityKind::kLibraryBuild, 15);
  for (int f = 1; f <= 15; ++f) {
    const std::string id = "family" + std::to_string(f);
    GivenFamily(id);
    Given(JoinLibraryBuild{"library", id});
    Given(DonateBooks{"library", id, "books", 80, false});
  }
  for (int c = 1; c <= 15; ++c) {
    const std::string id = "child" + std::to_string(c);
    Given(Child(id));
    Given(EnrollChild{"library", id});
    Given(PairFriend{"library", id, "城里的小朋友" + std::to_string(c)});
  }
  ActivityState build = service.LoadActivity("county", "library")->state();
  BOOST_TEST(build.families.size() == 15u);
  BOOST_TEST(build.books_on_shelf == 1200u);
  BOOST_TEST(build.paired_friends.size() == 15u);
  Given(DonateBooks{"library", "十堰市图书馆少儿部", "books", 300, true});  // the restock
  BOOST_TEST(service.LoadActivity("county", "library")->state().books_on_shelf == 1500u);
  GivenReadyVolunteer("teacher", {VolunteerKind::kTeacher});
  BOOST_TEST(Reason(When(JoinLibraryBuild{"library", "teacher"})) == "invalid_argument");
  BOOST_TEST(Reason(When(PairFriend{"library", "nobody", "x"})) == "not_found");
}

BOOST_AUTO_TEST_CASE(a_family_near_children_is_checked_like_any_volunteer) {
  GivenActivity("library", ActivityKind::kLibraryBuild, 15);
  // Registered, but no criminal-record check on file.
  GivenFamily("unchecked", false);
  BOOST_TEST(Reason(When(JoinLibraryBuild{"library", "unchecked"})) == "not_vetted");
  GivenFamily("suspended");
  Given(SuspendVolunteer{"suspended", "年度复查未通过"});
  BOOST_TEST(Reason(When(JoinLibraryBuild{"library", "suspended"})) == "suspended");
  GivenFamily("ready");
  Given(CancelActivity{"library", false, "场地未落实"});
  BOOST_TEST(Reason(When(JoinLibraryBuild{"library", "ready"})) == "inactive");
}

BOOST_AUTO_TEST_CASE(families_join_before_the_build_until_recruitment_is_closed) {
  GivenActivity("library", ActivityKind::kLibraryBuild, 15);
  GivenFamily("early");
  GivenFamily("late");
  GivenFamily("on-the-day");
  // Given recruitment opened and one family joined: 招满即止, the coordinator closes it
  Given(OpenRecruitment{"library"});
  Given(JoinLibraryBuild{"library", "early"});
  Given(CloseRecruitment{"library"});
  // Then a later family is refused; once it is open again she joins, and on the day no one does
  BOOST_TEST(Reason(When(JoinLibraryBuild{"library", "late"})) == "not_recruiting");
  Given(OpenRecruitment{"library"});
  BOOST_TEST(Reason(When(JoinLibraryBuild{"library", "late"})) == "ok");
  now_us = kStart;
  const auto begun = When(JoinLibraryBuild{"library", "on-the-day"});
  BOOST_TEST(Reason(begun) == "not_recruiting");
  BOOST_TEST(begun.status().message().find("it has begun") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_family_checks_in_to_the_build_it_joined_and_has_its_attendance) {
  GivenActivity("library", ActivityKind::kLibraryBuild, 15);
  GivenFamily("chen");
  GivenFamily("li");
  Given(JoinLibraryBuild{"library", "chen"});
  Given(JoinLibraryBuild{"library", "li"});
  GivenFamily("stranger");  // a family that did not join
  now_us = kStart - kHour;  // the morning of the build
  Given(OpenCheckIn{"library", "周老师", "246810"});
  BOOST_TEST(Reason(When(CheckIn{"library", "chen", "246810"})) == "ok");
  BOOST_TEST(Reason(When(CheckIn{"library", "stranger", "246810"})) == "not_found");
  BOOST_TEST(Reason(When(RecordAttendance{"library", "li", Attendance::kPresent, "周老师"})) ==
             "ok");
  BOOST_TEST(Reason(When(RecordAttendance{"library", "stranger", Attendance::kPresent,
                                          "周老师"})) == "not_found");
  const ActivityState build = service.LoadActivity("county", "library")->state();
  BOOST_TEST(build.days.at("chen").in_us.has_value());
  BOOST_TEST(*build.days.at("li").attendance == Attendance::kPresent);
}

BOOST_AUTO_TEST_CASE(a_counselor_who_left_records_no_session) {
  GivenActivity("session", ActivityKind::kCounseling, 6);
  GivenReadyVolunteer("counselor", {VolunteerKind::kCounselor});
  Given(Child("c1"));
  Given(EnrollChild{"session", "c1"});
  Given(VolunteerLeaves{"counselor", "调离"});
  BOOST_TEST(Reason(When(RecordSession{
                 "session", "counselor", SessionOutcome::kHeld, false, {"c1"}, "谈话记录"})) ==
             "inactive");
}

BOOST_AUTO_TEST_CASE(a_counseling_session_with_a_follow_up) {
  GivenActivity("session", ActivityKind::kCounseling, 6);
  GivenReadyVolunteer("counselor", {VolunteerKind::kCounselor});
  GivenReadyVolunteer("helper", {VolunteerKind::kTeacher});
  Given(Child("c1"));
  Given(EnrollChild{"session", "c1"});
  const RecordSession held{"session", "counselor", SessionOutcome::kHeld,
                           false,     {"c1"},      "孩子想念父母，睡眠不好"};
  BOOST_TEST(Reason(When(held)) == "not_begun");
  RecordSession called_off = held;
  called_off.outcome = SessionOutcome::kCancelled;
  called_off.confidential_notes.clear();
  BOOST_TEST(Reason(When(called_off)) == "ok");
  now_us = kStart + kHour;  // the session is under way
  BOOST_TEST(
      Reason(When(RecordSession{"session", "helper", SessionOutcome::kHeld, false, {"c1"}, ""})) ==
      "invalid_argument");
  BOOST_TEST(Reason(When(held)) == "ok");
  BOOST_TEST(Reason(When(RequestFollowUp{"session", "c1", "counselor", D("2027-06-15")})) == "ok");
  const ActivityState s = service.LoadActivity("county", "session")->state();
  BOOST_TEST(s.sessions.back().confidential_notes == "孩子想念父母，睡眠不好");
  BOOST_TEST(FormatDate(s.follow_ups.front().due) == "2027-06-15");
  Given(Volunteer("unvetted", {VolunteerKind::kCounselor}));
  BOOST_TEST(Reason(When(RecordSession{
                 "session", "unvetted", SessionOutcome::kHeld, true, {}, ""})) == "not_vetted");
}

BOOST_AUTO_TEST_CASE(a_station_has_the_four_rooms_and_100_square_metres) {
  using enum RoomKind;
  const std::vector<StationRoom> rooms = {
      {kReading, "阅览室"}, {kSports, "活动室"}, {kMusicDance, ""}, {kCounseling, "谈心室"}};
  BOOST_TEST(Reason(When(RegisterStation{"st1", "school", "马岭活动站", rooms, 80})) ==
             "invalid_argument");
  // Four rooms, but two reading rooms and no music room, are not 一站四室.
  auto no_music = When(
      RegisterStation{"st1",
                      "school",
                      "马岭活动站",
                      {{kReading, "阅览室"}, {kReading, "书屋"}, {kSports, ""}, {kCounseling, ""}},
                      120});
  BOOST_TEST(Reason(no_music) == "invalid_argument");
  BOOST_TEST(no_music.status().message().find("音乐舞蹈室") != std::string::npos);
  // One name given to two rooms (blanks around it do not make another).
  auto twice = When(RegisterStation{
      "st1",
      "school",
      "马岭活动站",
      {{kReading, "多功能室"}, {kSports, "多功能室\u3000"}, {kMusicDance, ""}, {kCounseling, ""}},
      120});
  BOOST_TEST(Reason(twice) == "invalid_argument");
  BOOST_TEST(twice.status().message().find("'多功能室'") != std::string::npos);
  BOOST_TEST(Reason(When(RegisterStation{
                 "st1",
                 "school",
                 "马岭活动站",
                 {{kReading, ""}, {kSports, ""}, {kMusicDance, ""}, {kUnspecified, "谈心室"}},
                 120})) == "invalid_argument");
  BOOST_TEST(Reason(When(RegisterStation{"st1", "school", "马岭活动站", rooms, 120})) == "ok");
  // The registration keeps each room's kind, and a blank name is the kind's.
  const StationState station = service.LoadStation("county", "st1")->state();
  BOOST_TEST_REQUIRE(station.registration.rooms.size() == 4u);
  BOOST_TEST(station.registration.rooms[2].name == "音乐舞蹈室");
  BOOST_TEST(station.registration.rooms[3].kind == kCounseling);
  BOOST_TEST(Reason(When(RecordStationOpening{"st1", D("2027-02-27"), 90, {"王老师"}, 12})) ==
             "ok");
  BOOST_TEST(service.LoadStation("county", "st1")->state().openings == 1u);
}

BOOST_AUTO_TEST_CASE(a_closed_station_records_no_opening_from_the_day_it_closed) {
  GivenStation();
  Given(RecordStationOpening{"st1", D("2027-02-25"), 150, {}, 10});
  // Not without a reason, not ahead of time, not on or before a day it opened.
  BOOST_TEST(Reason(When(CloseStation{"st1", " \u3000", D("2027-02-27")})) == "invalid_argument");
  BOOST_TEST(Reason(When(CloseStation{"st1", "并入中心校", D("2027-03-02")})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(CloseStation{"st1", "并入中心校", D("2027-02-25")})) ==
             "opened_after_closing");
  BOOST_TEST(Reason(When(CloseStation{"elsewhere", "并入中心校", {}})) == "not_found");
  BOOST_TEST(Reason(When(CloseStation{"st1", " 并入中心校 ", D("2027-02-27")})) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"station/st1 station.closed"});
  const StationState station = service.LoadStation("county", "st1")->state();
  BOOST_TEST(FormatDate(station.closures.ClosedSince()) == "2027-02-27");
  // A day before it closed, recorded late, still counts; the day it closed does not.
  BOOST_TEST(Reason(When(RecordStationOpening{"st1", D("2027-02-26"), 120, {}, 8})) == "ok");
  BOOST_TEST(Reason(When(RecordStationOpening{"st1", D("2027-02-27"), 120, {}, 8})) == "inactive");
  BOOST_TEST(Reason(When(CloseStation{"st1", "并入中心校", {}})) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_station_closed_with_no_day_closes_today) {
  GivenStation();
  BOOST_TEST(Reason(When(CloseStation{"st1", "校舍改作他用", {}})) == "ok");
  BOOST_TEST(FormatDate(service.LoadStation("county", "st1")->state().closures.ClosedSince()) ==
             "2027-03-01");
  BOOST_TEST(Reason(When(RecordStationOpening{"st1", D("2027-02-28"), 120, {}, 8})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_reopened_station_records_openings_again_but_none_while_it_was_closed) {
  GivenStation();
  BOOST_TEST(Reason(When(ReopenStation{"st1", "修缮完毕", {}})) == "not_closed");
  Given(CloseStation{"st1", "校舍修缮", D("2027-02-10")});
  // Not without a reason, not ahead of time, not before the day it closed.
  BOOST_TEST(Reason(When(ReopenStation{"st1", "", D("2027-02-20")})) == "invalid_argument");
  BOOST_TEST(Reason(When(ReopenStation{"st1", "修缮完毕", D("2027-03-02")})) == "invalid_argument");
  BOOST_TEST(Reason(When(ReopenStation{"st1", "修缮完毕", D("2027-02-09")})) == "invalid_argument");
  BOOST_TEST(Reason(When(ReopenStation{"elsewhere", "修缮完毕", {}})) == "not_found");
  BOOST_TEST(Reason(When(ReopenStation{"st1", "修缮完毕", D("2027-02-20")})) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"station/st1 station.reopened"});
  BOOST_TEST(Reason(When(ReopenStation{"st1", "修缮完毕", {}})) == "not_closed");
  // Open again from the 20th; the days it was closed stay closed.
  BOOST_TEST(Reason(When(RecordStationOpening{"st1", D("2027-02-09"), 120, {}, 8})) == "ok");
  BOOST_TEST(Reason(When(RecordStationOpening{"st1", D("2027-02-19"), 120, {}, 8})) == "inactive");
  BOOST_TEST(Reason(When(RecordStationOpening{"st1", D("2027-02-20"), 120, {}, 8})) == "ok");
  // It closes again, on or after the day it reopened and after its last opening.
  BOOST_TEST(Reason(When(CloseStation{"st1", "并入中心校", D("2027-02-15")})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(CloseStation{"st1", "并入中心校", D("2027-02-20")})) ==
             "opened_after_closing");
  BOOST_TEST(Reason(When(CloseStation{"st1", "并入中心校", D("2027-02-21")})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_closing_recorded_by_mistake_is_withdrawn_by_reopening_on_its_day) {
  GivenStation();
  Given(CloseStation{"st1", "录入错误", D("2027-02-10")});
  BOOST_TEST(Reason(When(ReopenStation{"st1", "关闭记录有误", D("2027-02-10")})) == "ok");
  const StationState station = service.LoadStation("county", "st1")->state();
  BOOST_TEST(station.closures.spans.empty());
  BOOST_TEST(Reason(When(RecordStationOpening{"st1", D("2027-02-15"), 120, {}, 8})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_station_of_a_closed_unit_does_not_reopen) {
  GivenStation();
  Given(CloseStation{"st1", "并入中心校", D("2027-02-10")});
  Given(CloseUnit{"school", "撤并"});
  BOOST_TEST(Reason(When(ReopenStation{"st1", "恢复", {}})) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_monthly_report_is_for_a_month_that_has_begun) {
  BOOST_TEST(Reason(When(
                 SubmitMonthlyReport{"school", "2027-02", "开展亲情通话两次", 2, 15, 40})) == "ok");
  BOOST_TEST(Reason(When(SubmitMonthlyReport{"school", "2027-04", "", 0, 0, 0})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(SubmitMonthlyReport{"school", "2027-2", "", 0, 0, 0})) ==
             "invalid_argument");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
