#pragma once
// The RocksDB options of a homeward store: of the database, of each column
// family, and of the reads that depend on how a family is laid out.
// docs/log-format.md says why for each. Only engine/ includes this header.

#include <rocksdb/options.h>

#include <memory>
#include <string_view>

namespace homeward {

// The options of the family named `name` (engine/keys.h), its table blocks
// cached in `cache`. Pure.
rocksdb::ColumnFamilyOptions FamilyOptions(std::string_view name,
                                           const std::shared_ptr<rocksdb::Cache>& cache);

// The database's options; `create` makes a missing database, `env` (when not
// null) replaces RocksDB's environment (tests inject failures with it). Pure.
rocksdb::DBOptions DatabaseOptions(bool create, rocksdb::Env* env);

// Reads of the `streams` family within one stream: its filters by stream let
// a read skip every table file and memtable that holds nothing of it. A
// read across streams must set `total_order_seek` instead (see
// StreamsScanOptions). `base` carries the snapshot and the rest.
rocksdb::ReadOptions OneStreamOptions(rocksdb::ReadOptions base = {});

// Reads of a whole family in key order, whatever filters its files carry.
rocksdb::ReadOptions WholeFamilyOptions(rocksdb::ReadOptions base = {});

}  // namespace homeward
