#include "projections/snapshot_check.h"

#include <algorithm>

#include "projections/catalog.h"
#include "projections/fold.h"

namespace homeward {

Result<std::vector<SnapshotCheck>> CheckSnapshots(const LogReader& log,
                                                  const ProjectionStore& store) {
  struct Pending {
    std::unique_ptr<Projection> fresh;
    std::string saved;
    std::uint64_t position = 0;
    std::size_t index = 0;  // into the result
  };
  std::vector<SnapshotCheck> checks;
  std::vector<Pending> pending;
  std::uint64_t furthest = 0;
  for (std::unique_ptr<Projection>& projection : MakeProjections()) {
    Result<std::optional<ProjectionSnapshot>> saved = store.Load(projection->name());
    if (!saved.ok()) return saved.status();
    SnapshotCheck check{std::string(projection->name()), 0, "none"};
    if (saved->has_value() && (*saved)->version == projection->version()) {
      check.position = (*saved)->position;
      furthest = std::max(furthest, check.position);
      pending.push_back(
          {std::move(projection), std::move((*saved)->state), check.position, checks.size()});
    }
    checks.push_back(std::move(check));
  }
  std::uint64_t folded_to = 0;
  if (furthest > 0) {
    FoldLimit limit;
    limit.position = furthest;
    Result<std::uint64_t> folded = FoldLog(log, 1, limit, [&](const Envelope& e, const Event& ev) {
      for (Pending& p : pending)
        if (e.position <= p.position) p.fresh->Apply(e, ev);
    });
    if (!folded.ok()) return folded.status();
    folded_to = *folded;
  }
  for (const Pending& p : pending) {
    checks[p.index].outcome = p.position > folded_to       ? "ahead"
                              : p.fresh->Save() == p.saved ? "equal"
                                                           : "differs";
  }
  return checks;
}

}  // namespace homeward
