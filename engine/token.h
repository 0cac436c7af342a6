#pragma once
// API tokens: made from 32 random bytes, shown to their owner once, and kept
// only as a BLAKE2b-256 hash, so a copy of the store does not let anyone in.

#include <string>
#include <string_view>

#include "events/envelope.h"

namespace homeward {

// A new token: "hw_" followed by 64 hex digits of fresh randomness.
std::string NewToken();

// The hash an account keeps of `token`: 64 lowercase hex digits.
std::string TokenHash(std::string_view token);

// A token derived from `key` (secret bytes) and `context`: "hw_" followed by
// the 64 hex digits of their keyed BLAKE2b-256. The same two give the same
// token; without the key it is as unguessable as NewToken's.
std::string DerivedToken(std::string_view key, std::string_view context);

// The keyed BLAKE2b-256 of `text` under `key` (secret bytes): a digest that
// no one without the key can compute, so it cannot confirm a guess of `text`.
Hash KeyedDigest(std::string_view key, std::string_view text);

}  // namespace homeward
