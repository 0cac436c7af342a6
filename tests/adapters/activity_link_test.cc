// Signed links to an activity's .ics file: asked for with a token, opened
// without one (a phone's browser, a messaging app's), for a day, as the
// account that asked would see the file, and never after that account is
// revoked; an altered or forged link opens nothing.

#include <algorithm>

#include "adapters/http/activity_links.h"
#include "projections/json_support.h"
#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

const std::string kTripIcs = "/v1/activities/trip-childrens-day/calendar.ics";
const std::string kTripLink = "/v1/activities/trip-childrens-day/calendar-link";

// `text` without its DTSTAMP lines (the moment each file was made).
std::string Undated(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    end = end == std::string::npos ? text.size() : end + 1;
    if (text.compare(at, 8, "DTSTAMP:") != 0) out.append(text, at, end - at);
    at = end;
  }
  return out;
}

struct LinkFixture : RouterFixture {
  // The link `token`'s account gets for the trip.
  std::string LinkFor(const std::string& token) {
    const Response r = Get(kTripLink, token);
    BOOST_TEST_REQUIRE(r.status == 200, r.body);
    return std::string(Body(r).at("data").at("url").as_string());
  }
};

BOOST_FIXTURE_TEST_SUITE(activity_link_test, LinkFixture)

BOOST_AUTO_TEST_CASE(a_link_opens_the_file_the_account_would_download_without_a_token) {
  const std::int64_t before = clock();
  const Response asked = Get(kTripLink, volunteer);
  const std::int64_t after = clock();
  BOOST_TEST_REQUIRE(asked.status == 200, asked.body);
  const boost::json::value data = Body(asked).at("data");
  const std::string url(data.at("url").as_string());
  BOOST_TEST(url.starts_with("/v1/links/"));
  BOOST_TEST(url.ends_with(".ics"));
  // A day from when it was asked for (UTC texts of one format sort as times).
  const std::string expires(data.at("expires_at").as_string());
  BOOST_TEST(expires >= FormatUtc(before + kActivityLinkLifetimeUs));
  BOOST_TEST(expires <= FormatUtc(after + kActivityLinkLifetimeUs));

  const Response opened = Get(url);  // no token
  BOOST_TEST_REQUIRE(opened.status == 200, opened.body);
  BOOST_TEST(opened.content_type.starts_with("text/calendar"));
  BOOST_TEST(opened.headers.at(0).second.find("trip-childrens-day.ics") != std::string::npos);
  // No shared cache keeps it past a revocation.
  BOOST_TEST(
      std::count(opened.headers.begin(), opened.headers.end(),
                 std::pair<std::string, std::string>("Cache-Control", "private, no-store")) == 1);
  const Response own = Get(kTripIcs, volunteer);
  BOOST_TEST(Undated(opened.body) == Undated(own.body));
  BOOST_TEST(opened.body.find("BEGIN:VEVENT") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_link_expires_after_a_day) {
  const std::string url = LinkFor(volunteer);
  ahead_us += kActivityLinkLifetimeUs - 60'000'000;
  BOOST_TEST(Get(url).status == 200);
  ahead_us += 120'000'000;
  const Response r = Get(url);
  BOOST_TEST(r.status == 404);
  BOOST_TEST(ErrorCode(r) == "expired", r.body);
  // A fresh link works again.
  BOOST_TEST(Get(LinkFor(volunteer)).status == 200);
}

BOOST_AUTO_TEST_CASE(an_altered_or_forged_link_opens_nothing) {
  const std::string url = LinkFor(volunteer);
  const std::string text = url.substr(10, url.size() - 14);  // without "/v1/links/", ".ics"
  const std::string org = text.substr(0, text.find('.'));
  const std::string sealed = text.substr(text.find('.') + 1);
  std::string flipped = sealed;
  flipped[30] = flipped[30] == 'A' ? 'B' : 'A';
  BOOST_TEST(Get("/v1/links/" + org + "." + flipped + ".ics").status == 404);
  BOOST_TEST(Get("/v1/links/" + org + "." + sealed.substr(0, 40) + ".ics").status == 404);
  BOOST_TEST(Get("/v1/links/" + org + ".ics").status == 404);
  BOOST_TEST(Get("/v1/links/" + text).status == 404);  // no .ics
  BOOST_TEST(Get("/v1/links/%00.%00.ics").status == 404);
  // The same sealed fields under another organization's name.
  BOOST_TEST(Get("/v1/links/b3RoZXI." + sealed + ".ics").status == 404);  // "other"
  BOOST_TEST(Get(url).status == 200);
}

BOOST_AUTO_TEST_CASE(a_link_stops_when_its_account_is_revoked) {
  const std::string url = LinkFor(volunteer);
  const Response revoked = Post("/v1/accounts/wang/revoke", admin, R"({"reason":"lost phone"})");
  BOOST_TEST_REQUIRE(revoked.status == 201, revoked.body);
  const Response r = Get(url + "?min_position=" + std::to_string(log.Head()));
  BOOST_TEST(r.status == 404);
  BOOST_TEST(ErrorCode(r) == "account", r.body);
}

BOOST_AUTO_TEST_CASE(a_link_stops_while_its_volunteer_is_suspended) {
  const std::string url = LinkFor(volunteer);
  const Response suspended =
      Post("/v1/volunteers/v-wang/suspend", admin, R"({"reason":"check failed"})");
  BOOST_TEST_REQUIRE(suspended.status == 201, suspended.body);
  BOOST_TEST(ErrorCode(Get(url + "?min_position=" + std::to_string(log.Head()))) == "account");
  const Response reinstated =
      Post("/v1/volunteers/v-wang/reinstate", admin, R"({"reason":"cleared"})");
  BOOST_TEST_REQUIRE(reinstated.status == 201, reinstated.body);
  BOOST_TEST(Get(url + "?min_position=" + std::to_string(log.Head())).status == 200);
}

BOOST_AUTO_TEST_CASE(a_link_is_given_only_to_who_may_read_the_activity) {
  BOOST_TEST(Get(kTripLink).status == 401);
  BOOST_TEST(Get(kTripLink, school).status == 403);  // the trip is outside zhou's unit
  BOOST_TEST(Get("/v1/activities/no-such-trip/calendar-link", volunteer).status == 404);
}

BOOST_AUTO_TEST_CASE(a_key_ring_that_refuses_gives_503_to_retry_never_a_link_or_a_file) {
  const std::string link = LinkFor(volunteer);
  keys.refusing = true;
  const Response asked = Get(kTripLink, volunteer);
  BOOST_TEST(asked.status == 503, asked.body);
  BOOST_TEST(ErrorCode(asked) == "unavailable");
  const Response opened = Get(link);
  BOOST_TEST(opened.status == 503, opened.body);
  BOOST_TEST(opened.body.find("BEGIN:VCALENDAR") == std::string::npos);
  keys.refusing = false;
  BOOST_TEST(Get(link).status == 200);
  BOOST_TEST(Get(kTripLink, volunteer).status == 200);
}

BOOST_AUTO_TEST_CASE(a_link_opens_only_under_the_store_that_made_it) {
  MemoryKeyRing keys, other;
  const ActivityLink link{"org-a", "wang", "trip", 2'000'000};
  Result<std::string> text = SignActivityLink(keys, link);
  BOOST_TEST_REQUIRE(text.ok(), text.status().ToString());
  Result<ActivityLink> opened = OpenActivityLink(keys, *text, 1'000'000);
  BOOST_TEST_REQUIRE(opened.ok(), opened.status().ToString());
  BOOST_TEST(opened->org == "org-a");
  BOOST_TEST(opened->account_id == "wang");
  BOOST_TEST(opened->activity_id == "trip");
  BOOST_TEST(opened->expires_us == 2'000'000);
  BOOST_TEST(OpenActivityLink(other, *text, 1'000'000).status().code() == Code::kNotFound);
  // Two links to the same are not the same text (a fresh nonce each).
  BOOST_TEST(*SignActivityLink(keys, link) != *text);
  BOOST_TEST(OpenActivityLink(keys, *text, 2'000'000).status().reason() == "expired");
  const ActivityLink nul{"org-a", std::string("wa\0ng", 5), "trip", 2'000'000};
  BOOST_TEST(!SignActivityLink(keys, nul).ok());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
