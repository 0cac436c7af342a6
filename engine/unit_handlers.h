#pragma once
// The handlers of the people domain's commands on units and what hangs on
// them: creating, moving, renaming, closing a unit, its waiver and settings,
// the working calendar, moving people between units, activity stations and
// monthly reports. people_handlers.cc adds those on volunteers and children.

#include <string>
#include <string_view>
#include <vector>

#include "engine/handler_base.h"

namespace homeward {

struct UnitHandler : HandlerBase {
  // Each loads the streams the command concerns, asks the pure decider and
  // commits (or plans) the decision. Errors: the decider's refusal; as the
  // loads and the append.
  Result<AppendResult> operator()(const CreateUnit& c);
  Result<AppendResult> operator()(const MoveUnit& c);
  Result<AppendResult> operator()(const RenameUnit& c);
  Result<AppendResult> operator()(const ChangeUnitSettings& c);
  Result<AppendResult> operator()(const PublishWaiver& c);
  // Looks over every unit and activity of the organization for what hangs on
  // the unit.
  Result<AppendResult> operator()(const CloseUnit& c);
  Result<AppendResult> operator()(const DeclareHolidays& c);
  // The unit moved to is guarded, so a closing is not missed.
  Result<AppendResult> operator()(const TransferVolunteer& c);
  Result<AppendResult> operator()(const TransferChild& c);
  // Looks over every volunteer and child of the organization; those of the
  // unit are transferred, each at the version looked at.
  Result<AppendResult> operator()(const TransferUnitMembers& c);
  Result<AppendResult> operator()(const RegisterStation& c);
  Result<AppendResult> operator()(const RecordStationOpening& c);
  Result<AppendResult> operator()(const CloseStation& c);
  Result<AppendResult> operator()(const ReopenStation& c);
  Result<AppendResult> operator()(const SubmitMonthlyReport& c);

 private:
  Result<AppendResult> UnitOnly(std::string_view unit_id, const auto& c);
  Result<Loaded<StationState>> LoadStation(std::string_view id);
  // Decides `c` on its station, with today in the station's unit's time zone.
  Result<AppendResult> AtStation(const auto& c);
  // The volunteers or children (`category`) registered with `unit_id`, each
  // read version remembered, so the append expects it.
  template <typename State>
  Result<std::vector<Loaded<State>>> MembersOf(
      std::string_view category, std::string_view unit_id,
      Result<Loaded<State>> (CommandService::*load)(std::string_view, std::string_view) const);
  // Every id of `category` in the organization. Errors: unavailable past
  // the most a look over the organization takes, rather than a check over
  // part of them.
  Result<std::vector<std::string>> ListAll(std::string_view category);
};

}  // namespace homeward
