#include "events/envelope.h"

#include <algorithm>
#include <cstring>

#include "events/bytes.h"

namespace homeward {

std::string HashHex(const Hash& hash) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(hash.size() * 2, '0');
  for (size_t i = 0; i < hash.size(); ++i) {
    out[2 * i] = kDigits[hash[i] >> 4];
    out[2 * i + 1] = kDigits[hash[i] & 0xf];
  }
  return out;
}

// The field order here is the grammar in docs/log-format.md; keep them equal.
std::string EncodeEnvelopeBody(const Envelope& e) {
  std::string out;
  out.reserve(96 + e.stream_id.size() + e.type.size() + e.actor.size() + e.correlation_id.size() +
              e.causation_id.size() + e.idempotency_key.size() + e.payload.size() +
              e.sealed.size());
  ByteWriter w(out);
  // Format 1 unless there are sealed fields: a record without them is the
  // same bytes as before sealing existed.
  const std::uint8_t format = e.sealed.empty() ? 1 : 2;
  w.U8(format);
  w.U64(e.position);
  w.Str(e.stream_id);
  w.U64(e.stream_version);
  w.Str(e.type);
  w.U32(e.schema_version);
  w.I64(e.recorded_at_us);
  w.Str(e.actor);
  w.Str(e.correlation_id);
  w.Str(e.causation_id);
  w.Str(e.idempotency_key);
  w.Str(e.payload);
  if (format >= 2) w.Str(e.sealed);
  w.Raw(std::string_view(reinterpret_cast<const char*>(e.prev_hash.data()), e.prev_hash.size()));
  return out;
}

std::string EncodeEnvelopeRecord(const Envelope& envelope) {
  std::string record = EncodeEnvelopeBody(envelope);
  record.append(reinterpret_cast<const char*>(envelope.hash.data()), envelope.hash.size());
  return record;
}

Result<Envelope> DecodeEnvelopeRecord(std::string_view record, std::string_view* body) {
  Envelope e;
  if (Status s = DecodeEnvelopeRecordInto(record, &e, body); !s.ok()) return s;
  return e;
}

Status DecodeEnvelopeRecordInto(std::string_view record, Envelope* out, std::string_view* body) {
  if (record.size() < 1 + sizeof(Hash)) {
    return Corruption("log record is " + std::to_string(record.size()) +
                      " bytes, too short for an envelope");
  }
  const std::string_view hashed = record.substr(0, record.size() - sizeof(Hash));
  ByteReader r(hashed);
  const std::uint8_t format = r.U8();
  if (format == 0 || format > kEnvelopeFormat) {
    return Corruption("log record has envelope format " + std::to_string(format) +
                      "; this program reads formats 1.." + std::to_string(kEnvelopeFormat));
  }
  Envelope& e = *out;
  e.position = r.U64();
  r.StrInto(e.stream_id);
  e.stream_version = r.U64();
  r.StrInto(e.type);
  e.schema_version = r.U32();
  e.recorded_at_us = r.I64();
  r.StrInto(e.actor);
  r.StrInto(e.correlation_id);
  r.StrInto(e.causation_id);
  r.StrInto(e.idempotency_key);
  r.StrInto(e.payload);
  if (format >= 2) {
    r.StrInto(e.sealed);
  } else {
    e.sealed.clear();
  }
  e.prev_hash = r.Bytes<sizeof(Hash)>();
  if (!r.ok()) {
    return Corruption("log record is truncated at byte " + std::to_string(r.offset()));
  }
  if (r.remaining() != 0) {
    return Corruption("log record has " + std::to_string(r.remaining()) +
                      " unexpected bytes after the envelope");
  }
  std::memcpy(e.hash.data(), record.data() + hashed.size(), sizeof(Hash));
  if (body) *body = hashed;
  return Status::Ok();
}

}  // namespace homeward
