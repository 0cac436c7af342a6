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

// A stream index key's stream: the key without its "\0" and 8-byte version
// (engine/keys.h).
class StreamOfKey : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "homeward.StreamOfKey"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(key.data(), key.size() - 9);
  }
  bool InDomain(const rocksdb::Slice& key) const override { return key.size() >= 9; }
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
    // A stream is read by seeking to its first version: a Bloom filter of the
    // streams in each table file (and in the memtable) passes over those
    // that hold none of its versions. Iterators that cross streams ask for
    // total order (engine/stream_index.cc, engine/verify.cc).
    const auto stream_of_key = std::make_shared<StreamOfKey>();
    cf.prefix_extractor = stream_of_key;
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    cf.memtable_prefix_bloom_size_ratio = 0.02;
    // A stream's next version goes right after its last one: with the place
    // of its stream's last insert as a hint, the skip list does not search
    // for it from the top.
    cf.memtable_insert_with_hint_prefix_extractor = stream_of_key;
  }
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  cf.level_compaction_dynamic_level_bytes = true;
  cf.compression = Pick({rocksdb::kLZ4Compression, rocksdb::kSnappyCompression});
  // The log and its index are read a block at a time whenever a stream is
  // loaded: LZ4 opens a log block for a fraction of ZSTD's work, for slightly
  // larger files, and the index (a key and a position per event, a small part
  // of the store) is not compressed at all, so a stream read nobody made
  // before opens its index block without decompressing it
  // (docs/performance.md). What is rarely read is kept small.
  if (name == keys::kStreamsFamily) cf.compression = rocksdb::kNoCompression;
  const bool read_often = name == keys::kLogFamily || name == keys::kStreamsFamily;
  cf.bottommost_compression =
      read_often ? cf.compression : Pick({rocksdb::kZSTD, rocksdb::kLZ4Compression});
  if (name == keys::kProjectionsFamily) {
    // A large snapshot is flushed right after it is saved (projection_store.cc):
    // room for one memtable per view waiting for its flush, so that saving
    // the next view does not wait for the previous one's flush.
    cf.max_write_buffer_number = 8;
    // Each save of a large view flushes a file of its own: a full save (every
    // view) adds a handful to level 0 at once. Compacting them away at the
    // default of four would rewrite the views while the next ones are still
    // being saved, on the cores the save needs; at sixteen, level 0 is
    // compacted every few saves instead, and never stops writes.
    cf.level0_file_num_compaction_trigger = 16;
    cf.level0_slowdown_writes_trigger = 48;
    cf.level0_stop_writes_trigger = 64;
    // A saved view is flushed at once and soon replaced: compressing it on the
    // way to level 0 costs the save a tenth of a rebuild's work. It is
    // compressed when compaction moves it to the bottom level (bottommost_compression).
    cf.compression = rocksdb::kNoCompression;
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

}  // namespace homeward
