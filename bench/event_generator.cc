#include "bench/event_generator.h"

#include <algorithm>

#include "engine/token.h"

namespace homeward {
namespace {

ArchiveCard Card(const std::string& name, Date born) {
  ArchiveCard card;
  card.name = name;
  card.sex = Sex::kFemale;
  card.date_of_birth = born;
  card.school = "马岭小学";
  card.father = {"父亲", "深圳", "13800000000"};
  card.guardian = {"祖母", "祖孙", "13900000000", "马岭村"};
  return card;
}

}  // namespace

EventGenerator::EventGenerator(std::uint64_t seed, std::string org, std::int64_t start_us)
    : rng_(seed), org_(std::move(org)), now_us_(start_us) {}

std::string EventGenerator::Stream(std::string_view category, std::string_view id) const {
  return StreamOf(org_, category, id);
}

Date EventGenerator::Today() const { return Date{static_cast<std::int32_t>(now_us_ / kDayUs)}; }

Decision EventGenerator::Next() {
  now_us_ += kMinuteUs * static_cast<std::int64_t>(1 + Pick(20));
  ++serial_;
  if (units_.empty()) return Bootstrap();
  // Weights like a year of use: contacts and activity work dominate.
  const std::size_t roll = Pick(100);
  if (roll < 6 || volunteers_.size() < 8) return NewVolunteer();
  if (roll < 10 || children_.size() < 6) return NewChild();
  if (roll < 30) return ChildLife();
  if (roll < 40) return Care();
  if (roll < 46 || activities_.empty()) return NewActivity();
  if (roll < 97) return ActivityLife();
  return UnitLife();
}

Decision EventGenerator::Bootstrap() {
  Decision d;
  d.push_back({Stream("unit", "county"),
               UnitCreated{"county", "县妇联", UnitKind::kFederation, "", "Asia/Shanghai"}});
  const char* zones[] = {"Asia/Shanghai", "Asia/Shanghai", "Asia/Urumqi", "Asia/Shanghai"};
  for (int i = 0; i < 4; ++i) {
    const std::string id = "unit-" + std::to_string(i);
    units_.push_back(id);
    d.push_back({Stream("unit", id), UnitCreated{id, "成员单位" + std::to_string(i),
                                                 UnitKind::kSchool, "county", zones[i]}});
    d.push_back({Stream("unit", id), WaiverPublished{id, "v1", "特别承诺"}});
    const std::string station = "station-" + std::to_string(i);
    stations_.push_back(station);
    d.push_back(
        {Stream("station", station),
         StationRegistered{station, id, "活动站", {{RoomKind::kReading, "阅览室"}}, 40, 120}});
  }
  return d;
}

Decision EventGenerator::NewVolunteer() {
  const std::string id = "v" + std::to_string(serial_);
  const std::string unit = AnyOf(units_);
  VolunteerDetails details;
  details.name = "志愿者" + std::to_string(serial_);
  details.date_of_birth = Date{Today().days - 365 * static_cast<int>(20 + Pick(40))};
  details.kinds = {static_cast<VolunteerKind>(Pick(7))};
  volunteers_.push_back(id);
  home_[id] = unit;
  accepted_.insert(id + "/" + unit);
  const std::string s = Stream("volunteer", id);
  return {{s, VolunteerRegistered{id, unit, details}},
          {s, VolunteerVetted{id, "派出所", Today(), Date{Today().days + 365}}},
          {s, WaiverAccepted{id, "v1", unit}}};
}

Decision EventGenerator::NewChild() {
  const std::string id = "c" + std::to_string(serial_);
  children_.push_back(id);
  const std::string s = Stream("child", id);
  const std::string& unit = home_[id] = AnyOf(units_);
  return {{s, ChildRegistered{id, unit,
                              Card("儿童" + std::to_string(serial_), Date{Today().days - 365 * 9}),
                              "班主任"}},
          {s, ConsentGiven{id, ConsentKind::kDataProcessing, "祖母", "关爱服务", "三年", Today()}},
          {s, ConsentGiven{id, ConsentKind::kTrips, "祖母", "外出活动", "一年", Today()}}};
}

Decision EventGenerator::ChildLife() {
  const std::string& id = AnyOf(children_);
  const std::string s = Stream("child", id);
  const std::size_t roll = Pick(100);
  if (roll < 70) {
    return {
        {s, ContactRecorded{id, "k" + std::to_string(serial_), static_cast<ContactKind>(Pick(7)),
                            AnyOf(volunteers_), now_us_, 30, "谈心"}}};
  }
  if (roll < 76) {
    return {{s, ContactCorrected{id, "k" + std::to_string(serial_ - 1), ContactKind::kHomeVisit,
                                 AnyOf(volunteers_), now_us_ - kDayUs, 45, "家访", "时间记错"}}};
  }
  if (roll < 84) return {{s, SurveyRecorded{id, Today(), "督导员", GuardianshipRating::kFair, ""}}};
  if (roll < 89)
    return {{s, CardUpdated{id, Card("儿童" + id, Date{Today().days - 3000}), "班主任", "更新"}}};
  if (roll < 93) return {{s, CardReviewed{id, "校长"}}};
  if (roll < 97) return {{s, CardApproved{id, "妇联"}}};
  if (roll < 98) {
    return {{s, ConsentWithdrawn{id, ConsentKind::kTrips, Today(), "监护人要求"}}};
  }
  if (roll < 99) return {{s, ChildDataErased{id, "监护人撤回同意"}}};
  if (departures_++ % 2 == 0) {
    auto [from, to] = Transfer(id);
    return {{s, ChildTransferred{id, from, to, "转学", Today()}}};
  }
  return {{s, ChildLeft{id, "随父母外出"}}};
}

std::pair<std::string, std::string> EventGenerator::Transfer(const std::string& id) {
  std::string& home = home_[id];
  std::string from = home;
  home = units_[serial_ % units_.size()];
  if (home == from) home = units_[(serial_ + 1) % units_.size()];
  return {std::move(from), home};
}

Decision EventGenerator::Care() {
  const std::string child = AnyOf(children_);
  const std::string volunteer = AnyOf(volunteers_);
  const CareRole role = static_cast<CareRole>(Pick(3));
  // On the child's stream and the volunteer's, as the domain writes them.
  const auto both = [&](const std::string& v, Event e) {
    return Decision{{Stream("child", child), e}, {Stream("volunteer", v), e}};
  };
  // As many draws as ever, so every other step's events stay as they were.
  const std::size_t kind = Pick(4);
  if (kind < 2) {
    // A role changes hands as the domain lets it: taken while vacant,
    // ended by the volunteer who holds it.
    const std::string key = child + "/" + std::to_string(static_cast<int>(role));
    const auto held = roles_.find(key);
    if (held == roles_.end()) {
      roles_.emplace(key, volunteer);
      return both(volunteer, CareRoleAssigned{child, role, volunteer});
    }
    const std::string holder = held->second;
    roles_.erase(held);
    return both(holder, CareRoleEnded{child, role, holder, "调整"});
  }
  // A help pair is formed once, and one of those formed ends (chosen by the
  // serial, not a draw).
  if (kind == 2 || pairs_.empty()) {
    if (paired_.insert(child + "/" + volunteer).second) {
      pairs_.emplace_back(child, volunteer);
      return both(volunteer, HelpPairFormed{child, volunteer});
    }
  }
  const std::size_t at = serial_ % pairs_.size();
  const auto [paired_child, paired_volunteer] = pairs_[at];
  pairs_[at] = pairs_.back();
  pairs_.pop_back();
  paired_.erase(paired_child + "/" + paired_volunteer);
  return {
      {Stream("child", paired_child), HelpPairEnded{paired_child, paired_volunteer, "结对期满"}},
      {Stream("volunteer", paired_volunteer),
       HelpPairEnded{paired_child, paired_volunteer, "结对期满"}}};
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
  const std::string& unit = AnyOf(units_);
  const std::string s = Stream("unit", unit);
  switch (Pick(8)) {
    case 0:
      return {{s, UnitRenamed{unit, "成员单位" + unit}}};
    case 1:
      return {{s, UnitSettingsChanged{unit, 3, 2, Chance(0.5)}}};
    case 2:
      if (serial_ % 8 == 0) return Holidays();  // by the serial, as below
      return {{s, WaiverPublished{unit, "v1", "特别承诺"}}};
    case 3: {
      const std::string& v = AnyOf(volunteers_);
      const std::string vs = Stream("volunteer", v);
      switch (Pick(7)) {
        case 6:
          return {{vs, VolunteerDataErased{v, "本人要求"}}};
        case 4:
          return {{vs, CalendarFeedIssued{v, TokenHash("feed-" + std::to_string(serial_))}}};
        case 5:
          return {{vs, CalendarFeedRevoked{v, "换手机"}}};
        case 0:
          return {{vs, VolunteerSuspended{v, "投诉"}}};
        case 1:
          return {{vs, VolunteerReinstated{v, "核实无误"}}};
        case 2: {
          VolunteerDetails details;
          details.name = "志愿者" + v;
          return {{vs, VolunteerDetailsCorrected{v, details, "改名"}}};
        }
        default:
          if (departures_++ % 2 == 0) {
            auto [from, to] = Transfer(v);
            return {{vs, VolunteerTransferred{v, from, to, "搬家"}}};
          }
          return {{vs, VolunteerLeft{v, "外出务工"}}};
      }
    }
    case 4:
      if (Chance(0.5)) {
        const std::string id = "acct" + std::to_string(serial_);
        accounts_.push_back(id);
        return {{Stream("account", id), AccountCreated{id, "协调员" + id, AccountRole::kCoordinator,
                                                       unit, "", TokenHash("token-" + id)}}};
      }
      if (!accounts_.empty() && Chance(0.5)) {
        const std::string& id = AnyOf(accounts_);
        switch (serial_ % 3) {  // by the serial: the random sequence stays as it was
          case 0:
            return {{Stream("account", id), PersonalDataGranted{id, "年度审计"}}};
          case 1:
            return {{Stream("account", id), PersonalDataGrantWithdrawn{id, "审计结束"}}};
          default:
            return {{Stream("account", id), AccountRevoked{id, "离职"}}};
        }
      }
      if (!accounts_.empty() && !children_.empty() && Chance(0.5)) {
        const std::string& child = AnyOf(children_);
        return {{Stream("access", "child-" + child),
                 PersonalDataRead{"child/" + child,
                                  AnyOf(accounts_),
                                  AccountRole::kCoordinator,
                                  "GET /v1/children/{child_id}/card",
                                  {"card.name"}}}};
      }
      return {{s, UnitMoved{unit, "county"}}};
    case 5: {
      const bool unit_closes = Chance(0.1);  // drawn first: as often as before stations closed
      // Now and then the oldest station closes, and one closed before reopens or a new one is
      // registered.
      if (serial_ % 4 == 1) {
        const std::string closed = stations_.front();
        stations_.erase(stations_.begin());
        if (serial_ % 8 == 5 && !closed_stations_.empty()) {
          const std::string reopened = closed_stations_.front();
          closed_stations_.erase(closed_stations_.begin());
          closed_stations_.push_back(closed);
          stations_.push_back(reopened);
          return {{Stream("station", closed), StationClosed{closed, Today(), "校舍修缮"}},
                  {Stream("station", reopened), StationReopened{reopened, Today(), "修缮完毕"}}};
        }
        const std::string id = "station-" + std::to_string(serial_);
        closed_stations_.push_back(closed);
        stations_.push_back(id);
        return {{Stream("station", closed), StationClosed{closed, Today(), "并校"}},
                {Stream("station", id),
                 StationRegistered{id, unit, "活动站", {{RoomKind::kReading, "阅览室"}}, 40, 120}}};
      }
      if (unit_closes) return {{s, UnitClosed{unit, "合并"}}};
    }
      [[fallthrough]];
    default: {
      const Date today = Today();
      return {
          {s, MonthlyReportSubmitted{unit, FormatMonth(MonthOf(today)), "本月工作", 3, 20, 40}}};
    }
  }
}

}  // namespace homeward
