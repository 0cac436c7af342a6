#pragma once
// As-of replay for auditors: a view built in scratch space from the log up
// to a position or the end of a day, leaving the live projections untouched.
// `homeward replay` and GET /v1/replay/{name} share it.

#include <boost/json/value.hpp>
#include <cstdint>
#include <string>

#include "events/date.h"
#include "projections/catalog.h"
#include "projections/fold.h"

namespace homeward {

// What a replay produced: the last position folded, the moment the view is
// computed at, and the view's document.
struct Replayed {
  std::uint64_t position = 0;
  std::int64_t as_of_us = 0;
  boost::json::value view;
};

// The fold limit "the log as it stood at the end of `day` in `time_zone`".
// Errors: invalid_argument for an unknown zone.
Result<FoldLimit> EndOfDayLimit(Date day, std::string_view time_zone);

// Builds view `name` (a projection, or a view DerivedViews shows from
// others, or the service records) from `log` within `limit` and shows it for
// `query` (ShowView, ShowDerivedView, ServiceRecordsView with query.id a
// volunteer or empty). With a day limit the view is computed at that moment;
// with a position limit, at the time of the last event folded; with no limit,
// at `query.now_us` (or the last event's time when that is 0). Errors:
// invalid_argument for an unknown view; as FoldLog and ShowView.
Result<Replayed> ReplayView(const LogReader& log, std::string_view name, const FoldLimit& limit,
                            ViewQuery query);

}  // namespace homeward
