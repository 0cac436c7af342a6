#include "engine/key_ring.h"

#include <rocksdb/db.h>
#include <sodium.h>

#include <boost/unordered/unordered_flat_map.hpp>
#include <shared_mutex>

#include "engine/chain.h"
#include "engine/shard_array.h"
#include "engine/string_hash.h"

namespace homeward {
namespace {

DataKey NewKey() {
  EnsureSodium();
  DataKey key;
  randombytes_buf(key.data(), key.size());
  return key;
}

Status FromRocksStatus(const rocksdb::Status& s, std::string_view what) {
  if (s.ok()) return Status::Ok();
  return Unavailable(std::string(what) + ": " + s.ToString());
}

// Keys under "k/<subject>", erasures under "e/<subject>".
std::string KeyName(std::string_view subject) { return "k/" + std::string(subject); }
std::string ErasureName(std::string_view subject) { return "e/" + std::string(subject); }

class RocksKeyRing : public KeyRing {
 public:
  // `writable`: opened for writing, so closing it flushes what it wrote.
  RocksKeyRing(std::unique_ptr<rocksdb::DB> db, bool writable)
      : db_(std::move(db)), writable_(writable) {}

  // Every key is a synced put, durable in the write-ahead log; the next open
  // (each read-only one too) would replay that log key by key. Flushing at
  // close writes them into a table once. A flush that fails loses nothing:
  // the log still holds the keys, and the next open replays it.
  ~RocksKeyRing() override {
    if (writable_) db_->Flush(rocksdb::FlushOptions()).PermitUncheckedError();
  }

  Result<std::optional<DataKey>> Find(std::string_view subject) const override {
    CacheShard& shard = cache_.Of(subject);
    if (std::optional<std::optional<DataKey>> cached = Cached(shard, subject)) return *cached;
    // A replay opens the fields of thousands of subjects: one pass over the
    // keys, the first time one is missing, spares a lookup for each.
    std::call_once(warmed_, [this] { Warm(); });
    if (std::optional<std::optional<DataKey>> cached = Cached(shard, subject)) return *cached;
    Result<std::optional<DataKey>> stored = Read(subject);
    if (!stored.ok()) return stored;
    // A read only fills a gap: Ensure and Erase replace the entry after they
    // write, so a read that raced one of them never hides what it wrote.
    std::unique_lock lock(shard.mu);
    return shard.keys.try_emplace(std::string(subject), *stored).first->second;
  }

  Result<DataKey> Ensure(std::string_view subject) override {
    std::lock_guard ensure(ensure_mu_);  // one maker at a time: no key is made twice
    Result<std::optional<DataKey>> found = Find(subject);
    if (!found.ok()) return found.status();
    if (*found) return **found;
    Result<bool> erased = ReadErased(subject);
    if (!erased.ok()) return erased.status();  // never a new key for one who may be erased
    if (*erased) return ErasedSubject(subject);
    const DataKey key = NewKey();
    rocksdb::WriteOptions sync;
    sync.sync = true;
    const rocksdb::Slice bytes(reinterpret_cast<const char*>(key.data()), key.size());
    if (Status s = FromRocksStatus(db_->Put(sync, KeyName(subject), bytes), "storing a key");
        !s.ok()) {
      return s;
    }
    Remember(subject, key);
    return key;
  }

  Status Erase(std::string_view subject) override {
    std::lock_guard ensure(ensure_mu_);
    rocksdb::WriteBatch batch;
    batch.Delete(KeyName(subject));
    batch.Put(ErasureName(subject), "");
    rocksdb::WriteOptions sync;
    sync.sync = true;
    if (Status s = FromRocksStatus(db_->Write(sync, &batch), "erasing a key"); !s.ok()) return s;
    Remember(subject, std::nullopt);
    // Out of the memtable and the log file, then out of every table file.
    if (Status s = FromRocksStatus(db_->Flush(rocksdb::FlushOptions()), "flushing the keys");
        !s.ok()) {
      return s;
    }
    rocksdb::CompactRangeOptions all;
    all.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
    return FromRocksStatus(db_->CompactRange(all, nullptr, nullptr), "compacting the keys");
  }

  bool Erased(std::string_view subject) const override {
    Result<bool> erased = ReadErased(subject);
    return !erased.ok() || *erased;  // what cannot be read is not shown
  }

 private:
  // Part of the cache (cache_ below): the threads of a replay open fields side by
  // side, and one lock for all would pass its cache line between them on
  // every event.
  struct CacheShard {
    mutable std::shared_mutex mu;
    boost::unordered_flat_map<std::string, std::optional<DataKey>, StringHash, std::equal_to<>>
        keys;
  };

  // Whether `subject`'s erasure is recorded. Errors: unavailable.
  Result<bool> ReadErased(std::string_view subject) const {
    std::string value;
    const rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), ErasureName(subject), &value);
    if (s.IsNotFound()) return false;
    if (Status st = FromRocksStatus(s, "reading an erasure"); !st.ok()) return st;
    return true;
  }

