// Views as spreadsheets over the API: ?format=csv answers a view's rows as
// its reader may see them, in UTF-8 with a BOM; the service records a unit
// loads into the national volunteer system are each coordinator's own, and a
// volunteer reads their own record, with its total, for a proof of service.

#include "adapters/csv/csv_text.h"
#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Two talks tomorrow, one of xiaocao that v-wang serves and one of the
// school that v-zhang serves; three days later each has 2 hours confirmed.
struct Served : RouterFixture {
  Served() {
    ServeTalk("talk-a", "xiaocao", "v-wang");
    ServeTalk("talk-b", "maling", "v-zhang");
    head = std::to_string(log.Head());
  }
  // The rows of a CSV answer, which must start with a BOM.
  static csv::Table Rows(const Response& r) {
    BOOST_TEST_REQUIRE(r.status == 200, r.body);
    BOOST_TEST(r.content_type == "text/csv; charset=utf-8");
    BOOST_TEST_REQUIRE(r.body.starts_with(kBom));
    auto table = csv::ReadCsv(r.body);
    BOOST_TEST_REQUIRE(table.ok(), table.status().ToString());
    return *table;
  }
  static std::string Disposition(const Response& r) {
    for (const auto& [name, value] : r.headers)
      if (name == "Content-Disposition") return value;
    return "";
  }
  std::string head;
};

BOOST_FIXTURE_TEST_SUITE(table_routes_test, Served)

BOOST_AUTO_TEST_CASE(service_records_are_each_coordinators_own_and_download_as_csv) {
  const Response all = Get("/v1/service-records?format=csv&min_position=" + head, admin);
  const csv::Table table = Rows(all);
  BOOST_TEST(Disposition(all) == "attachment; filename=\"service-records.csv\"");
  BOOST_TEST_REQUIRE(table.rows.size() == 2u);
  BOOST_TEST(all.body.find("王芳") != std::string::npos);
  BOOST_TEST(all.body.find("张丽") != std::string::npos);
  BOOST_TEST(all.body.find("服务时长(小时)") != std::string::npos);

  // The association's coordinator reads the association's record alone.
  const Response own = Get("/v1/service-records?min_position=" + head, coordinator);
  BOOST_TEST_REQUIRE(own.status == 200, own.body);
  const auto rows = Body(own).at("data").as_array();
  BOOST_TEST_REQUIRE(rows.size() == 2u);  // the header and one record
  BOOST_TEST(own.body.find("王芳") != std::string::npos);
  BOOST_TEST(own.body.find("张丽") == std::string::npos);
  const Response school_own = Get("/v1/service-records?min_position=" + head, school);
  BOOST_TEST(school_own.body.find("张丽") != std::string::npos);
  BOOST_TEST(school_own.body.find("王芳") == std::string::npos);

  // A counselor who is a volunteer (v-li) reads their own rows: none here
  const Response counselors = Get("/v1/service-records", counselor);
  BOOST_TEST_REQUIRE(counselors.status == 200, counselors.body);
  BOOST_TEST(Body(counselors).at("data").as_array().size() == 1u);  // the header alone
  // and one whose account is no volunteer's has no records to read
  const Response made =
      Post("/v1/accounts", admin, R"({"account_id":"he","name":"何老师","role":"counselor"})");
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  const std::string he(Body(made).at("data").at("token").as_string());
  const Response none =
      Get("/v1/service-records?min_position=" + std::to_string(PositionOf(made)), he);
  BOOST_TEST(none.status == 403, none.body);
  BOOST_TEST(none.body.find("王芳") == std::string::npos);
  // An auditor reads every view: everyone's records, as an admin does.
  const Response audited = Get("/v1/service-records", auditor);
  BOOST_TEST_REQUIRE(audited.status == 200, audited.body);
  BOOST_TEST(Body(audited).at("data") == Body(Get("/v1/service-records", admin)).at("data"));
  BOOST_TEST(Body(audited).at("data").as_array().size() > 1u);
  BOOST_TEST(Get("/v1/service-records").status == 401);
}

