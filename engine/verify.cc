#include "engine/verify.h"

#include <memory>

#include "engine/chain.h"
#include "engine/keys.h"
#include "engine/store.h"
#include "engine/writer_state.h"
#include "events/bytes.h"

namespace homeward {
namespace {

VerifyReport Fail(VerifyReport report, std::uint64_t position, std::string problem) {
  report.ok = false;
  report.bad_position = position;
  report.problem = std::move(problem);
  return report;
}

}  // namespace

Result<VerifyReport> VerifyLog(const Store& store) {
  VerifyReport report;
  rocksdb::ReadOptions options;
  const rocksdb::Snapshot* snapshot = store.db()->GetSnapshot();
  options.snapshot = snapshot;
  std::shared_ptr<const rocksdb::Snapshot> release(
      snapshot, [&store](const rocksdb::Snapshot* s) { store.db()->ReleaseSnapshot(s); });

  std::unique_ptr<rocksdb::Iterator> it(store.db()->NewIterator(options, store.log()));
  Hash previous{};
  std::string index_value;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const std::uint64_t expected = report.head_position + 1;
    std::uint64_t position = 0;
    if (!keys::ParseLogKey(it->key().ToStringView(), &position)) {
      return Fail(report, expected, "a log key is not a position");
    }
    if (position != expected) {
      return Fail(report, expected,
                  "position is missing (the next key is " + std::to_string(position) + ")");
    }
    std::string_view body;
    Result<Envelope> envelope = DecodeEnvelopeRecord(it->value().ToStringView(), &body);
    if (!envelope.ok()) return Fail(report, position, envelope.status().message());
    if (envelope->position != position) {
      return Fail(report, position, "record names position " + std::to_string(envelope->position));
    }
    if (HashBody(body) != envelope->hash) {
      return Fail(report, position, "hash does not match the record's contents");
    }
    if (envelope->prev_hash != previous) {
      return Fail(report, position, "does not chain from the previous envelope's hash");
    }
    rocksdb::Status s = store.db()->Get(
        options, store.streams(), keys::StreamKey(envelope->stream_id, envelope->stream_version),
        &index_value);
    if (!s.ok() && !s.IsNotFound()) return FromRocks(s, "reading the stream index");
    if (s.IsNotFound() || index_value != it->key().ToStringView()) {
      return Fail(report, position,
                  "stream index does not point to it as version " +
                      std::to_string(envelope->stream_version) + " of '" + envelope->stream_id +
                      "'");
    }
    previous = envelope->hash;
    report.head_position = position;
    report.head_hash = envelope->hash;
    ++report.count;
  }
  if (Status s = FromRocks(it->status(), "reading the log"); !s.ok()) return s;

  std::string head;
  rocksdb::Status s = store.db()->Get(options, store.meta(), keys::kChainHeadKey, &head);
  if (!s.ok() && !s.IsNotFound()) return FromRocks(s, "reading the chain head");
  const bool marked = s.ok();
  if (!marked && report.count > 0) {
    return Fail(report, report.head_position, "the chain head marker is missing");
  }
  if (marked && head != EncodeChainHead(report.head_position, report.head_hash)) {
    const std::uint64_t named = head.size() >= 8 ? GetBigEndian64(head) : 0;
    return Fail(report, std::min(named, report.head_position) + 1,
                "the chain head marker names position " + std::to_string(named) +
                    " but the log ends at " + std::to_string(report.head_position));
  }

  std::uint64_t entries = 0;
  rocksdb::ReadOptions every_stream = options;
  every_stream.total_order_seek = true;  // past the per-stream filters
  std::unique_ptr<rocksdb::Iterator> index(store.db()->NewIterator(every_stream, store.streams()));
  for (index->SeekToFirst(); index->Valid(); index->Next()) ++entries;
  if (Status st = FromRocks(index->status(), "reading the stream index"); !st.ok()) return st;
  if (entries != report.count) {
    return Fail(report, report.head_position + 1,
                "the stream index has " + std::to_string(entries) + " entries for " +
                    std::to_string(report.count) + " envelopes");
  }
  return report;
}

Result<VerifyReport> VerifyStore(const std::string& dir) {
  Result<std::unique_ptr<Store>> store =
      Store::Open(dir, StoreOptions{/*create_if_missing=*/false, /*read_only=*/true, nullptr, {}});
  if (!store.ok()) return store.status();
  return VerifyLog(**store);
}

}  // namespace homeward
