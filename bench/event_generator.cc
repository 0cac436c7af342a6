#include "bench/event_generator.h"

#include <algorithm>
#include <bit>

#include "engine/care_rules.h"
#include "engine/token.h"

namespace homeward {

EventGenerator::EventGenerator(std::uint64_t seed, std::string org, std::int64_t start_us)
    : rng_(seed), org_(std::move(org)), now_us_(start_us) {}

std::string EventGenerator::Stream(std::string_view category, std::string_view id) const {
  return StreamOf(org_, category, id);
}

Date EventGenerator::Today() const { return Date{static_cast<std::int32_t>(now_us_ / kDayUs)}; }

Decision EventGenerator::Next() {
  Decision d = Step();
  Fold(d);
  return d;
}

Decision EventGenerator::Step() {
  now_us_ += kMinuteUs * static_cast<std::int64_t>(1 + Pick(20));
  ++serial_;
  if (units_.empty()) return Bootstrap();
  if (Decision day = DueDay(); !day.empty()) return day;
  if (Decision renewed = RenewDue(); !renewed.empty()) return renewed;
  if (Decision moved = MoveSome(); !moved.empty()) return moved;
  if (Decision closed = CloseRetired(); !closed.empty()) return closed;
  if (Decision closed = CloseWoundDown(); !closed.empty()) return closed;
  // Weights like a year of use: contacts and activity work dominate.
  const std::size_t roll = Pick(100);
  if (roll < 6 || volunteers_.size() < 8) return NewVolunteer();
  if (roll < 10 || children_.size() < 6) return NewChild();
  if (roll < 30) return ChildLife();
  if (roll < 40) return Care();
  if (roll < 46 || activities_.empty()) return NewActivity();
  if (roll < 95) return ActivityLife();
  return UnitLife();
}

Decision EventGenerator::Bootstrap() {
  Decision d;
  d.push_back({Stream("unit", "county"),
               UnitCreated{"county", "县妇联", UnitKind::kFederation, "", "Asia/Shanghai"}});
  const char* zones[] = {"Asia/Shanghai", "Asia/Shanghai", "Asia/Urumqi", "Asia/Shanghai"};
  for (int i = 0; i < 4; ++i) NewUnit("unit-" + std::to_string(i), zones[i], d);
  return d;
}

Decision EventGenerator::NewVolunteer() {
  const std::string id = "v" + std::to_string(serial_);
  const std::string unit = AnyOf(units_);
  VolunteerDetails details;
  details.name = "志愿者" + std::to_string(serial_);
  details.date_of_birth = Date{Today().days - 365 * static_cast<int>(20 + Pick(40))};
  details.kinds = {static_cast<VolunteerKind>(Pick(7))};
  if (details.Is(VolunteerKind::kCaringFamily)) details.family_members = 3;
  volunteers_.push_back(id);
  home_[id] = unit;
  const std::string s = Stream("volunteer", id);
  // Checked the day they register, for a year at most, as the domain allows.
  const Date on = LocalToday(unit);
  const Date until{AddYears(on, 1).days - 1};
  ScheduleRenewal(id, until);
  return {{s, VolunteerRegistered{id, unit, details}},
          {s, VolunteerVetted{id, "派出所", on, until}},
          {s, WaiverAccepted{id, ustate_.at(unit).waiver_version, unit}}};
}

Decision EventGenerator::Holidays() {
  // The National Day week of this year: its weekdays off, and the Saturday
  // after it worked in their place.
  const int year = MonthOf(Today()).year;
  HolidaysDeclared e;
  e.year = std::to_string(year);
  e.source = "国办发明电";
  const Date first = FirstDay(YearMonth{year, 10});
  for (Date d = first; d.days < first.days + 7; ++d.days)
    if (Weekday(d) < 5) e.days_off.push_back(d);
  Date saturday{first.days + 7};
  while (Weekday(saturday) != 5) ++saturday.days;
  e.workdays.push_back(saturday);
  return {{Stream("holidays", e.year), std::move(e)}};
}

Decision EventGenerator::UnitLife() {
  const std::string unit = AnyOf(units_);  // a copy: WindDown changes units_
  const std::string s = Stream("unit", unit);
  switch (Pick(8)) {
    case 0:
      return {{s, UnitRenamed{unit, "成员单位" + unit}}};
    case 1:
      // A unit allows a volunteer one to four places a day.
      return {{s, UnitSettingsChanged{unit, 3, 2, Chance(0.5),
                                      static_cast<std::uint32_t>(1 + Pick(4))}}};
    case 2:
      if (serial_ % 8 == 0) return Holidays();  // by the serial, as below
      // Now and then a unit revises its waiver: a version it never published.
      if (++waiver_turns_ % 16 == 0) {
        const std::string version = "v" + std::to_string(serial_);
        return {{s, WaiverPublished{unit, version, "特别承诺（修订）"}}};
      }
      break;
    case 3: {
      const std::string v = AnyOf(volunteers_);
      const std::string vs = Stream("volunteer", v);
      switch (Pick(7)) {
        case 6: {
          // Erased, the volunteer leaves: their care ends, and they are drawn no more.
          Decision d = Depart(v, Decide(org_, vstate_.at(v), EraseVolunteerData{v, "本人要求"}),
                              "volunteer's personal data erased", true);
          Remove(volunteers_, v);
          return d;
        }
        case 5:
          // The feed issued longest ago is revoked, while one is.
          if (!feeds_.empty()) {
            const std::string holder = feeds_.front();
            feeds_.erase(feeds_.begin());
            return {{Stream("volunteer", holder), CalendarFeedRevoked{holder, "换手机"}}};
          }
          [[fallthrough]];
        case 4:
          // Issued anew, a feed replaces the volunteer's last.
          if (!vstate_.at(v).calendar_feed) feeds_.push_back(v);
          return {{vs, CalendarFeedIssued{v, TokenHash("feed-" + std::to_string(serial_))}}};
        case 0:
        case 1: {
          // A suspension lasts until the next one would come: then the
          // volunteer suspended is reinstated instead.
          if (!suspended_.empty()) {
            const std::string back = suspended_.front();
            suspended_.erase(suspended_.begin());
            volunteers_.push_back(back);
            return {{Stream("volunteer", back), VolunteerReinstated{back, "核实无误"}}};
          }
          // Suspended, their care ends, and they are drawn only to be
          // reinstated; their waits stay, passed over while they are away.
          Remove(volunteers_, v);
          suspended_.push_back(v);
          return Depart(v, Decide(org_, vstate_.at(v), SuspendVolunteer{v, "投诉"}),
                        "volunteer suspended: 投诉", false);
        }
        case 2: {
          // The name corrected, the rest as recorded.
          VolunteerDetails details = vstate_.at(v).details;
          details.name = "志愿者" + v;
          return {{vs, VolunteerDetailsCorrected{v, details, "改名"}}};
        }
        default: {
          if (departures_++ % 2 == 0) {
            auto [from, to] = Transfer(v);
            return {{vs, VolunteerTransferred{v, from, to, "搬家"}}};
          }
          // Leaving ends their care, and they are drawn no more.
          Decision d = Depart(v, Decide(org_, vstate_.at(v), VolunteerLeaves{v, "外出务工"}),
                              "volunteer left: 外出务工", true);
          Remove(volunteers_, v);
          return d;
        }
      }
    }
    case 4:
      // In turn: an account created, one's grant, withdrawal or revocation,
      // a child's card read, the unit moved.
      switch (account_turns_++ % 4) {
        case 0: {
          // Every other account an auditor's, the rest a unit's coordinators'.
          const std::string id = "acct" + std::to_string(serial_);
          const bool auditor = account_turns_ % 8 == 5;
          (auditor ? auditors_ : accounts_).push_back(id);
          account_unit_[id] = auditor ? "" : unit;
          return {{Stream("account", id),
                   AccountCreated{id, (auditor ? "审计员" : "协调员") + id,
                                  auditor ? AccountRole::kAuditor : AccountRole::kCoordinator,
                                  account_unit_[id], "", TokenHash("token-" + id)}}};
        }
        case 1:
          // In turn: an auditor granted personal data, the grant withdrawn, a
          // coordinator's account revoked.
          switch (account_actions_++ % 3) {
            case 0:
              if (auditors_.empty()) break;
              granted_ = AnyOf(auditors_);
              return {{Stream("account", granted_), PersonalDataGranted{granted_, "年度审计"}}};
            case 1: {
              if (granted_.empty()) break;
              const std::string was = std::exchange(granted_, "");
              return {{Stream("account", was), PersonalDataGrantWithdrawn{was, "审计结束"}}};
            }
            default: {
              if (accounts_.size() < 2) break;
              const std::string id = AnyOf(accounts_);
              Remove(accounts_, id);  // acts no more
              return {{Stream("account", id), AccountRevoked{id, "离职"}}};
            }
          }
          break;
        case 2: {
          // A card read by the auditor granted personal data, or else by a
          // coordinator of the child's unit: who may read it.
          const std::string& child = AnyOf(children_);
          std::string reader = granted_;
          if (reader.empty()) {
            const auto in_unit = std::find_if(accounts_.begin(), accounts_.end(), [&](auto& id) {
              return account_unit_.at(id) == home_.at(child);
            });
            if (in_unit == accounts_.end()) break;
            reader = *in_unit;
          }
          return {{Stream("access", "child-" + child),
                   PersonalDataRead{
                       "child/" + child,
                       reader,
                       granted_.empty() ? AccountRole::kCoordinator : AccountRole::kAuditor,
                       "GET /v1/children/{child_id}/card",
                       {"card.name"}}}};
        }
        default:
          break;
      }
      return {{s, UnitMoved{unit, "county"}}};
    case 5: {
      // Now and then the oldest station is retired (closing from a day after
      // its last opening, CloseRetired), and one closed before reopens or a
      // new one is registered.
      if (serial_ % 4 == 1) {
        const std::string retired = stations_.front();
        stations_.erase(stations_.begin());
        const bool reopens = station_turns_++ % 2 == 1 && !closed_stations_.empty();
        winding_stations_.push_back(retired);
        closing_reason_[retired] = reopens ? "校舍修缮" : "并校";
        if (reopens) {
          const std::string reopened = closed_stations_.front();
          closed_stations_.erase(closed_stations_.begin());
          stations_.push_back(reopened);
          return {{Stream("station", reopened), StationReopened{reopened, Today(), "修缮完毕"}}};
        }
        const std::string id = "station-" + std::to_string(serial_);
        stations_.push_back(id);
        station_unit_[id] = unit;
        return {{Stream("station", id), NewStation(id, unit)}};
      }
      // A unit winds down at the 4th, 8th, 16th... turn here: mergers grow rare as the
      // programme settles (a few in a million events).
      if (++unit_turns_ >= 4 && std::has_single_bit(unit_turns_)) return WindDown(unit);
    }
      [[fallthrough]];
    default:
      break;
  }
  return {{s, MonthlyReportSubmitted{unit, FormatMonth(MonthOf(Today())), "本月工作", 3, 20, 40}}};
}

}  // namespace homeward