BOOST_AUTO_TEST_CASE(a_volunteer_downloads_their_own_service_records_and_no_one_elses) {
  // Given v-wang's hours confirmed on the association's talk, and v-zhang's
  // on the school's: when v-wang asks for the service records
  const csv::Table own =
      Rows(Get("/v1/service-records?format=csv&min_position=" + head, volunteer));
  // Then they get their own row only, of whichever unit
  BOOST_TEST_REQUIRE(own.rows.size() == 1u);
  BOOST_TEST(own.rows[0].fields.at(0) == "王芳");
  BOOST_TEST(own.rows[0].fields.at(15) == "2.00");
  // and asking for another volunteer's is refused
  const Response other = Get("/v1/service-records?volunteer=v-zhang", volunteer);
  BOOST_TEST(other.status == 403);
  BOOST_TEST(other.body.find("张丽") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(service_records_are_bounded_by_the_day_each_activity_began) {
  const std::string today = FormatDate(LocalDate(SystemClockMicros(), "Asia/Shanghai").value());
  const std::string tomorrow =
      FormatDate(LocalDate(SystemClockMicros() + 24 * kHour, "Asia/Shanghai").value());
  const auto records = [&](const std::string& query) {
    const Response r = Get("/v1/service-records?min_position=" + head + query, admin);
    BOOST_TEST_REQUIRE(r.status == 200, r.body);
    return Body(r).at("data").as_array().size() - 1;  // without the header
  };
  BOOST_TEST(records("&from=" + tomorrow) == 2u);
  BOOST_TEST(records("&from=" + tomorrow + "&to=" + tomorrow) == 2u);
  BOOST_TEST(records("&to=" + today) == 0u);
  BOOST_TEST(records("&volunteer=v-zhang") == 1u);

  const Response malformed = Get("/v1/service-records?from=2027-13-01", admin);
  BOOST_TEST(malformed.status == 400);
  BOOST_TEST(malformed.body.find("from") != std::string::npos, malformed.body);
  const Response backwards = Get("/v1/service-records?from=" + tomorrow + "&to=" + today, admin);
  BOOST_TEST(backwards.status == 400);
  BOOST_TEST(backwards.body.find("from is after to") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_volunteers_service_record_totals_their_confirmed_hours) {
  // When v-wang reads their service record
  const Response own = Get("/v1/volunteers/v-wang/service-record?min_position=" + head, volunteer);
  BOOST_TEST_REQUIRE(own.status == 200, own.body);
  const auto record = Body(own).at("data").as_object();
  // Then it names them as recorded, lists the talk with its hours, and totals them
  BOOST_TEST(record.at("name").as_string() == "王芳");
  BOOST_TEST(record.at("sex").as_string() == "female");
  BOOST_TEST(record.at("date_of_birth").as_string() == "1982-03-08");
  const auto& rows = record.at("records").as_array();
  BOOST_TEST_REQUIRE(rows.size() == 1u);
  BOOST_TEST(rows[0].at("activity_id").as_string() == "talk-a");
  BOOST_TEST(rows[0].at("title").as_string() == "家长座谈 xiaocao");
  BOOST_TEST(rows[0].at("hours").as_string() == "2.00");
  BOOST_TEST(rows[0].at("recorded_by").as_string() == "负责人");
  BOOST_TEST(record.at("total_minutes").to_number<int>() == 120);
  BOOST_TEST(record.at("total_hours").as_string() == "2.00");
  BOOST_TEST(record.at("issued_on").as_string() ==
             FormatDate(LocalDate(SystemClockMicros(), "Asia/Shanghai").value()));

  // The volunteer's unit's coordinator, admins and auditors read it too; the
  // school's coordinator and other volunteers do not
  BOOST_TEST(Get("/v1/volunteers/v-wang/service-record", coordinator).status == 200);
  BOOST_TEST(Get("/v1/volunteers/v-wang/service-record", admin).status == 200);
  BOOST_TEST(Get("/v1/volunteers/v-wang/service-record", auditor).status == 200);
  BOOST_TEST(Get("/v1/volunteers/v-wang/service-record", school).status == 403);
  BOOST_TEST(Get("/v1/volunteers/v-zhang/service-record", volunteer).status == 403);
  BOOST_TEST(Get("/v1/volunteers/v-nobody/service-record", admin).status == 404);
  // A record lists the volunteer's activities of every unit: v-zhang's, the school's talk
  const Response read = Get("/v1/volunteers/v-zhang/service-record", coordinator);
  BOOST_TEST(Body(read).at("data").at("records").as_array().size() == 1u);

  // A period before the talk holds nothing
  const std::string today = FormatDate(LocalDate(SystemClockMicros(), "Asia/Shanghai").value());
  const auto none = Body(Get("/v1/volunteers/v-wang/service-record?to=" + today, volunteer));
  BOOST_TEST(none.at("data").at("records").as_array().empty());
  BOOST_TEST(none.at("data").at("total_hours").as_string() == "0.00");
}

BOOST_AUTO_TEST_CASE(an_erased_volunteer_has_no_service_record) {
  const CommandContext ctx{std::string(cli::kSeedOrg), "root", "erase", ""};
  auto erased = service.Execute(ctx, PeopleCommand{EraseVolunteerData{"v-wang", "本人申请"}});
  BOOST_TEST_REQUIRE(erased.ok(), erased.status().ToString());
  const Response r = Get("/v1/volunteers/v-wang/service-record", admin);
  BOOST_TEST(r.status == 404);
  BOOST_TEST(r.body.find("erased") != std::string::npos);
  const Response rows = Get("/v1/service-records?volunteer=v-wang", admin);
  BOOST_TEST(Body(rows).at("data").as_array().size() == 1u);  // the header alone
}

BOOST_AUTO_TEST_CASE(a_roster_downloads_as_the_rows_the_cli_exports) {
  const Response roster =
      Get("/v1/activities/talk-a/roster?format=csv&min_position=" + head, coordinator);
  const csv::Table table = Rows(roster);
  BOOST_TEST(Disposition(roster) == "attachment; filename=\"roster-talk-a.csv\"");
  BOOST_TEST_REQUIRE(table.rows.size() == 1u);
  BOOST_TEST(table.header.at(3) == "姓名");
  BOOST_TEST(table.rows[0].fields.at(3) == "王芳");
  // Outside the coordinator's units, as in JSON.
  BOOST_TEST(
      Get("/v1/activities/talk-b/roster?format=csv&min_position=" + head, coordinator).status ==
      403);
  const csv::Table list = Rows(Get("/v1/activities?format=csv&min_position=" + head, coordinator));
  for (const auto& row : list.rows) BOOST_TEST(row.fields.at(2) != "maling");
}

BOOST_AUTO_TEST_CASE(the_care_board_downloads_masked_as_its_reader_sees_it) {
  const Response mine = Get("/v1/care-board?format=csv&min_position=" + head, coordinator);
  BOOST_TEST(Rows(mine).rows.size() >= 1u);
  BOOST_TEST(mine.body.find("王小明") != std::string::npos);
  const Response audited = Get("/v1/care-board?format=csv&min_position=" + head, auditor);
  Rows(audited);
  BOOST_TEST(audited.body.find("xiaoming") != std::string::npos);
  BOOST_TEST(audited.body.find("王小明") == std::string::npos);  // masked for auditors
  const csv::Table report =
      Rows(Get("/v1/units/xiaocao/report?format=csv&min_position=" + head, coordinator));
  BOOST_TEST(report.header.at(0) == "单位编号");
  const csv::Table assessment =
      Rows(Get("/v1/units/xiaocao/assessment?format=csv&min_position=" + head, coordinator));
  BOOST_TEST(assessment.header.at(10) == "本年新建活动站");
  BOOST_TEST_REQUIRE(assessment.rows.size() == 1u);  // the association alone
  BOOST_TEST(assessment.rows.at(0).fields.at(0) == "xiaocao");
  const csv::Table reminders =
      Rows(Get("/v1/reminders?format=csv&min_position=" + head, coordinator));
  BOOST_TEST(reminders.header.at(1) == "类型");
}

BOOST_AUTO_TEST_CASE(a_format_it_does_not_know_or_a_view_with_no_table_is_refused) {
  const Response xml = Get("/v1/care-board?format=xml", coordinator);
  BOOST_TEST(xml.status == 400);
  BOOST_TEST(xml.body.find("format 'xml'") != std::string::npos);
  const Response me = Get("/v1/me?format=csv", coordinator);
  BOOST_TEST(me.status == 400);
  BOOST_TEST(me.body.find("no table") != std::string::npos);
  BOOST_TEST(Get("/v1/care-board?format=json", coordinator).content_type == "application/json");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
