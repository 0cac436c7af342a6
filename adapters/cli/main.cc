// homeward: the command line. `homeward COMMAND --help` tells each command's options.

#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "adapters/cli/commands.h"
#include "adapters/cli/huge_region.h"

namespace {

void Usage(std::ostream& out) {
  out << "usage: homeward COMMAND [options]\n\n"
         "commands:\n"
         "  demo     record the seed's Children's Day trip in a store and print it\n"
         "  log      print the event log, or one stream of it\n"
         "  verify   check a store's hash chain and report its head\n"
         "  audit    who recorded what and when in a stream, and the chain status\n"
         "  rebuild  replay projections from the start of the log\n"
         "  replay   show a projection as it stood at a date or position\n"
         "  user     add an account (its token is shown once) or revoke one\n"
         "  erase    erase a child's or volunteer's personal data (destroys its key)\n"
         "  compact  save every view and compact the store\n"
         "  backup   copy the log (without its keys) to a new directory\n"
         "  restore  make a store from a backup, re-applying recorded erasures\n"
         "  serve    answer the HTTP/JSON API\n"
         "  import   add volunteers or children from a CSV file (UTF-8 or GB18030)\n"
         "  export   write a roster, the care board, reminders, a report or service\n"
         "           records as CSV for spreadsheets\n"
         "  openapi  print the API document (docs/openapi.yaml)\n"
         "  bench    measure the log (bench append --help)\n\n"
         "`homeward COMMAND --help` lists a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  // Before any thread starts: the allocator's hook is not locked.
  using homeward::cli::HugePages;
  const char* huge_pages = std::getenv("HOMEWARD_HUGE_PAGES");
  const std::optional<HugePages> pages = homeward::cli::ParseHugePages(huge_pages);
  if (!pages) {
    std::cerr << "homeward: HOMEWARD_HUGE_PAGES is '" << huge_pages
              << "'; use 1 (huge pages), 0 (ordinary pages) or auto (measure, the default)\n";
    return homeward::cli::kExitUsage;
  }
  if (*pages == HugePages::kHuge ||
      (*pages == HugePages::kMeasure && !homeward::cli::TransparentHugePagesOff() &&
       homeward::cli::HugePagesPayOff(homeward::cli::MeasureFaults()))) {
    homeward::cli::BackHeapWithHugePages();
  }
  const auto& commands = homeward::cli::Subcommands();
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    Usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? homeward::cli::kExitUsage : homeward::cli::kExitOk;
  }
  auto command = commands.find(argv[1]);
  if (command == commands.end()) {
    std::cerr << "homeward: unknown command '" << argv[1] << "'\n\n";
    Usage(std::cerr);
    return homeward::cli::kExitUsage;
  }
  return command->second(std::vector<std::string>(argv + 2, argv + argc), std::cout, std::cerr);
}
