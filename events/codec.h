#pragma once
// The payload codec: an event struct <-> (type name, schema version, bytes).
// Each event struct names itself with `kType` and `kVersion` and lists its
// fields in a cereal `serialize`. Payloads are cereal portable binary.
//
// Schema evolution: when a struct's layout changes, bump kVersion and give the
// struct `static Result<E> Upcast(std::uint32_t from_version, std::string_view
// payload)`, which reads the old layout. Old records are upcast when read and
// never rewritten.

#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "events/status.h"

namespace homeward {

// An event struct: plain data with a stable type name and a schema version.
template <typename E>
concept EventStruct = requires(E e, cereal::PortableBinaryOutputArchive& ar) {
  { E::kType } -> std::convertible_to<std::string_view>;
  { E::kVersion } -> std::convertible_to<std::uint32_t>;
  e.serialize(ar);
};

// A payload ready for an envelope.
struct EncodedEvent {
  std::string type;
  std::uint32_t schema_version = 0;
  std::string payload;
};

// Builds the corruption error "TYPE: WHAT" that DecodePayload returns.
Status PayloadError(std::string_view type, std::string_view what);

// Encodes `event` with its current schema version. Pure; no errors.
template <EventStruct E>
EncodedEvent EncodePayload(const E& event) {
  std::ostringstream out(std::ios::binary);
  {
    cereal::PortableBinaryOutputArchive ar(out);
    ar(event);
  }
  return {std::string(E::kType), E::kVersion, std::move(out).str()};
}

// Decodes a payload recorded with schema `version` of E, upcasting older
// versions. Errors: corruption when the bytes do not decode, when the version
// is newer than this program knows, or when no upcaster covers it.
template <EventStruct E>
Result<E> DecodePayload(std::uint32_t version, std::string_view payload) {
  if (version > E::kVersion) {
    return PayloadError(E::kType, "has schema version " + std::to_string(version) +
                                      "; this program reads up to " + std::to_string(E::kVersion));
  }
  if (version < E::kVersion) {
    if constexpr (requires { E::Upcast(version, payload); }) {
      return E::Upcast(version, payload);
    } else {
      return PayloadError(E::kType,
                          "schema version " + std::to_string(version) + " has no upcaster");
    }
  }
  E event;
  try {
    std::istringstream in(std::string(payload), std::ios::binary);
    cereal::PortableBinaryInputArchive ar(in);
    ar(event);
    if (in.peek() != std::char_traits<char>::eof()) {
      return PayloadError(E::kType, "payload has trailing bytes");
    }
  } catch (const std::exception& e) {
    return PayloadError(E::kType, std::string("payload does not decode: ") + e.what());
  }
  return event;
}

}  // namespace homeward
