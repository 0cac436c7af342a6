// The write side of the API: every command over POST, decoded strictly, with
// Idempotency-Key and If-Match. Who may write what: authorization_test.cc and
// write_matrix_test.cc; accounts: account_routes_test.cc.

#include "adapters/http/command_routes.h"

#include <set>

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

const std::string kPlan = R"({"activity_id":"visit-1","unit_id":"xiaocao","kind":"trip",
  "title":"Visit","starts_at_us":"2031-06-01T09:00:00+08:00",
  "ends_at_us":"2031-06-01T17:00:00+08:00","children_capacity":10})";

BOOST_FIXTURE_TEST_SUITE(command_routes_test, RouterFixture)

BOOST_AUTO_TEST_CASE(a_coordinator_plans_an_activity_and_reads_it_at_the_answered_position) {
  const Response planned = Post("/v1/activities", coordinator, kPlan);
  BOOST_TEST_REQUIRE(planned.status == 201, planned.body);
  BOOST_TEST(PositionOf(planned) == log.Head());
  const Response roster =
      Get("/v1/activities/visit-1/roster?min_position=" + std::to_string(PositionOf(planned)),
          coordinator);
  BOOST_TEST_REQUIRE(roster.status == 200, roster.body);
  BOOST_TEST(Body(roster).at("data").at("title").as_string() == "Visit");
  BOOST_TEST(Body(roster).at("data").at("starts_at").as_string() == "2031-06-01T01:00:00Z");
}

BOOST_AUTO_TEST_CASE(a_volunteer_signs_up_themself_and_no_one_else) {
  BOOST_REQUIRE(Post("/v1/activities", coordinator, kPlan).status == 201);
  BOOST_REQUIRE(Post("/v1/activities/visit-1/slots", coordinator,
                     R"({"slot_id":"s","role":"escort","capacity":2})")
                    .status == 201);
  BOOST_REQUIRE(Post("/v1/activities/visit-1/open-recruitment", coordinator, "").status == 201);
  const std::uint64_t head = log.Head();
  const Response other =
      Post("/v1/activities/visit-1/sign-up", volunteer, R"({"slot_id":"s","volunteer_id":"v-li"})");
  BOOST_TEST(other.status == 403);
  BOOST_TEST(ErrorCode(other) == "forbidden");
  BOOST_TEST(log.Head() == head);
  const Response mine = Post("/v1/activities/visit-1/sign-up", volunteer, R"({"slot_id":"s"})");
  BOOST_TEST_REQUIRE(mine.status == 201, mine.body);
  const auto events = log.ReadAll(PositionOf(mine), 1).value();
  BOOST_TEST(events.at(0).type == "activity.signed_up");
  BOOST_TEST(events.at(0).actor == "wang");  // every event records the account
  const Response again = Post("/v1/activities/visit-1/sign-up", volunteer, R"({"slot_id":"s"})");
  BOOST_TEST(again.status == 409);
  BOOST_TEST(ErrorCode(again) == "already_signed_up");
}

BOOST_AUTO_TEST_CASE(a_volunteer_updates_her_own_contact_details_and_no_one_elses) {
  const std::string update =
      R"({"contact":"13912345678","residence_area":"十堰市","skills":["急救"]})";
  const std::uint64_t head = log.Head();
  // Given accounts that may not update v-li's details, when they try, then nothing is written
  BOOST_TEST(Post("/v1/volunteers/v-li/contact-details", volunteer, update).status == 403);
  BOOST_TEST(Post("/v1/volunteers/v-li/contact-details", auditor, update).status == 403);
  BOOST_TEST(Post("/v1/volunteers/v-li/contact-details", school, update).status == 403);
  BOOST_TEST(log.Head() == head);
  // When 王芳 updates all three, they are recorded under her account
  const Response mine = Post("/v1/volunteers/v-wang/contact-details", volunteer, update);
  BOOST_TEST_REQUIRE(mine.status == 201, mine.body);
  const auto events = log.ReadAll(PositionOf(mine), 1).value();
  BOOST_TEST(events.at(0).type == "volunteer.details_corrected");
  BOOST_TEST(events.at(0).actor == "wang");
  const auto details = [&] {
    const Response read = Get("/v1/volunteers/v-wang", volunteer);
    BOOST_TEST_REQUIRE(read.status == 200, read.body);
    return Body(read).at("data").at("details").as_object();
  };
  BOOST_TEST(details().at("contact").as_string() == "13912345678");
  BOOST_TEST(details().at("name").as_string() == "王芳");  // who she is stays as registered
  // and a field left out stays as recorded, while one given empty is cleared
  BOOST_TEST_REQUIRE(
      Post("/v1/volunteers/v-wang/contact-details", volunteer, R"({"residence_area":""})").status ==
      201);
  BOOST_TEST(details().at("residence_area").as_string() == "");
  BOOST_TEST(details().at("contact").as_string() == "13912345678");
  BOOST_TEST(details().at("skills").as_array().size() == 1);
  // and her unit's coordinator updates them too.
  BOOST_TEST(Post("/v1/volunteers/v-li/contact-details", coordinator, update).status == 201);
}

