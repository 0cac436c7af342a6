// Imports that say what they cannot take: a column the import does not know
// refuses the whole file, naming it, unless a mapping fills it or leaves it
// out; a malformed CSV record is one bad row among the others, reported with
// its line, while RFC 4180 quoting reads as it always did; a name quoted over
// two lines is a bad row. (The rest of
// import: csv_test.)

#include <algorithm>
#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "adapters/cli/commands.h"
#include "adapters/csv/csv_text.h"
#include "adapters/csv/importer.h"
#include "bench/temp_dir.h"
#include "tests/adapters/cli_invoke.h"
#include "tests/adapters/demo_log.h"
#include "tests/adapters/gb18030.h"
#include "tests/engine/opened_state.h"

namespace homeward::csv {
namespace {

using testing::Gb18030;

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The guardian's mobile under a heading of the school's own.
const std::string kGuardianMobile =
    "学籍号,姓名,出生日期,监护人,监护人手机\n"
    "2031101,李小红,2016-05-01,李奶奶,13912345678\n";

// Line 2 has a stray quote; line 4 a date that is no day; line 5 too few fields.
const std::string kStrayQuote =
    "学籍号,姓名,出生日期\n"
    "2031201,王\"五,2016-01-01\n"
    "2031202,李四,2016-02-02\n"
    "2031203,赵六,2016-13-01\n"
    "2031204,钱七\n"
    "2031205,\"孙,八\",2016-03-03\n";

BOOST_AUTO_TEST_SUITE(csv_import_test)

BOOST_AUTO_TEST_CASE(a_column_the_import_does_not_know_refuses_the_whole_file_and_names_it) {
  DemoLog demo;
  const std::uint64_t head = demo.log.Head();
  ImportOptions options = demo.Children();
  for (bool skip_bad : {false, true}) {  // not a row's problem: the file's
    options.skip_bad = skip_bad;
    const Result<ImportReport> report = ImportCsv(demo.log, Gb18030(kGuardianMobile), options);
    BOOST_TEST_REQUIRE(!report.ok());
    const Status& s = report.status();
    BOOST_TEST(s.code() == Code::kInvalidArgument);
    BOOST_TEST(s.reason() == "unknown_column");
    BOOST_TEST(Has(s.message(), "'监护人手机'"), s.message());
    BOOST_TEST(Has(s.message(), "guardian_phone (监护人电话)"), s.message());
    BOOST_TEST(Has(s.message(), "--map '监护人手机=FIELD'"), s.message());
    BOOST_TEST(Has(s.message(), "--map '监护人手机=-'"), s.message());
    BOOST_TEST(Has(s.detail("unknown_columns").value_or(""), "监护人手机"));
    BOOST_TEST(demo.log.Head() == head);
  }
  // A heading of children's files is no volunteers' column.
  ImportOptions volunteers;
  volunteers.org = "shiyan";
  volunteers.defaults.unit_id = "xiaocao";
  const auto school = ImportCsv(demo.log, "志愿者编号,姓名,学校\nv-1,甲,马岭小学\n", volunteers);
  BOOST_TEST_REQUIRE(!school.ok());
  BOOST_TEST(Has(school.status().message(), "'学校'"), school.status().message());
  BOOST_TEST(demo.log.Head() == head);
}

BOOST_AUTO_TEST_CASE(a_file_without_a_header_row_is_refused_without_quoting_its_first_record) {
  DemoLog demo;
  const std::uint64_t head = demo.log.Head();
  const Result<ImportReport> report =
      ImportCsv(demo.log, "2031101,李小红,2016-05-01,13912345678\n", demo.Children());
  BOOST_TEST_REQUIRE(!report.ok());
  const Status& s = report.status();
  BOOST_TEST(s.reason() == "no_header");
  BOOST_TEST(Has(s.message(), "not a header row"), s.message());
  for (const char* cell : {"李小红", "13912345678", "2031101"})
    BOOST_TEST(!Has(s.message() + s.detail("fields").value_or(""), cell), s.message());
  BOOST_TEST(demo.log.Head() == head);
}

BOOST_AUTO_TEST_CASE(a_mapping_fills_a_column_the_import_does_not_know_or_leaves_it_out) {
  DemoLog demo;
  ImportOptions options = demo.Children();
  options.mapping = "学籍号=child_id,监护人手机=guardian_phone";
  const auto filled = ImportCsv(demo.log, Gb18030(kGuardianMobile), options);
  BOOST_TEST_REQUIRE(filled.ok(), filled.status().ToString());
  BOOST_TEST(filled->imported == 1u);
  BOOST_TEST(testing::OpenedChild(demo.log, "shiyan", "2031101").card.guardian.phone ==
             "13912345678");

  options.mapping = "学籍号=child_id,备注=-";
  const auto left_out =
      ImportCsv(demo.log, "学籍号,姓名,出生日期,备注\n2031102,王小刚,2015-01-02,转学\n", options);
  BOOST_TEST_REQUIRE(left_out.ok(), left_out.status().ToString());
  BOOST_TEST(left_out->imported == 1u);
  // A field that does not exist is still refused, and says how to leave a column out.
  options.mapping = "学籍号=child_id,备注=remarks";
  const auto wrong = ImportCsv(demo.log, "学籍号,姓名,备注\n2031103,甲,x\n", options);
  BOOST_TEST_REQUIRE(!wrong.ok());
  BOOST_TEST(Has(wrong.status().message(), "heading=-"), wrong.status().message());
}

BOOST_AUTO_TEST_CASE(a_value_under_a_column_without_a_heading_is_a_bad_row) {
  DemoLog demo;
  const std::uint64_t head = demo.log.Head();
  // Spreadsheets write empty headings after the last one: fine while empty.
  const std::string file =
      "学籍号,姓名,出生日期,\n2031111,甲,2016-01-01,\n2031112,乙,2016-01-02,多出来\n";
  const auto report = ImportCsv(demo.log, file, demo.Children());
  BOOST_TEST_REQUIRE(report.ok(), report.status().ToString());
  BOOST_TEST_REQUIRE(report->problems.size() == 1u);
  BOOST_TEST(report->problems[0].line == 3u);
  BOOST_TEST(Has(report->problems[0].reason, "column 4"), report->problems[0].reason);
  BOOST_TEST(demo.log.Head() == head);
}

BOOST_AUTO_TEST_CASE(a_malformed_record_is_one_bad_row_and_the_rows_after_it_are_checked) {
  DemoLog demo;
  const std::uint64_t head = demo.log.Head();
  ImportOptions options = demo.Children();
  const auto report = ImportCsv(demo.log, kStrayQuote, options);
  BOOST_TEST_REQUIRE(report.ok(), report.status().ToString());
  BOOST_TEST(report->rows == 5u);
  BOOST_TEST_REQUIRE(report->problems.size() == 3u);
  BOOST_TEST(report->problems[0].line == 2u);
  BOOST_TEST(Has(report->problems[0].reason, "malformed CSV"));
  BOOST_TEST(!Has(report->problems[0].reason, "王"));  // the line finds the cell
  BOOST_TEST(report->problems[1].line == 4u);
  BOOST_TEST(report->problems[2].line == 5u);
  BOOST_TEST(demo.log.Head() == head);

  options.skip_bad = true;
  const auto skipped = ImportCsv(demo.log, kStrayQuote, options);
  BOOST_TEST_REQUIRE(skipped.ok(), skipped.status().ToString());
  BOOST_TEST(skipped->imported == 2u);
  BOOST_TEST(testing::OpenedChild(demo.log, "shiyan", "2031205").card.name == "孙,八");
}

BOOST_AUTO_TEST_CASE(a_quoted_name_over_two_lines_is_a_bad_row) {
  DemoLog demo;
  const std::uint64_t head = demo.log.Head();
  // A spreadsheet cell with Alt+Enter in it: legal CSV, no child's name.
  const std::string file =
      "学籍号,姓名,出生日期\n2031121,\"王\n小明\",2016-01-01\n2031122,李四,2016-02-02\n";
  const auto report = ImportCsv(demo.log, file, demo.Children());
  BOOST_TEST_REQUIRE(report.ok(), report.status().ToString());
  BOOST_TEST_REQUIRE(report->problems.size() == 1u);
  BOOST_TEST(report->problems[0].line == 2u);
  BOOST_TEST(Has(report->problems[0].reason, "the child's name must be one line"),
             report->problems[0].reason);
  BOOST_TEST(demo.log.Head() == head);
}

BOOST_AUTO_TEST_CASE(quoting_reads_as_before_around_malformed_records) {
  const Result<Table> t = ReadCsv(
      "a,b\r\n"
      "\"x, y\",\"say \"\"hi\"\"\"\r\n"  // 2
      "\"ab\"c,1\r\n"                    // 3: text after a closing quote
      "\"two\nlines\",z\r\n"             // 4-5
      "bad\"quote,2\n"                   // 6: a quote in an unquoted value
      "\n"
      "last,\"row\"");  // 8
  BOOST_TEST_REQUIRE(t.ok(), t.status().ToString());
  BOOST_TEST_REQUIRE(t->rows.size() == 5u);
  BOOST_TEST(t->rows[0].fields == (std::vector<std::string>{"x, y", "say \"hi\""}));
  BOOST_TEST(t->rows[0].malformed.empty());
  BOOST_TEST(t->rows[1].line == 3u);
  BOOST_TEST(!t->rows[1].malformed.empty());
  BOOST_TEST(t->rows[1].fields.empty());
  BOOST_TEST(t->rows[2].line == 4u);
  BOOST_TEST(t->rows[2].fields == (std::vector<std::string>{"two\nlines", "z"}));
  BOOST_TEST(t->rows[3].line == 6u);
  BOOST_TEST(!t->rows[3].malformed.empty());
  BOOST_TEST(t->rows[4].line == 8u);
  BOOST_TEST(t->rows[4].fields == (std::vector<std::string>{"last", "row"}));
  // Lines ended by a CR alone: the record after a bad one is still read.
  const Result<Table> mac = ReadCsv("a,b\r1,x\"y\r2,z\r");
  BOOST_TEST_REQUIRE(mac.ok());
  BOOST_TEST_REQUIRE(mac->rows.size() == 2u);
  BOOST_TEST(!mac->rows[0].malformed.empty());
  BOOST_TEST(mac->rows[1].fields == (std::vector<std::string>{"2", "z"}));
}

BOOST_AUTO_TEST_CASE(a_quote_never_closed_is_one_bad_row_and_a_record_names_where_it_broke) {
  const Result<Table> open = ReadCsv("a,b\n1,x\n2,\"never closed\n3,y\n");
  BOOST_TEST_REQUIRE(open.ok(), open.status().ToString());
  BOOST_TEST_REQUIRE(open->rows.size() == 2u);
  BOOST_TEST(open->rows[1].line == 3u);
  BOOST_TEST(Has(open->rows[1].malformed, "never closed"), open->rows[1].malformed);
  // A record over two lines that goes wrong on its second.
  const Result<Table> two = ReadCsv("a,b\n\"one\ntwo\"x,1\n3,y\n");
  BOOST_TEST_REQUIRE(two.ok(), two.status().ToString());
  BOOST_TEST_REQUIRE(two->rows.size() == 2u);
  BOOST_TEST(two->rows[0].line == 2u);
  BOOST_TEST(Has(two->rows[0].malformed, "(on line 3)"), two->rows[0].malformed);
  BOOST_TEST(two->rows[1].line == 4u);
  BOOST_TEST(two->rows[1].fields == (std::vector<std::string>{"3", "y"}));
  // A malformed header leaves nothing to map: the file is refused.
  BOOST_TEST(!ReadCsv("a,b\"c\n1,2\n").ok());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::csv

namespace homeward::cli {
namespace {

std::string Written(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// The events of child `id` of the demo organization.
std::size_t ChildEvents(const std::string& data, const std::string& id) {
  const Run log = Invoke(RunLog, {"--data", data, "--stream", "shiyan/child/" + id, "--json"});
  return static_cast<std::size_t>(std::count(log.out.begin(), log.out.end(), '\n'));
}

BOOST_AUTO_TEST_SUITE(csv_import_cli_test)

BOOST_AUTO_TEST_CASE(import_names_an_unknown_column_exits_2_and_says_so_in_json) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_TEST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  const std::string file = Written(dir.Sub("kids.csv"), csv::Gb18030(csv::kGuardianMobile));
  const std::vector<std::string> args = {"children", file,     "--data", data,
                                         "--unit",   "maling", "--map"};
  std::vector<std::string> plain = args;
  plain.push_back("学籍号=child_id");
  const Run refused = Invoke(RunImport, plain);
  BOOST_TEST(refused.code == kExitUsage, refused.out);
  BOOST_TEST(csv::Has(refused.err, "'监护人手机'"), refused.err);
  BOOST_TEST(csv::Has(refused.err, "--map"), refused.err);
  std::vector<std::string> json = plain;
  json.push_back("--json");
  const Run as_json = Invoke(RunImport, json);
  BOOST_TEST(as_json.code == kExitUsage);
  const boost::json::value error = boost::json::parse(as_json.out).at("error");
  BOOST_TEST(error.at("code").as_string() == "unknown_column");
  BOOST_TEST(
      csv::Has(std::string(error.at("details").at("unknown_columns").as_string()), "监护人手机"));
  BOOST_TEST(ChildEvents(data, "2031101") == 0u);

  std::vector<std::string> mapped = args;
  mapped.push_back("学籍号=child_id,监护人手机=guardian_phone");
  const Run imported = Invoke(RunImport, mapped);
  BOOST_TEST(imported.code == kExitOk, imported.err);
  BOOST_TEST(csv::Has(imported.out, "1 rows, 1 imported"), imported.out);
  BOOST_TEST(csv::Has(Invoke(RunImport, {"--help"}).out, "'heading=-'"));
}

BOOST_AUTO_TEST_CASE(import_reports_a_malformed_row_with_the_other_bad_rows_and_exits_1) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_TEST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  const std::string file = Written(dir.Sub("kids.csv"), csv::kStrayQuote);
  const std::vector<std::string> args = {"children", file,     "--data", data,
                                         "--unit",   "maling", "--map",  "学籍号=child_id"};
  const Run refused = Invoke(RunImport, args);
  BOOST_TEST(refused.code == kExitFailure, refused.err);
  BOOST_TEST(csv::Has(refused.err, file + ":2: malformed CSV"), refused.err);
  BOOST_TEST(csv::Has(refused.err, file + ":4: 2031203: "), refused.err);
  BOOST_TEST(csv::Has(refused.err, file + ":5: "), refused.err);
  BOOST_TEST(csv::Has(refused.out, "5 rows, 0 imported, 3 bad; nothing written"), refused.out);
  BOOST_TEST(ChildEvents(data, "2031202") == 0u);

  std::vector<std::string> json = args;
  json.push_back("--json");
  const Run as_json = Invoke(RunImport, json);
  BOOST_TEST(as_json.code == kExitFailure);
  const boost::json::array problems = boost::json::parse(as_json.out).at("problems").as_array();
  BOOST_TEST_REQUIRE(problems.size() == 3u);
  BOOST_TEST(problems[0].at("line").to_number<int>() == 2);
  BOOST_TEST(problems[2].at("line").to_number<int>() == 5);

  std::vector<std::string> skip = args;
  skip.push_back("--skip-bad");
  const Run imported = Invoke(RunImport, skip);
  BOOST_TEST(imported.code == kExitOk, imported.err);
  BOOST_TEST(csv::Has(imported.out, "5 rows, 2 imported, 3 bad (skipped)"), imported.out);
  BOOST_TEST(ChildEvents(data, "2031202") >= 1u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::cli
