#include "engine/store_options.h"

#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/listener.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include "engine/keys.h"

namespace homeward {
namespace {

// The best compression this RocksDB build supports among those we want.
rocksdb::CompressionType Pick(std::initializer_list<rocksdb::CompressionType> wanted) {
  const auto supported = rocksdb::GetSupportedCompressions();
  for (auto c : wanted) {
    for (auto s : supported)
      if (s == c) return c;
  }
  return rocksdb::kNoCompression;
}

// The key of a `streams` entry is the stream id, a zero byte and the
// version (engine/keys.cc); its prefix is the stream id and the zero byte.
// Stream ids hold no zero byte, so one stream's entries are contiguous and
// no other stream's key begins with its prefix.
class StreamPrefix : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "homeward.StreamPrefix.1"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(key.data(), key.size() - 8);
  }
  bool InDomain(const rocksdb::Slice& key) const override {
    return key.size() >= 9 && key[key.size() - 9] == '\0';
  }
};

}  // namespace

rocksdb::ColumnFamilyOptions FamilyOptions(std::string_view name,
                                           const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions cf;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.checksum = rocksdb::kXXH3;
  if (name == keys::kIdempotencyFamily || name == keys::kSubjectKeysFamily) {
    // Point lookups that mostly miss: a Bloom filter skips the disk.
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  if (name == keys::kStreamsFamily) {
    // A command reads one stream (RocksLog::ReadStream): a filter by stream
    // in every table file and memtable lets the read pass over those that
    // hold none of it rather than search each.
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    table.whole_key_filtering = false;
    cf.prefix_extractor = std::make_shared<StreamPrefix>();
    cf.memtable_prefix_bloom_size_ratio = 0.02;
  }
  if (name == keys::kLogFamily) {
    // Every key has the same first byte (the top byte of a big-endian
    // position): the memtable keeps one insert hint, where the last append
    // went, and the next position goes right after it without a search.
    cf.memtable_insert_with_hint_prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(1));
  }
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  cf.level_compaction_dynamic_level_bytes = true;
  cf.compression = Pick({rocksdb::kLZ4Compression, rocksdb::kSnappyCompression});
  cf.bottommost_compression = Pick({rocksdb::kZSTD, rocksdb::kLZ4Compression});
  if (name == keys::kProjectionsFamily) {
    // A large snapshot is flushed right after it is saved (projection_store.cc):
    // room for one memtable per view waiting for its flush, so that saving
    // the next view does not wait for the previous one's flush.
    cf.max_write_buffer_number = 8;
  }
  return cf;
}

namespace {

// The writer stops at the first failed write, and the store is reopened to
// learn what was written (engine/writer.cc). RocksDB's own recovery from a
// full disk or a failed write would only race with that, and can leave
// closing the store waiting on it: it is turned off.
class NoAutoRecovery : public rocksdb::EventListener {
 public:
  void OnErrorRecoveryBegin(rocksdb::BackgroundErrorReason, rocksdb::Status,
                            bool* auto_recovery) override {
    *auto_recovery = false;
  }
};

}  // namespace

rocksdb::DBOptions DatabaseOptions(bool create, rocksdb::Env* env) {
  rocksdb::DBOptions db;
  if (env != nullptr) db.env = env;
  db.create_if_missing = create;
  db.create_missing_column_families = false;  // added after the format check
  db.paranoid_checks = true;
  db.wal_recovery_mode = rocksdb::WALRecoveryMode::kPointInTimeRecovery;
  db.track_and_verify_wals_in_manifest = true;
  db.manual_wal_flush = false;
  db.max_background_jobs = 2;
  db.bytes_per_sync = 1 << 20;
  db.keep_log_file_num = 5;
  db.max_bgerror_resume_count = 0;
  db.listeners.push_back(std::make_shared<NoAutoRecovery>());
  return db;
}

rocksdb::ReadOptions OneStreamOptions(rocksdb::ReadOptions base) {
  base.prefix_same_as_start = true;
  return base;
}

rocksdb::ReadOptions WholeFamilyOptions(rocksdb::ReadOptions base) {
  base.total_order_seek = true;
  return base;
}

}  // namespace homeward
