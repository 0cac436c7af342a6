#include "engine/stream_index.h"

#include <memory>

#include "engine/keys.h"

namespace homeward {

Result<std::uint64_t> ReadStreamVersion(const Store& store, std::string_view stream_id,
                                        const rocksdb::ReadOptions& options) {
  std::unique_ptr<rocksdb::Iterator> it(store.db()->NewIterator(options, store.streams()));
  // The stream's entries sort by version, so its last one is just below the end key.
  it->SeekForPrev(keys::StreamKeyEnd(stream_id));
  if (Status s = FromRocks(it->status(), "reading the stream index"); !s.ok()) return s;
  std::string_view found;
  std::uint64_t version = 0;
  if (it->Valid() && keys::ParseStreamKey(it->key().ToStringView(), &found, &version) &&
      found == stream_id) {
    return version;
  }
  return std::uint64_t{0};
}

Result<bool> StreamIsAt(const Store& store, std::string_view stream_id, std::uint64_t version) {
  const std::string at = keys::StreamKey(stream_id, version);
  const std::string next = keys::StreamKey(stream_id, version + 1);
  // Version 0 has no entry: only the next one is looked up.
  const std::size_t n = version == 0 ? 1 : 2;
  rocksdb::Slice keys[2] = {next, at};
  rocksdb::PinnableSlice values[2];
  rocksdb::Status statuses[2];
  store.db()->MultiGet(rocksdb::ReadOptions(), store.streams(), n, keys, values, statuses);
  for (std::size_t i = 0; i < n; ++i) {
    if (!statuses[i].ok() && !statuses[i].IsNotFound()) {
      return FromRocks(statuses[i], "reading the stream index");
    }
  }
  return statuses[0].IsNotFound() && (n == 1 || statuses[1].ok());
}

}  // namespace homeward
