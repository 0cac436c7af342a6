#pragma once
// When a station was closed: the spans from a closing to its reopening, which
// the station's rules and the reports both read. Pure data.

#include <utility>
#include <vector>

#include "events/date.h"

namespace homeward {

// The spans a station was closed, in time order, none overlapping (one may
// begin on the day the one before ended): each from the first day closed to
// the first day open again (unknown while still closed).
struct StationClosures {
  std::vector<std::pair<Date, Date>> spans;

  // Closes from `from`, which is after every span before (the rules see to it).
  void Close(Date from);
  // Ends the current closure on `on`; one ended on the day it began is
  // withdrawn (a closing recorded by mistake) and leaves no span. Nothing when open.
  void Reopen(Date on);
  // Whether `day` falls in a span (on or after its first day, before its reopening).
  bool ClosedOn(Date day) const;
  // The first day of the closure in force now; unknown while open.
  Date ClosedSince() const;
  // The day it last opened again; unknown if it never did.
  Date LastReopened() const;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(spans);
  }
};

}  // namespace homeward
