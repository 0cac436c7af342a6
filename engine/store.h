#pragma once
// The RocksDB database under a homeward data directory: opening it with the
// options docs/log-format.md explains, checking that it is a homeward store of
// a format this program reads, and handing out its column families.
// Only engine/ includes this header; nothing above the engine sees RocksDB.

#include <rocksdb/db.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "events/status.h"

namespace homeward {

// How to open a store.
struct StoreOptions {
  bool create_if_missing = true;  // make a new store in an absent or empty directory
  bool read_only = false;         // open without the write lock (verify, replay)
  rocksdb::Env* env = nullptr;    // the file system to use; null: the default (tests inject faults)
  // When set: open as a RocksDB secondary instance keeping its own files
  // here, which needs no lock, so it reads a store a running server holds.
  // It sees the store as it stood at the open (write-ahead log included)
  // and is read-only.
  std::string secondary_path;
};

// An open store. Not copyable; thread-safe as rocksdb::DB is.
class Store {
 public:
  // Opens (or creates) the store in `dir`. Errors: not_found when there is no
  // store and create_if_missing is off; invalid_argument when `dir` holds
  // something that is not a homeward store; precondition_failed when the store
  // is of a newer format; unavailable when RocksDB cannot open it (e.g. locked
  // by another process); corruption when RocksDB reports it.
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const StoreOptions& options);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* meta() const { return families_[0]; }
  rocksdb::ColumnFamilyHandle* log() const { return families_[1]; }
  rocksdb::ColumnFamilyHandle* streams() const { return families_[2]; }
  rocksdb::ColumnFamilyHandle* idempotency() const { return families_[3]; }
  rocksdb::ColumnFamilyHandle* projections() const { return families_[4]; }
  rocksdb::ColumnFamilyHandle* subject_keys() const { return families_[5]; }
  // The column family called `name`, or null.
  rocksdb::ColumnFamilyHandle* Family(std::string_view name) const;
  // Every column family the store has.
  const std::vector<rocksdb::ColumnFamilyHandle*>& families() const { return families_; }
  const std::string& dir() const { return dir_; }
  bool read_only() const { return read_only_; }

  // Rewrites every column family from its memtable down to one bottom level,
  // so bytes that were overwritten or deleted leave the disk: old projection
  // snapshots after an erasure. The write-ahead log files they were in go with
  // the flush. Errors: unavailable.
  Status Compact() const;

  // Records that a write failed: the write-ahead log may be in an error
  // state, so closing does not sync it (RocksDB refuses, and may abort).
  void NoteWriteFailure() const { write_failed_ = true; }

 private:
  Store() = default;

  std::string dir_;
  bool read_only_ = false;
  mutable std::atomic<bool> write_failed_{false};
  std::unique_ptr<rocksdb::DB> db_;
  // Known families in the order of the accessors above, then any others.
  std::vector<rocksdb::ColumnFamilyHandle*> families_;
};

// Converts a RocksDB status into ours; `what` says what was being done.
Status FromRocks(const rocksdb::Status& status, std::string_view what);

}  // namespace homeward
