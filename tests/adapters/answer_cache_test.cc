// Rendered answers are reused only while what they show is unchanged: given a
// roster already read, when it changes (a withdrawal, a holder's corrected
// name), then the next read shows the change; and a reader the first was
// allowed to see it is still checked on their own.

#include "adapters/http/answer_cache.h"

#include <algorithm>

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

const std::string kRoster = "/v1/activities/trip-childrens-day/roster";

// The names on the trip's volunteers' slot.
std::vector<std::string> Holders(const boost::json::value& roster) {
  std::vector<std::string> names;
  for (const auto& slot : roster.at("data").at("slots").as_array()) {
    if (slot.at("slot_id").as_string() != "volunteers") continue;
    for (const auto& holder : slot.at("holders").as_array()) {
      names.emplace_back(holder.at("name").as_string());
    }
  }
  return names;
}

BOOST_FIXTURE_TEST_SUITE(answer_cache_test, RouterFixture)

BOOST_AUTO_TEST_CASE(a_roster_read_again_after_a_withdrawal_no_longer_shows_the_holder) {
  const Response before = Get(kRoster, coordinator);
  BOOST_REQUIRE(before.status == 200);
  BOOST_TEST(Get(kRoster, coordinator).body == before.body);  // the same, unchanged
  std::vector<std::string> holders = Holders(Body(before));
  BOOST_REQUIRE(std::count(holders.begin(), holders.end(), "张丽") == 1);

  const Response withdrawn =
      Post("/v1/activities/trip-childrens-day/withdraw", admin, R"({"volunteer_id":"v-zhang"})");
  BOOST_REQUIRE_MESSAGE(withdrawn.status == 201, withdrawn.body);
  const std::string at =
      std::to_string(Body(withdrawn).at("data").at("position").to_number<std::uint64_t>());

  const Response after = Get(kRoster + "?min_position=" + at, coordinator);
  BOOST_TEST(after.status == 200);
  holders.erase(std::find(holders.begin(), holders.end(), "张丽"));
  BOOST_TEST(Holders(Body(after)) == holders);
  // The same request without min_position is the same answer, not the old one.
  BOOST_TEST(Get(kRoster, coordinator).body == after.body);
}

BOOST_AUTO_TEST_CASE(a_holders_corrected_name_shows_on_a_roster_already_read) {
  const std::vector<std::string> before = Holders(Body(Get(kRoster, admin)));
  BOOST_REQUIRE(std::count(before.begin(), before.end(), "王芳") == 1);

  VolunteerDetails details;
  details.name = "王芳芳";
  details.sex = Sex::kFemale;
  details.date_of_birth = ParseDate("1982-03-08").value();
  details.kinds = {VolunteerKind::kCaringFamily};
  details.family_members = 3;
  const CommandContext ctx{std::string(cli::kSeedOrg), "root", "rename", ""};
  BOOST_REQUIRE(
      service.Execute(ctx, PeopleCommand{CorrectVolunteerDetails{"v-wang", details, "typo"}}).ok());
  const std::vector<std::string> after =
      Holders(Body(Get(kRoster + "?min_position=" + std::to_string(log.Head()), admin)));
  BOOST_TEST(std::count(after.begin(), after.end(), "王芳") == 0);
  BOOST_TEST(std::count(after.begin(), after.end(), "王芳芳") == 1);
}

BOOST_AUTO_TEST_CASE(a_reader_outside_the_unit_is_refused_a_roster_another_read) {
  BOOST_REQUIRE(Get(kRoster, admin).status == 200);
  BOOST_REQUIRE(Get(kRoster, coordinator).status == 200);  // gao, of xiaocao
  const Response outside = Get(kRoster, school);           // zhou, of maling
  BOOST_TEST(outside.status == 403);
  BOOST_TEST(outside.body.find("trip-childrens-day") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(each_class_of_reader_gets_the_answer_masked_for_it) {
  AnswerCache cache;
  Target target;
  target.path = {"v1", "activities", "a1", "roster"};
  auto answer = std::make_shared<RenderedAnswer>();
  answer->version = 7;
  answer->body = "admin's";
  cache.Put(AnswerKey("org", "admin", target), answer);
  BOOST_TEST(cache.Get(AnswerKey("org", "admin", target), 7) == answer);
  BOOST_TEST(cache.Get(AnswerKey("org", "volunteer", target), 7) == nullptr);
  BOOST_TEST(cache.Get(AnswerKey("other-org", "admin", target), 7) == nullptr);
  BOOST_TEST(cache.Get(AnswerKey("org", "admin", target), 8) == nullptr);  // a newer view
  // Only the query parameters the answer depends on count: min_position, or
  // anything a client adds, makes no other answer.
  Target waited = target;
  waited.query["min_position"] = "99";
  waited.query["x"] = "1";
  BOOST_TEST(cache.Get(AnswerKey("org", "admin", waited), 7) == answer);
  Target june = target, july = target;
  june.query["month"] = "2027-06";
  july.query["month"] = "2027-07";
  cache.Put(AnswerKey("org", "admin", june, {"month"}), answer);
  BOOST_TEST(cache.Get(AnswerKey("org", "admin", june, {"month"}), 7) == answer);
  BOOST_TEST(cache.Get(AnswerKey("org", "admin", july, {"month"}), 7) == nullptr);
  // An older rendering never replaces a newer one.
  auto older = std::make_shared<RenderedAnswer>();
  older->version = 6;
  cache.Put(AnswerKey("org", "admin", target), older);
  BOOST_TEST(cache.Get(AnswerKey("org", "admin", target), 7) == answer);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
