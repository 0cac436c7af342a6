// Fuzzes the event codec: arbitrary bytes as a stored envelope record, and as
// the payload of each event type at each schema version, give an error or an
// event, never a crash. A payload of the current schema version that decodes
// re-encodes to exactly its own bytes; an older one, upcast, re-encodes to
// bytes that decode to the same encoding.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "events/envelope.h"
#include "events/event.h"

// Input: the type name, a newline, one byte of schema version, the payload.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string_view body;
  (void)homeward::DecodeEnvelopeRecord(bytes, &body);
  const std::size_t newline = bytes.find('\n');
  if (newline == std::string_view::npos || newline + 1 >= bytes.size()) return 0;
  const std::string_view type = bytes.substr(0, newline);
  const std::uint32_t version = static_cast<std::uint8_t>(bytes[newline + 1]);
  homeward::Result<homeward::Event> event =
      homeward::DecodeEvent(type, version, bytes.substr(newline + 2));
  if (!event.ok()) return 0;
  const homeward::EncodedEvent once = homeward::EncodeEvent(*event);
  // A payload of the current version that decodes is canonical: it is
  // exactly what encoding the event writes. (Cereal's first byte says the
  // byte order; only a little-endian payload, the one homeward writes, can
  // come back byte for byte.)
  const std::string_view payload = bytes.substr(newline + 2);
  if (once.schema_version == version && !payload.empty() && payload[0] == 1 &&
      once.payload != payload)
    std::abort();
  homeward::Result<homeward::Event> again =
      homeward::DecodeEvent(once.type, once.schema_version, once.payload);
  if (!again.ok() || homeward::EncodeEvent(*again).payload != once.payload) std::abort();
  return 0;
}
