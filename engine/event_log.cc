#include "engine/event_log.h"

#include <future>

namespace homeward {

Result<std::size_t> LogReader::Visit(std::uint64_t from, std::size_t max_count,
                                     const EnvelopeVisitor& visit) const {
  Result<std::vector<Envelope>> envelopes = ReadAll(from, max_count);
  if (!envelopes.ok()) return envelopes.status();
  std::size_t seen = 0;
  for (Envelope& envelope : *envelopes) {
    ++seen;
    if (!visit(envelope)) break;
  }
  return seen;
}

Result<std::size_t> LogReader::VisitInto(std::uint64_t from, std::size_t max_count,
                                         const EnvelopeSlot& slot,
                                         const EnvelopeVisitor& visit) const {
  return Visit(from, max_count, [&](Envelope& envelope) {
    Envelope* target = slot();
    *target = std::move(envelope);
    return visit(*target);
  });
}

Result<AppendResult> EventLog::Append(AppendRequest request) {
  std::promise<Result<AppendResult>> promise;
  auto answer = promise.get_future();
  AppendAsync(std::move(request),
              [&promise](Result<AppendResult> result) { promise.set_value(std::move(result)); });
  return answer.get();
}

}  // namespace homeward
