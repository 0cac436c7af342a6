#pragma once
// The authorization matrices' world: the router fixture's organization and
// accounts, with someone else's objects for every role but an admin and gao,
// all of xiaocao: the child xiaoming, the volunteer v-sun (with a phone and an
// identity number, and two hours confirmed for serving the talk talk-sun of
// xiaocao, so that their service record holds their national record fields),
// the trip, and the station station-xiaocao; the year 2027's holidays declared.

#include <array>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "tests/adapters/router_fixture.h"

namespace homeward::http {

// The roles: an admin; gao, coordinator of xiaocao; zhou, coordinator of the
// school maling; wang, the volunteer v-wang; xu, a counselor who is the
// volunteer v-li; an auditor.
inline constexpr std::array<const char*, 6> kWho = {"admin", "gao", "zhou", "wang", "xu", "audit"};

// Personal data only some roles may read: xiaoming's name and his
// guardian's phone (his unit's coordinator and admins; an auditor sees
// children masked), v-sun's phone and identity number (their unit's
// coordinator, admins and auditors; no other volunteer, no other unit).
inline const std::string kChildName = "王小明", kGuardianPhone = "13900000002",
                         kVolunteerPhone = "13700000009", kIdNumber = "420321199001010014";

// The personal data `who` (one of kWho) may not read.
inline std::vector<std::string> HiddenFrom(std::string_view who) {
  if (who == "admin" || who == "gao") return {};
  if (who == "audit") return {kChildName, kGuardianPhone};
  return {kChildName, kGuardianPhone, kVolunteerPhone, kIdNumber};
}

struct MatrixFixture : RouterFixture {
  MatrixFixture() {
    VolunteerDetails sun;
    sun.name = "孙梅";
    sun.sex = Sex::kFemale;
    sun.date_of_birth = ParseDate("1990-01-01").value();
    sun.contact = kVolunteerPhone;
    sun.id_number = kIdNumber;
    const CommandContext ctx{std::string(cli::kSeedOrg), "test", "seed", ""};
    for (PeopleCommand command :
         {PeopleCommand{RegisterVolunteer{"v-sun", "xiaocao", sun}},
          PeopleCommand{DeclareHolidays{"2027", {ParseDate("2027-01-01").value()}, {}, "通知"}},
          PeopleCommand{RegisterStation{"station-xiaocao",
                                        "xiaocao",
                                        "小草活动站",
                                        {{RoomKind::kReading, "阅览室"},
                                         {RoomKind::kSports, "活动室"},
                                         {RoomKind::kMusicDance, "音乐室"},
                                         {RoomKind::kCounseling, "心理咨询室"}},
                                        120}}}) {
      const auto done = service.Execute(ctx, command);
      BOOST_REQUIRE_MESSAGE(done.ok(), done.status().ToString());
    }
    ServeTalk("talk-sun", "xiaocao", "v-sun", /*vetted_only=*/false);
    // Every view holds them before the first read.
    for (int tries = 0; tries < 5000; ++tries) {
      bool behind = false;
      for (const ProjectionStatus& s : host.Statuses()) behind |= s.position < log.Head();
      if (!behind) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    BOOST_FAIL("the views did not catch up");
  }

  // The token of `who`, one of kWho.
  const std::string& TokenOf(std::string_view who) const {
    const std::array<const std::string*, 6> tokens = {&admin,     &coordinator, &school,
                                                      &volunteer, &counselor,   &auditor};
    for (std::size_t i = 0; i < kWho.size(); ++i) {
      if (who == kWho[i]) return *tokens[i];
    }
    throw std::invalid_argument("no account " + std::string(who));
  }
};

}  // namespace homeward::http