  // The key stored for `subject`, read from the database.
  Result<std::optional<DataKey>> Read(std::string_view subject) const {
    std::string value;
    const rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), KeyName(subject), &value);
    if (s.IsNotFound()) return std::optional<DataKey>();
    if (Status st = FromRocksStatus(s, "reading a key"); !st.ok()) return st;
    if (value.size() != DataKey().size()) return Corruption("the key of a subject is damaged");
    DataKey key;
    std::copy(value.begin(), value.end(), key.begin());
    return std::optional(key);
  }

  // What the cache holds for `subject`, if anything.
  static std::optional<std::optional<DataKey>> Cached(const CacheShard& shard,
                                                      std::string_view subject) {
    std::shared_lock lock(shard.mu);
    if (auto it = shard.keys.find(subject); it != shard.keys.end()) return it->second;
    return std::nullopt;
  }

  // Fills the cache with every stored key, in one pass. Like a read, it only
  // fills gaps: what Ensure or Erase wrote meanwhile stays. A failed pass
  // leaves the rest to Find's reads one by one.
  void Warm() const {
    rocksdb::ReadOptions options;
    options.fill_cache = false;
    const std::string prefix = KeyName("");
    std::string upper = prefix;
    ++upper.back();  // "k0": just past every "k/..."
    const rocksdb::Slice upper_slice(upper);
    options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options));
    for (it->Seek(prefix); it->Valid(); it->Next()) {
      const std::string_view name = it->key().ToStringView();
      const std::string_view value = it->value().ToStringView();
      if (!name.starts_with(prefix) || value.size() != DataKey().size()) continue;
      const std::string_view subject = name.substr(prefix.size());
      DataKey key;
      std::copy(value.begin(), value.end(), key.begin());
      CacheShard& shard = cache_.Of(subject);
      std::unique_lock lock(shard.mu);
      shard.keys.try_emplace(std::string(subject), key);
    }
  }

  // What Find answers for `subject` from now on; after a write of it.
  void Remember(std::string_view subject, std::optional<DataKey> key) {
    CacheShard& shard = cache_.Of(subject);
    std::unique_lock lock(shard.mu);
    shard.keys.insert_or_assign(std::string(subject), key);
  }

  std::unique_ptr<rocksdb::DB> db_;
  const bool writable_;
  std::mutex ensure_mu_;
  // Every subject looked up, with its key or none (never had one, or
  // erased): a replay opens each subject's fields many times.
  mutable ShardArray<CacheShard> cache_{16};
  mutable std::once_flag warmed_;
};

}  // namespace

Status ErasedSubject(std::string_view subject) {
  return Status(Code::kConflict, "the personal data of " + std::string(subject) + " was erased",
                "erased");
}

Result<std::optional<DataKey>> MemoryKeyRing::Find(std::string_view subject) const {
  std::lock_guard lock(mu_);
  auto it = keys_.find(subject);
  if (it == keys_.end()) return std::optional<DataKey>();
  return std::optional(it->second);
}

Result<DataKey> MemoryKeyRing::Ensure(std::string_view subject) {
  std::lock_guard lock(mu_);
  if (auto it = keys_.find(subject); it != keys_.end()) return it->second;
  if (erased_.contains(subject)) return ErasedSubject(subject);
  return keys_.emplace(std::string(subject), NewKey()).first->second;
}

Status MemoryKeyRing::Erase(std::string_view subject) {
  std::lock_guard lock(mu_);
  if (auto it = keys_.find(subject); it != keys_.end()) {
    sodium_memzero(it->second.data(), it->second.size());
    keys_.erase(it);
  }
  erased_.emplace(subject);
  return Status::Ok();
}

bool MemoryKeyRing::Erased(std::string_view subject) const {
  std::lock_guard lock(mu_);
  return erased_.contains(subject);
}

Result<std::unique_ptr<KeyRing>> OpenKeyRing(const std::string& dir, bool read_only) {
  EnsureSodium();
  rocksdb::Options options;
  options.create_if_missing = !read_only;
  // Old log files and tables go at once, taking destroyed keys with them.
  options.WAL_ttl_seconds = 0;
  options.WAL_size_limit_MB = 0;
  options.keep_log_file_num = 2;
  rocksdb::DB* raw = nullptr;
  const rocksdb::Status s = read_only ? rocksdb::DB::OpenForReadOnly(options, dir, &raw)
                                      : rocksdb::DB::Open(options, dir, &raw);
  if (!s.ok()) {
    if (read_only && s.IsInvalidArgument()) {
      // A store made before keys existed: an empty ring, read-only.
      return std::unique_ptr<KeyRing>(std::make_unique<MemoryKeyRing>());
    }
    return Unavailable("opening the keys at " + dir + ": " + s.ToString());
  }
  return std::unique_ptr<KeyRing>(
      std::make_unique<RocksKeyRing>(std::unique_ptr<rocksdb::DB>(raw), !read_only));
}

}  // namespace homeward
