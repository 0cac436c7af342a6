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
#include <type_traits>
#include <vector>

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
  std::string sealed;  // personal fields taken out of the payload, encrypted (engine/seal.h)
};

// An input stream buffer over bytes it does not own: lets cereal read a
// payload in place, without copying it into a std::istringstream.
class ViewBuffer : public std::streambuf {
 public:
  void Reset(std::string_view bytes) {
    char* begin = const_cast<char*>(bytes.data());  // only ever read
    setg(begin, begin, begin + bytes.size());
  }
  std::size_t left() const { return static_cast<std::size_t>(egptr() - gptr()); }
};

// A stream over a ViewBuffer, one per thread: making a std::istream per
// payload would cost more than decoding most payloads.
struct PayloadStream {
  ViewBuffer buffer;
  std::istream in{&buffer};

  // The stream, reset to read `bytes`.
  static PayloadStream& For(std::string_view bytes) {
    thread_local PayloadStream stream;
    stream.buffer.Reset(bytes);
    stream.in.clear();
    return stream;
  }
};

// The payload being decoded on this thread, if any: a string's or a vector's
// length read from it must fit in the bytes it has left, so a damaged length
// fails the decode instead of making the reader allocate gigabytes.
inline thread_local const ViewBuffer* decoding_payload = nullptr;

// Throws cereal::Exception when `count` items cannot fit in the rest of the
// payload being decoded (every item takes at least a byte).
inline void CheckPayloadLength(std::uint64_t count) {
  if (decoding_payload != nullptr && count > decoding_payload->left()) {
    throw cereal::Exception("a length of " + std::to_string(count) + " runs past the payload's " +
                            std::to_string(decoding_payload->left()) + " bytes left");
  }
}

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
  return {std::string(E::kType), E::kVersion, std::move(out).str(), {}};
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
  PayloadStream& stream = PayloadStream::For(payload);
  struct Decoding {  // the bound on lengths, for this payload only
    explicit Decoding(const ViewBuffer* b) { decoding_payload = b; }
    ~Decoding() { decoding_payload = nullptr; }
  } bound(&stream.buffer);
  try {
    cereal::PortableBinaryInputArchive ar(stream.in);
    ar(*out);
    if (stream.buffer.left() != 0) {
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

// Bools, strings and vectors read by the portable binary archive, as cereal
// reads them (the same bytes), checked: a bool is 0 or 1, and a length fits
// in the payload before anything is allocated (homeward::CheckPayloadLength).
namespace cereal {

// A bool is one byte, 0 or 1: any other value is a damaged payload, not a
// bool with an invalid representation.
inline void load(PortableBinaryInputArchive& ar, bool& value) {
  std::uint8_t byte = 0;
  ar(byte);
  if (byte > 1) throw Exception("a bool holds " + std::to_string(byte));
  value = byte == 1;
}

inline void load(PortableBinaryInputArchive& ar, std::string& text) {
  size_type size = 0;
  ar(make_size_tag(size));
  homeward::CheckPayloadLength(size);
  text.resize(static_cast<std::size_t>(size));
  ar(binary_data(text.data(), static_cast<std::size_t>(size)));
}

template <class T, class A>
void load(PortableBinaryInputArchive& ar, std::vector<T, A>& items) {
  size_type size = 0;
  ar(make_size_tag(size));
  homeward::CheckPayloadLength(size);
  items.resize(static_cast<std::size_t>(size));
  if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
    ar(binary_data(items.data(), static_cast<std::size_t>(size) * sizeof(T)));
  } else {
    for (auto&& item : items) ar(item);
  }
}

}  // namespace cereal
