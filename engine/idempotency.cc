#include "engine/idempotency.h"

#include "engine/chain.h"
#include "events/bytes.h"

namespace homeward {

std::string EncodeIdempotencyRecord(const IdempotencyRecord& record) {
  std::string out;
  ByteWriter w(out);
  w.Raw(std::string_view(reinterpret_cast<const char*>(record.digest.data()), sizeof(Hash)));
  w.U32(static_cast<std::uint32_t>(record.result.positions.size()));
  w.U64(record.result.positions.empty() ? 0 : record.result.positions.front());
  w.U32(static_cast<std::uint32_t>(record.result.stream_versions.size()));
  for (std::uint64_t v : record.result.stream_versions) w.U64(v);
  return out;
}

Result<IdempotencyRecord> DecodeIdempotencyRecord(std::string_view value) {
  ByteReader r(value);
  IdempotencyRecord record;
  record.digest = r.Bytes<sizeof(Hash)>();
  const std::uint32_t events = r.U32();
  const std::uint64_t first = r.U64();
  const std::uint32_t streams = r.U32();
  // Bounds first: a damaged record must not make us allocate billions of positions.
  if (!r.ok() || r.remaining() != std::size_t{streams} * 8 || first == 0 ||
      events > kMaxAppendBytes || first + events < first) {
    return Corruption("idempotency record is malformed");
  }
  // An append's events take consecutive positions: the writer assigns them in one go.
  for (std::uint32_t i = 0; i < events; ++i) record.result.positions.push_back(first + i);
  for (std::uint32_t i = 0; i < streams; ++i) record.result.stream_versions.push_back(r.U64());
  record.result.replayed = true;
  return record;
}

Hash AppendDigest(const AppendRequest& request) {
  if (request.request_digest) return *request.request_digest;
  std::string canonical;
  ByteWriter w(canonical);
  for (const StreamAppend& stream : request.streams) {
    w.Str(stream.stream_id);
    w.U8(static_cast<std::uint8_t>(stream.expected.kind));
    w.U64(stream.expected.version);
    w.U32(static_cast<std::uint32_t>(stream.events.size()));
    for (const EncodedEvent& event : stream.events) {
      w.Str(event.type);
      w.U32(event.schema_version);
      w.Str(event.payload);
    }
  }
  return HashBody(canonical);
}

}  // namespace homeward
