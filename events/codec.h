#pragma once
// The payload codec: an event struct <-> (type name, schema version, bytes).
// Each event struct names itself with `kType` and `kVersion` and lists its
// fields in a cereal `serialize`. Payloads are cereal portable binary,
// written and read by the archives of events/byte_archive.h.
//
// Schema evolution: when a struct's layout changes, bump kVersion and give the
// struct `static Result<E> Upcast(std::uint32_t from_version, std::string_view
// payload)`, which reads the old layout. Old records are upcast when read and
// never rewritten.

#include <cstdint>
#include <string>
#include <string_view>

#include "events/byte_archive.h"
#include "events/status.h"

namespace homeward {

// An event struct: plain data with a stable type name and a schema version.
template <typename E>
concept EventStruct = requires(E e, ByteOutputArchive& ar) {
  { E::kType } -> std::convertible_to<std::string_view>;
  { E::kVersion } -> std::convertible_to<std::uint32_t>;
  e.serialize(ar);
};

// A payload ready for an envelope.
struct EncodedEvent {
  std::string type;
  std::uint32_t schema_version = 0;
  std::string payload;
  std::string sealed;  // personal fields taken out of the payload, encrypted (engine/seal.h)
};

// Builds the corruption error "TYPE: WHAT" that DecodePayload returns.
Status PayloadError(std::string_view type, std::string_view what);

// Encodes `event` with its current schema version. Pure; no errors.
template <EventStruct E>
EncodedEvent EncodePayload(const E& event) {
  std::string payload;
  {
    ByteOutputArchive ar(payload);
    ar(event);
  }
  return {std::string(E::kType), E::kVersion, std::move(payload), {}};
}

// Decodes a payload recorded with schema `version` of E into `*out`, reusing
// the storage of its strings and vectors, upcasting older versions. Errors:
// corruption when the bytes do not decode, when the version is newer than
// this program knows, or when no upcaster covers it; `*out` is then left
// valid but unspecified.
template <EventStruct E>
Status DecodePayloadInto(std::uint32_t version, std::string_view payload, E* out) {
  if (version > E::kVersion) {
    return PayloadError(E::kType, "has schema version " + std::to_string(version) +
                                      "; this program reads up to " + std::to_string(E::kVersion));
  }
  if (version < E::kVersion) {
    if constexpr (requires { E::Upcast(version, payload); }) {
      Result<E> upcast = E::Upcast(version, payload);
      if (!upcast.ok()) return upcast.status();
      *out = std::move(upcast).value();
      return Status::Ok();
    } else {
      return PayloadError(E::kType,
                          "schema version " + std::to_string(version) + " has no upcaster");
    }
  }
  try {
    ByteInputArchive ar(payload);
    ar(*out);
    if (ar.left() != 0) {
      return PayloadError(E::kType, "payload has trailing bytes");
    }
  } catch (const std::exception& e) {
    return PayloadError(E::kType, std::string("payload does not decode: ") + e.what());
  }
  return Status::Ok();
}

// Decodes a payload recorded with schema `version` of E. Errors: as DecodePayloadInto.
template <EventStruct E>
Result<E> DecodePayload(std::uint32_t version, std::string_view payload) {
  E event;
  if (Status s = DecodePayloadInto(version, payload, &event); !s.ok()) return s;
  return event;
}

}  // namespace homeward
