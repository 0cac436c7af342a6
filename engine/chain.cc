#include "engine/chain.h"

#include <sodium.h>

#include <cstdlib>

namespace homeward {

// sodium_init is idempotent and thread-safe; it fails only when the system
// has no entropy source, which makes the process unusable anyway.
void EnsureSodium() {
  static const bool ready = [] { return sodium_init() >= 0; }();
  if (!ready) std::abort();
}

Hash HashBody(std::string_view body) {
  EnsureSodium();
  Hash out;
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(body.data()),
                     body.size(), nullptr, 0);
  return out;
}

Hash RandomBytes() {
  EnsureSodium();
  Hash out;
  randombytes_buf(out.data(), out.size());
  return out;
}

std::string SealEnvelope(Envelope& envelope) {
  std::string record = EncodeEnvelopeBody(envelope);
  envelope.hash = HashBody(record);
  record.append(reinterpret_cast<const char*>(envelope.hash.data()), envelope.hash.size());
  return record;
}

}  // namespace homeward
