// CSV in and out: RFC 4180 quoting by libcsv, UTF-8 and GB18030 detected,
// imports that check every row before writing any (exports: csv_export_test).

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "adapters/csv/csv_text.h"
#include "adapters/csv/exporter.h"
#include "adapters/csv/importer.h"
#include "engine/clock.h"
#include "engine/command_service.h"
#include "engine/memory_log.h"
#include "tests/adapters/demo_log.h"
#include "tests/adapters/gb18030.h"
#include "tests/engine/opened_state.h"

namespace homeward::csv {
namespace {

using testing::Gb18030;

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
  // A quote never closed in the header leaves no header to read (in a row it
  // is that row's problem: csv_import_test).
  BOOST_TEST(!ReadCsv("\"never closed,1\na,b\n").ok());
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

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::csv
