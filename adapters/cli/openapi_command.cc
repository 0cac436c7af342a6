#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/http/api_document.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunOpenApi(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("openapi options");
  options.add_options()("help,h", "show this help")("json", "print JSON instead of YAML");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("openapi", options, args, vm, out, err, &help)) {
    return help ? kExitOk : kExitUsage;
  }
  const boost::json::value doc = http::ApiDocument();
  if (vm.count("json")) {
    out << boost::json::serialize(doc) << "\n";
  } else {
    out << http::ToYaml(doc);
  }
  return kExitOk;
}

}  // namespace homeward::cli
