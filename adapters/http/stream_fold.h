#pragma once
// Reading one stream of the log whole, for the reads that answer from a
// stream rather than a view (a volunteer's details, a unit's waiver).

#include <cstdint>
#include <string>
#include <vector>

#include "engine/event_log.h"
#include "engine/seal.h"

namespace homeward::http {

// Hands every committed event of `stream` to `apply`, in order, with its
// personal fields opened (those of an erased subject read "[erased]"), and
// returns the stream's version. Errors: as ReadStream, and corruption for a
// payload that does not decode or sealed fields that do not authenticate.
template <class Apply>
Result<std::uint64_t> FoldStream(const EventLog& log, const std::string& stream, Apply&& apply) {
  constexpr std::size_t kPage = 256;  // envelopes read at a time
  for (std::uint64_t from = 1;;) {
    Result<std::vector<Envelope>> page = log.ReadStream(stream, from, kPage);
    if (!page.ok()) return page.status();
    for (const Envelope& e : *page) {
      Result<Event> event = OpenEvent(e, log.keys());
      if (!event.ok()) return event.status();
      apply(*event);
    }
    if (page->size() < kPage) return page->empty() ? from - 1 : page->back().stream_version;
    from = page->back().stream_version + 1;
  }
}

}  // namespace homeward::http
