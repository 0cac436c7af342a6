#include "adapters/json/struct_json.h"

namespace homeward::jsonc {
namespace {

// Reads exactly `digits` decimal digits at `at`, advancing it.
bool Digits(std::string_view text, std::size_t& at, int digits, int& out) {
  if (at + digits > text.size()) return false;
  out = 0;
  for (int i = 0; i < digits; ++i, ++at) {
    if (text[at] < '0' || text[at] > '9') return false;  // no sign, no space
    out = out * 10 + (text[at] - '0');
  }
  return true;
}

bool Expect(std::string_view text, std::size_t& at, char c) {
  if (at >= text.size() || text[at] != c) return false;
  ++at;
  return true;
}

}  // namespace

Result<std::int64_t> ParseTimestamp(std::string_view text, std::string_view field) {
  const auto bad = [&] {
    return Status(Code::kInvalidArgument,
                  std::string(field) + " '" + std::string(text) +
                      "' is not a time like 2027-05-01T09:00:00+08:00",
                  "", {{"field", std::string(field)}});
  };
  if (text.size() < 16) return bad();
  Result<Date> day = ParseDate(text.substr(0, 10), field);
  if (!day.ok()) return bad();
  std::size_t at = 10;
  int hour = 0, minute = 0, second = 0;
  if (!(Expect(text, at, 'T') || Expect(text, at, ' ')) || !Digits(text, at, 2, hour) ||
      !Expect(text, at, ':') || !Digits(text, at, 2, minute)) {
    return bad();
  }
  std::int64_t micros = 0;
  if (at < text.size() && text[at] == ':') {
    ++at;
    if (!Digits(text, at, 2, second)) return bad();
    if (at < text.size() && text[at] == '.') {
      ++at;
      int scale = 100000;
      for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, scale /= 10) {
        micros += scale * (text[at] - '0');
      }
    }
  }
  if (hour > 23 || minute > 59 || second > 60) return bad();
  int offset_minutes = 0;
  if (Expect(text, at, 'Z')) {
  } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
    const int sign = text[at++] == '-' ? -1 : 1;
    int oh = 0, om = 0;
    if (!Digits(text, at, 2, oh) || !Expect(text, at, ':') || !Digits(text, at, 2, om) || oh > 23 ||
        om > 59) {
      return bad();
    }
    offset_minutes = sign * (oh * 60 + om);
  } else {
    return bad();
  }
  if (at != text.size()) return bad();
  const std::int64_t seconds = std::int64_t{day->days} * 86400 + hour * 3600 + minute * 60 +
                               second - std::int64_t{offset_minutes} * 60;
  return seconds * 1'000'000 + micros;
}

namespace detail {

Status FieldStatus(const std::string& path, std::string message) {
  return Status(Code::kInvalidArgument, std::move(message), "", {{"field", path}});
}

Status FieldError(const std::string& path, std::string_view expected) {
  return FieldStatus(path, "field '" + path + "' must be " + std::string(expected));
}

}  // namespace detail
}  // namespace homeward::jsonc