BOOST_AUTO_TEST_CASE(bad_bodies_are_400_naming_the_field_and_write_nothing) {
  const std::uint64_t head = log.Head();
  const auto expect = [&](const std::string& body, const std::string& field) {
    const Response r = Post("/v1/activities/trip-childrens-day/slots", coordinator, body);
    BOOST_TEST(r.status == 400, body << " -> " << r.body);
    BOOST_TEST(ErrorCode(r) == "invalid_argument");
    BOOST_TEST(ErrorField(r) == field, body << " -> " << r.body);
  };
  expect(R"({"slot_id":"s","role":"r","capacity":)", "");                     // malformed
  expect(R"(["slot_id"])", "");                                               // not an object
  expect(R"({"slot_id":"s","role":"r","capacity":"two"})", "capacity");       // wrong type
  expect(R"({"slot_id":"s","role":"r","capacity":-1})", "capacity");          // out of range
  expect(R"({"slot_id":"s","role":"r","capacity":2,"colour":1})", "colour");  // unknown
  expect(R"({"slot_id":"s","capacity":2})", "role");                          // missing
  expect(R"({"slot_id":"s","role":"r","capacity":2,"kinds":["wizard"]})", "kinds");
  expect(R"({"activity_id":"other","slot_id":"s","role":"r","capacity":2})", "activity_id");
  // A field named twice means what its reader chooses: refused, at any depth.
  expect(R"({"slot_id":"s","role":"r","capacity":2,"capacity":200})", "capacity");
  expect(R"({"slot_id":"s","role":"r","capacity":2,"x":[{"a":1,"b":{"c":1,"c":2}}]})", "c");
  // A name with a line break in it is no name.
  expect(R"({"slot_id":"s","role":"r\n","capacity":2})", "");
  BOOST_TEST(log.Head() == head);
  // The same keys in different objects are no repetition.
  const Response fine = Post("/v1/activities/trip-childrens-day/slots", coordinator,
                             R"({"slot_id":"s","role":"r","capacity":2,"kinds":[]})");
  BOOST_TEST(fine.status == 201, fine.body);
}

BOOST_AUTO_TEST_CASE(a_retry_with_the_same_idempotency_key_gets_the_first_answer_once) {
  const std::map<std::string, std::string> key{{"idempotency-key", "plan-visit-1"}};
  const Response first = Post("/v1/activities", coordinator, kPlan, key);
  BOOST_TEST_REQUIRE(first.status == 201, first.body);
  const std::uint64_t head = log.Head();
  const Response retry = Post("/v1/activities", coordinator, kPlan, key);
  BOOST_TEST(retry.status == 201);
  BOOST_TEST(retry.body == first.body);
  BOOST_TEST(retry.headers.at(0).first == "Idempotent-Replayed");
  BOOST_TEST(log.Head() == head);
  // Keys belong to an account: another account's same key is its own command.
  const Response admins = Post("/v1/activities", admin, kPlan, key);
  BOOST_TEST(admins.status == 409);
  BOOST_TEST(ErrorCode(admins) == "already_exists");
}

