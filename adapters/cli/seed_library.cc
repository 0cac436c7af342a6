#include "adapters/cli/seed_library.h"

namespace homeward::cli {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::int64_t kDay = 24 * kHour;

ArchiveCard Card(std::string name, Sex sex, const char* born, std::string school,
                 std::string class_name, Guardian guardian) {
  ArchiveCard card;
  card.name = std::move(name);
  card.sex = sex;
  card.ethnicity = "汉族";
  card.date_of_birth = ParseDate(born).value();
  card.school = std::move(school);
  card.class_name = std::move(class_name);
  card.schooling_status = "在校";
  card.guardian = std::move(guardian);
  card.guardianship_rating = GuardianshipRating::kFair;
  return card;
}

}  // namespace

std::vector<std::pair<std::string, SeedCommand>> SeedLibraryCommands(Date today,
                                                                     std::int64_t now_us) {
  std::vector<std::pair<std::string, SeedCommand>> c;
  auto people = [&](std::string key, PeopleCommand command) {
    c.emplace_back("seed/more/" + key, SeedCommand(std::move(command)));
  };
  auto activity = [&](std::string key, ActivityCommand command) {
    c.emplace_back("seed/library/" + key, SeedCommand(std::move(command)));
  };
  people("child/xiaojun",
         RegisterChild{"xiaojun", "maling",
                       Card("小军", Sex::kMale, "2015-09-01", "马岭小学", "五(2)班",
                            Guardian{"刘爷爷", "祖父", "", "马岭村五组"}),
                       "班主任周老师"});
  people("consent/xiaojun", GiveConsent{"xiaojun", ConsentKind::kDataProcessing, "刘爷爷",
                                        "关爱帮扶与亲情代理", "离开项目后一年删除", today});
  // A proxy parent and a companion, but no caring mother yet: the care board shows the gap.
  people("proxy/xiaojun", AssignCareRole{"xiaojun", CareRole::kProxyParent, "v-li"});
  people("buddy/xiaojun", AssignCareRole{"xiaojun", CareRole::kHappyCompanion, "v-chen"});
  people("child/tingting", RegisterChild{"tingting", "xiaocao",
                                         Card("婷婷", Sex::kFemale, "2017-02-14", "城关小学",
                                              "三(1)班", Guardian{"张奶奶", "祖母", "", "城关镇"}),
                                         "小草义工协会"});
  people("consent/tingting", GiveConsent{"tingting", ConsentKind::kDataProcessing, "张奶奶",
                                         "关爱帮扶", "离开项目后一年删除", today});
  people("mother/tingting", AssignCareRole{"tingting", CareRole::kCaringMother, "v-zhang"});
  people("talk/tingting", RecordContact{"tingting", "talk-1", ContactKind::kTalk, "v-zhang",
                                        now_us - 40 * kDay, 30, "谈心，了解学习情况"});

  // 马岭村's activity station (一站四室), open after school every working day
  // (每天不少于2小时); its keeper records the day's opening at its end.
  people("station/maling", RegisterStation{"station-maling",
                                           "maling",
                                           "马岭村留守儿童快乐成长活动站",
                                           {{RoomKind::kReading, "阅览室"},
                                            {RoomKind::kSports, "文体活动室"},
                                            {RoomKind::kMusicDance, "音乐舞蹈室"},
                                            {RoomKind::kCounseling, "谈心室"}},
                                           160});
  people("station/maling/opened",
         RecordStationOpening{"station-maling", today, 150, {"村儿童主任 李秀英"}, 18});

  const std::string build = "library-maling";
  PlanActivity plan;
  plan.activity_id = build;
  plan.unit_id = "maling";
  plan.kind = ActivityKind::kLibraryBuild;
  plan.title = "留守儿童之家 图书屋建设";
  plan.place = "马岭小学";
  // 09:00 in Shiyan a fortnight from today.
  plan.starts_at_us = (today.days + 14) * kDay + kHour;
  plan.ends_at_us = plan.starts_at_us + 6 * kHour;
  plan.person_in_charge = "校长郑老师";
  plan.coordinator = "郧阳区妇联";
  plan.children_capacity = 20;
  activity("plan", plan);
  activity("slot", AddSlot{build, "helpers", "布置图书屋", 6, true, false, true});
  activity("open", OpenRecruitment{build});
  activity("family/v-wang", JoinLibraryBuild{build, "v-wang"});
  activity("books/fulian", DonateBooks{build, "郧阳区妇联", "儿童文学", 200, false});
  activity("books/college", DonateBooks{build, "湖北工业职业技术学院", "科普", 80, false});
  // 小军 comes to the build and finds a friend from the city (结对城里朋友).
  activity("enrol/xiaojun", EnrollChild{build, "xiaojun"});
  activity("friend/xiaojun", PairFriend{build, "xiaojun", "城里朋友小雅"});

  // A group talk in the station's 谈心室 a week from today, 16:00 in Shiyan,
  // with the counselor 徐敏 and two of 马岭小学's children.
  const std::string talk = "talk-maling";
  PlanActivity group_talk;
  group_talk.activity_id = talk;
  group_talk.unit_id = "maling";
  group_talk.kind = ActivityKind::kCounseling;
  group_talk.title = "谈心室 团体心理辅导";
  group_talk.place = "马岭村留守儿童快乐成长活动站 谈心室";
  group_talk.starts_at_us = (today.days + 7) * kDay + 8 * kHour;
  group_talk.ends_at_us = group_talk.starts_at_us + kHour;
  group_talk.person_in_charge = "村儿童主任 李秀英";
  group_talk.coordinator = "郧阳区妇联";
  group_talk.children_capacity = 6;
  activity("talk/plan", group_talk);
  activity(
      "talk/slot",
      AddSlot{talk, "counselor", "心理咨询师", 1, true, true, true, {VolunteerKind::kCounselor}});
  activity("talk/open", OpenRecruitment{talk});
  activity("talk/v-xu", SignUp{talk, "counselor", "v-xu", ""});
  activity("talk/xiaohua", EnrollChild{talk, "xiaohua"});
  activity("talk/xiaojun", EnrollChild{talk, "xiaojun"});
  return c;
}

}  // namespace homeward::cli
