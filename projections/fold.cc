#include "projections/fold.h"

#include <algorithm>

namespace homeward {
namespace {

// Envelopes per read: large enough to amortize the iterator, small enough
// that a replay of a long log holds little in memory.
constexpr std::size_t kChunk = 2048;

}  // namespace

Result<Event> DecodeEnvelopeEvent(const Envelope& envelope) {
  Result<Event> event = DecodeEvent(envelope.type, envelope.schema_version, envelope.payload);
  if (!event.ok()) {
    return Corruption("position " + std::to_string(envelope.position) + " (" + envelope.type +
                      "): " + event.status().message());
  }
  return event;
}

Result<std::uint64_t> FoldLog(const LogReader& log, std::uint64_t from, const FoldLimit& limit,
                              const FoldSink& sink, const FoldProgress& progress) {
  if (from == 0) from = 1;
  const std::uint64_t last = std::min(log.Head(), limit.position);
  std::uint64_t done = from - 1;
  while (done < last) {
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, last - done));
    Result<std::vector<Envelope>> chunk = log.ReadAll(done + 1, want);
    if (!chunk.ok()) return chunk.status();
    if (chunk->empty()) break;
    for (const Envelope& envelope : *chunk) {
      if (envelope.recorded_at_us > limit.recorded_until_us) return done;
      Result<Event> event = DecodeEnvelopeEvent(envelope);
      if (!event.ok()) return event.status();
      sink(envelope, *event);
      done = envelope.position;
    }
    if (progress) progress(done);
  }
  return done;
}

}  // namespace homeward
