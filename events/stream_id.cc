#include "events/stream_id.h"

namespace homeward {
namespace {

Status CheckPart(std::string_view whole, std::string_view part, std::string_view name) {
  if (part.empty()) {
    return InvalidArgument("stream id '" + std::string(whole) + "': " + std::string(name) +
                           " is empty");
  }
  for (unsigned char c : part) {
    // Control characters would make keys and logs ambiguous; 0x00 is the
    // separator in the stream index key.
    if (c < 0x20 || c == 0x7f) {
      return InvalidArgument("stream id '" + std::string(whole) + "': " + std::string(name) +
                             " contains a control character");
    }
  }
  return Status::Ok();
}

}  // namespace

std::string StreamId::ToString() const { return org + "/" + category + "/" + id; }

Status ValidateStreamId(std::string_view text) {
  if (text.size() > kMaxStreamIdBytes) {
    return InvalidArgument("stream id is " + std::to_string(text.size()) + " bytes; the limit is " +
                           std::to_string(kMaxStreamIdBytes));
  }
  const size_t first = text.find('/');
  const size_t second = first == std::string_view::npos ? first : text.find('/', first + 1);
  if (second == std::string_view::npos || text.find('/', second + 1) != std::string_view::npos) {
    return InvalidArgument("stream id '" + std::string(text) +
                           "' must have the form org/category/id");
  }
  if (Status s = CheckPart(text, text.substr(0, first), "org"); !s.ok()) return s;
  if (Status s = CheckPart(text, text.substr(first + 1, second - first - 1), "category"); !s.ok())
    return s;
  return CheckPart(text, text.substr(second + 1), "id");
}

Result<StreamId> StreamId::Parse(std::string_view text) {
  if (Status s = ValidateStreamId(text); !s.ok()) return s;
  const size_t first = text.find('/');
  const size_t second = text.find('/', first + 1);
  return StreamId{std::string(text.substr(0, first)),
                  std::string(text.substr(first + 1, second - first - 1)),
                  std::string(text.substr(second + 1))};
}

}  // namespace homeward
