#pragma once
// Verification of a store's hash chain, for auditors: proof that the log was
// not altered since it was written, or the first position where it was.

#include <cstdint>
#include <string>

#include "events/envelope.h"
#include "events/status.h"

namespace homeward {

class Store;

// What a walk of the log found.
struct VerifyReport {
  bool ok = true;
  std::uint64_t count = 0;          // envelopes that verified
  std::uint64_t head_position = 0;  // the last verified position
  Hash head_hash{};                 // its hash: note it, and later runs prove the past unchanged
  std::uint64_t bad_position = 0;   // when !ok: the first position that fails
  std::string problem;              // when !ok: what is wrong there
};

// Walks the whole log of `store` in position order and checks, for each
// envelope: the key is the next position, the record decodes and names that
// position, its hash matches its bytes, it chains from the previous hash, and
// the stream index points back to it; then that the chain head marker names
// the last envelope and the index holds no extra entries. Stops at the first
// failure. Errors (as opposed to a failed check): unavailable on I/O errors.
Result<VerifyReport> VerifyLog(const Store& store);

// Opens the store in `dir` read-only (a running server may hold it) and
// verifies it. Errors: as Store::Open, and as VerifyLog.
Result<VerifyReport> VerifyStore(const std::string& dir);

}  // namespace homeward
