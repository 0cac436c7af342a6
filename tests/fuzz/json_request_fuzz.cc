// Fuzzes the JSON request decoder: arbitrary bytes as the body of every
// command the API takes give an error naming the field, or a command, never
// a crash. A command that decodes writes back to JSON that decodes again.
// The body is read as the API reads it (ParseStrict): it refuses all that
// Boost.JSON's parser does, and beyond that only a key named twice; what it
// accepts is the value Boost.JSON reads.

#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "adapters/json/strict_parse.h"
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
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  boost::json::error_code ec;
  const boost::json::value lenient = boost::json::parse(text, ec);
  const homeward::Result<boost::json::value> body = homeward::jsonc::ParseStrict(text);
  if (ec) {
    if (body.ok()) std::abort();
    return 0;
  }
  if (!body.ok()) {
    // Refused where Boost.JSON reads a value: only for a repeated key, named.
    const auto& details = body.status().details();
    if (details.size() != 1 || details.front().first != "field") std::abort();
    return 0;
  }
  // Compared as text: a number past a double's range may read as NaN, which
  // equals nothing, itself included.
  if (boost::json::serialize(*body) != boost::json::serialize(lenient)) std::abort();
  DecodeEach<homeward::PeopleCommand>(*body);
  DecodeEach<homeward::ActivityCommand>(*body);
  DecodeEach<homeward::AccountCommand>(*body);
  return 0;
}
