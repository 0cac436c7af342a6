// The whole authorization matrix of reads: every read route, each role, on
// someone else's object where the route names one, with the status each role
// gets; and in no answer to anyone the personal data their role may not see.
// A read route added without a row here fails the test. The chosen cases with
// their reasons are in authorization_test.cc; writes in write_matrix_test.cc.

#include <algorithm>
#include <array>
#include <set>

#include "adapters/http/read_routes.h"
#include "tests/adapters/matrix_fixture.h"

namespace homeward::http {
namespace {

// Someone else's objects (matrix_fixture.h): the child xiaoming and the
// volunteer v-sun, both of xiaocao, so of gao's unit and of no one else's;
// the trip (of xiaocao too, with v-wang signed up); the log's streams of
// xiaoming. Coordinators read any volunteer's schedule, care and reminders
// (volunteers serve in other units' activities), with the children of other
// units left out; a volunteer's details only within their units. A counselor
// reads the children an activity enrolled, whom they meet. This router
// verifies no chain (it is verified from the store on disk, as the socket
// test reads it): those who may ask get 503.
struct Row {
  std::string pattern;        // the route, as ReadRoutes() names it
  std::string target;         // the request, on someone else's object
  std::array<int, 6> status;  // of each of kWho
};

BOOST_FIXTURE_TEST_SUITE(read_matrix_test, MatrixFixture)

BOOST_AUTO_TEST_CASE(each_role_on_each_read_route_gets_its_status_and_no_hidden_personal_data) {
  // clang-format off
  const std::vector<Row> rows = {
      //                                                                         admin gao zhou wang xu audit
      {"/v1/me", "/v1/me",                                                       {200, 200, 200, 200, 200, 200}},
      {"/v1/accounts", "/v1/accounts",                                           {200, 200, 200, 403, 403, 200}},
      {"/v1/volunteers", "/v1/volunteers",                                       {200, 200, 200, 403, 403, 200}},
      {"/v1/volunteers/{volunteer_id}", "/v1/volunteers/v-sun",                  {200, 200, 403, 403, 403, 200}},
      {"/v1/units", "/v1/units",                                                 {200, 200, 200, 200, 200, 200}},
      {"/v1/units/{unit_id}/waiver", "/v1/units/xiaocao/waiver",                 {200, 200, 200, 200, 200, 200}},
      {"/v1/holidays/{year}", "/v1/holidays/2027",                               {200, 200, 200, 200, 200, 200}},
      {"/v1/stations", "/v1/stations",                                           {200, 200, 200, 403, 403, 200}},
      {"/v1/activities", "/v1/activities",                                       {200, 200, 200, 200, 200, 200}},
      {"/v1/activities/{activity_id}/roster", "/v1/activities/trip-childrens-day/roster",
                                                                                 {200, 200, 403, 200, 200, 200}},
      {"/v1/activities/{activity_id}/calendar.ics", "/v1/activities/trip-childrens-day/calendar.ics",
                                                                                 {200, 200, 403, 200, 200, 200}},
      {"/v1/activities/{activity_id}/calendar-link", "/v1/activities/trip-childrens-day/calendar-link",
                                                                                 {200, 200, 403, 200, 200, 200}},
      {"/v1/calendar/{feed}", "/v1/calendar/not-a-secret.ics",                   {404, 404, 404, 404, 404, 404}},
      {"/v1/links/{link}", "/v1/links/not-a-link.ics",                           {404, 404, 404, 404, 404, 404}},
      {"/v1/activities/{activity_id}/children", "/v1/activities/trip-childrens-day/children",
                                                                                 {200, 200, 403, 403, 200, 200}},
      {"/v1/activities/{activity_id}/sessions", "/v1/activities/trip-childrens-day/sessions",
                                                                                 {403, 403, 403, 403, 200, 403}},
      {"/v1/volunteers/{volunteer_id}/schedule", "/v1/volunteers/v-sun/schedule",
                                                                                 {200, 200, 200, 403, 403, 200}},
      {"/v1/volunteers/{volunteer_id}/service-record", "/v1/volunteers/v-sun/service-record",
                                                                                 {200, 200, 403, 403, 403, 200}},
      {"/v1/volunteers/{volunteer_id}/care", "/v1/volunteers/v-sun/care",        {200, 200, 200, 403, 403, 200}},
      {"/v1/care-board", "/v1/care-board",                                       {200, 200, 200, 403, 403, 200}},
      {"/v1/reminders", "/v1/reminders?for=v-sun",                               {200, 200, 200, 403, 403, 200}},
      {"/v1/children/{child_id}/card", "/v1/children/xiaoming/card",             {200, 200, 403, 403, 403, 200}},
      {"/v1/units/{unit_id}/report", "/v1/units/xiaocao/report",                 {200, 200, 403, 403, 403, 200}},
      {"/v1/units/{unit_id}/assessment", "/v1/units/xiaocao/assessment",         {200, 200, 403, 403, 403, 200}},
      {"/v1/units/{unit_id}/school-actions", "/v1/units/xiaocao/school-actions", {200, 200, 403, 403, 403, 200}},
      {"/v1/sponsors", "/v1/sponsors",                                           {200, 200, 200, 403, 403, 200}},
      {"/v1/service-records", "/v1/service-records?volunteer=v-sun",             {200, 200, 200, 403, 403, 200}},
      {"/v1/events", "/v1/events?limit=1000",                                    {200, 403, 403, 403, 403, 200}},
      {"/v1/streams/{stream_id*}", "/v1/streams/child/xiaoming",                 {200, 403, 403, 403, 403, 200}},
      {"/v1/audit/reads", "/v1/audit/reads?child=xiaoming",                      {200, 403, 403, 403, 403, 200}},
      {"/v1/audit/verify", "/v1/audit/verify",                                   {503, 403, 403, 403, 403, 503}},
      {"/v1/replay/{name}", "/v1/replay/archive?position=1000000&id=xiaoming",   {200, 403, 403, 403, 403, 200}},
  };
  // clang-format on
  std::set<std::string> covered, seen;
  for (const Row& row : rows) {
    covered.insert(row.pattern);
    for (std::size_t i = 0; i < kWho.size(); ++i) {
      const Response r = Get(row.target, TokenOf(kWho[i]));
      BOOST_TEST(r.status == row.status[i],
                 kWho[i] << " GET " << row.target << " -> " << r.status << " " << r.body);
      const std::vector<std::string> hidden = HiddenFrom(kWho[i]);
      for (const std::string& text : {kChildName, kGuardianPhone, kVolunteerPhone, kIdNumber}) {
        const bool shown = r.body.find(text) != std::string::npos;
        if (shown) seen.insert(text);
        BOOST_TEST(!(shown && std::count(hidden.begin(), hidden.end(), text)),
                   kWho[i] << " GET " << row.target << " shows " << text);
      }
    }
    if (row.pattern != "/v1/calendar/{feed}" && row.pattern != "/v1/links/{link}") {
      BOOST_TEST(Get(row.target).status == 401, "no token: GET " << row.target);
    }
  }
  // The hidden data is there to be hidden: those who may read it do.
  BOOST_TEST(seen.size() == 4u);
  for (const ReadRoute& route : ReadRoutes()) {
    BOOST_TEST(covered.count(std::string(route.path)) == 1u, route.path << " has no row");
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
