#pragma once
// Column family names and key layouts of the store; docs/log-format.md is
// the grammar these functions implement.

#include <cstdint>
#include <string>
#include <string_view>

namespace homeward::keys {

// Column families. "default" holds the store's metadata.
inline constexpr std::string_view kMetaFamily = "default";
inline constexpr std::string_view kLogFamily = "log";
inline constexpr std::string_view kStreamsFamily = "streams";
inline constexpr std::string_view kIdempotencyFamily = "idempotency";
inline constexpr std::string_view kProjectionsFamily = "projections";
inline constexpr std::string_view kSubjectKeysFamily = "subject_keys";

// Metadata keys in the meta family.
inline constexpr std::string_view kFormatKey = "format";
inline constexpr std::string_view kChainHeadKey = "chain_head";

// The store format this program writes, and the magic that starts the
// format value, so a foreign RocksDB database is never mistaken for ours.
inline constexpr std::string_view kFormatMagic = "homeward-store";
inline constexpr std::uint32_t kFormatVersion = 1;

// log key: the global position, 8 bytes big-endian.
std::string LogKey(std::uint64_t position);
// Decodes a log key. Returns false when `key` is not 8 bytes.
bool ParseLogKey(std::string_view key, std::uint64_t* position);

// stream index key: stream id bytes, 0x00, stream version 8 bytes big-endian.
// Stream ids hold no 0x00, so one stream's keys are contiguous and ordered.
std::string StreamKey(std::string_view stream_id, std::uint64_t version);
// The smallest and the largest possible key of `stream_id`'s entries.
std::string StreamKeyBegin(std::string_view stream_id);
std::string StreamKeyEnd(std::string_view stream_id);
// Decodes a stream index key. Returns false when it is malformed.
bool ParseStreamKey(std::string_view key, std::string_view* stream_id, std::uint64_t* version);

// format value: magic, 0x00, version u32 big-endian.
std::string FormatValue(std::uint32_t version);
// Decodes a format value. Returns false when the magic does not match.
bool ParseFormatValue(std::string_view value, std::uint32_t* version);

}  // namespace homeward::keys
