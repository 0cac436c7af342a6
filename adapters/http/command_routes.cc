#include "adapters/http/command_routes.h"

#include "adapters/json/struct_schema.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

template <class T, class Variant>
struct IsIn;
template <class T, class... Ts>
struct IsIn<T, std::variant<Ts...>> : std::disjunction<std::is_same<T, Ts>...> {};

template <class C>
Result<AnyCommand> Decode(const json::value& body) {
  C command{};
  if (Status s = jsonc::FromJson(body, command); !s.ok()) return s;
  if constexpr (IsIn<C, PeopleCommand>::value) {
    return AnyCommand(PeopleCommand(std::move(command)));
  } else if constexpr (IsIn<C, ActivityCommand>::value) {
    return AnyCommand(ActivityCommand(std::move(command)));
  } else {
    static_assert(IsIn<C, AccountCommand>::value, "every command belongs to a domain");
    return AnyCommand(AccountCommand(std::move(command)));
  }
}

// One row of the table.
template <class C>
CommandRoute Route(std::string_view resource, std::string_view action, std::string_view name,
                   std::string_view id_field, std::vector<std::string_view> required,
                   Allowed allowed, std::string_view self_field, std::string_view summary) {
  return CommandRoute{resource, action,     name,    id_field,   std::move(required),
                      allowed,  self_field, summary, &Decode<C>, &jsonc::SchemaOf<C>};
}

constexpr Allowed kStaff = Allowed::kStaff, kSelf = Allowed::kSelf;

