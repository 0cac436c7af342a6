// The commands' entry points: each kind of command, blocking (Execute) or
// not (ExecuteAsync), with the turn it takes and what the log must learn
// once it went through (access changes, erasures). The steps they share are
// in command_async.cc.

#include <optional>
#include <string>
#include <variant>

#include "engine/command_service.h"
#include "engine/execute_once.h"

namespace homeward {

namespace {

// The position of the last event `result` appended, if it appended any.
std::optional<std::uint64_t> LastPosition(const Result<AppendResult>& result) {
  if (!result.ok() || result->positions.empty()) return std::nullopt;
  return result->positions.back();
}

// The turn of unit `unit_id`: the commands that put work or units under a
// unit take it, and so does closing the unit, so a closing sees every such
// command that went before it and none goes through after it. Not an
// activity's turn: "unit/" cannot begin an activity's id.
std::size_t UnitTurn(const CommandContext& context, std::string_view unit_id) {
  return Turns::StripeOf(context.org + "/unit/" + std::string(unit_id));
}

// The turn `command` takes: its activity's, or for a plan, the new
// activity's unit's. A command on the activity sent before its plan commits
// does not wait for the plan: it finds no activity (not_found).
std::size_t TurnOf(const CommandContext& context, const ActivityCommand& command) {
  if (const auto* plan = std::get_if<PlanActivity>(&command))
    return UnitTurn(context, plan->unit_id);
  const std::string& activity_id =
      std::visit([](const auto& c) -> const std::string& { return c.activity_id; }, command);
  return Turns::StripeOf(context.org + "/" + activity_id);
}

// The turn `command` takes, if any: a unit created or moved takes its new
// parent's, a closing its own unit's.
std::optional<std::size_t> TurnOf(const CommandContext& context, const PeopleCommand& command) {
  if (const auto* create = std::get_if<CreateUnit>(&command); create && !create->parent_id.empty())
    return UnitTurn(context, create->parent_id);
  if (const auto* move = std::get_if<MoveUnit>(&command); move && !move->parent_id.empty())
    return UnitTurn(context, move->parent_id);
  if (const auto* close = std::get_if<CloseUnit>(&command))
    return UnitTurn(context, close->unit_id);
  return std::nullopt;
}

// Tells `log` what a people command that went through changed: who may do
// what (calendar feeds open and close, a volunteer's account stops or starts
// again with their suspension or departure, the unit tree a coordinator acts
// within changes shape), or personal data erased.
void NoteChanges(EventLog& log, const PeopleCommand& command, const Result<AppendResult>& result) {
  const bool access = std::holds_alternative<IssueCalendarFeed>(command) ||
                      std::holds_alternative<RevokeCalendarFeed>(command) ||
                      std::holds_alternative<VolunteerLeaves>(command) ||
                      std::holds_alternative<SuspendVolunteer>(command) ||
                      std::holds_alternative<ReinstateVolunteer>(command) ||
                      std::holds_alternative<EraseVolunteerData>(command) ||
                      std::holds_alternative<CreateUnit>(command) ||
                      std::holds_alternative<MoveUnit>(command) ||
                      std::holds_alternative<CloseUnit>(command);
  const bool erasure = std::holds_alternative<EraseChildData>(command) ||
                       std::holds_alternative<EraseVolunteerData>(command);
  if (const std::optional<std::uint64_t> last = LastPosition(result)) {
    if (erasure) log.NoteErasure(*last);
    if (access) log.NoteAccessChange(*last);
  }
}

}  // namespace

Result<AppendResult> CommandService::Execute(const CommandContext& context,
                                             const ActivityCommand& command) {
  return StartHere(
      context, [this, command](const CommandContext& c) { return ExecuteOnce(*this, c, command); },
      TurnOf(context, command));
}

void CommandService::ExecuteAsync(const CommandContext& context, const ActivityCommand& command,
                                  Executor run, CommandDone done) {
  Start(
      context, [this, command](const CommandContext& c) { return ExecuteOnce(*this, c, command); },
      TurnOf(context, command), std::move(run), std::move(done));
}

Result<AppendResult> CommandService::Execute(const CommandContext& context,
                                             const PeopleCommand& command) {
  Result<AppendResult> result = StartHere(
      context, [this, command](const CommandContext& c) { return ExecuteOnce(*this, c, command); },
      TurnOf(context, command));
  NoteChanges(log_, command, result);
  return result;
}

void CommandService::ExecuteAsync(const CommandContext& context, const PeopleCommand& command,
                                  Executor run, CommandDone done) {
  Start(
      context, [this, command](const CommandContext& c) { return ExecuteOnce(*this, c, command); },
      TurnOf(context, command), std::move(run),
      [this, command, done = std::move(done)](Result<AppendResult> result) {
        NoteChanges(log_, command, result);
        done(std::move(result));
      });
}

Result<AppendResult> CommandService::Execute(const CommandContext& context,
                                             const AccountCommand& command) {
  Result<AppendResult> result = StartHere(
      context, [this, command](const CommandContext& c) { return ExecuteOnce(*this, c, command); },
      std::nullopt);
  if (const std::optional<std::uint64_t> last = LastPosition(result)) log_.NoteAccessChange(*last);
  return result;
}

}  // namespace homeward
