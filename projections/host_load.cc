// Where a host's projections start from: their saved snapshots, or empty for
// a rebuild.

#include "projections/host.h"

namespace homeward {
namespace {

Status NoSuchProjection(std::string_view name) {
  return NotFound("there is no projection '" + std::string(name) + "'");
}

}  // namespace

Status ProjectionHost::Load() { return LoadExcept(nullptr); }

Status ProjectionHost::LoadForRebuild(std::string_view name) {
  if (!name.empty() && Find(name) == nullptr) return NoSuchProjection(name);
  return LoadExcept([&](std::string_view n) { return name.empty() || n == name; });
}

Status ProjectionHost::LoadExcept(const std::function<bool(std::string_view)>& rebuilt) {
  std::lock_guard catch_up(catch_up_mu_);
  std::unique_lock lock(mu_);
  for (Slot& slot : slots_) {
    Projection& projection = *slot.projection;
    if (rebuilt && rebuilt(projection.name())) {
      StartEmpty(slot);  // its snapshot would only be read to be discarded
      continue;
    }
    Result<std::optional<ProjectionSnapshot>> saved = store_.Load(projection.name());
    if (!saved.ok() && saved.status().code() != Code::kCorruption) return saved.status();
    projection.Reset();
    slot.position = slot.saved = 0;
    slot.rebuilding = log_.Head() > 0;
    if (!saved.ok() || !saved->has_value()) {
      if (!saved.ok() && options_.log) {
        options_.log("projection " + std::string(projection.name()) +
                     ": rebuilding, the saved state is damaged: " + saved.status().message());
      }
      continue;
    }
    const ProjectionSnapshot& snapshot = **saved;
    if (snapshot.version != projection.version()) {
      if (options_.log) {
        options_.log("projection " + std::string(projection.name()) +
                     ": rebuilding for code version " + std::to_string(projection.version()) +
                     " (saved state is version " + std::to_string(snapshot.version) + ")");
      }
      continue;
    }
    if (snapshot.position > log_.Head()) {
      // The log is behind the view (restored from an older backup): the view
      // holds events the log does not.
      if (options_.log) {
        options_.log("projection " + std::string(projection.name()) + ": rebuilding, saved at " +
                     std::to_string(snapshot.position) + " but the log ends at " +
                     std::to_string(log_.Head()));
      }
      continue;
    }
    if (Status s = projection.Load(snapshot.state); !s.ok()) {
      projection.Reset();
      if (options_.log) options_.log(s.message() + "; rebuilding");
      continue;
    }
    slot.position = slot.saved = snapshot.position;
    slot.rebuilding = false;
  }
  return Status::Ok();
}

Status ProjectionHost::Reset(std::string_view name) {
  std::lock_guard catch_up(catch_up_mu_);
  std::unique_lock lock(mu_);
  bool found = false;
  for (Slot& slot : slots_) {
    if (!name.empty() && slot.projection->name() != name) continue;
    found = true;
    StartEmpty(slot);
  }
  if (!found) return NoSuchProjection(name);
  return Status::Ok();
}

void ProjectionHost::StartEmpty(Slot& slot) {
  slot.projection->Reset();
  slot.position = 0;
  slot.saved = UINT64_MAX;  // differs from position: the empty state is saved
  slot.rebuilding = true;
}

}  // namespace homeward
