// The web page as the router serves it, and the routes written for it: who
// the token is (/v1/me), the units and volunteers to choose from, and the
// log filtered by day.

#include "adapters/http/page_routes.h"

#include <algorithm>
#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <set>

#include "adapters/web/web_assets.h"
#include "engine/time_zone.h"
#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

std::string HeaderOf(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return "";
}

Response Page(const std::string& target, std::map<std::string, std::string> headers = {}) {
  Request request{"GET", target, std::move(headers), ""};
  const std::string path = target.substr(1);
  std::vector<std::string> segments;
  if (!path.empty()) segments.push_back(path);
  return PageFile(request, segments).value_or(Response{404, "", "", {}});
}

std::string Today(int days = 0) {
  const Date d = LocalDate(SystemClockMicros(), "Asia/Shanghai").value();
  return FormatDate(Date{d.days + days});
}

// The volunteer `id` in `list` (a page's "data"), or null.
const boost::json::object* Volunteer(const boost::json::value& list, std::string_view id) {
  for (const boost::json::value& v : list.as_array()) {
    if (v.at("volunteer_id").as_string() == id) return &v.as_object();
  }
  return nullptr;
}

BOOST_FIXTURE_TEST_SUITE(page_routes_test, RouterFixture)

BOOST_AUTO_TEST_CASE(the_page_is_served_at_the_root_without_a_token_and_only_from_here) {
  const Response r = Get("/");
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.content_type == "text/html; charset=utf-8");
  BOOST_TEST(r.body.find("<script type=\"module\" src=\"app.js\">") != std::string::npos);
  BOOST_TEST(HeaderOf(r, "Content-Security-Policy").find("default-src 'self'") == 0u);
  BOOST_TEST(HeaderOf(r, "X-Content-Type-Options") == "nosniff");
  BOOST_TEST(HeaderOf(r, "Referrer-Policy") == "no-referrer");
  BOOST_TEST(Get("/app.js").content_type == "text/javascript; charset=utf-8");
  BOOST_TEST(Get("/app.css").content_type == "text/css; charset=utf-8");
  BOOST_TEST(Get("/nothing.js").status == 404);
  BOOST_TEST(Get("/a/app.js").status == 404);
}

// The local files `text` refers to: from './x.js', src="x.js", href="x.css".
std::vector<std::string> References(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view marker : {"from '", "from \"", "src=\"", "href=\""}) {
    for (std::size_t at = text.find(marker); at != std::string_view::npos;
         at = text.find(marker, at + 1)) {
      std::string_view name = text.substr(at + marker.size());
      name = name.substr(0, name.find_first_of("'\""));
      if (name.starts_with("./")) name.remove_prefix(2);
      const bool local =
          name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_-.") == std::string_view::npos;
      if (local && (name.ends_with(".js") || name.ends_with(".css"))) out.emplace_back(name);
    }
  }
  return out;
}

BOOST_AUTO_TEST_CASE(every_file_the_page_imports_or_links_is_shipped) {
  std::size_t references = 0;
  for (const web::WebFile& file : web::WebFiles()) {
    for (const std::string& name : References(file.body)) {
      ++references;
      BOOST_TEST_CONTEXT(file.name << " refers to " << name) {
        BOOST_TEST(web::FindWebFile(name) != nullptr);
      }
    }
  }
  BOOST_TEST(references > 10u);
}

BOOST_AUTO_TEST_CASE(a_client_with_the_current_file_gets_304_and_gzip_when_it_asks) {
  const Response first = Page("/app.js");
  const std::string etag = HeaderOf(first, "ETag");
  BOOST_TEST(etag.size() > 2u);
  BOOST_TEST(Page("/app.js", {{"if-none-match", etag}}).status == 304);
  BOOST_TEST(Page("/app.js", {{"if-none-match", "\"other\", " + etag}}).status == 304);
  BOOST_TEST(Page("/app.js", {{"if-none-match", "W/" + etag}}).status == 304);
  BOOST_TEST(Page("/app.js", {{"if-none-match", "\"other\""}}).status == 200);
  BOOST_TEST(HeaderOf(Page("/app.css"), "ETag") != etag);

  const Response packed = Page("/app.js", {{"accept-encoding", "gzip, deflate, br"}});
  BOOST_TEST(HeaderOf(packed, "Content-Encoding") == "gzip");
  BOOST_REQUIRE(packed.body.size() > 2u);
  BOOST_TEST(static_cast<unsigned char>(packed.body[0]) == 0x1f);
  BOOST_TEST(static_cast<unsigned char>(packed.body[1]) == 0x8b);
  BOOST_TEST(packed.body.size() < first.body.size());
  BOOST_TEST(HeaderOf(packed, "ETag") != etag);  // another representation
  BOOST_TEST(Page("/app.js", {{"accept-encoding", "gzip"}, {"if-none-match", etag}}).status == 200);
  const auto encoding = [&](const std::string& accept) {
    return HeaderOf(Page("/app.js", {{"accept-encoding", accept}}), "Content-Encoding");
  };
  BOOST_TEST(encoding("GZIP") == "gzip");
  BOOST_TEST(encoding("br, *") == "gzip");
  BOOST_TEST(encoding("gzip;q=0") == "");
  BOOST_TEST(encoding("gzip; q=0.000, *") == "");
  BOOST_TEST(encoding("*;q=0") == "");
  BOOST_TEST(encoding("gzip;q=0.5") == "gzip");
  BOOST_TEST(encoding("identity") == "");
  BOOST_TEST(HeaderOf(first, "Content-Encoding") == "");
}

