// Fuzzes the JSON request decoder: arbitrary bytes as the body of every
// command the API takes give an error naming the field, or a command, never
// a crash. A command that decodes writes back to JSON that decodes again.

#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <variant>

#include "adapters/json/struct_json.h"
#include "events/account_commands.h"
#include "events/activity_commands.h"
#include "events/people_commands.h"

namespace {

template <class Variant>
void DecodeEach(const boost::json::value& body) {
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<std::variant_size_v<Variant>>>([&](auto i) {
    std::variant_alternative_t<decltype(i)::value, Variant> command;
    if (!homeward::jsonc::FromJson(body, command).ok()) return;
    const boost::json::value written = homeward::jsonc::ToJson(command);
    decltype(command) reread;
    if (!homeward::jsonc::FromJson(written, reread).ok()) std::abort();
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  boost::json::error_code ec;
  const boost::json::value body =
      boost::json::parse(boost::json::string_view(reinterpret_cast<const char*>(data), size), ec);
  if (ec) return 0;
  DecodeEach<homeward::PeopleCommand>(body);
  DecodeEach<homeward::ActivityCommand>(body);
  DecodeEach<homeward::AccountCommand>(body);
  return 0;
}