BOOST_AUTO_TEST_CASE(
    an_account_stops_with_its_volunteers_suspension_and_starts_with_reinstatement) {
  // The counselor's account acts as v-li; a failed yearly check suspends her.
  // (The suspension also ends her pairing with xiaohua, whose card she then
  // no longer sees; any read shows the account itself stopped.)
  const std::string notes = "/v1/activities";
  BOOST_TEST_REQUIRE(Get(notes, counselor).status == 200);
  const Response suspended =
      Post("/v1/volunteers/v-li/suspend", admin, R"({"reason":"年度复查未通过"})");
  BOOST_TEST_REQUIRE(suspended.status == 201, suspended.body);
  // No wait for the views: the next request already sees it.
  const Response refused = Get(notes, counselor);
  BOOST_TEST(refused.status == 403, refused.body);
  BOOST_TEST(Body(refused).at("error").at("details").at("volunteer") == "suspended");
  BOOST_TEST(Post("/v1/volunteers/v-li/reinstate", admin, R"({"reason":"复查通过"})").status ==
             201);
  const Response back = Get(notes, counselor);
  BOOST_TEST(back.status == 200, back.body);
  BOOST_TEST(Post("/v1/volunteers/v-li/leave", admin, R"({"reason":"调离"})").status == 201);
  const Response gone = Get(notes, counselor);
  BOOST_TEST(gone.status == 403);
  BOOST_TEST(Body(gone).at("error").at("details").at("volunteer") == "left");
}

BOOST_AUTO_TEST_CASE(only_the_counselor_records_a_session) {
  const std::string session =
      R"({"counselor_id":"v-li","outcome":"held","children":[],"confidential_notes":"x"})";
  const std::uint64_t head = log.Head();
  const Response by_coordinator =
      Post("/v1/activities/trip-childrens-day/sessions", coordinator, session);
  BOOST_TEST(by_coordinator.status == 403, by_coordinator.body);
  BOOST_TEST(log.Head() == head);
}

BOOST_AUTO_TEST_CASE(a_key_reused_for_a_card_with_other_personal_fields_is_refused) {
  // A child's personal fields are sealed with random nonces, so they are no
  // part of what is appended that a retry could be compared by; the request is.
  const std::string first = R"({"child_id":"c-new","unit_id":"maling","filled_by":"班主任",
      "card":{"name":"林小雨","date_of_birth":"2016-04-12"}})";
  const std::string other = R"({"child_id":"c-new","unit_id":"maling","filled_by":"班主任",
      "card":{"name":"林小雪","date_of_birth":"2016-04-12"}})";
  const std::map<std::string, std::string> key{{"idempotency-key", "card-1"}};
  BOOST_TEST_REQUIRE(Post("/v1/children", admin, first, key).status == 201);
  const std::uint64_t head = log.Head();
  const Response reused = Post("/v1/children", admin, other, key);
  BOOST_TEST(reused.status == 409, reused.body);
  BOOST_TEST(ErrorCode(reused) == "idempotency_key_reused");
  const Response retry = Post("/v1/children", admin, first, key);
  BOOST_TEST(retry.status == 201);
  BOOST_TEST(retry.headers.at(0).first == "Idempotent-Replayed");
  BOOST_TEST(log.Head() == head);
}

BOOST_AUTO_TEST_CASE(a_retry_of_a_command_that_issues_a_secret_shows_the_same_secret) {
  // The first answer may be lost on the way, as on a phone's network: the
  // retry is the client's only chance to learn the secret.
  const std::string create = R"({"account_id":"lin","name":"林老师","role":"coordinator",
                                 "unit_id":"xiaocao"})";
  const Response first = Post("/v1/accounts", admin, create, {{"idempotency-key", "acct-lin"}});
  BOOST_TEST_REQUIRE(first.status == 201, first.body);
  const std::string token(Body(first).at("data").at("token").as_string());
  const Response retry = Post("/v1/accounts", admin, create, {{"idempotency-key", "acct-lin"}});
  BOOST_TEST(retry.status == 201);
  BOOST_TEST(retry.body == first.body);
  BOOST_TEST(Get("/v1/activities", token).status == 200);  // the token shown works

  const std::string feed_route = "/v1/volunteers/v-wang/calendar-feed";
  const Response issued = Post(feed_route, admin, "{}", {{"idempotency-key", "feed-wang"}});
  BOOST_TEST_REQUIRE(issued.status == 201, issued.body);
  const Response again = Post(feed_route, admin, "{}", {{"idempotency-key", "feed-wang"}});
  BOOST_TEST(again.body == issued.body);
  const std::string feed(Body(issued).at("data").at("feed").as_string());
  const std::string at = "?min_position=" + std::to_string(PositionOf(issued));
  BOOST_TEST(Get(feed + at).status == 200);

  // Without a key, each issue is a new secret.
  const Response other = Post(feed_route, admin, "{}");
  BOOST_TEST_REQUIRE(other.status == 201, other.body);
  BOOST_TEST(Body(other).at("data").at("feed").as_string() != feed);
}

