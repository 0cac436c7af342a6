#pragma once
// The command service of the people domain: loads the state of the streams a
// command concerns from the log, asks the pure decider, and appends the
// decision atomically with the versions it was decided on. A concurrent
// change to any of those streams makes the append conflict; the service then
// decides again on fresh state, a bounded number of times.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/account_rules.h"
#include "engine/activity_state.h"
#include "engine/child_state.h"
#include "engine/clock.h"
#include "engine/event_log.h"
#include "engine/program_rules.h"
#include "engine/state_cache.h"
#include "engine/turns.h"
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
  // Optional: the streams the caller's authorization read (the object whose
  // unit decided who may act on it), at the versions it read them. The
  // command goes through only while each stands there: the decision must
  // read it at that version, and the append expects it so. Otherwise it is
  // refused with reason authorization_stale (a conflict), and the caller
  // authorizes the request again on the state as it is now.
  std::vector<StreamExpectation> authorized_on = {};
  // Optional: a digest of the client's request (with the idempotency key):
  // a retry of that request is answered by its first answer even when it
  // is decided again on newer state (AppendRequest::request_digest).
  std::optional<Hash> request_digest = std::nullopt;
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

// Runs a piece of work on a thread of the caller's choosing (a pool).
using Executor = std::function<void(std::function<void()>)>;
// Receives a command's outcome.
using CommandDone = std::function<void(Result<AppendResult>)>;