BOOST_AUTO_TEST_CASE(me_tells_the_page_who_signed_in) {
  const Response r = Get("/v1/me", volunteer);
  BOOST_TEST(r.status == 200);
  const auto body = Body(r);
  const auto& me = body.at("data");
  BOOST_TEST(me.at("role").as_string() == "volunteer");
  BOOST_TEST(me.at("volunteer_id").as_string() == "v-wang");
  BOOST_TEST(me.at("account_id").as_string() == "wang");
  BOOST_TEST(Get("/v1/me").status == 401);
  const auto coordinator_body = Body(Get("/v1/me", coordinator));
  BOOST_TEST(coordinator_body.at("data").at("unit_id").as_string() == "xiaocao");
}

BOOST_AUTO_TEST_CASE(units_come_parents_first_and_a_coordinator_sees_only_theirs) {
  const auto all = Body(Get("/v1/units", admin));
  const auto& units = all.at("data").as_array();
  BOOST_REQUIRE(units.size() == 3u);
  BOOST_TEST(units[0].at("unit_id").as_string() == "yunyang-fulian");
  BOOST_TEST(units[0].at("parent_id").as_string() == "");
  BOOST_TEST(units[1].at("parent_id").as_string() == "yunyang-fulian");
  BOOST_TEST(units[0].at("time_zone").as_string() == "Asia/Shanghai");
  BOOST_TEST(units[0].at("closed").as_bool() == false);
  // A closed unit is listed, and marked (the page offers it for nothing new).
  BOOST_TEST_REQUIRE(Post("/v1/units", admin,
                          R"({"unit_id":"gone","name":"已撤并小学","kind":"school",)"
                          R"("parent_id":"yunyang-fulian"})")
                         .status == 201);
  const Response closed = Post("/v1/units/gone/close", admin, R"({"reason":"撤并"})");
  BOOST_TEST_REQUIRE(closed.status == 201, closed.body);
  const auto after =
      Body(Get("/v1/units?min_position=" + std::to_string(PositionOf(closed)), admin));
  const auto& listed = after.at("data").as_array();
  const auto gone = std::find_if(listed.begin(), listed.end(), [](const auto& u) {
    return u.at("unit_id").as_string() == "gone";
  });
  BOOST_REQUIRE(gone != listed.end());
  BOOST_TEST(gone->at("closed").as_bool());
  const auto mine = Body(Get("/v1/units", coordinator));
  BOOST_REQUIRE(mine.at("data").as_array().size() == 1u);
  BOOST_TEST(mine.at("data").at(0).at("unit_id").as_string() == "xiaocao");
}

BOOST_AUTO_TEST_CASE(volunteers_of_every_unit_to_choose_from_carry_no_contact_details) {
  // The school's coordinator picks carers for its children among the association's volunteers.
  const Response r = Get("/v1/volunteers", school);
  BOOST_TEST(r.status == 200);
  const auto body = Body(r);
  const auto& list = body.at("data").as_array();
  BOOST_REQUIRE(!list.empty());
  bool wang = false;
  for (const auto& v : list) {
    BOOST_TEST(v.at("unit_id").as_string() == "xiaocao");
    // id, name, unit, roles, help pairs, party member, suspended, vetted until, left, erased
    BOOST_TEST(v.as_object().size() == 10u);
    BOOST_TEST(!v.at("suspended").as_bool());
    BOOST_TEST(!v.at("left").as_bool());
    BOOST_TEST(!v.at("vetted_until").as_string().empty());  // the seed vets every volunteer
    // 李强, a party member, may form help pairs (结对帮扶); 王芳 may not.
    BOOST_TEST(v.at("party_member").as_bool() == (v.at("volunteer_id").as_string() == "v-li"));
    if (v.at("volunteer_id").as_string() == "v-wang") {
      wang = true;
      BOOST_TEST(v.at("roles").as_int64() == 1);  // xiaohua's caring mother
    }
  }
  BOOST_TEST(wang);
  BOOST_TEST(r.body.find("phone") == std::string::npos);
  BOOST_TEST(Get("/v1/volunteers", volunteer).status == 403);
  BOOST_TEST(Get("/v1/volunteers", counselor).status == 403);
}

