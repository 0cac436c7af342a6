#pragma once
// The hash chain: each envelope's hash is BLAKE2b-256 over its encoded body,
// and the body holds the previous envelope's hash, so changing, removing or
// reordering any stored byte breaks the chain from that position on.

#include <string_view>

#include "events/envelope.h"

namespace homeward {

// Starts libsodium once (idempotent, thread-safe); aborts when the system
// has no entropy source.
void EnsureSodium();

// Returns BLAKE2b-256 of `body` (libsodium crypto_generichash). Thread-safe.
Hash HashBody(std::string_view body);

// Returns 32 bytes from the operating system's entropy (libsodium randombytes).
Hash RandomBytes();

// Fills `envelope.hash` from its encoded body and returns the stored record
// (body followed by hash). `envelope.prev_hash` must already be set.
std::string SealEnvelope(Envelope& envelope);

}  // namespace homeward