BOOST_AUTO_TEST_CASE(keys_in_headers_that_are_not_visible_ascii_are_refused_before_any_write) {
  // The log records them, and its JSON must stay valid UTF-8.
  const std::uint64_t head = log.Head();
  for (const auto& [header, value] : std::vector<std::pair<std::string, std::string>>{
           {"x-correlation-id", "\xff\xfe"},
           {"idempotency-key", "plan one"},
           {"idempotency-key", std::string(201, 'k')}}) {
    const Response refused = Post("/v1/activities", coordinator, kPlan, {{header, value}});
    BOOST_TEST(refused.status == 400, header);
    BOOST_TEST(boost::json::parse(refused.body).at("error").at("details").at("field").as_string() ==
               header);
  }
  BOOST_TEST(log.Head() == head);
  const Response planned = Post(
      "/v1/activities", coordinator, kPlan,
      {{"x-correlation-id", "trip-planning-2027"}, {"idempotency-key", std::string(200, 'k')}});
  BOOST_TEST(planned.status == 201, planned.body);
  BOOST_TEST(log.ReadAll(log.Head(), 1).value().at(0).correlation_id == "trip-planning-2027");
}

BOOST_AUTO_TEST_CASE(if_match_with_a_stale_version_is_412_and_with_the_current_one_passes) {
  const std::string trip = "shiyan/activity/trip-childrens-day";
  const std::uint64_t version = log.StreamVersion(trip).value();
  // The roster a coordinator edits from carries the version to send.
  const Response roster =
      Get("/v1/activities/trip-childrens-day/roster?min_position=" + std::to_string(log.Head()),
          coordinator);
  BOOST_TEST_REQUIRE(roster.status == 200, roster.body);
  BOOST_TEST(Body(roster).at("data").at("version").as_int64() ==
             static_cast<std::int64_t>(version));
  const std::string cancel = R"({"weather":true,"reason":"heavy rain"})";
  const Response stale = Post("/v1/activities/trip-childrens-day/cancel", coordinator, cancel,
                              {{"if-match", "\"" + std::to_string(version - 1) + "\""}});
  BOOST_TEST(stale.status == 412);
  BOOST_TEST(ErrorCode(stale) == "precondition_failed");
  BOOST_TEST(log.StreamVersion(trip).value() == version);
  const Response bad =
      Post("/v1/activities/trip-childrens-day/cancel", coordinator, cancel, {{"if-match", "soon"}});
  BOOST_TEST(bad.status == 400);
  const Response current = Post("/v1/activities/trip-childrens-day/cancel", coordinator, cancel,
                                {{"if-match", "\"" + std::to_string(version) + "\""}});
  BOOST_TEST(current.status == 201, current.body);
}

BOOST_AUTO_TEST_CASE(every_route_decodes_its_command_and_describes_its_fields) {
  std::set<std::string> paths;
  for (const CommandRoute& route : CommandRoutes()) {
    BOOST_TEST(paths.insert(route.Path()).second, route.Path() << " is listed twice");
    BOOST_TEST(route.decode(boost::json::object{}).ok(), route.command);
    const boost::json::object schema = route.schema();
    const auto& properties = schema.at("properties").as_object();
    BOOST_TEST(properties.contains(route.id_field), route.command);
    for (std::string_view field : route.required)
      BOOST_TEST(properties.contains(field), route.command << " requires unknown " << field);
    if (!route.self_field.empty()) BOOST_TEST(properties.contains(route.self_field));
  }
  // Every command of the three domains has its route.
  BOOST_TEST(paths.size() == std::variant_size_v<PeopleCommand> +
                                 std::variant_size_v<ActivityCommand> +
                                 std::variant_size_v<AccountCommand>);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
