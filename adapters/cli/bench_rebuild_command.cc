#include <boost/json.hpp>
#include <iomanip>
#include <iostream>

#include "adapters/cli/commands.h"
#include "bench/rebuild_bench.h"
#include "bench/temp_dir.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunBenchRebuild(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("bench rebuild options");
  RebuildBenchOptions o;
  options.add_options()("help,h", "show this help")(
      "events", po::value(&o.events)->default_value(o.events), "events in the generated log")(
      "segments", po::value(&o.segments)->default_value(o.segments),
      "alternate scan and rebuild this many times; the best of each counts")(
      "seed", po::value(&o.seed)->default_value(o.seed), "the generator's seed")(
      "data", po::value<std::string>(), "keep the generated store in this new directory")(
      "json", "print one JSON object per subject");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("bench rebuild", options, args, vm, out, err, &help))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  if (o.events < 100 || o.events > 100'000'000)
    return ReportError("bench", InvalidArgument("--events must be between 100 and 100000000"), json,
                       out, err);
  if (o.segments < 1 || o.segments > 20)
    return ReportError("bench", InvalidArgument("--segments must be between 1 and 20"), json, out,
                       err);

  TempDir temp("homeward-bench");
  const std::string dir = vm.count("data") ? vm["data"].as<std::string>() : temp.Sub("store");
  Result<RebuildBenchResult> run = RunRebuildBench(o, dir);
  if (!run.ok()) return ReportError("bench", run.status(), json, out, err);
  const double ratio = run->engine.events_per_s / run->scan.events_per_s;
  const auto figures = [&](const RebuildBenchFigures& f) {
    return boost::json::object{{"subject", f.subject},         {"events", f.events},
                               {"seconds", f.seconds},         {"events_per_s", f.events_per_s},
                               {"peak_rss_mb", f.peak_rss_mb}, {"segments", o.segments},
                               {"cpu_seconds", f.cpu_seconds}};
  };
  if (json) {
    boost::json::object engine = figures(run->engine);
    engine["ratio_to_scan"] = ratio;
    engine["view_bytes"] = run->view_bytes;
    boost::json::object scan = figures(run->scan);
    scan["log_bytes"] = run->log_bytes;
    out << boost::json::serialize(engine) << "\n" << boost::json::serialize(scan) << "\n";
  } else {
    out << "rebuild of every projection over " << run->engine.events << " events (generated in "
        << std::fixed << std::setprecision(1) << run->generate_seconds << " s)\n";
    for (const RebuildBenchFigures* f : {&run->engine, &run->scan}) {
      out << "  " << std::left << std::setw(14) << f->subject << std::right << std::setw(10)
          << std::setprecision(0) << f->events_per_s << " events/s  (" << std::setprecision(2)
          << f->seconds << " s, " << f->cpu_seconds << " CPU s, peak RSS " << std::setprecision(0)
          << f->peak_rss_mb << " MiB)\n";
    }
    out << "  rebuild / scan = " << std::setprecision(2) << ratio << "; views "
        << run->view_bytes / 1024 << " KiB, log " << run->log_bytes / 1024 << " KiB\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
