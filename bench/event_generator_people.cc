#include <algorithm>
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
  if (roll >= 99 && departures_++ % 2 == 0) {
    auto [from, to] = Transfer(id);
    return {{s, ChildTransferred{id, from, to, "转学", Today()}}};
  }
  // An erasure or leaving ends the child's care, and the child is drawn no more.
  const std::string child = id;  // `id` refers into children_
  Decision d;
  if (roll < 99) {
    d.push_back({s, ChildDataErased{child, "监护人撤回同意"}});
    EndCare(child, "", "personal data erased", d);
    LeaveEnrolments(child, "child's personal data erased", d);
  } else {
    d.push_back({s, ChildLeft{child, "随父母外出"}});
    EndCare(child, "", "child left the programme: 随父母外出", d);
    LeaveEnrolments(child, "child left the programme", d);
  }
  Remove(children_, child);
  return d;
}

void EventGenerator::EndCare(const std::string& child, const std::string& volunteer,
                             const std::string& why, Decision& d) {
  const auto both = [&](const std::string& c, const std::string& v, Event e) {
    d.push_back({Stream("child", c), e});
    d.push_back({Stream("volunteer", v), std::move(e)});
  };
  // Roles by child and role, so the events come in one order every run.
  std::vector<std::pair<std::string, std::string>> roles;
  for (const auto& [key, holder] : roles_) {
    if (child.empty() ? holder == volunteer : key.starts_with(child + "/")) {
      roles.emplace_back(key, holder);
    }
  }
  std::sort(roles.begin(), roles.end());
  for (const auto& [key, holder] : roles) {
    const std::string c = key.substr(0, key.find('/'));
    const auto role = static_cast<CareRole>(std::stoi(key.substr(key.find('/') + 1)));
    both(c, holder, CareRoleEnded{c, role, holder, why});
    roles_.erase(key);
  }
  std::erase_if(pairs_, [&](const std::pair<std::string, std::string>& p) {
    if (child.empty() ? p.second != volunteer : p.first != child) return false;
    both(p.first, p.second, HelpPairEnded{p.first, p.second, why});
    paired_.erase(p.first + "/" + p.second);
    return true;
  });
}

bool EventGenerator::Remove(std::vector<std::string>& pool, const std::string& id) {
  const auto it = std::find(pool.begin(), pool.end(), id);
  if (it == pool.end()) return false;
  pool.erase(it);
  return true;
}

void EventGenerator::LeaveActivities(const std::string& volunteer, const std::string& why,
                                     Decision& d) {
  for (Activity& a : activities_) {
    if (a.completed) continue;
    // A wait stays on the activity's list with nothing recorded: the domain
    // passes over it while the volunteer is away. Here it is never promoted.
    Remove(a.waiting, volunteer);
    if (a.starts_us <= now_us_) continue;  // a place held was served
    if (!Remove(a.holders, volunteer)) continue;
    const std::string s = Stream("activity", a.id);
    const Event out = Withdrawn{a.id, "volunteers", volunteer, true, why};
    d.push_back({s, out});
    d.push_back({Stream("volunteer", volunteer), out});
    if (!a.cancelled) FillPlaces(a, d);
  }
}

void EventGenerator::LeaveEnrolments(const std::string& child, const std::string& why,
                                     Decision& d) {
  for (Activity& a : activities_) {
    if (a.completed || a.starts_us <= now_us_) continue;
    while (Remove(a.children, child)) {
      d.push_back({Stream("activity", a.id), ChildUnenrolled{a.id, child, why}});
    }
  }
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

}  // namespace homeward
