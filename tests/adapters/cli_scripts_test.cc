// The command line as a script or a person meets it: every subcommand's
// --help; `homeward import volunteers` run as a command, with its line
// numbers, its exit codes, its JSON and its all-or-nothing write; and
// `homeward export --json`.

#include <algorithm>
#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <string>

#include "adapters/cli/commands.h"
#include "bench/temp_dir.h"
#include "tests/adapters/cli_invoke.h"

namespace homeward::cli {
namespace {

// Two good volunteers around a bad one: line 3's birthday is no day.
constexpr const char* kVolunteers =
    "志愿者编号,所属单位,姓名,性别,出生日期,联系电话\n"
    "v-he,xiaocao,何静,女,1990-03-04,13800000001\n"
    "v-lu,xiaocao,陆明,男,1988-02-30,13800000002\n"
    "v-qin,maling,秦岚,女,1995-07-08,13800000003\n";

std::string Written(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// The events of stream `id` of the demo organization, one line each.
std::size_t EventsOf(const std::string& data, const std::string& id) {
  const Run log = Invoke(RunLog, {"--data", data, "--stream", "shiyan/volunteer/" + id, "--json"});
  return static_cast<std::size_t>(std::count(log.out.begin(), log.out.end(), '\n'));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_scripts_test)

BOOST_AUTO_TEST_CASE(every_subcommand_answers_help_with_its_usage_and_exit_codes) {
  BOOST_TEST_REQUIRE(Subcommands().size() >= 16u);
  for (const auto& [name, command] : Subcommands()) {
    const Run help = Invoke(command, {"--help"});
    BOOST_TEST(help.code == kExitOk, name << ": " << help.err);
    BOOST_TEST(help.out.find("usage: homeward " + name) != std::string::npos, name);
    BOOST_TEST(help.out.find("exit codes: 0 done") != std::string::npos, name << ": " << help.out);
    BOOST_TEST(help.err.empty(), name << ": " << help.err);
  }
  // Arguments taken by position are named in the usage line.
  BOOST_TEST(Invoke(RunImport, {"--help"}).out.find("usage: homeward import [KIND] [FILE]") !=
             std::string::npos);
  BOOST_TEST(Invoke(RunUser, {"-h"}).out.find("[ACTION] [TARGET]") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_volunteers_file_with_a_bad_row_writes_nothing_and_names_the_line) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_TEST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  const std::string file = Written(dir.Sub("volunteers.csv"), kVolunteers);

  const Run refused = Invoke(RunImport, {"volunteers", file, "--data", data});
  BOOST_TEST(refused.code == kExitFailure, refused.err);
  BOOST_TEST(refused.err.find(file + ":3: v-lu: ") != std::string::npos, refused.err);
  BOOST_TEST(refused.err.find("date_of_birth") != std::string::npos, refused.err);
  BOOST_TEST(refused.out.find("3 rows, 0 imported, 1 bad; nothing written") != std::string::npos,
             refused.out);
  BOOST_TEST(EventsOf(data, "v-he") == 0u);
  BOOST_TEST(EventsOf(data, "v-qin") == 0u);

  const Run json = Invoke(RunImport, {"volunteers", file, "--data", data, "--json"});
  BOOST_TEST(json.code == kExitFailure);
  const boost::json::value report = boost::json::parse(json.out);
  BOOST_TEST(report.at("encoding").as_string() == "UTF-8");
  BOOST_TEST(report.at("rows").to_number<int>() == 3);
  BOOST_TEST(report.at("imported").to_number<int>() == 0);
  const auto& problems = report.at("problems").as_array();
  BOOST_TEST_REQUIRE(problems.size() == 1u);
  BOOST_TEST(problems[0].at("line").to_number<int>() == 3);
  BOOST_TEST(problems[0].at("id").as_string() == "v-lu");
}

BOOST_AUTO_TEST_CASE(skip_bad_registers_the_good_volunteers_once) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_TEST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  const std::string file = Written(dir.Sub("volunteers.csv"), kVolunteers);

  const Run imported = Invoke(RunImport, {"volunteers", file, "--data", data, "--skip-bad"});
  BOOST_TEST(imported.code == kExitOk, imported.err);
  BOOST_TEST(imported.out.find("3 rows, 2 imported, 1 bad (skipped)") != std::string::npos,
             imported.out);
  BOOST_TEST(EventsOf(data, "v-he") == 1u);
  BOOST_TEST(EventsOf(data, "v-qin") == 1u);
  BOOST_TEST(EventsOf(data, "v-lu") == 0u);

  // The same file again registers no one twice.
  const Run again = Invoke(RunImport, {"volunteers", file, "--data", data, "--skip-bad"});
  BOOST_TEST(EventsOf(data, "v-he") == 1u, again.out << again.err);

  // A kind it does not know, and a file it cannot read, are said so.
  const Run kind = Invoke(RunImport, {"donors", file, "--data", data});
  BOOST_TEST(kind.code == kExitUsage);
  BOOST_TEST(kind.err.find("volunteers or children") != std::string::npos, kind.err);
  const Run missing = Invoke(RunImport, {"volunteers", dir.Sub("none.csv"), "--data", data});
  BOOST_TEST(missing.code == kExitError);
  BOOST_TEST(missing.err.find("cannot read") != std::string::npos, missing.err);
}

BOOST_AUTO_TEST_CASE(export_json_gives_rows_keyed_by_the_header_or_the_file_written) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_TEST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  const std::vector<std::string> trip = {"roster", "--data", data, "--id", "trip-childrens-day"};
  const Run csv = Invoke(RunExport, trip);
  std::vector<std::string> as_json = trip;
  as_json.push_back("--json");
  const Run json = Invoke(RunExport, as_json);
  BOOST_TEST_REQUIRE(json.code == kExitOk, json.err);
  const boost::json::array rows = boost::json::parse(json.out).as_array();
  // As many objects as the CSV has lines after its header.
  BOOST_TEST(rows.size() + 1 ==
             static_cast<std::size_t>(std::count(csv.out.begin(), csv.out.end(), '\n')));
  BOOST_TEST_REQUIRE(!rows.empty());
  const auto wang = std::find_if(rows.begin(), rows.end(), [](const boost::json::value& row) {
    return row.as_object().contains("志愿者编号") && row.at("志愿者编号").as_string() == "v-wang";
  });
  BOOST_TEST_REQUIRE(wang != rows.end(), json.out);
  BOOST_TEST(wang->at("姓名").as_string() == "王芳");

  const std::string file = dir.Sub("roster.csv");
  as_json.insert(as_json.end(), {"--out", file});
  const Run wrote = Invoke(RunExport, as_json);
  BOOST_TEST_REQUIRE(wrote.code == kExitOk, wrote.err);
  const boost::json::value summary = boost::json::parse(wrote.out);
  BOOST_TEST(summary.at("file").as_string() == file);
  BOOST_TEST(summary.at("rows").to_number<std::size_t>() == rows.size());

  const Run bad = Invoke(RunExport, {"roster", "--data", data, "--id", "nosuch", "--json"});
  BOOST_TEST(bad.code == kExitUsage);
  BOOST_TEST(boost::json::parse(bad.out).at("error").at("message").as_string().find("nosuch") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::cli
