#include "engine/rocks_log.h"

#include <filesystem>

#include "engine/commit_signal.h"
#include "engine/committed_versions.h"
#include "engine/keys.h"
#include "engine/recent_records.h"
#include "engine/store.h"
#include "engine/stream_index.h"
#include "engine/writer.h"
#include "engine/writer_state.h"
#include "events/bytes.h"
#include "events/stream_id.h"

namespace homeward {

namespace {

// The outcome of a visit that stopped early: the error that stopped it, or
// the records visited when the visitor stopped it.
Result<std::size_t> Stopped(const Status& unsound, std::size_t seen) {
  if (!unsound.ok()) return unsound;
  return seen;
}

}  // namespace

struct RocksLog::Impl {
  std::unique_ptr<Store> store;
  std::unique_ptr<KeyRing> keys;  // its own database in DIR/keys, apart from the log
  CommitSignal signal;
  // The newest records the writer committed: a follower's step near the head
  // reads them here (about the last few thousand events).
  RecentRecords recent{8 << 20};
  std::shared_ptr<CommittedVersions> versions;  // the writer's; null when read-only
  WriterStats idle_stats;                       // reported by a read-only log
  std::unique_ptr<Writer> writer;               // null when read-only; destroyed before the store
};

RocksLog::RocksLog(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

RocksLog::~RocksLog() { impl_->writer.reset(); }

Result<std::unique_ptr<RocksLog>> RocksLog::Open(const std::string& dir,
                                                 const RocksLogOptions& options) {
  Result<std::unique_ptr<Store>> store =
      Store::Open(dir, StoreOptions{options.create_if_missing, options.read_only, options.env, {}});
  if (!store.ok()) return store.status();
  Result<WriterState> state = WriterState::Recover(**store);
  if (!state.ok()) return state.status();

  Result<std::unique_ptr<KeyRing>> keys = OpenKeyRing(dir + "/keys", options.read_only);
  if (!keys.ok()) return keys.status();

  auto impl = std::make_unique<Impl>();
  impl->store = std::move(store).value();
  impl->keys = std::move(keys).value();
  impl->signal.Publish(state->committed_next_position() - 1);
  if (!options.read_only) {
    impl->versions = state->versions();
    impl->writer =
        std::make_unique<Writer>(*impl->store, std::move(state).value(), impl->signal,
                                 WriterOptions{options.sync, options.clock,
                                               options.max_round_appends, options.max_round_bytes},
                                 &impl->recent);
  }
  return std::unique_ptr<RocksLog>(new RocksLog(std::move(impl)));
}

void RocksLog::AppendAsync(AppendRequest request, AppendCallback done) {
  if (!impl_->writer) {
    done(Unavailable("the log at " + impl_->store->dir() + " is open read-only"));
    return;
  }
  impl_->writer->Submit(std::move(request), std::move(done));
}

Result<std::vector<Envelope>> RocksLog::ReadAll(std::uint64_t from, std::size_t max_count) const {
  std::vector<Envelope> out;
  // Each record decodes straight into its place in `out`: nothing is copied.
  Result<std::size_t> seen = VisitInto(
      from, max_count, [&] { return &out.emplace_back(); }, [](Envelope&) { return true; });
  if (!seen.ok()) return seen.status();
  return out;
}

Result<std::size_t> RocksLog::Visit(std::uint64_t from, std::size_t max_count,
                                    const EnvelopeVisitor& visit) const {
  Envelope envelope;  // every record decodes into this one's storage
  return VisitInto(
      from, max_count, [&] { return &envelope; }, visit);
}

Result<std::size_t> RocksLog::VisitInto(std::uint64_t from, std::size_t max_count,
                                        const EnvelopeSlot& slot,
                                        const EnvelopeVisitor& visit) const {
  if (from == 0) from = 1;
  const std::uint64_t head = Head();
  if (from > head || max_count == 0) return std::size_t{0};
  std::uint64_t expected = from;
  std::size_t seen = 0;
  // Checks and decodes the record at `expected`, and visits it; false when
  // the visit is over (the visitor said so, or the record is not sound).
  Status unsound;
  const auto take = [&](std::uint64_t position, std::string_view record) {
    if (position != expected) {
      unsound =
          Corruption("the log has a gap: position " + std::to_string(expected) + " is missing");
      return false;
    }
    Envelope& envelope = *slot();
    Status decoded = DecodeEnvelopeRecordInto(record, &envelope);
    if (!decoded.ok() || envelope.position != position) {
      unsound = Corruption("position " + std::to_string(position) + ": " +
                           (decoded.ok() ? "record names another position" : decoded.message()));
      return false;
    }
    ++seen;
    ++expected;
    return visit(envelope);
  };
  // The newest records, while the writer's memory holds them from `from` on.
  const RecentSpan recent =
      impl_->recent.From(from, std::min<std::uint64_t>(max_count, head - from + 1));
  for (std::string_view record : recent.records) {
    if (!take(expected, record)) return Stopped(unsound, seen);
  }
  if (seen == max_count || expected > head) return seen;

  // Read only what is committed: the upper bound keeps a reader from running
  // ahead of the head the writer has published.
  const std::string upper = keys::LogKey(head + 1);
  rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions options;
  options.iterate_upper_bound = &upper_slice;
  // A visit reads records in order, each once (a replay, a page of the log, a
  // follower's step near the head, which the memtable mostly holds): its
  // blocks would only push out of the cache the ones stream reads come back
  // to, and inserting and evicting them costs a quarter of a replay's reading.
  options.fill_cache = false;
  const Store& store = *impl_->store;
  std::unique_ptr<rocksdb::Iterator> it(store.db()->NewIterator(options, store.log()));
  for (it->Seek(keys::LogKey(expected)); it->Valid() && seen < max_count; it->Next()) {
    std::uint64_t position = 0;
    if (!keys::ParseLogKey(it->key().ToStringView(), &position)) position = 0;
    if (!take(position, it->value().ToStringView())) return Stopped(unsound, seen);
  }
  if (Status s = FromRocks(it->status(), "reading the log"); !s.ok()) return s;
  if (seen < max_count && expected <= head) {
    return Corruption("the log has a gap: position " + std::to_string(expected) + " is missing");
  }
  return seen;
}

std::uint64_t RocksLog::Head() const { return impl_->signal.head(); }

KeyRing* RocksLog::keys() const { return impl_->keys.get(); }

Status RocksLog::Compact() const {
  if (impl_->store->read_only()) return Unavailable("the log is open read-only");
  return impl_->store->Compact();
}

bool RocksLog::WaitForPosition(std::uint64_t position, std::chrono::milliseconds timeout) const {
  return impl_->signal.WaitFor(position, timeout);
}

Result<std::vector<Envelope>> RocksLog::ReadStream(std::string_view stream_id,
                                                   std::uint64_t from_version,
                                                   std::size_t max_count) const {
  if (Status s = ValidateStreamId(stream_id); !s.ok()) return s;
  const Store& store = *impl_->store;
  const std::uint64_t head = Head();
  // The index first, then the records it names in one MultiGet. No snapshot
  // is needed: a record is written in the batch that indexes it and is never
  // changed or removed, so every entry the index shows names a record there.
  std::vector<Envelope> out;
  Status status;
  std::vector<std::string> log_keys;
  {
    // Every key of the stream sorts below the id followed by 0x01.
    std::string bound(stream_id);
    bound.push_back('\x01');
    const rocksdb::Slice upper(bound);
    rocksdb::ReadOptions options;
    options.iterate_upper_bound = &upper;
    options.prefix_same_as_start = true;  // one stream's entries (store_options.cc)
    std::unique_ptr<rocksdb::Iterator> it(store.db()->NewIterator(options, store.streams()));
    for (it->Seek(keys::StreamKey(stream_id, from_version));
         it->Valid() && log_keys.size() < max_count; it->Next()) {
      std::uint64_t position = 0;
      if (!keys::ParseLogKey(it->value().ToStringView(), &position)) {
        status = Corruption("stream index entry of '" + std::string(stream_id) + "' is malformed");
        break;
      }
      if (position > head) break;  // written but not yet published as committed
      log_keys.push_back(keys::LogKey(position));
    }
    if (status.ok()) status = FromRocks(it->status(), "reading the stream index");
  }
  if (status.ok() && !log_keys.empty()) {
    const std::vector<rocksdb::Slice> slices(log_keys.begin(), log_keys.end());
    std::vector<rocksdb::PinnableSlice> records(slices.size());
    std::vector<rocksdb::Status> found(slices.size());
    // Positions ascend, and so do their keys.
    store.db()->MultiGet(rocksdb::ReadOptions(), store.log(), slices.size(), slices.data(),
                         records.data(), found.data(), /*sorted_input=*/true);
    out.reserve(slices.size());
    const auto position_of = [&](std::size_t i) {
      std::uint64_t position = 0;
      keys::ParseLogKey(log_keys[i], &position);
      return std::to_string(position);
    };
    for (std::size_t i = 0; i < slices.size() && status.ok(); ++i) {
      if (!found[i].ok()) {
        status = found[i].IsNotFound()
                     ? Corruption("stream '" + std::string(stream_id) +
                                  "' points to missing position " + position_of(i))
                     : FromRocks(found[i], "reading the log");
        break;
      }
      Result<Envelope> envelope = DecodeEnvelopeRecord(records[i].ToStringView());
      if (!envelope.ok()) {
        status = Corruption("position " + position_of(i) + ": " + envelope.status().message());
        break;
      }
      out.push_back(std::move(envelope).value());
    }
  }
  if (!status.ok()) return status;
  // Read to its end as of `head`, the stream's version is known: the writer
  // need not read it again to check an append that expects it.
  if (impl_->versions && out.size() < max_count && (from_version <= 1 || !out.empty())) {
    impl_->versions->Learn(stream_id, out.empty() ? 0 : out.back().stream_version, head);
  }
  return out;
}

Result<std::uint64_t> RocksLog::StreamVersion(std::string_view stream_id) const {
  if (Status s = ValidateStreamId(stream_id); !s.ok()) return s;
  return ReadStreamVersion(*impl_->store, stream_id);
}

Result<std::vector<std::string>> RocksLog::ListStreams(std::string_view prefix,
                                                       std::size_t max_count) const {
  return ListStreamIds(*impl_->store, prefix, max_count);
}

std::optional<std::uint64_t> RocksLog::KnownVersion(std::string_view stream_id) const {
  if (!impl_->versions) return std::nullopt;
  return impl_->versions->Get(stream_id);
}

void RocksLog::LearnVersion(std::string_view stream_id, std::uint64_t version,
                            std::uint64_t as_of) const {
  if (impl_->versions) impl_->versions->Learn(stream_id, version, as_of);
}

Result<std::optional<IdempotencyRecord>> RocksLog::FindIdempotencyKey(std::string_view key) const {
  const Store& store = *impl_->store;
  std::string value;
  rocksdb::Status s = store.db()->Get(rocksdb::ReadOptions(), store.idempotency(), key, &value);
  if (s.IsNotFound()) return std::optional<IdempotencyRecord>();
  if (!s.ok()) return FromRocks(s, "reading an idempotency key");
  Result<IdempotencyRecord> record = DecodeIdempotencyRecord(value);
  if (!record.ok()) return record.status();
  // Only what is published as committed counts, as for every other read.
  if (!record->result.positions.empty() && record->result.positions.back() > Head()) {
    return std::optional<IdempotencyRecord>();
  }
  return std::optional<IdempotencyRecord>(std::move(record).value());
}

const WriterStats& RocksLog::writer_stats() const {
  return impl_->writer ? impl_->writer->stats() : impl_->idle_stats;
}

const std::string& RocksLog::dir() const { return impl_->store->dir(); }

Result<VerifyReport> RocksLog::Verify() const { return VerifyLog(*impl_->store); }

std::unique_ptr<ProjectionStore> RocksLog::NewProjectionStore() const {
  return NewRocksProjectionStore(*impl_->store);
}

}  // namespace homeward
