#include "engine/stream_index.h"

#include <memory>

#include "engine/keys.h"

namespace homeward {

Result<std::uint64_t> ReadStreamVersion(const Store& store, std::string_view stream_id,
                                        const rocksdb::ReadOptions& options) {
  rocksdb::ReadOptions within = options;
  within.prefix_same_as_start = true;  // one stream's entries (store_options.cc)
  std::unique_ptr<rocksdb::Iterator> it(store.db()->NewIterator(within, store.streams()));
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

Result<std::vector<std::string>> ListStreamIds(const Store& store, std::string_view prefix,
                                               std::size_t max_count) {
  rocksdb::ReadOptions options;
  options.total_order_seek = true;  // across streams, past the per-stream filters
  std::unique_ptr<rocksdb::Iterator> it(store.db()->NewIterator(options, store.streams()));
  std::vector<std::string> ids;
  for (it->Seek(prefix); it->Valid() && ids.size() < max_count;) {
    std::string_view id;
    std::uint64_t version = 0;
    if (!keys::ParseStreamKey(it->key().ToStringView(), &id, &version)) {
      return Corruption("a stream index key does not parse");
    }
    if (!id.starts_with(prefix)) break;
    ids.emplace_back(id);
    it->Seek(keys::StreamKeyEnd(ids.back()));  // past every version of it: none is UINT64_MAX
  }
  if (Status s = FromRocks(it->status(), "listing streams"); !s.ok()) return s;
  return ids;
}

}  // namespace homeward
