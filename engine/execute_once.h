#pragma once
// The handlers behind CommandService: one decision of a command on the
// current state of the streams it concerns, appended (CommandService::Commit)
// or, with `context.plan_into` set, handed back there instead. Defined in
// people_handlers.cc (with unit_handlers.cc), activity_handlers.cc and
// account_handlers.cc.

#include "engine/command_service.h"

namespace homeward {

// Loads what `command` concerns, asks the decider and commits or plans the
// decision. Errors: the decider's refusal; as the loads and the append.
Result<AppendResult> ExecuteOnce(CommandService& service, const CommandContext& context,
                                 const PeopleCommand& command);
Result<AppendResult> ExecuteOnce(CommandService& service, const CommandContext& context,
                                 const ActivityCommand& command);
Result<AppendResult> ExecuteOnce(CommandService& service, const CommandContext& context,
                                 const AccountCommand& command);

}  // namespace homeward
