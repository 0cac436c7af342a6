#pragma once
// Runs a CLI subcommand in the test's process, as `homeward NAME ARGS...`
// would, and captures its exit code and output.

#include <sstream>
#include <string>
#include <vector>

#include "adapters/cli/commands.h"

namespace homeward::cli {

// A subcommand's exit code and what it wrote to standard output and error.
struct Run {
  int code;
  std::string out, err;
};

// Runs a subcommand as `homeward NAME ARGS...` would, capturing its output.
inline Run Invoke(Command command, std::vector<std::string> args) {
  std::ostringstream out, err;
  const int code = command(args, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace homeward::cli