std::vector<CommandRoute> MakeRoutes() {
  const std::string_view a = "activities", a_id = "activity_id";
  const std::string_view u = "units", u_id = "unit_id";
  const std::string_view s = "stations", s_id = "station_id";
  const std::string_view v = "volunteers", v_id = "volunteer_id";
  const std::string_view c = "children", c_id = "child_id";
  return {
      // Units and their reports.
      Route<CreateUnit>(u, "", "CreateUnit", u_id, {"name", "kind"}, kStaff, "",
                        "Create a unit under `parent_id` (empty: the top of the tree)."),
      Route<RenameUnit>(u, "rename", "RenameUnit", u_id, {"name"}, kStaff, "", "Rename a unit."),
      Route<MoveUnit>(u, "move", "MoveUnit", u_id, {"parent_id"}, kStaff, "",
                      "Move a unit under another.")
          .OtherUnit("parent_id"),
      Route<CloseUnit>(u, "close", "CloseUnit", u_id, {"reason"}, kStaff, "", "Close a unit."),
      Route<TransferUnitMembers>(
          u, "transfer-members", "TransferUnitMembers", u_id, {"to_unit_id", "reason"}, kStaff, "",
          "Register every volunteer and child of the unit (who has not left) with unit "
          "`to_unit_id`, in one append: a school merged into another (撤点并校). A child without "
          "consent to processing refuses the move (consent_missing, naming them in "
          "details.children) unless `skip_refused` leaves them behind. `effective_on`: the day "
          "the children's moves took effect (as TransferChild's). A coordinator needs both "
          "units within theirs.")
          .OtherUnit("to_unit_id"),
      Route<ChangeUnitSettings>(u, "settings", "ChangeUnitSettings", u_id, {}, kStaff, "",
                                "Change a unit's limits and hours rule."),
      Route<PublishWaiver>(u, "waivers", "PublishWaiver", u_id, {"version", "text"}, kStaff, "",
                           "Publish a new waiver volunteers accept."),
      Route<SubmitMonthlyReport>(u, "reports", "SubmitMonthlyReport", u_id, {"month"}, kStaff, "",
                                 "Submit the unit's monthly report."),
      // The organization's working calendar.
      Route<DeclareHolidays>("holidays", "", "DeclareHolidays", "year", {"days_off", "workdays"},
                             Allowed::kAdmin, "",
                             "Declare a year's public holidays and the weekend days worked in "
                             "their place (调休), replacing any declared before (admins only)."),
      // Stations.
      Route<RegisterStation>(s, "", "RegisterStation", s_id, {"unit_id", "name"}, kStaff, "",
                             "Register an activity station (留守儿童活动站)."),
      Route<RecordStationOpening>(s, "openings", "RecordStationOpening", s_id, {"day", "minutes"},
                                  kStaff, "", "Record a day the station was open."),
      Route<CloseStation>(s, "close", "CloseStation", s_id, {"reason"}, kStaff, "",
                          "Close a station from `closed_on` (today when left out)."),
      Route<ReopenStation>(s, "reopen", "ReopenStation", s_id, {"reason"}, kStaff, "",
                           "Open a closed station again from `reopened_on` (today when left "
                           "out); on the day it closed, the closing is withdrawn."),
      // Volunteers.
      Route<RegisterVolunteer>(v, "", "RegisterVolunteer", v_id, {"unit_id", "details"}, kStaff, "",
                               "Register a volunteer with a unit."),
      Route<CorrectVolunteerDetails>(v, "details", "CorrectVolunteerDetails", v_id,
                                     {"details", "reason"}, kStaff, "",
                                     "Correct a volunteer's details."),
      Route<UpdateContactDetails>(v, "contact-details", "UpdateContactDetails", v_id, {}, kSelf,
                                  "volunteer_id",
                                  "Update how to reach a volunteer (by themself or staff): "
                                  "contact, residence_area and skills, each replaced when given "
                                  "and kept when left out; who they are stays as registered."),
      Route<VetVolunteer>(v, "vet", "VetVolunteer", v_id, {"checked_by", "checked_on"}, kStaff, "",
                          "Record a passed criminal-record check."),
      Route<AcceptWaiver>(v, "accept-waiver", "AcceptWaiver", v_id, {"waiver_version"}, kSelf,
                          "volunteer_id",
                          "Accept a unit's waiver (特别承诺): that of unit_id, or else of the "
                          "volunteer's own unit. A coordinator of either unit records one "
                          "signed on paper.")
          .OrUnit("unit_id"),
      Route<SuspendVolunteer>(v, "suspend", "SuspendVolunteer", v_id, {"reason"}, kStaff, "",
                              "Suspend a volunteer."),
      Route<ReinstateVolunteer>(v, "reinstate", "ReinstateVolunteer", v_id, {"reason"}, kStaff, "",
                                "Reinstate a suspended volunteer."),
      Route<VolunteerLeaves>(v, "leave", "VolunteerLeaves", v_id, {"reason"}, kStaff, "",
                             "Record that a volunteer left."),
      Route<TransferVolunteer>(v, "transfer", "TransferVolunteer", v_id, {"unit_id", "reason"},
                               kStaff, "",
                               "Register a volunteer with another unit; their record, roles and "
                               "places stay. A coordinator needs both units within theirs.")
          .OtherUnit("unit_id"),
      Route<EraseVolunteerData>(v, "erase", "EraseVolunteerData", v_id, {"reason"}, Allowed::kAdmin,
                                "",
                                "Erase a volunteer's personal data at their request: the key "
                                "that sealed it is destroyed (admins only)."),
      Route<IssueCalendarFeed>(v, "calendar-feed", "IssueCalendarFeed", v_id, {}, kSelf,
                               "volunteer_id",
                               "Issue the volunteer's private calendar feed; the answer holds its "
                               "path once, and the last feed stops working."),
      Route<RevokeCalendarFeed>(v, "revoke-calendar-feed", "RevokeCalendarFeed", v_id, {}, kSelf,
                                "volunteer_id", "Close the volunteer's calendar feed."),
      // Children and their care.
      Route<RegisterChild>(c, "", "RegisterChild", c_id, {"unit_id", "card"}, kStaff, "",
                           "Register a child with their archive card (档案卡)."),
      Route<UpdateCard>(c, "card", "UpdateCard", c_id, {"card", "reason"}, kStaff, "",
                        "Update a child's archive card."),
      Route<ReviewCard>(c, "review-card", "ReviewCard", c_id, {"reviewed_by"}, kStaff, "",
                        "Record that a card was reviewed."),
      Route<ApproveCard>(c, "approve-card", "ApproveCard", c_id, {"approved_by"}, kStaff, "",
                         "Approve a reviewed card."),
      Route<RecordSurvey>(c, "surveys", "RecordSurvey", c_id, {"surveyed_on", "surveyed_by"},
                          kStaff, "", "Record the half-yearly survey."),
      Route<GiveConsent>(c, "consents", "GiveConsent", c_id,
                         {"kind", "guardian_name", "purpose", "given_on"}, kStaff, "",
                         "Record a guardian's consent."),
      Route<WithdrawConsent>(c, "withdraw-consent", "WithdrawConsent", c_id,
                             {"kind", "withdrawn_on"}, kStaff, "",
                             "Record that a guardian withdrew consent."),
      Route<ChildLeaves>(c, "leave", "ChildLeaves", c_id, {"reason"}, kStaff, "",
                         "Record that a child left the programme."),
      Route<TransferChild>(c, "transfer", "TransferChild", c_id, {"unit_id", "reason"}, kStaff, "",
                           "Put a child in another unit's care (转学); their card, consents, "
                           "\"3+1\" team and contacts stay. `effective_on`: the day it took "
                           "effect, for a move recorded late (not after today; today when left "
                           "out). A coordinator needs both units within theirs.")
          .OtherUnit("unit_id"),
      Route<EraseChildData>(c, "erase", "EraseChildData", c_id, {"reason"}, kStaff, "",
                            "Erase a child's personal data: the key that sealed it is destroyed. "
                            "A coordinator confirms an erasure once the guardian withdrew consent "
                            "to processing; before that, only an admin (admin_decision)."),
      Route<AssignCareRole>(c, "care-roles", "AssignCareRole", c_id, {"role", "volunteer_id"},
                            kStaff, "", "Give a volunteer one of the child's \"3+1\" roles."),
      Route<EndCareRole>(c, "end-care-role", "EndCareRole", c_id, {"role", "reason"}, kStaff, "",
                         "End a \"3+1\" role."),
      Route<FormHelpPair>(c, "help-pairs", "FormHelpPair", c_id, {"volunteer_id"}, kStaff, "",
                          "Pair a volunteer with the child (结对帮扶)."),
      Route<EndHelpPair>(c, "end-help-pair", "EndHelpPair", c_id, {"volunteer_id", "reason"},
                         kStaff, "", "End a help pair."),
      Route<RecordContact>(c, "contacts", "RecordContact", c_id, {"contact_id", "kind", "by"},
                           kSelf, "by", "Record a contact with the child."),
      Route<CorrectContact>(c, "correct-contact", "CorrectContact", c_id,
                            {"contact_id", "kind", "by", "reason"}, kSelf, "by",
                            "Correct a recorded contact (a new event; nothing is overwritten)."),
      // Activities.
      Route<PlanActivity>(a, "", "PlanActivity", a_id,
                          {"unit_id", "kind", "title", "starts_at_us", "ends_at_us"}, kStaff, "",
                          "Plan an activity."),
      Route<AddSlot>(a, "slots", "AddSlot", a_id, {"slot_id", "role", "capacity"}, kStaff, "",
                     "Add a slot volunteers sign up for."),
      Route<OpenRecruitment>(a, "open-recruitment", "OpenRecruitment", a_id, {}, kStaff, "",
                             "Open sign-ups."),
      Route<CloseRecruitment>(a, "close-recruitment", "CloseRecruitment", a_id, {}, kStaff, "",
                              "Close sign-ups."),
      Route<SignUp>(a, "sign-up", "SignUp", a_id, {"slot_id", "volunteer_id"}, kSelf,
                    "volunteer_id", "Take a place in a slot, or join its waitlist."),
      Route<Withdraw>(a, "withdraw", "Withdraw", a_id, {"volunteer_id"}, kSelf, "volunteer_id",
                      "Give up a place or leave the waitlist."),
      Route<ChangeCapacity>(a, "capacity", "ChangeCapacity", a_id, {"slot_id", "capacity"}, kStaff,
                            "", "Change a slot's capacity."),
      Route<CancelActivity>(a, "cancel", "CancelActivity", a_id, {"reason"}, kStaff, "",
                            "Cancel the activity (for weather: `weather`)."),
      Route<RescheduleActivity>(a, "reschedule", "RescheduleActivity", a_id,
                                {"starts_at_us", "ends_at_us"}, kStaff, "",
                                "Move the activity to another time."),
      Route<CompleteActivity>(a, "complete", "CompleteActivity", a_id, {}, kStaff, "",
                              "Record that the activity took place."),
      Route<ChangeActivityDetails>(a, "details", "ChangeActivityDetails", a_id, {"title"}, kStaff,
                                   "", "Change title, place, itinerary and contacts."),
      Route<PledgeSponsor>(a, "pledges", "PledgeSponsor", a_id, {"pledge_id", "sponsor", "what"},
                           kStaff, "", "Record a sponsor's pledge."),
      Route<FulfilPledge>(a, "fulfil-pledge", "FulfilPledge", a_id, {"pledge_id", "quantity"},
                          kStaff, "", "Record that a pledge was (partly) fulfilled."),
      Route<DistributeAid>(a, "aid", "DistributeAid", a_id, {"child_id", "donor", "what"}, kStaff,
                           "", "Record aid given to a child."),
      Route<EnrollChild>(a, "enroll", "EnrollChild", a_id, {"child_id"}, kStaff, "",
                         "Give a child a place."),
      Route<UnenrollChild>(a, "unenroll", "UnenrollChild", a_id, {"child_id", "reason"}, kStaff, "",
                           "Take a child's place back.")
          .ChildOfAnyUnit(),
      Route<FormGroup>(a, "groups", "FormGroup", a_id, {"group_id", "name"}, kStaff, "",
                       "Form a group; once it has children, it needs two adults and at most "
                       "the activity's children per adult."),
      Route<AssignToGroup>(a, "assign-to-group", "AssignToGroup", a_id, {"group_id", "person_id"},
                           kStaff, "", "Put a volunteer or a child (`child`) in a group."),
      Route<RemoveFromGroup>(a, "remove-from-group", "RemoveFromGroup", a_id,
                             {"group_id", "person_id"}, kStaff, "", "Take someone out of a group.")
          .ChildOfAnyUnit(),
      Route<OpenCheckIn>(a, "open-check-in", "OpenCheckIn", a_id, {"opened_by"}, kStaff, "",
                         "Open check-in for the day and get its code."),
      Route<CheckIn>(a, "check-in", "CheckIn", a_id, {"volunteer_id", "code"}, kSelf,
                     "volunteer_id", "Check in with the day's code."),
      Route<CheckOut>(a, "check-out", "CheckOut", a_id, {"volunteer_id", "code"}, kSelf,
                      "volunteer_id", "Check out with the day's code."),
      Route<RecordAttendance>(a, "attendance", "RecordAttendance", a_id,
                              {"volunteer_id", "status", "recorded_by"}, kStaff, "",
                              "Record a volunteer present, absent or a no-show."),
      Route<ConfirmHours>(a, "confirm-hours", "ConfirmHours", a_id,
                          {"volunteer_id", "confirmed_by"}, kStaff, "",
                          "Confirm a volunteer's service hours."),
      Route<RequestHoursCorrection>(a, "hours-corrections", "RequestHoursCorrection", a_id,
                                    {"volunteer_id", "minutes", "reason"}, kSelf, "volunteer_id",
                                    "Ask for confirmed hours to be corrected."),
      Route<DecideHoursCorrection>(a, "decide-hours-correction", "DecideHoursCorrection", a_id,
                                   {"volunteer_id", "accept", "decided_by"}, kStaff, "",
                                   "Accept or refuse a requested correction."),
      Route<PostReflection>(a, "reflections", "PostReflection", a_id, {"volunteer_id", "text"},
                            kSelf, "volunteer_id",
                            "Post a reflection (活动心得) on an activity one took part in, once "
                            "it has ended; a later one replaces one's own."),
      Route<JoinLibraryBuild>(a, "join-library-build", "JoinLibraryBuild", a_id, {"volunteer_id"},
                              kSelf, "volunteer_id", "Join a library build as a caring family."),
      Route<DonateBooks>(a, "books", "DonateBooks", a_id, {"donor", "count"}, kStaff, "",
                         "Record donated books."),
      Route<PairFriend>(a, "friends", "PairFriend", a_id, {"child_id", "friend_name"}, kStaff, "",
                        "Pair a child with a pen friend."),
      Route<RecordSession>(a, "sessions", "RecordSession", a_id, {"counselor_id", "outcome"},
                           Allowed::kCounselor, "counselor_id",
                           "Record a counseling session (notes: counselors only)."),
      Route<RequestFollowUp>(a, "follow-ups", "RequestFollowUp", a_id,
                             {"child_id", "counselor_id", "due"}, Allowed::kCounselor,
                             "counselor_id", "Ask for a counseling follow-up."),
      // Accounts: the server makes the token and answers it once.
      Route<CreateAccount>("accounts", "", "CreateAccount", "account_id", {"name", "role"},
                           Allowed::kAccounts, "", "Create an account; the answer has its token."),
      Route<RevokeAccount>("accounts", "revoke", "RevokeAccount", "account_id", {"reason"},
                           Allowed::kAccounts, "", "Revoke an account; its token stops at once."),
      Route<GrantPersonalData>("accounts", "grant-personal-data", "GrantPersonalData", "account_id",
                               {"reason"}, Allowed::kAdmin, "",
                               "Let an auditor's account see children's personal fields "
                               "(masked from auditors otherwise); every read is still recorded."),
      Route<WithdrawPersonalData>("accounts", "withdraw-personal-data", "WithdrawPersonalData",
                                  "account_id", {"reason"}, Allowed::kAdmin, "",
                                  "End an auditor's grant of children's personal fields."),
  };
}

}  // namespace

CommandRoute CommandRoute::OtherUnit(std::string_view field) const {
  CommandRoute route = *this;
  route.other_unit_field = field;
  return route;
}

CommandRoute CommandRoute::OrUnit(std::string_view field) const {
  CommandRoute route = *this;
  route.or_unit_field = field;
  return route;
}

CommandRoute CommandRoute::ChildOfAnyUnit() const {
  CommandRoute route = *this;
  route.child_of_any_unit = true;
  return route;
}

std::string CommandRoute::Path() const {
  std::string path = "/v1/" + std::string(resource);
  if (!action.empty()) path += "/{" + std::string(id_field) + "}/" + std::string(action);
  return path;
}

const std::vector<CommandRoute>& CommandRoutes() {
  static const std::vector<CommandRoute> routes = MakeRoutes();
  return routes;
}

const CommandRoute* FindCommandRoute(std::string_view resource, std::string_view action) {
  for (const CommandRoute& route : CommandRoutes()) {
    if (route.resource == resource && route.action == action) return &route;
  }
  return nullptr;
}

}  // namespace homeward::http
