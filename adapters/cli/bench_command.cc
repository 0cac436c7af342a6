#include <boost/json.hpp>
#include <iomanip>
#include <iostream>

#include "adapters/cli/commands.h"
#include "bench/append_bench.h"
#include "bench/temp_dir.h"

namespace homeward::cli {
namespace po = boost::program_options;
namespace {

boost::json::object FiguresJson(const AppendBenchFigures& f, const AppendBenchOptions& o) {
  return {{"subject", f.subject},
          {"writers", o.writers},
          {"events", f.events},
          {"sync", o.sync},
          {"payload_bytes", o.payload_bytes},
          {"segments", o.segments},
          {"seconds", f.seconds},
          {"events_per_s", f.events_per_s},
          {"batches", f.batches},
          {"write_seconds", f.write_seconds},
          {"events_per_batch", f.batches ? double(f.events) / f.batches : 0.0}};
}

}  // namespace

int RunBench(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (!args.empty() && args[0] == "setup-signups") {
    return RunBenchSetupSignups(std::vector<std::string>(args.begin() + 1, args.end()), out, err);
  }
  if (!args.empty() && args[0] == "rebuild") {
    return RunBenchRebuild(std::vector<std::string>(args.begin() + 1, args.end()), out, err);
  }
  po::options_description options("bench append options");
  AppendBenchOptions o;
  std::string what, sync = "on";
  options.add_options()("help,h", "show this help")(
      "what", po::value(&what)->required(),
      "what to measure: append (or rebuild: bench rebuild --help)")(
      "writers", po::value(&o.writers)->default_value(64), "concurrent appending threads")(
      "events", po::value(&o.events)->default_value(100000), "events in all, over all writers")(
      "sync", po::value(&sync)->default_value("on"), "fsync each write: on or off")(
      "payload-bytes", po::value(&o.payload_bytes)->default_value(160), "bytes per event payload")(
      "segments", po::value(&o.segments)->default_value(3),
      "alternate engine and ceiling this many times")("json", "print one JSON object per subject");
  po::positional_options_description positional;
  positional.add("what", 1);
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("bench", options, args, vm, out, err, &help, &positional))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  if (what != "append")
    return ReportError("bench",
                       InvalidArgument("unknown benchmark '" + what + "'; try: append, rebuild"),
                       json, out, err);
  if (sync != "on" && sync != "off")
    return ReportError("bench", InvalidArgument("--sync must be on or off, not '" + sync + "'"),
                       json, out, err);
  if (o.writers < 1 || o.writers > 4096)
    return ReportError("bench", InvalidArgument("--writers must be between 1 and 4096"), json, out,
                       err);
  if (o.events < static_cast<std::uint64_t>(o.writers))
    return ReportError("bench", InvalidArgument("--events must be at least --writers"), json, out,
                       err);
  o.sync = sync == "on";

  TempDir dir("homeward-bench");
  Result<AppendBenchResult> run = RunAppendBench(o, dir.path());
  if (!run.ok()) return ReportError("bench", run.status(), json, out, err);
  const AppendBenchFigures* engine = &run->engine;
  const AppendBenchFigures* ceiling = &run->ceiling;
  const double ratio = engine->events_per_s / ceiling->events_per_s;

  if (json) {
    boost::json::object e = FiguresJson(*engine, o);
    e["ratio_to_ceiling"] = ratio;
    out << boost::json::serialize(e) << "\n"
        << boost::json::serialize(FiguresJson(*ceiling, o)) << "\n";
  } else {
    out << "append, " << o.writers << " writers, " << o.events << " events, sync " << sync << "\n";
    for (const auto* f : {engine, ceiling}) {
      out << "  " << std::left << std::setw(16) << f->subject << std::right << std::setw(10)
          << std::fixed << std::setprecision(0) << f->events_per_s << " events/s  ("
          << std::setprecision(2) << f->seconds << " s, " << f->batches << " batches)\n";
    }
    out << "  engine / ceiling = " << std::setprecision(2) << ratio << "\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
