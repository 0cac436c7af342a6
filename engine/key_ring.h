#pragma once
// Where the keys that seal personal data live: one 32-byte key per subject
// (a child or a volunteer, named by their stream id). Destroying a subject's
// key is how an append-only log erases that subject's personal data
// (engine/seal.h, docs/privacy.md).

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "events/status.h"

namespace homeward {

// A subject's key for XChaCha20-Poly1305.
using DataKey = std::array<unsigned char, 32>;

// Thread-safe.
class KeyRing {
 public:
  virtual ~KeyRing() = default;

  // The key of `subject`; nullopt when it has none (never had, or erased).
  // Errors: unavailable on an I/O error.
  virtual Result<std::optional<DataKey>> Find(std::string_view subject) const = 0;

  // The key of `subject`, made from fresh randomness and stored durably first
  // when it has none, so no event is sealed with a key that could be lost.
  // Errors: conflict (reason "erased") when `subject` was erased:
  // nothing new is sealed for an erased subject; unavailable.
  virtual Result<DataKey> Ensure(std::string_view subject) = 0;

  // Destroys `subject`'s key for good (the bytes leave the disk, not just the
  // index) and remembers that it was erased. Erasing twice is no error.
  // Errors: unavailable.
  virtual Status Erase(std::string_view subject) = 0;

  // Whether `subject` was erased; also true when that cannot be read.
  virtual bool Erased(std::string_view subject) const = 0;
};

// A key ring in memory: for tests and in-memory logs.
class MemoryKeyRing : public KeyRing {
 public:
  Result<std::optional<DataKey>> Find(std::string_view subject) const override;
  Result<DataKey> Ensure(std::string_view subject) override;
  Status Erase(std::string_view subject) override;
  bool Erased(std::string_view subject) const override;

 private:
  mutable std::mutex mu_;
  std::map<std::string, DataKey, std::less<>> keys_;
  std::set<std::string, std::less<>> erased_;
};

// A key ring in its own RocksDB database at `dir` (a data directory's
// "keys" folder), apart from the log so that a backup of the log carries no
// keys. Errors: as Store::Open (unavailable when locked or unreadable).
Result<std::unique_ptr<KeyRing>> OpenKeyRing(const std::string& dir, bool read_only);

// The error Ensure gives for an erased subject.
Status ErasedSubject(std::string_view subject);

}  // namespace homeward
