#pragma once
// The loop every replay of the log shares: read envelopes, decode each event
// once, and hand both to a sink, until a position or a moment. Reading runs
// on a thread of its own, a batch ahead; each batch's events are decoded on
// the folding thread and a helper at once, so a rebuild uses both of a small
// machine's cores.

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include "engine/event_log.h"
#include "events/event.h"

namespace homeward {

// Where a fold stops: after position `position`, and before the first envelope
// recorded after `recorded_until_us` (the log as it stood at that moment is a
// prefix of it). Both bounds apply.
struct FoldLimit {
  std::uint64_t position = std::numeric_limits<std::uint64_t>::max();
  std::int64_t recorded_until_us = std::numeric_limits<std::int64_t>::max();
};

// An envelope with its event decoded.
struct Decoded {
  Envelope envelope;
  Event event;
};

// Called for each envelope in position order.
using FoldSink = std::function<void(const Envelope&, const Event&)>;
// Called with the next `count` decoded envelopes, in position order; the
// batch is reused after the call.
using FoldBatchSink = std::function<void(const std::vector<Decoded>& batch, std::size_t count)>;
// Called after each batch with the last position folded.
using FoldProgress = std::function<void(std::uint64_t position)>;

// Folds the committed envelopes from `from` (at least 1) within `limit`,
// never past the head at the call. Returns the last position folded (`from`
// - 1 when none). Errors: as LogReader::Visit; corruption naming the
// position when a payload does not decode.
Result<std::uint64_t> FoldLogBatches(const LogReader& log, std::uint64_t from,
                                     const FoldLimit& limit, const FoldBatchSink& sink,
                                     const FoldProgress& progress = nullptr);

// The same, one envelope at a time.
Result<std::uint64_t> FoldLog(const LogReader& log, std::uint64_t from, const FoldLimit& limit,
                              const FoldSink& sink, const FoldProgress& progress = nullptr);

// Folds the whole committed log into `state` (a view's state, or anything
// with Apply(envelope, event)). Returns the last position folded. Errors: as
// FoldLog.
template <class State>
Result<std::uint64_t> FoldInto(const LogReader& log, State& state) {
  return FoldLog(log, 1, FoldLimit{},
                 [&](const Envelope& e, const Event& event) { state.Apply(e, event); });
}

// Decodes the event an envelope carries, its personal fields opened with
// `keys` (engine/seal.h). Errors: corruption naming the position.
Result<Event> DecodeEnvelopeEvent(const Envelope& envelope, const KeyRing* keys);

}  // namespace homeward
