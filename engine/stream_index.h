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

// Whether the last committed version of `stream_id` is `version`, found with
// point lookups (its entry at `version` is there, the next one is not) rather
// than a seek: the cheaper check when the version is expected, as a guard of a
// stream a decision read is. Errors: as ReadStreamVersion.
Result<bool> StreamIsAt(const Store& store, std::string_view stream_id, std::uint64_t version);

}  // namespace homeward
