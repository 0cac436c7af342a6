#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/cli/render_text.h"
#include "engine/rocks_log.h"
#include "engine/time_zone.h"
#include "events/unit_events.h"
#include "projections/json_support.h"
#include "projections/replay.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunReplay(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("replay options");
  std::string dir, name, as_of, org, id, month, year, term, tz(kDefaultTimeZone);
  std::uint64_t position = 0;
  options.add_options()("help,h", "show this help")(
      "name", po::value(&name)->required(),
      "the view: a projection (roster, care, reminders, archive, report, accounts, volunteers) "
      "or one shown from others (stations, assessment, sponsors, school-actions, "
      "service-records)")("as-of", po::value(&as_of),
                          "replay the log as it stood at the end of this day (YYYY-MM-DD)")(
      "position", po::value(&position), "replay the log up to and including this position")(
      "tz", po::value(&tz)->default_value(tz),
      "the time zone --as-of days are in, and the text output's times")(
      "org", po::value(&org), "the organization (default: the one of the first event)")(
      "id", po::value(&id),
      "one subject: an activity (roster; v:ID for a volunteer's schedule), a child (archive), a "
      "volunteer (care, reminders, volunteers, service-records) or a unit (report, assessment, "
      "school-actions)")("month", po::value(&month),
                         "the report's month, YYYY-MM (default: the as-of month)")(
      "year", po::value(&year),
      "the assessment's or the sponsors' year, YYYY (default: the as-of year)")(
      "term", po::value(&term),
      "the school actions' term, YYYY-spring or YYYY-autumn (default: the as-of term)")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print one JSON object");
  po::positional_options_description positional;
  positional.add("name", 1);
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("replay", options, args, vm, out, err, &help, &positional))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("replay", s, json, out, err); };
  if (vm.count("as-of") == vm.count("position"))
    return fail(InvalidArgument("give exactly one of --as-of DATE and --position P"));
  if (Status zone = ValidateTimeZone(tz); !zone.ok()) return fail(zone);
  FoldLimit limit;
  if (vm.count("position")) {
    limit.position = position;
  } else {
    Result<Date> day = ParseDate(as_of, "--as-of");
    if (!day.ok()) return fail(day.status());
    Result<FoldLimit> end_of_day = EndOfDayLimit(*day, tz);
    if (!end_of_day.ok()) return fail(end_of_day.status());
    limit = *end_of_day;
  }
  if (Result<std::vector<std::string_view>> p = ProjectionsOfView(name); !p.ok()) {
    return fail(InvalidArgument(p.status().message()));
  }
  RocksLogOptions log_options;
  log_options.create_if_missing = false;
  log_options.read_only = true;  // the live store, and its projections, stay untouched
  auto log = RocksLog::Open(dir, log_options);
  if (!log.ok()) return fail(log.status());

  if (org.empty() && (*log)->Head() > 0) {
    Result<std::string> found = DefaultOrg(**log);
    if (!found.ok()) return fail(found.status());
    org = *found;
  }
  Result<Replayed> replayed =
      ReplayView(**log, name, limit, ViewQuery{org, 0, id, month, year, term});
  if (!replayed.ok()) return fail(replayed.status());
  if (json) {
    out << boost::json::serialize(boost::json::object{{"projection", name},
                                                      {"org", org},
                                                      {"position", replayed->position},
                                                      {"as_of", FormatUtc(replayed->as_of_us)},
                                                      {"view", std::move(replayed->view)}})
        << "\n";
  } else {
    out << name << " of " << (org.empty() ? "(empty log)" : org) << " as of position "
        << replayed->position << " (" << FormatLocalMinute(replayed->as_of_us, tz) << " " << tz
        << ")\n\n";
    RenderText(replayed->view, out, tz);
  }
  return kExitOk;
}

}  // namespace homeward::cli
