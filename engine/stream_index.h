#pragma once
// Lookups in the stream index family shared by the writer and the readers.

#include <cstdint>
#include <string_view>

#include "engine/store.h"

namespace homeward {

// Returns the last committed version of `stream_id` (0 when it has none).
// Errors: unavailable or corruption from RocksDB.
Result<std::uint64_t> ReadStreamVersion(const Store& store, std::string_view stream_id,
                                        const rocksdb::ReadOptions& options = {});

}  // namespace homeward
