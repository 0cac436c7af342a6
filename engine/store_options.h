#pragma once
// The RocksDB options of a homeward store: of the database and of each
// column family.
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

}  // namespace homeward
