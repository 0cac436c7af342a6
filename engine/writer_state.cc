#include "engine/writer_state.h"

#include <cassert>
#include <memory>

#include "engine/chain.h"
#include "engine/keys.h"
#include "engine/stream_index.h"
#include "events/bytes.h"

namespace homeward {

std::string EncodeChainHead(std::uint64_t position, const Hash& hash) {
  std::string out;
  PutBigEndian64(out, position);
  out.append(reinterpret_cast<const char*>(hash.data()), hash.size());
  return out;
}

Result<WriterState> WriterState::Recover(const Store& store) {
  WriterState state(store);
  std::unique_ptr<rocksdb::Iterator> it(
      store.db()->NewIterator(rocksdb::ReadOptions(), store.log()));
  it->SeekToLast();
  if (Status s = FromRocks(it->status(), "reading the end of the log"); !s.ok()) return s;
  std::uint64_t last = 0;
  if (it->Valid()) {
    if (!keys::ParseLogKey(it->key().ToStringView(), &last)) {
      return Corruption("the log's last key is not a position");
    }
    Result<Envelope> envelope = DecodeEnvelopeRecord(it->value().ToStringView());
    if (!envelope.ok()) {
      return Corruption("position " + std::to_string(last) + ": " + envelope.status().message());
    }
    state.head_hash_ = envelope->hash;
  }
  state.next_position_ = last + 1;
  // What earlier processes committed was never published to this cache.
  state.versions_->ForgetThrough(last);

  std::string head;
  rocksdb::Status s =
      store.db()->Get(rocksdb::ReadOptions(), store.meta(), keys::kChainHeadKey, &head);
  if (s.IsNotFound()) {
    if (last != 0) return Corruption("the log has events but no chain head marker");
    return state;
  }
  if (!s.ok()) return FromRocks(s, "reading the chain head");
  if (head.size() != 8 + sizeof(Hash)) return Corruption("the chain head marker is malformed");
  const std::uint64_t marked = GetBigEndian64(head);
  if (marked != last ||
      head.compare(8, sizeof(Hash), reinterpret_cast<const char*>(state.head_hash_.data()),
                   sizeof(Hash)) != 0) {
    return Corruption("the chain head marker names position " + std::to_string(marked) +
                      " but the log ends at position " + std::to_string(last) +
                      "; run `homeward verify` on this store");
  }
  return state;
}

std::uint64_t WriterState::next_position() const {
  return rounds_.empty() ? next_position_ : rounds_.back().next_position;
}

const Hash& WriterState::head_hash() const {
  return rounds_.empty() ? head_hash_ : rounds_.back().head_hash;
}

Result<std::uint64_t> WriterState::StreamVersion(std::string_view stream_id) {
  const std::string id(stream_id);
  for (auto round = rounds_.rbegin(); round != rounds_.rend(); ++round) {
    if (auto it = round->versions.find(id); it != round->versions.end()) return it->second;
  }
  if (std::optional<std::uint64_t> known = versions_->Get(id)) return *known;
  Result<std::uint64_t> version = ReadStreamVersion(*store_, stream_id);
  if (!version.ok()) return version.status();
  // No round in flight writes it, so the store holds its committed version.
  versions_->Publish(id, *version, next_position_ - 1);
  return version;
}

Result<std::optional<IdempotencyRecord>> WriterState::FindIdempotency(const std::string& key,
                                                                      bool* in_flight) {
  *in_flight = false;
  for (auto round = rounds_.rbegin(); round != rounds_.rend(); ++round) {
    if (auto it = round->keys.find(key); it != round->keys.end()) {
      *in_flight = true;
      return std::optional<IdempotencyRecord>(it->second);
    }
  }
  std::string value;
  rocksdb::Status s = store_->db()->Get(rocksdb::ReadOptions(), store_->idempotency(), key, &value);
  if (s.IsNotFound()) return std::optional<IdempotencyRecord>();
  if (!s.ok()) return FromRocks(s, "reading an idempotency key");
  Result<IdempotencyRecord> record = DecodeIdempotencyRecord(value);
  if (!record.ok()) return record.status();
  return std::optional<IdempotencyRecord>(std::move(record).value());
}

void WriterState::BeginRound() {
  Overlay overlay;
  overlay.next_position = next_position();
  overlay.head_hash = head_hash();
  rounds_.push_back(std::move(overlay));
}

void WriterState::StagePosition(std::uint64_t next, const Hash& head) {
  assert(!rounds_.empty());
  rounds_.back().next_position = next;
  rounds_.back().head_hash = head;
}

void WriterState::StageStreamVersion(const std::string& stream_id, std::uint64_t version) {
  assert(!rounds_.empty());
  rounds_.back().versions[stream_id] = version;
}

void WriterState::StageIdempotency(const std::string& key, IdempotencyRecord record) {
  assert(!rounds_.empty());
  rounds_.back().keys[key] = std::move(record);
}

void WriterState::CommitOldest() {
  assert(!rounds_.empty());
  Overlay& oldest = rounds_.front();
  next_position_ = oldest.next_position;
  head_hash_ = oldest.head_hash;
  for (auto& [id, version] : oldest.versions) versions_->Publish(id, version, next_position_ - 1);
  rounds_.pop_front();
}

void WriterState::DiscardAll() { rounds_.clear(); }

}  // namespace homeward
