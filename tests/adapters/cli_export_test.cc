// `homeward export` on the demo store: whole files only, owner-readable, with
// a BOM and a header; each table's rows (the roster, service records,
// sponsors, the care board, reminders, the monthly report); and the caller's
// mistakes (an unknown id or organization, a misplaced filter) told apart
// from a failure to write.

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "adapters/cli/commands.h"
#include "bench/temp_dir.h"
#include "tests/adapters/cli_invoke.h"

namespace homeward::cli {

BOOST_AUTO_TEST_SUITE(cli_export_test)

BOOST_AUTO_TEST_CASE(export_writes_a_whole_file_and_calls_an_unknown_id_a_bad_argument) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_TEST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  const std::string file = dir.Sub("roster.csv");
  Run wrote = Invoke(RunExport, {"roster", "--data", data, "--out", file});
  BOOST_TEST(wrote.code == kExitOk, wrote.err);
  BOOST_TEST(std::filesystem::exists(file));
  BOOST_TEST(!std::filesystem::exists(file + ".part"));
  // Exports hold personal data: readable by their owner only.
  BOOST_TEST((std::filesystem::status(file).permissions() ==
              (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write)));
  // An --id naming no activity is the caller's mistake (2), not a failed store (3).
  Run unknown = Invoke(RunExport, {"roster", "--data", data, "--id", "nosuch"});
  BOOST_TEST(unknown.code == kExitUsage, unknown.err);
  BOOST_TEST(unknown.err.find("nosuch") != std::string::npos, unknown.err);
  // So is an --org naming no organization: no file with a header alone.
  const std::string elsewhere = dir.Sub("elsewhere.csv");
  Run no_org =
      Invoke(RunExport, {"reminders", "--data", data, "--org", "nowhere", "--out", elsewhere});
  BOOST_TEST(no_org.code == kExitUsage, no_org.err);
  BOOST_TEST(no_org.err.find("holds no organization 'nowhere'") != std::string::npos, no_org.err);
  BOOST_TEST(!std::filesystem::exists(elsewhere));
  // A service-records filter given to another export is a mistake too, and
  // a malformed day names its option.
  Run misplaced = Invoke(RunExport, {"roster", "--data", data, "--volunteer", "v-wang"});
  BOOST_TEST(misplaced.code == kExitUsage, misplaced.err);
  BOOST_TEST(misplaced.err.find("service-records only") != std::string::npos, misplaced.err);
  Run malformed = Invoke(RunExport, {"service-records", "--data", data, "--to", "2027-02-30"});
  BOOST_TEST(malformed.code == kExitUsage, malformed.err);
  BOOST_TEST(malformed.err.find("to") != std::string::npos, malformed.err);
  Run one = Invoke(RunExport, {"service-records", "--data", data, "--volunteer", "v-wang"});
  BOOST_TEST(one.code == kExitOk, one.err);
  // The sponsors of a year: the demo trip's pledges, one row each; a year out of range refused
  Run sponsors = Invoke(RunExport, {"sponsors", "--data", data, "--year", "1999"});
  BOOST_TEST(sponsors.code == kExitUsage, sponsors.err);
  Run listed = Invoke(RunExport, {"sponsors", "--data", data});
  BOOST_TEST(listed.code == kExitOk, listed.err);
  BOOST_TEST(listed.out.find("爱心单位") != std::string::npos, listed.out);
  // A file that cannot be written leaves nothing behind and says so.
  const std::string blocked = dir.Sub("missing-dir") + "/roster.csv";
  Run failed = Invoke(RunExport, {"roster", "--data", data, "--out", blocked});
  BOOST_TEST(failed.code == kExitError);
  BOOST_TEST(failed.err.find("cannot write") != std::string::npos, failed.err);
}

BOOST_AUTO_TEST_CASE(export_writes_the_care_board_reminders_and_report_of_the_demo) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_TEST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  const std::string bom = "\xEF\xBB\xBF";
  // Each child with the holder of each "3+1" role, and who lacks one.
  Run board = Invoke(RunExport, {"care-board", "--data", data});
  BOOST_TEST_REQUIRE(board.code == kExitOk, board.err);
  BOOST_TEST(board.out.starts_with(bom + "\"儿童编号\",\"姓名\""), board.out);
  BOOST_TEST(board.out.find("\"xiaohua\",\"小花\",\"maling\",\"王芳\",\"张丽\",\"陈小雨\"") !=
                 std::string::npos,
             board.out);
  BOOST_TEST(board.out.find("\"xiaojun\",\"小军\"") != std::string::npos, board.out);
  // Every reminder with its kind and state; the consents the demo recorded are done.
  Run reminders = Invoke(RunExport, {"reminders", "--data", data});
  BOOST_TEST_REQUIRE(reminders.code == kExitOk, reminders.err);
  BOOST_TEST(reminders.out.starts_with(bom + "\"提醒编号\",\"类型\""), reminders.out);
  BOOST_TEST(reminders.out.find("\"consent/xiaohua\",\"待取得监护人同意\"") != std::string::npos,
             reminders.out);
  BOOST_TEST(std::count(reminders.out.begin(), reminders.out.end(), '\n') > 10);
  // The month's figures per unit, the county office first.
  Run report = Invoke(RunExport, {"report", "--data", data});
  BOOST_TEST_REQUIRE(report.code == kExitOk, report.err);
  BOOST_TEST(report.out.starts_with(bom + "\"单位编号\",\"单位\""), report.out);
  BOOST_TEST(report.out.find("\n\"yunyang-fulian\",\"郧阳区妇联\"") != std::string::npos,
             report.out);
  BOOST_TEST(report.out.find("\n\"maling\",\"马岭小学\"") != std::string::npos, report.out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::cli
