#pragma once
// Lookups in the stream index family shared by the writer and the readers.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/store.h"

namespace homeward {

// Returns the last committed version of `stream_id` (0 when it has none).
// Errors: unavailable or corruption from RocksDB.
Result<std::uint64_t> ReadStreamVersion(const Store& store, std::string_view stream_id,
                                        const rocksdb::ReadOptions& options = {});

// Returns the ids of the streams in the index that start with `prefix`, in
// order, at most `max_count`: one seek per stream, past its versions.
// Errors: unavailable or corruption from RocksDB.
Result<std::vector<std::string>> ListStreamIds(const Store& store, std::string_view prefix,
                                               std::size_t max_count);

}  // namespace homeward
