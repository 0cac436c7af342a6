#include "engine/projection_store.h"

#include <rocksdb/write_batch.h>

#include "engine/store.h"
#include "events/bytes.h"

namespace homeward {
namespace {

// A snapshot is a header and its state cut into chunks, so no single RocksDB
// value grows without bound:
//   name 0x00 'h'                 -> version u32, position u64, chunks u32, size u64
//   name 0x00 'c' chunk u32 (BE)  -> up to kChunk bytes of the state
constexpr std::size_t kChunk = 1 << 20;

std::string HeaderKey(std::string_view name) {
  std::string key(name);
  key.push_back('\0');
  key.push_back('h');
  return key;
}

std::string ChunkKey(std::string_view name, std::uint32_t index) {
  std::string key(name);
  key.push_back('\0');
  key.push_back('c');
  for (int shift = 24; shift >= 0; shift -= 8) key.push_back(static_cast<char>(index >> shift));
  return key;
}

class RocksProjectionStore : public ProjectionStore {
 public:
  explicit RocksProjectionStore(const Store& store) : store_(store) {}

  Result<std::optional<ProjectionSnapshot>> Load(std::string_view name) const override {
    rocksdb::DB* db = store_.db();
    const rocksdb::Snapshot* view = db->GetSnapshot();
    rocksdb::ReadOptions options;
    options.snapshot = view;
    Result<std::optional<ProjectionSnapshot>> out = LoadAt(options, name);
    db->ReleaseSnapshot(view);
    return out;
  }

  Status Save(std::string_view name, const ProjectionSnapshot& snapshot) override {
    if (store_.read_only()) {
      return Unavailable("the store at " + store_.dir() + " is open read-only");
    }
    auto* family = store_.projections();
    const std::uint32_t chunks =
        static_cast<std::uint32_t>((snapshot.state.size() + kChunk - 1) / kChunk);
    // Room for the whole snapshot and its keys at once: a batch that grows
    // by doubling copies a large view's bytes several times over.
    rocksdb::WriteBatch batch(snapshot.state.size() + (chunks + 2) * (name.size() + 64), 0);
    // Chunks past the new count are left from a larger earlier snapshot.
    batch.DeleteRange(family, ChunkKey(name, chunks), ChunkKey(name, UINT32_MAX));
    for (std::uint32_t i = 0; i < chunks; ++i) {
      const std::string_view part =
          std::string_view(snapshot.state).substr(std::size_t{i} * kChunk, kChunk);
      batch.Put(family, ChunkKey(name, i), rocksdb::Slice(part.data(), part.size()));
    }
    std::string header;
    ByteWriter writer(header);
    writer.U32(snapshot.version);
    writer.U64(snapshot.position);
    writer.U32(chunks);
    writer.U64(snapshot.state.size());
    batch.Put(family, HeaderKey(name), header);
    // Not synced: losing the newest snapshot in a power cut only means
    // catching up from the one before, which is whole and consistent.
    // A large snapshot stays out of the write-ahead log: the log's appends
    // fsync that file, and tens of megabytes in it would ride along with the
    // next one, holding up every append behind it. Its family is flushed at
    // once instead, in the background; header and chunks are in one batch,
    // so in one memtable and one flush, and a crash before the flush ends
    // leaves the snapshot before.
    const bool large = chunks > 1;
    rocksdb::WriteOptions options;
    options.disableWAL = large;
    Status saved =
        FromRocks(store_.db()->Write(options, &batch), "saving projection " + std::string(name));
    if (saved.ok() && large) {
      rocksdb::FlushOptions flush;
      flush.wait = false;
      saved =
          FromRocks(store_.db()->Flush(flush, family), "flushing projection " + std::string(name));
    }
    if (!saved.ok()) store_.NoteWriteFailure();
    return saved;
  }

 private:
  Result<std::optional<ProjectionSnapshot>> LoadAt(const rocksdb::ReadOptions& options,
                                                   std::string_view name) const {
    std::string header;
    rocksdb::Status s = store_.db()->Get(options, store_.projections(), HeaderKey(name), &header);
    if (s.IsNotFound()) return std::optional<ProjectionSnapshot>();
    if (!s.ok()) return FromRocks(s, "reading projection " + std::string(name));
    ByteReader reader(header);
    ProjectionSnapshot snapshot;
    snapshot.version = reader.U32();
    snapshot.position = reader.U64();
    const std::uint32_t chunks = reader.U32();
    const std::uint64_t size = reader.U64();
    if (!reader.ok() || reader.remaining() != 0 || size > std::uint64_t{chunks} * kChunk) {
      return Corruption("projection " + std::string(name) + ": the snapshot header is malformed");
    }
    snapshot.state.reserve(size);
    std::string part;
    for (std::uint32_t i = 0; i < chunks; ++i) {
      s = store_.db()->Get(options, store_.projections(), ChunkKey(name, i), &part);
      if (s.IsNotFound()) {
        return Corruption("projection " + std::string(name) + ": snapshot chunk " +
                          std::to_string(i) + " is missing");
      }
      // A read that failed says nothing of the snapshot: not a reason to
      // drop it and rebuild.
      if (!s.ok()) return FromRocks(s, "reading projection " + std::string(name));
      snapshot.state += part;
    }
    if (snapshot.state.size() != size) {
      return Corruption("projection " + std::string(name) + ": the snapshot has " +
                        std::to_string(snapshot.state.size()) + " bytes, its header says " +
                        std::to_string(size));
    }
    return std::optional<ProjectionSnapshot>(std::move(snapshot));
  }

  const Store& store_;
};

}  // namespace

Result<std::optional<ProjectionSnapshot>> InMemoryProjectionStore::Load(
    std::string_view name) const {
  std::lock_guard lock(mu_);
  auto it = snapshots_.find(name);
  if (it == snapshots_.end()) return std::optional<ProjectionSnapshot>();
  return std::optional<ProjectionSnapshot>(it->second);
}

Status InMemoryProjectionStore::Save(std::string_view name, const ProjectionSnapshot& snapshot) {
  std::lock_guard lock(mu_);
  snapshots_.insert_or_assign(std::string(name), snapshot);
  return Status::Ok();
}

std::unique_ptr<ProjectionStore> NewRocksProjectionStore(const Store& store) {
  return std::make_unique<RocksProjectionStore>(store);
}

}  // namespace homeward
