#include "projections/replay.h"

#include "engine/time_zone.h"

namespace homeward {

Result<FoldLimit> EndOfDayLimit(Date day, std::string_view time_zone) {
  Result<std::int64_t> next_day = LocalDayStart(Date{day.days + 1}, time_zone);
  if (!next_day.ok()) return next_day.status();
  FoldLimit limit;
  limit.recorded_until_us = *next_day - 1;
  return limit;
}

Result<Replayed> ReplayView(const LogReader& log, std::string_view name, const FoldLimit& limit,
                            ViewQuery query) {
  Result<std::string_view> built_by = ProjectionOfView(name);
  if (!built_by.ok()) return InvalidArgument(built_by.status().message());
  Result<std::unique_ptr<Projection>> projection = MakeProjection(*built_by);
  if (!projection.ok()) return InvalidArgument(projection.status().message());
  std::int64_t last_at = 0;
  Result<std::uint64_t> done = FoldLog(log, 1, limit, [&](const Envelope& e, const Event& ev) {
    (*projection)->Apply(e, ev);
    last_at = e.recorded_at_us;
  });
  if (!done.ok()) return done.status();
  const bool by_day = limit.recorded_until_us != FoldLimit{}.recorded_until_us;
  if (by_day) {
    query.now_us = limit.recorded_until_us;
  } else if (query.now_us == 0 || limit.position != FoldLimit{}.position) {
    query.now_us = last_at;
  }
  Result<boost::json::value> document = *built_by == name
                                            ? ShowView(**projection, query)
                                            : ShowDerivedView(name, **projection, query);
  if (!document.ok()) return document.status();
  return Replayed{*done, query.now_us, std::move(document).value()};
}

}  // namespace homeward
