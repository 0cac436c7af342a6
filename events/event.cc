#include "events/event.h"

namespace homeward {
namespace {

template <std::size_t I = 0>
Result<Event> DecodeAt(std::string_view type, std::uint32_t version, std::string_view payload) {
  if constexpr (I == std::variant_size_v<Event>) {
    return NotFound("unknown event type '" + std::string(type) + "'");
  } else {
    using E = std::variant_alternative_t<I, Event>;
    if (type == E::kType) {
      Result<E> decoded = DecodePayload<E>(version, payload);
      if (!decoded.ok()) return decoded.status();
      return Event(std::move(decoded).value());
    }
    return DecodeAt<I + 1>(type, version, payload);
  }
}

}  // namespace

std::string_view EventTypeName(const Event& event) {
  return std::visit(
      [](const auto& e) { return std::string_view(std::decay_t<decltype(e)>::kType); }, event);
}

EncodedEvent EncodeEvent(const Event& event) {
  return std::visit([](const auto& e) { return EncodePayload(e); }, event);
}

Result<Event> DecodeEvent(std::string_view type, std::uint32_t version, std::string_view payload) {
  return DecodeAt(type, version, payload);
}

}  // namespace homeward
