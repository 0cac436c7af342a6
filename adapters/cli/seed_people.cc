#include "adapters/cli/seed_people.h"

namespace homeward::cli {
namespace {

VolunteerDetails Person(std::string name, Sex sex, Date born, std::vector<VolunteerKind> kinds,
                        std::uint32_t family_members = 0) {
  VolunteerDetails d;
  d.name = std::move(name);
  d.sex = sex;
  d.date_of_birth = born;
  d.residence_area = "十堰市";
  d.service_categories = {"关爱留守儿童"};
  d.kinds = std::move(kinds);
  d.family_members = family_members;
  return d;
}

Date Born(const char* text) { return ParseDate(text).value(); }

ArchiveCard XiaoHua() {
  ArchiveCard card;
  card.name = "小花";
  card.sex = Sex::kFemale;
  card.ethnicity = "汉族";
  card.date_of_birth = Born("2016-04-12");
  card.household_registration = "郧阳区马岭村";
  card.residence = "马岭村三组";
  card.school = "马岭小学";
  card.class_name = "四(1)班";
  card.schooling_status = "在校";
  card.health = "良好";
  card.father = Parent{"刘大山", "东莞", "138****0001"};
  card.mother = Parent{"陈秀英", "东莞", "138****0002"};
  card.guardian = Guardian{"刘奶奶", "祖母", "139****0003", "马岭村三组"};
  card.guardianship_rating = GuardianshipRating::kFair;
  card.teacher_notes = "学习认真，性格内向，想念父母";
  return card;
}

}  // namespace

std::vector<std::pair<std::string, PeopleCommand>> SeedPeopleCommands(Date today,
                                                                      std::int64_t now_us) {
  // A student who is 16 today: under 18, so only a happy companion.
  const Date sixteen{AddYears(today, -16).days - 40};
  std::vector<std::pair<std::string, PeopleCommand>> c;
  auto add = [&](std::string key, PeopleCommand command) {
    c.emplace_back("seed/" + key, std::move(command));
  };
  add("unit/fulian", CreateUnit{"yunyang-fulian", "郧阳区妇联", UnitKind::kFederation, "", ""});
  add("unit/maling", CreateUnit{"maling", "马岭小学", UnitKind::kSchool, "yunyang-fulian", ""});
  add("unit/xiaocao",
      CreateUnit{"xiaocao", "十堰市小草义工协会", UnitKind::kAssociation, "yunyang-fulian", ""});
  add("waiver",
      PublishWaiver{
          "xiaocao", "2027-1",
          "参加本活动的志愿者同意，如果因为参加小草活动过程中（包括途中）受到意外伤害，"
          "志愿者同意自行承担所有的相关责任，并放弃向活动组织者和其他成员主张赔偿的权利。"});
  const std::vector<std::pair<std::string, VolunteerDetails>> volunteers = {
      {"v-wang",
       Person("王芳", Sex::kFemale, Born("1982-03-08"), {VolunteerKind::kCaringFamily}, 3)},
      {"v-zhang", Person("张丽", Sex::kFemale, Born("1990-09-10"), {VolunteerKind::kTeacher})},
      {"v-chen", Person("陈小雨", Sex::kFemale, sixteen, {VolunteerKind::kStudent})},
      {"v-li", Person("李强", Sex::kMale, Born("1975-07-01"), {VolunteerKind::kPartyMember})},
      {"v-xu", Person("徐敏", Sex::kFemale, Born("1986-11-20"), {VolunteerKind::kCounselor})},
  };
  for (const auto& [id, details] : volunteers) {
    add("volunteer/" + id, RegisterVolunteer{id, "xiaocao", details});
    add("vetted/" + id, VetVolunteer{id, "十堰市公安局张湾分局", today, std::nullopt});
    add("waiver/" + id, AcceptWaiver{id, "2027-1"});
  }
  add("child/xiaohua", RegisterChild{"xiaohua", "maling", XiaoHua(), "班主任周老师"});
  add("review/xiaohua", ReviewCard{"xiaohua", "教导主任吴老师"});
  add("approve/xiaohua", ApproveCard{"xiaohua", "校长郑老师"});
  add("consent/xiaohua", GiveConsent{"xiaohua", ConsentKind::kDataProcessing, "刘奶奶",
                                     "关爱帮扶与亲情代理", "离开项目后一年删除", today});
  add("trips/xiaohua",
      GiveConsent{"xiaohua", ConsentKind::kTrips, "刘奶奶", "六一外出活动", "", today});
  add("mother/xiaohua", AssignCareRole{"xiaohua", CareRole::kCaringMother, "v-wang"});
  add("proxy/xiaohua", AssignCareRole{"xiaohua", CareRole::kProxyParent, "v-zhang"});
  add("buddy/xiaohua", AssignCareRole{"xiaohua", CareRole::kHappyCompanion, "v-chen"});
  add("pair/xiaohua", FormHelpPair{"xiaohua", "v-li"});
  add("call/xiaohua", RecordContact{"xiaohua", "call-1", ContactKind::kPhoneCall, "班主任周老师",
                                    now_us, 15, "给小花的父母打电话，请他们多和孩子联系"});
  add("survey/xiaohua", RecordSurvey{"xiaohua", today, "班主任周老师", GuardianshipRating::kGood,
                                     "学习认真；奶奶照顾周到，孩子想念在外打工的父母"});
  return c;
}

}  // namespace homeward::cli
