#pragma once
// The field names of every event, nested record and command, for the JSON
// codec (struct_json.h). Boost.Describe lists the members once here; the
// codec checks at compile time that each list names every member, so a field
// added to a struct and not here fails the build.

#include <boost/describe/class.hpp>

#include "events/account_commands.h"
#include "events/activity_commands.h"
#include "events/event.h"
#include "events/people_commands.h"

namespace homeward {

// account_events.h
BOOST_DESCRIBE_STRUCT(AccountCreated, (),
                      (account_id, name, role, unit_id, volunteer_id, token_hash))
BOOST_DESCRIBE_STRUCT(AccountRevoked, (), (account_id, reason))
BOOST_DESCRIBE_STRUCT(PersonalDataRead, (), (subject, account_id, role, route, fields))
BOOST_DESCRIBE_STRUCT(PersonalDataGranted, (), (account_id, reason))
BOOST_DESCRIBE_STRUCT(PersonalDataGrantWithdrawn, (), (account_id, reason))
BOOST_DESCRIBE_STRUCT(HolidaysDeclared, (), (year, days_off, workdays, source))

// activity_events.h
BOOST_DESCRIBE_STRUCT(ActivityPlanned, (),
                      (activity_id, unit_id, kind, title, place, itinerary, starts_at_us,
                       ends_at_us, person_in_charge, coordinator, children_contact,
                       children_capacity, cutoff_minutes, children_per_adult))
BOOST_DESCRIBE_STRUCT(SlotAdded, (),
                      (activity_id, slot_id, role, capacity, waitlist, adults_only, vetted_only,
                       kinds))
BOOST_DESCRIBE_STRUCT(RecruitmentOpened, (), (activity_id))
BOOST_DESCRIBE_STRUCT(RecruitmentClosed, (), (activity_id, full))
BOOST_DESCRIBE_STRUCT(SignedUp, (),
                      (activity_id, slot_id, volunteer_id, starts_at_us, ends_at_us,
                       double_booking_override))
BOOST_DESCRIBE_STRUCT(Waitlisted, (), (activity_id, slot_id, volunteer_id))
BOOST_DESCRIBE_STRUCT(Withdrawn, (), (activity_id, slot_id, volunteer_id, by_coordinator, reason))
BOOST_DESCRIBE_STRUCT(PromotedFromWaitlist, (),
                      (activity_id, slot_id, volunteer_id, starts_at_us, ends_at_us))
BOOST_DESCRIBE_STRUCT(RecruitmentReopened, (), (activity_id))
BOOST_DESCRIBE_STRUCT(CapacityChanged, (), (activity_id, slot_id, capacity))
BOOST_DESCRIBE_STRUCT(ActivityCancelled, (), (activity_id, weather, reason))
BOOST_DESCRIBE_STRUCT(ActivityRescheduled, (), (activity_id, starts_at_us, ends_at_us))
BOOST_DESCRIBE_STRUCT(ActivityCompleted, (), (activity_id))
BOOST_DESCRIBE_STRUCT(SponsorPledged, (), (activity_id, pledge_id, sponsor, what, quantity))
BOOST_DESCRIBE_STRUCT(PledgeFulfilled, (), (activity_id, pledge_id, quantity))
BOOST_DESCRIBE_STRUCT(ActivityDetailsChanged, (),
                      (activity_id, title, place, itinerary, person_in_charge, coordinator,
                       children_contact))
BOOST_DESCRIBE_STRUCT(AidDistributed, (), (activity_id, child_id, donor, what, quantity))
BOOST_DESCRIBE_STRUCT(ReflectionPosted, (), (activity_id, volunteer_id, text))

// attendance_events.h
BOOST_DESCRIBE_STRUCT(ChildEnrolled, (), (activity_id, child_id))
BOOST_DESCRIBE_STRUCT(ChildUnenrolled, (), (activity_id, child_id, reason))
BOOST_DESCRIBE_STRUCT(GroupFormed, (), (activity_id, group_id, name))
BOOST_DESCRIBE_STRUCT(AssignedToGroup, (),
                      (activity_id, group_id, person_id, child, counts_as_adult))
BOOST_DESCRIBE_STRUCT(RemovedFromGroup, (), (activity_id, group_id, person_id))
BOOST_DESCRIBE_STRUCT(CheckInOpened, (), (activity_id, day, code, opened_by))
BOOST_DESCRIBE_STRUCT(CheckedIn, (), (activity_id, volunteer_id, at_us))
BOOST_DESCRIBE_STRUCT(CheckedOut, (), (activity_id, volunteer_id, at_us))
BOOST_DESCRIBE_STRUCT(AttendanceRecorded, (), (activity_id, volunteer_id, status, recorded_by))
BOOST_DESCRIBE_STRUCT(HoursConfirmed, (), (activity_id, volunteer_id, minutes, confirmed_by))
BOOST_DESCRIBE_STRUCT(HoursCorrectionRequested, (), (activity_id, volunteer_id, minutes, reason))
BOOST_DESCRIBE_STRUCT(HoursCorrectionDecided, (),
                      (activity_id, volunteer_id, accepted, minutes, decided_by, reason))

// care_events.h
BOOST_DESCRIBE_STRUCT(CareRoleAssigned, (), (child_id, role, volunteer_id))
BOOST_DESCRIBE_STRUCT(CareRoleEnded, (), (child_id, role, volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(HelpPairFormed, (), (child_id, volunteer_id))
BOOST_DESCRIBE_STRUCT(HelpPairEnded, (), (child_id, volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(ContactRecorded, (),
                      (child_id, contact_id, kind, by, at_us, minutes, summary))
BOOST_DESCRIBE_STRUCT(ContactCorrected, (),
                      (child_id, contact_id, kind, by, at_us, minutes, summary, reason))

// child_events.h
BOOST_DESCRIBE_STRUCT(Parent, (), (name, work_city, phone))
BOOST_DESCRIBE_STRUCT(Guardian, (), (name, relation, phone, address))
BOOST_DESCRIBE_STRUCT(ArchiveCard, (),
                      (name, sex, ethnicity, date_of_birth, id_number, household_registration,
                       residence, school, class_name, boarding, schooling_status, health,
                       disability, father, mother, guardian, guardianship_rating, support_received,
                       teacher_notes))
BOOST_DESCRIBE_STRUCT(ChildRegistered, (), (child_id, unit_id, card, filled_by))
BOOST_DESCRIBE_STRUCT(CardUpdated, (), (child_id, card, filled_by, reason))
BOOST_DESCRIBE_STRUCT(CardReviewed, (), (child_id, reviewed_by))
BOOST_DESCRIBE_STRUCT(CardApproved, (), (child_id, approved_by))
BOOST_DESCRIBE_STRUCT(SurveyRecorded, (),
                      (child_id, surveyed_on, surveyed_by, guardianship_rating, notes))
BOOST_DESCRIBE_STRUCT(ConsentGiven, (),
                      (child_id, kind, guardian_name, purpose, retention, given_on))
BOOST_DESCRIBE_STRUCT(ConsentWithdrawn, (), (child_id, kind, withdrawn_on, reason))
BOOST_DESCRIBE_STRUCT(ChildLeft, (), (child_id, reason))
BOOST_DESCRIBE_STRUCT(ChildTransferred, (), (child_id, from_unit_id, unit_id, reason, effective_on))
BOOST_DESCRIBE_STRUCT(ChildDataErased, (), (child_id, reason))

// program_events.h
BOOST_DESCRIBE_STRUCT(FamilyJoined, (), (activity_id, volunteer_id))
BOOST_DESCRIBE_STRUCT(BooksDonated, (), (activity_id, donor, category, count, restock))
BOOST_DESCRIBE_STRUCT(FriendPaired, (), (activity_id, child_id, friend_name))
BOOST_DESCRIBE_STRUCT(SessionRecorded, (),
                      (activity_id, counselor_id, outcome, group, children, confidential_notes))
BOOST_DESCRIBE_STRUCT(FollowUpRequested, (), (activity_id, child_id, due, counselor_id))
BOOST_DESCRIBE_STRUCT(StationRoom, (), (kind, name))
BOOST_DESCRIBE_STRUCT(StationRegistered, (),
                      (station_id, unit_id, name, rooms, area_m2, min_daily_minutes))
BOOST_DESCRIBE_STRUCT(StationOpened, (), (station_id, day, minutes, staff, children))
BOOST_DESCRIBE_STRUCT(StationClosed, (), (station_id, closed_on, reason))
BOOST_DESCRIBE_STRUCT(StationReopened, (), (station_id, reopened_on, reason))
BOOST_DESCRIBE_STRUCT(MonthlyReportSubmitted, (),
                      (unit_id, month, narrative, activities, children_reached, volunteer_hours))

// unit_events.h
BOOST_DESCRIBE_STRUCT(UnitCreated, (), (unit_id, name, kind, parent_id, time_zone))
BOOST_DESCRIBE_STRUCT(UnitRenamed, (), (unit_id, name))
BOOST_DESCRIBE_STRUCT(UnitMoved, (), (unit_id, parent_id))
BOOST_DESCRIBE_STRUCT(UnitClosed, (), (unit_id, reason))
BOOST_DESCRIBE_STRUCT(UnitSettingsChanged, (),
                      (unit_id, role_limit, help_pair_limit, hours_include_travel,
                       daily_slot_limit))
BOOST_DESCRIBE_STRUCT(WaiverPublished, (), (unit_id, version, text))

// volunteer_events.h
BOOST_DESCRIBE_STRUCT(VolunteerDetails, (),
                      (name, sex, date_of_birth, id_number, residence_area, contact, skills,
                       service_categories, kinds, family_members))
BOOST_DESCRIBE_STRUCT(VolunteerRegistered, (), (volunteer_id, unit_id, details))
BOOST_DESCRIBE_STRUCT(VolunteerDetailsCorrected, (), (volunteer_id, details, reason))
BOOST_DESCRIBE_STRUCT(VolunteerVetted, (), (volunteer_id, checked_by, checked_on, valid_until))
BOOST_DESCRIBE_STRUCT(WaiverAccepted, (), (volunteer_id, waiver_version, unit_id))
BOOST_DESCRIBE_STRUCT(VolunteerSuspended, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(VolunteerReinstated, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(VolunteerLeft, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(VolunteerTransferred, (), (volunteer_id, from_unit_id, unit_id, reason))
BOOST_DESCRIBE_STRUCT(CalendarFeedIssued, (), (volunteer_id, secret_hash))
BOOST_DESCRIBE_STRUCT(CalendarFeedRevoked, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(VolunteerDataErased, (), (volunteer_id, reason))

// account_commands.h
BOOST_DESCRIBE_STRUCT(CreateAccount, (),
                      (account_id, name, role, unit_id, volunteer_id, token_hash))
BOOST_DESCRIBE_STRUCT(RevokeAccount, (), (account_id, reason))
BOOST_DESCRIBE_STRUCT(GrantPersonalData, (), (account_id, reason))
BOOST_DESCRIBE_STRUCT(WithdrawPersonalData, (), (account_id, reason))

// activity_commands.h
BOOST_DESCRIBE_STRUCT(PlanActivity, (),
                      (activity_id, unit_id, kind, title, place, itinerary, starts_at_us,
                       ends_at_us, person_in_charge, coordinator, children_contact,
                       children_capacity, cutoff_minutes, children_per_adult))
BOOST_DESCRIBE_STRUCT(AddSlot, (),
                      (activity_id, slot_id, role, capacity, waitlist, adults_only, vetted_only,
                       kinds))
BOOST_DESCRIBE_STRUCT(OpenRecruitment, (), (activity_id))
BOOST_DESCRIBE_STRUCT(CloseRecruitment, (), (activity_id))
BOOST_DESCRIBE_STRUCT(SignUp, (), (activity_id, slot_id, volunteer_id, double_booking_override))
BOOST_DESCRIBE_STRUCT(Withdraw, (), (activity_id, volunteer_id, by_coordinator, reason))
BOOST_DESCRIBE_STRUCT(ChangeCapacity, (), (activity_id, slot_id, capacity))
BOOST_DESCRIBE_STRUCT(CancelActivity, (), (activity_id, weather, reason))
BOOST_DESCRIBE_STRUCT(RescheduleActivity, (), (activity_id, starts_at_us, ends_at_us))
BOOST_DESCRIBE_STRUCT(CompleteActivity, (), (activity_id))
BOOST_DESCRIBE_STRUCT(PledgeSponsor, (), (activity_id, pledge_id, sponsor, what, quantity))
BOOST_DESCRIBE_STRUCT(FulfilPledge, (), (activity_id, pledge_id, quantity))
BOOST_DESCRIBE_STRUCT(ChangeActivityDetails, (),
                      (activity_id, title, place, itinerary, person_in_charge, coordinator,
                       children_contact))
BOOST_DESCRIBE_STRUCT(DistributeAid, (), (activity_id, child_id, donor, what, quantity))
BOOST_DESCRIBE_STRUCT(EnrollChild, (), (activity_id, child_id))
BOOST_DESCRIBE_STRUCT(UnenrollChild, (), (activity_id, child_id, reason))
BOOST_DESCRIBE_STRUCT(FormGroup, (), (activity_id, group_id, name))
BOOST_DESCRIBE_STRUCT(AssignToGroup, (), (activity_id, group_id, person_id, child))
BOOST_DESCRIBE_STRUCT(RemoveFromGroup, (), (activity_id, group_id, person_id))
BOOST_DESCRIBE_STRUCT(OpenCheckIn, (), (activity_id, opened_by, code))
BOOST_DESCRIBE_STRUCT(CheckIn, (), (activity_id, volunteer_id, code))
BOOST_DESCRIBE_STRUCT(CheckOut, (), (activity_id, volunteer_id, code))
BOOST_DESCRIBE_STRUCT(RecordAttendance, (), (activity_id, volunteer_id, status, recorded_by))
BOOST_DESCRIBE_STRUCT(ConfirmHours, (),
                      (activity_id, volunteer_id, confirmed_by, minutes, travel_minutes))
BOOST_DESCRIBE_STRUCT(RequestHoursCorrection, (), (activity_id, volunteer_id, minutes, reason))
BOOST_DESCRIBE_STRUCT(DecideHoursCorrection, (),
                      (activity_id, volunteer_id, accept, decided_by, reason))
BOOST_DESCRIBE_STRUCT(JoinLibraryBuild, (), (activity_id, volunteer_id))
BOOST_DESCRIBE_STRUCT(DonateBooks, (), (activity_id, donor, category, count, restock))
BOOST_DESCRIBE_STRUCT(PairFriend, (), (activity_id, child_id, friend_name))
BOOST_DESCRIBE_STRUCT(RecordSession, (),
                      (activity_id, counselor_id, outcome, group, children, confidential_notes))
BOOST_DESCRIBE_STRUCT(RequestFollowUp, (), (activity_id, child_id, counselor_id, due))
BOOST_DESCRIBE_STRUCT(PostReflection, (), (activity_id, volunteer_id, text))

// people_commands.h
BOOST_DESCRIBE_STRUCT(CreateUnit, (), (unit_id, name, kind, parent_id, time_zone))
BOOST_DESCRIBE_STRUCT(RenameUnit, (), (unit_id, name))
BOOST_DESCRIBE_STRUCT(MoveUnit, (), (unit_id, parent_id))
BOOST_DESCRIBE_STRUCT(CloseUnit, (), (unit_id, reason))
BOOST_DESCRIBE_STRUCT(ChangeUnitSettings, (),
                      (unit_id, role_limit, help_pair_limit, hours_include_travel,
                       daily_slot_limit))
BOOST_DESCRIBE_STRUCT(PublishWaiver, (), (unit_id, version, text))
BOOST_DESCRIBE_STRUCT(RegisterStation, (), (station_id, unit_id, name, rooms, area_m2))
BOOST_DESCRIBE_STRUCT(RecordStationOpening, (), (station_id, day, minutes, staff, children))
BOOST_DESCRIBE_STRUCT(CloseStation, (), (station_id, reason, closed_on))
BOOST_DESCRIBE_STRUCT(ReopenStation, (), (station_id, reason, reopened_on))
BOOST_DESCRIBE_STRUCT(SubmitMonthlyReport, (),
                      (unit_id, month, narrative, activities, children_reached, volunteer_hours))
BOOST_DESCRIBE_STRUCT(RegisterVolunteer, (), (volunteer_id, unit_id, details))
BOOST_DESCRIBE_STRUCT(CorrectVolunteerDetails, (), (volunteer_id, details, reason))
BOOST_DESCRIBE_STRUCT(UpdateContactDetails, (), (volunteer_id, contact, residence_area, skills))
BOOST_DESCRIBE_STRUCT(VetVolunteer, (), (volunteer_id, checked_by, checked_on, valid_until))
BOOST_DESCRIBE_STRUCT(AcceptWaiver, (), (volunteer_id, waiver_version, unit_id))
BOOST_DESCRIBE_STRUCT(DeclareHolidays, (), (year, days_off, workdays, source))
BOOST_DESCRIBE_STRUCT(SuspendVolunteer, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(ReinstateVolunteer, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(VolunteerLeaves, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(TransferVolunteer, (), (volunteer_id, unit_id, reason))
BOOST_DESCRIBE_STRUCT(IssueCalendarFeed, (), (volunteer_id, secret_hash))
BOOST_DESCRIBE_STRUCT(RevokeCalendarFeed, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(RegisterChild, (), (child_id, unit_id, card, filled_by))
BOOST_DESCRIBE_STRUCT(UpdateCard, (), (child_id, card, filled_by, reason))
BOOST_DESCRIBE_STRUCT(ReviewCard, (), (child_id, reviewed_by))
BOOST_DESCRIBE_STRUCT(ApproveCard, (), (child_id, approved_by))
BOOST_DESCRIBE_STRUCT(RecordSurvey, (),
                      (child_id, surveyed_on, surveyed_by, guardianship_rating, notes))
BOOST_DESCRIBE_STRUCT(GiveConsent, (),
                      (child_id, kind, guardian_name, purpose, retention, given_on))
BOOST_DESCRIBE_STRUCT(WithdrawConsent, (), (child_id, kind, withdrawn_on, reason))
BOOST_DESCRIBE_STRUCT(ChildLeaves, (), (child_id, reason))
BOOST_DESCRIBE_STRUCT(TransferChild, (), (child_id, unit_id, reason, effective_on))
BOOST_DESCRIBE_STRUCT(TransferUnitMembers, (),
                      (unit_id, to_unit_id, reason, skip_refused, effective_on))
BOOST_DESCRIBE_STRUCT(EraseChildData, (), (child_id, reason, admin_decision))
BOOST_DESCRIBE_STRUCT(EraseVolunteerData, (), (volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(AssignCareRole, (), (child_id, role, volunteer_id))
BOOST_DESCRIBE_STRUCT(EndCareRole, (), (child_id, role, reason))
BOOST_DESCRIBE_STRUCT(FormHelpPair, (), (child_id, volunteer_id))
BOOST_DESCRIBE_STRUCT(EndHelpPair, (), (child_id, volunteer_id, reason))
BOOST_DESCRIBE_STRUCT(RecordContact, (), (child_id, contact_id, kind, by, at_us, minutes, summary))
BOOST_DESCRIBE_STRUCT(CorrectContact, (),
                      (child_id, contact_id, kind, by, at_us, minutes, summary, reason))

}  // namespace homeward
