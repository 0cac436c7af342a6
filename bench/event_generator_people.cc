#include <algorithm>
#include <stdexcept>
#include <string>

#include "bench/event_generator.h"

// The people of the generated organization: children registered, cared for,
// leaving and transferred; "3+1" roles and help pairs.

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
  if (roll < 70) return Contact(id);
  if (roll < 76) {
    // The child's last contact corrected, when one was recorded.
    const auto last = last_contact_.find(id);
    if (last == last_contact_.end()) return Contact(id);
    return {{s, ContactCorrected{id, last->second, ContactKind::kHomeVisit, AnyOf(volunteers_),
                                 now_us_ - kDayUs, 45, "家访", "时间记错"}}};
  }
  // A card is signed off in turn: filled in (or updated, which starts over),
  // reviewed, approved. A step out of turn is a survey instead.
  int& signed_off = signed_off_[id];
  if (roll < 89 && roll >= 84) {
    signed_off = 0;
    return {{s, CardUpdated{id, Card("儿童" + id, Date{Today().days - 3000}), "班主任", "更新"}}};
  }
  if (roll < 93 && roll >= 89 && signed_off == 0) {
    signed_off = 1;
    return {{s, CardReviewed{id, "校长"}}};
  }
  if (roll < 97 && roll >= 93 && signed_off == 1) {
    signed_off = 2;
    return {{s, CardApproved{id, "妇联"}}};
  }
  if (roll < 97) return {{s, SurveyRecorded{id, Today(), "督导员", GuardianshipRating::kFair, ""}}};
  if (roll < 98) {
    // Consent to trips withdrawn, while in force: the child leaves the trips to come.
    if (!no_trips_.insert(id).second) return Contact(id);
    Decision d{{s, ConsentWithdrawn{id, ConsentKind::kTrips, Today(), "监护人要求"}}};
    LeaveEnrolments(id, "guardian withdrew consent to trips", true, d);
    return d;
  }
  if (roll >= 99 && departures_++ % 2 == 0) {
    auto [from, to] = Transfer(id);
    return {{s, ChildTransferred{id, from, to, "转学", Today()}}};
  }
  // An erasure or leaving ends the child's care, and the child is drawn no more.
  const std::string child = id;  // `id` refers into children_
  Decision d;
  if (roll < 99) {
    // The guardian withdraws consent to processing the child's data (which
    // ends the child's care), and the data is erased.
    d.push_back(
        {s, ConsentWithdrawn{child, ConsentKind::kDataProcessing, Today(), "监护人撤回同意"}});
    EndCare(child, "guardian withdrew consent: 监护人撤回同意", d);
    d.push_back({s, ChildDataErased{child, "监护人撤回同意"}});
    LeaveEnrolments(child, "child's personal data erased", false, d);
  } else {
    d.push_back({s, ChildLeft{child, "随父母外出"}});
    EndCare(child, "child left the programme: 随父母外出", d);
    LeaveEnrolments(child, "child left the programme", false, d);
  }
  Remove(children_, child);
  return d;
}

Decision EventGenerator::Contact(const std::string& child) {
  const std::string id = "k" + std::to_string(serial_);
  last_contact_[child] = id;
  return {{Stream("child", child), ContactRecorded{child, id, static_cast<ContactKind>(Pick(7)),
                                                   AnyOf(volunteers_), now_us_, 30, "谈心"}}};
}

void EventGenerator::EndCare(const std::string& child, const std::string& why, Decision& d) {
  const auto both = [&](const std::string& v, Event e) {
    d.push_back({Stream("child", child), e});
    d.push_back({Stream("volunteer", v), std::move(e)});
  };
  for (int role = 0; role < 3; ++role) {
    const auto held = roles_.find(child + "/" + std::to_string(role));
    if (held == roles_.end()) continue;
    both(held->second, CareRoleEnded{child, static_cast<CareRole>(role), held->second, why});
    roles_.erase(held);
  }
  std::vector<std::pair<std::uint64_t, std::string>> pairs;  // (serial formed, volunteer)
  std::erase_if(pairs_, [&](const std::pair<std::string, std::string>& p) {
    if (p.first != child) return false;
    const auto formed = paired_.find(p.first + "/" + p.second);
    pairs.emplace_back(formed->second, p.second);
    paired_.erase(formed);
    return true;
  });
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [formed, v] : pairs) both(v, HelpPairEnded{child, v, why});
}

bool EventGenerator::Remove(std::vector<std::string>& pool, const std::string& id) {
  const auto it = std::find(pool.begin(), pool.end(), id);
  if (it == pool.end()) return false;
  pool.erase(it);
  return true;
}