// Given a volunteer who left and one whose data was then erased, when the
// list of those who left is read, then both are on it (and on the other list
// neither), the erased one by no name.
BOOST_AUTO_TEST_CASE(the_volunteers_who_left_are_listed_apart_with_erasure_shown) {
  BOOST_TEST_REQUIRE(Post("/v1/volunteers/v-li/leave", admin, R"({"reason":"调离"})").status ==
                     201);
  const Response erased = Post("/v1/volunteers/v-wang/erase", admin, R"({"reason":"本人申请"})");
  BOOST_TEST_REQUIRE(erased.status == 201, erased.body);
  const std::string after = "min_position=" + std::to_string(PositionOf(erased));
  const auto left = Body(Get("/v1/volunteers?left=true&" + after, admin));
  const auto* li = Volunteer(left.at("data"), "v-li");
  const auto* wang = Volunteer(left.at("data"), "v-wang");
  BOOST_REQUIRE(li && wang);
  BOOST_TEST(li->at("left").as_bool());
  BOOST_TEST(!li->at("erased").as_bool());
  BOOST_TEST(wang->at("erased").as_bool());
  BOOST_TEST(wang->at("name").as_string() != "王芳");
  const auto staying = Body(Get("/v1/volunteers?left=false&" + after, admin));
  BOOST_TEST(!Volunteer(staying.at("data"), "v-li"));
  BOOST_TEST(!Volunteer(staying.at("data"), "v-wang"));
  const Response bad = Get("/v1/volunteers?left=maybe", admin);
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(bad.body.find("left") != std::string::npos);
  BOOST_TEST(Get("/v1/volunteers?left=true", volunteer).status == 403);
}

BOOST_AUTO_TEST_CASE(a_coordinator_reads_the_reminders_of_their_units_only) {
  const auto all = Body(Get("/v1/reminders", admin));
  std::set<std::string> units;
  for (const auto& r : all.at("data").as_array()) units.emplace(r.at("unit_id").as_string());
  BOOST_REQUIRE(units.count("maling") == 1u);  // xiaohua's carers' monthly contacts
  const auto mine = Body(Get("/v1/reminders", school));
  BOOST_TEST(!mine.at("data").as_array().empty());
  for (const auto& r : mine.at("data").as_array())
    BOOST_TEST(r.at("unit_id").as_string() == "maling");
  const auto theirs = Body(Get("/v1/reminders", coordinator));
  for (const auto& r : theirs.at("data").as_array()) {
    BOOST_TEST(r.at("unit_id").as_string() == "xiaocao");
  }
}

BOOST_AUTO_TEST_CASE(the_reminders_narrow_to_one_unit_of_the_readers_own) {
  const auto all = Body(Get("/v1/reminders", admin)).at("data").as_array();
  std::size_t of_maling = 0;
  for (const auto& r : all) of_maling += r.at("unit_id").as_string() == "maling" ? 1 : 0;
  BOOST_REQUIRE(of_maling > 0u && of_maling < all.size());
  const auto maling = Body(Get("/v1/reminders?unit=maling", admin)).at("data").as_array();
  BOOST_TEST(maling.size() == of_maling);
  for (const auto& r : maling) BOOST_TEST(r.at("unit_id").as_string() == "maling");
  BOOST_TEST(Body(Get("/v1/reminders?unit=maling", school)).at("data").as_array().size() ==
             of_maling);
  const Response outside = Get("/v1/reminders?unit=maling", coordinator);
  BOOST_TEST(outside.status == 403);
  BOOST_TEST(outside.body.find("maling") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(overdue_is_true_or_false) {
  const Response bad = Get("/v1/reminders?overdue=yes", admin);
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(bad.body.find("overdue") != std::string::npos);
  BOOST_TEST(Get("/v1/reminders?overdue=0", admin).status == 200);
}

BOOST_AUTO_TEST_CASE(the_log_filters_by_the_day_it_was_recorded) {
  const auto count = [&](const std::string& query) {
    const auto body = Body(Get("/v1/events?limit=1000" + query, auditor));
    return body.at("data").as_array().size();
  };
  const std::size_t all = count("");
  BOOST_TEST(all > 10u);
  BOOST_TEST(count("&since=" + Today()) == all);
  BOOST_TEST(count("&until=" + Today()) == all);
  BOOST_TEST(count("&since=" + Today(1)) == 0u);
  BOOST_TEST(count("&until=" + Today(-1)) == 0u);
  BOOST_TEST(count("&since=" + Today(-1) + "&until=" + Today() + "&tz=Europe/Berlin") > 0u);
  const Response bad = Get("/v1/events?since=2026-13-01", auditor);
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(ErrorField(bad) == "since");
  BOOST_TEST(Get("/v1/events?until=2026-01-01&tz=Mars/Base", auditor).status == 400);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
