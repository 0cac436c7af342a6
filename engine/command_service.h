#pragma once
// The command service of the people domain: loads the state of the streams a
// command concerns from the log, asks the pure decider, and appends the
// decision atomically with the versions it was decided on. A concurrent
// change to any of those streams makes the append conflict; the service then
// decides again on fresh state, a bounded number of times.

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "engine/account_rules.h"
#include "engine/activity_state.h"
#include "engine/child_state.h"
#include "engine/clock.h"
#include "engine/event_log.h"
#include "engine/program_rules.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"
#include "events/account_commands.h"
#include "events/activity_commands.h"
#include "events/people_commands.h"

namespace homeward {

// A client's statement of the version it saw of a stream (HTTP If-Match).
struct StreamExpectation {
  std::string stream_id;
  std::uint64_t version = 0;
};

struct PlannedCommand;

// Who asks, in which organization, and how to recognise a retry.
struct CommandContext {
  std::string org;
  std::string actor;
  std::string correlation_id;
  std::string idempotency_key;  // optional
  // Optional: the command goes through only while this stream is at this
  // version; otherwise precondition_failed, whatever the rules would say.
  std::optional<StreamExpectation> if_match = std::nullopt;
  // Set by CommandService::Plan only: decide, and put the decision here
  // instead of appending it.
  PlannedCommand* plan_into = nullptr;
};

// A command decided but not appended: the events it would record and the
// stream versions it was decided on (CommandService::Plan).
struct PlannedCommand {
  Decision decision;
  std::vector<std::pair<std::string, std::uint64_t>> read;
};

// A state folded from its stream, and the stream version it reflects.
template <typename State>
struct Loaded {
  State state;
  std::uint64_t version = 0;
};

// Folded states of hot streams by stream id, so a load reads only the events
// appended since. Thread-safe; bounded (a full shard starts over).
template <typename State>
class StateCache {
 public:
  std::optional<Loaded<State>> Get(const std::string& stream) const {
    const Shard& shard = ShardOf(stream);
    std::lock_guard lock(shard.mu);
    auto it = shard.states.find(stream);
    if (it == shard.states.end()) return std::nullopt;
    return it->second;
  }
  void Put(const std::string& stream, const Loaded<State>& loaded) {
    Shard& shard = ShardOf(stream);
    std::lock_guard lock(shard.mu);
    if (shard.states.size() >= kPerShard) shard.states.clear();
    auto [it, fresh] = shard.states.try_emplace(stream, loaded);
    // A slower loader must not replace a newer state with an older one.
    if (!fresh && it->second.version < loaded.version) it->second = loaded;
  }

 private:
  static constexpr std::size_t kShards = 16, kPerShard = 8192;
  struct Shard {
    mutable std::mutex mu;
    std::unordered_map<std::string, Loaded<State>> states;
  };
  Shard& ShardOf(const std::string& s) { return shards_[std::hash<std::string>{}(s) % kShards]; }
  const Shard& ShardOf(const std::string& s) const {
    return shards_[std::hash<std::string>{}(s) % kShards];
  }
  std::array<Shard, kShards> shards_;
};

// Thread-safe. Keeps a cache of activities' and volunteers' folded states;
// everything it decides on is checked against the log's versions at append.
class CommandService {
 public:
  // `log` must outlive the service.
  explicit CommandService(EventLog& log, Clock clock = SystemClockMicros);

  // Decides `command` and appends its events. Errors: the decider's refusal
  // (its reason is one of reason::k*), invalid_argument for a malformed
  // command or organization, precondition_failed when `context.if_match`
  // does not hold, unavailable from the log, and conflict
  // (wrong_expected_version) only when concurrent changes outlast the retries.
  Result<AppendResult> Execute(const CommandContext& context, const PeopleCommand& command);
  Result<AppendResult> Execute(const CommandContext& context, const ActivityCommand& command);
  Result<AppendResult> Execute(const CommandContext& context, const AccountCommand& command);

  // Decides `command` on the current state without appending anything: what
  // Execute would append, for a caller that checks many commands before it
  // writes any (an import), then appends them together with Commit. Errors:
  // the decider's refusal; as the loads.
  Result<PlannedCommand> Plan(const CommandContext& context, const PeopleCommand& command);

  // The current state of one aggregate. Errors: invalid_argument for a
  // malformed id; corruption when the stream holds an event that does not decode.
  Result<Loaded<UnitState>> LoadUnit(std::string_view org, std::string_view unit_id) const;
  Result<Loaded<VolunteerState>> LoadVolunteer(std::string_view org,
                                               std::string_view volunteer_id) const;
  Result<Loaded<ChildState>> LoadChild(std::string_view org, std::string_view child_id) const;
  Result<Loaded<StationState>> LoadStation(std::string_view org, std::string_view station_id) const;
  Result<Loaded<ActivityState>> LoadActivity(std::string_view org,
                                             std::string_view activity_id) const;
  Result<Loaded<AccountState>> LoadAccount(std::string_view org, std::string_view account_id) const;

  // The calendar day now in the time zone of `unit`.
  Result<Now> NowIn(const UnitState& unit) const;

  // Appends `decision`, expecting each stream in `versions` at that version;
  // a stream in `versions` the decision does not write is guarded (checked,
  // not written), and a written stream not in `versions` takes any version.
  Result<AppendResult> Commit(const CommandContext& context, const Decision& decision,
                              const std::vector<std::pair<std::string, std::uint64_t>>& versions);

 private:
  // Runs `attempt` until it is not refused for a stale version, a bounded
  // number of times, answering a retried idempotency key with the first answer.
  template <typename Attempt>
  Result<AppendResult> Retry(const CommandContext& context, Attempt attempt);

  // precondition_failed unless the stream is at the expected version.
  Status CheckIfMatch(const StreamExpectation& expected) const;

  EventLog& log_;
  Clock clock_;
  mutable StateCache<ActivityState> activities_;
  mutable StateCache<VolunteerState> volunteers_;
  // Commands on one activity take turns in this process (by a stripe of its
  // id), so a busy trip's sign-ups queue here instead of retrying on conflicts.
  std::array<std::mutex, 64> activity_stripes_;
};

}  // namespace homeward