// Thread-safe. Keeps a cache of units', activities' and volunteers' folded
// states; everything it decides on is checked against the log's versions at
// append.
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

  // As Execute, with no thread waiting for the disk: decides on the calling
  // thread (or, when another command holds the turn it takes, on `run` once
  // that one is answered), appends, and calls `done` exactly once with the
  // outcome Execute would return, on the thread that finished the command:
  // the deciding one, or the log's answering thread, which `done` must
  // therefore not block (it hands the outcome on). Commands on one activity
  // take turns: each is decided on the state its predecessor left.
  void ExecuteAsync(const CommandContext& context, const ActivityCommand& command, Executor run,
                    CommandDone done);
  // As above. A unit's closing and the commands that add to a unit take that
  // unit's turn, so a server must run them this way: a thread of `run`
  // blocked in Execute behind a turn could starve the command holding it.
  void ExecuteAsync(const CommandContext& context, const PeopleCommand& command, Executor run,
                    CommandDone done);

  // Decides `command` on the current state, outside any turn (a unit's
  // commands, which take one, are not for planning), without appending: what
  // Execute would append, for a caller that checks many commands before it
  // writes any (an import), then appends them together with Commit. Errors:
  // the decider's refusal; as the loads.
  Result<PlannedCommand> Plan(const CommandContext& context, const PeopleCommand& command);

  // The current state of one aggregate, its personal fields (events/personal.h)
  // left as stored: blank when sealed (events recorded before sealing carry
  // them in the clear), since no rule decides on them. Errors: invalid_argument
  // for a malformed id; corruption when the stream holds an event that does
  // not decode.
  Result<Loaded<UnitState>> LoadUnit(std::string_view org, std::string_view unit_id) const;
  Result<Loaded<VolunteerState>> LoadVolunteer(std::string_view org,
                                               std::string_view volunteer_id) const;
  Result<Loaded<ChildState>> LoadChild(std::string_view org, std::string_view child_id) const;
  Result<Loaded<StationState>> LoadStation(std::string_view org, std::string_view station_id) const;
  Result<Loaded<ActivityState>> LoadActivity(std::string_view org,
                                             std::string_view activity_id) const;
  Result<Loaded<AccountState>> LoadAccount(std::string_view org, std::string_view account_id) const;

  // The log the service appends to: for a handler that must read what the
  // states it loads leave sealed (a volunteer's name, say).
  const EventLog& log() const { return log_; }

  // Loads volunteers from `source` (a view following the log), reading from
  // the log only what was appended since its state; null: from the log only.
  // `source` must outlive the service, or be replaced before it goes.
  void UseVolunteerStates(const StateSource<VolunteerState>* source) {
    volunteer_source_.store(source, std::memory_order_release);
  }

  // The ids of the streams of `category` in `org` ("unit": every unit id),
  // in order, at most `max_count`. Errors: as EventLog::ListStreams.
  Result<std::vector<std::string>> ListIds(std::string_view org, std::string_view category,
                                           std::size_t max_count) const;

  // The calendar day now in the time zone of `unit`.
  Result<Now> NowIn(const UnitState& unit) const;

  // Appends `decision`, expecting each stream in `versions` at that version;
  // a stream in `versions` the decision does not write is guarded (checked,
  // not written), and a written stream not in `versions` takes any version.
  Result<AppendResult> Commit(const CommandContext& context, const Decision& decision,
                              const std::vector<std::pair<std::string, std::uint64_t>>& versions);

 private:
  struct AsyncCommand;
  static constexpr int kAttempts = 16;  // decisions of one command on fresh state

  // One decision of a command: appended, or with `plan_into` set, handed back.
  using Decide = std::function<Result<AppendResult>(const CommandContext&)>;
  // Decides with `decide` and appends, as ExecuteAsync does, in `turn` (an
  // activity's or a unit's) when given: deciding again on a stale version a bounded
  // number of times, answering a retried idempotency key with the first
  // answer, and calling `done` exactly once, on the thread that finished.
  void Start(const CommandContext& context, Decide decide, std::optional<std::size_t> turn,
             Executor run, CommandDone done);
  // As Start, with the calling thread as the executor, until the answer.
  Result<AppendResult> StartHere(const CommandContext& context, Decide decide,
                                 std::optional<std::size_t> turn);

  // The first answer to `context`'s idempotency key, when a command with it
  // already went through (perhaps a moment ago, from another thread).
  Result<std::optional<AppendResult>> Earlier(const CommandContext& context) const;
  // The answer to a command refused for `why`: the first answer when the same
  // command committed meanwhile (not when the key was reused for another
  // command), or the refusal.
  Result<AppendResult> Refused(const CommandContext& context, Status why) const;

  // The append of `decision` (see Commit), with the client's If-Match.
  Result<AppendRequest> BuildAppend(
      const CommandContext& context, const Decision& decision,
      const std::vector<std::pair<std::string, std::uint64_t>>& versions);

  // One decision and append of a started command, holding its turn if it
  // has one; an exception answers it (internal) and passes the turn on.
  void Attempt(const std::shared_ptr<AsyncCommand>& command);
  void DecideAndAppend(const std::shared_ptr<AsyncCommand>& command);
  // Decides again after a stale version, or answers the refusal.
  void AfterRefusal(const std::shared_ptr<AsyncCommand>& command, Status why);
  // Extends the cached states the appended `planned` was decided on by its
  // own events, so the next command on them need not read them back.
  void RememberOwn(const PlannedCommand& planned);
  // Passes the turn on and answers.
  void Finish(const std::shared_ptr<AsyncCommand>& command, Result<AppendResult> result);

  // precondition_failed unless the stream is at the expected version.
  Status CheckIfMatch(const StreamExpectation& expected) const;
  // authorization_stale unless every stream of `context.authorized_on` is
  // at the version the caller's authorization saw.
  Status CheckAuthorizedOn(const CommandContext& context) const;

  EventLog& log_;
  Clock clock_;
  mutable StateCache<UnitState> units_;
  mutable StateCache<ActivityState> activities_;
  mutable StateCache<VolunteerState> volunteers_;
  std::atomic<const StateSource<VolunteerState>*> volunteer_source_{nullptr};
  // Commands on one activity take turns in this process (by a stripe of its
  // id), so a busy trip's sign-ups queue here instead of retrying on conflicts;
  // a unit's closing and the commands that add to that unit take its turn.
  Turns turns_;
};

}  // namespace homeward
