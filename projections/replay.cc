#include "projections/replay.h"

#include "engine/time_zone.h"
#include "projections/service_records.h"

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
  Result<std::vector<std::string_view>> built_by = ProjectionsOfView(name);
  if (!built_by.ok()) return InvalidArgument(built_by.status().message());
  std::vector<std::unique_ptr<Projection>> projections;
  for (std::string_view projection : *built_by) {
    Result<std::unique_ptr<Projection>> made = MakeProjection(projection);
    if (!made.ok()) return InvalidArgument(made.status().message());
    projections.push_back(std::move(made).value());
  }
  const bool records_view = name == kServiceRecordsView;
  ServiceRecords records;
  std::int64_t last_at = 0;
  Result<std::uint64_t> done = FoldLog(log, 1, limit, [&](const Envelope& e, const Event& ev) {
    for (const auto& projection : projections) projection->Apply(e, ev);
    if (records_view) records.Apply(e, ev);
    last_at = e.recorded_at_us;
  });
  if (!done.ok()) return done.status();
  const bool by_day = limit.recorded_until_us != FoldLimit{}.recorded_until_us;
  if (by_day) {
    query.now_us = limit.recorded_until_us;
  } else if (query.now_us == 0 || limit.position != FoldLimit{}.position) {
    query.now_us = last_at;
  }
  Result<boost::json::value> document =
      records_view ? Result<boost::json::value>(ServiceRecordsView(records, query.org, query.id))
      : projections.size() == 1 && projections[0]->name() == name
          ? ShowView(*projections[0], query)
          : ShowDerivedView(name, projections, query);
  if (!document.ok()) return document.status();
  return Replayed{*done, query.now_us, std::move(document).value()};
}

}  // namespace homeward