Decision EventGenerator::Depart(const std::string& v, Result<Decision> own, const std::string& why,
                                bool for_good) {
  if (!own.ok())
    throw std::logic_error("a generated departure is refused: " + own.status().message());
  Decision d = std::move(own).value();
  for (const Emit& emit : d) {
    if (const auto* ended = std::get_if<CareRoleEnded>(&emit.event)) {
      roles_.erase(ended->child_id + "/" + std::to_string(static_cast<int>(ended->role)));
    } else if (const auto* pair = std::get_if<HelpPairEnded>(&emit.event)) {
      std::erase(pairs_, std::make_pair(pair->child_id, pair->volunteer_id));
      paired_.erase(pair->child_id + "/" + pair->volunteer_id);
    }
  }
  if (for_good) {
    for (Activity& a : activities_)
      if (!a.completed) Remove(a.waiting, v);
  }
  for (const Booking& booking : vstate_.at(v).bookings) {
    if (booking.starts_at_us <= now_us_) continue;  // a place held was served
    Activity& a = ActivityNamed(booking.activity_id);
    if (std::find(a.holders.begin(), a.holders.end(), v) == a.holders.end()) continue;
    Withdraw(a, v, true, why, d);
    if (!a.cancelled) FillPlaces(a, d);
  }
  return d;
}

void EventGenerator::LeaveEnrolments(const std::string& child, const std::string& why,
                                     bool trips_only, Decision& d) {
  std::vector<std::string>& enrolled = enrolled_[child];
  std::erase_if(enrolled, [&](const std::string& id) {
    Activity& a = ActivityNamed(id);
    if (a.completed || a.starts_us <= now_us_) return false;
    if (trips_only && a.kind != ActivityKind::kTrip) return false;
    if (!Remove(a.children, child)) return false;
    const Event off = ChildUnenrolled{a.id, child, why};
    d.push_back({Stream("activity", a.id), off});
    d.push_back({Stream("child", child), off});
    return true;
  });
  if (!trips_only) enrolled_.erase(child);
}

EventGenerator::Activity& EventGenerator::ActivityNamed(const std::string& id) {
  const auto serial = [](std::string_view id) { return std::stoull(std::string(id.substr(1))); };
  const auto it =
      std::lower_bound(activities_.begin(), activities_.end(), serial(id),
                       [&](const Activity& a, std::uint64_t s) { return serial(a.id) < s; });
  if (it == activities_.end() || it->id != id)
    throw std::logic_error("the generator has no activity " + id);
  return *it;
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
  const std::string& unit = home_.at(child);
  const VolunteerState& carer = vstate_.at(volunteer);
  Decision d;  // the waiver of the child's unit, when the volunteer accepts it first
  if (kind < 2) {
    // A role changes hands as the domain lets it: taken while vacant, by a
    // volunteer who holds no other of the child's roles and fewer of this one
    // than the child's unit allows, and may work with children there; ended
    // by the volunteer who holds it.
    const std::string key = child + "/" + std::to_string(static_cast<int>(role));
    const auto held = roles_.find(key);
    if (held == roles_.end()) {
      const bool cares = std::any_of(carer.roles.begin(), carer.roles.end(),
                                     [&](const HeldRole& r) { return r.child_id == child; });
      if (cares || carer.CountRole(role) >= ustate_.at(unit).role_limit ||
          !Ready(volunteer, unit, d)) {
        return Contact(child);
      }
      roles_.emplace(key, volunteer);
      Decision assigned = both(volunteer, CareRoleAssigned{child, role, volunteer});
      d.insert(d.end(), assigned.begin(), assigned.end());
      return d;
    }
    const std::string holder = held->second;
    roles_.erase(held);
    return both(holder, CareRoleEnded{child, role, holder, "调整"});
  }
  // A help pair is formed once, and one of those formed ends (chosen by the
  // serial, not a draw).
  // Pairs are a party member's or cadre's (结对帮扶), up to the child's unit's limit.
  if (kind == 2 || pairs_.empty()) {
    if (!carer.details.Is(VolunteerKind::kPartyMember) ||
        carer.paired_children.size() >= ustate_.at(unit).help_pair_limit ||
        paired_.contains(child + "/" + volunteer) || !Ready(volunteer, unit, d)) {
      if (pairs_.empty()) return Contact(child);
    } else {
      paired_.emplace(child + "/" + volunteer, serial_);
      pairs_.emplace_back(child, volunteer);
      Decision formed = both(volunteer, HelpPairFormed{child, volunteer});
      d.insert(d.end(), formed.begin(), formed.end());
      return d;
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

}  // namespace homeward
