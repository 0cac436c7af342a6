#pragma once
// The closed lists of the people domain, each with its stable English name
// (used in JSON, CSV and logs) and the Chinese words users type.

#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include "events/status.h"

namespace homeward {

enum class UnitKind : std::uint8_t {
  kFederation,
  kTownship,
  kSchool,
  kVillage,
  kAssociation,
  kCompany,
  kOther
};
enum class Sex : std::uint8_t { kUnspecified, kMale, kFemale };
enum class VolunteerKind : std::uint8_t {
  kCaringFamily,
  kPartyMember,
  kCounselor,
  kTeacher,
  kStudent,
  kRetiredElder,
  kOther
};
// The three roles of the "3+1" care model; the "+1" is the child.
enum class CareRole : std::uint8_t { kCaringMother, kProxyParent, kHappyCompanion };
enum class ConsentKind : std::uint8_t { kTrips, kDataProcessing };
enum class ContactKind : std::uint8_t {
  kPhoneCall,
  kLetter,
  kTalk,
  kHomeVisit,
  kSchoolVisit,
  kFollowUpVisit,
  kForum
};
enum class GuardianshipRating : std::uint8_t { kUnrated, kGood, kFair, kPoor };
enum class Attendance : std::uint8_t { kPresent, kAbsent, kNoShow };
enum class SessionOutcome : std::uint8_t { kHeld, kCancelled, kNoShow };
// The four rooms of an activity station (一站四室); unspecified only in what
// version 1 of a station's registration recorded, which named its rooms alone.
enum class RoomKind : std::uint8_t { kUnspecified, kReading, kSports, kMusicDance, kCounseling };
// What an account may do (see the server's authorization rules).
enum class AccountRole : std::uint8_t { kAdmin, kCoordinator, kCounselor, kVolunteer, kAuditor };
// The kinds of activity of the seed's plans and the county's care actions.
enum class ActivityKind : std::uint8_t {
  kTrip,
  kLibraryBuild,
  kCounseling,
  kFlagCeremony,
  kClassMeeting,
  kForum,
  kStationOpening,
  kSafetyEducation,
  kGuardianTraining,
  kAidDistribution,
  kOther
};

// Name tables: {value, english, chinese}. Specialized below for each enum.
template <typename E>
struct EnumTable;

#define HOMEWARD_ENUM_TABLE(E, ...)                    \
  template <>                                          \
  struct EnumTable<E> {                                \
    static constexpr std::string_view kWhat = #E;      \
    static constexpr std::array kRows = {__VA_ARGS__}; \
  }

struct EnumRow {
  int value;
  std::string_view name;
  std::string_view chinese;
};

HOMEWARD_ENUM_TABLE(UnitKind, EnumRow{0, "federation", "妇联"}, EnumRow{1, "township", "乡镇"},
                    EnumRow{2, "school", "学校"}, EnumRow{3, "village", "村"},
                    EnumRow{4, "association", "协会"}, EnumRow{5, "company", "企业"},
                    EnumRow{6, "other", "其他"});
HOMEWARD_ENUM_TABLE(Sex, EnumRow{0, "unspecified", "未填"}, EnumRow{1, "male", "男"},
                    EnumRow{2, "female", "女"});
HOMEWARD_ENUM_TABLE(VolunteerKind, EnumRow{0, "caring_family", "爱心家庭"},
                    EnumRow{1, "party_member", "党员干部"}, EnumRow{2, "counselor", "心理咨询师"},
                    EnumRow{3, "teacher", "教师"}, EnumRow{4, "student", "学生"},
                    EnumRow{5, "retired_elder", "五老"}, EnumRow{6, "other", "其他"});
HOMEWARD_ENUM_TABLE(CareRole, EnumRow{0, "caring_mother", "爱心妈妈"},
                    EnumRow{1, "proxy_parent", "代理家长"},
                    EnumRow{2, "happy_companion", "快乐伙伴"});
HOMEWARD_ENUM_TABLE(ConsentKind, EnumRow{0, "trips", "外出活动"},
                    EnumRow{1, "data_processing", "个人信息处理"});
HOMEWARD_ENUM_TABLE(ContactKind, EnumRow{0, "phone_call", "电话"}, EnumRow{1, "letter", "亲情书信"},
                    EnumRow{2, "talk", "谈心"}, EnumRow{3, "home_visit", "家访"},
                    EnumRow{4, "school_visit", "到校走访"}, EnumRow{5, "follow_up_visit", "回访"},
                    EnumRow{6, "forum", "座谈会"});
HOMEWARD_ENUM_TABLE(GuardianshipRating, EnumRow{0, "unrated", "未评"}, EnumRow{1, "good", "较好"},
                    EnumRow{2, "fair", "一般"}, EnumRow{3, "poor", "差"});

HOMEWARD_ENUM_TABLE(ActivityKind, EnumRow{0, "trip", "外出活动"},
                    EnumRow{1, "library_build", "图书屋建设"}, EnumRow{2, "counseling", "心理辅导"},
                    EnumRow{3, "flag_ceremony", "升旗仪式"},
                    EnumRow{4, "class_meeting", "主题班会"}, EnumRow{5, "forum", "座谈会"},
                    EnumRow{6, "station_opening", "活动站开放"},
                    EnumRow{7, "safety_education", "蒲公英安全教育"},
                    EnumRow{8, "guardian_training", "牵牛花家教培训"},
                    EnumRow{9, "aid_distribution", "迎春花帮扶"}, EnumRow{10, "other", "其他"});

HOMEWARD_ENUM_TABLE(Attendance, EnumRow{0, "present", "出席"}, EnumRow{1, "absent", "请假"},
                    EnumRow{2, "no_show", "缺席"});

HOMEWARD_ENUM_TABLE(SessionOutcome, EnumRow{0, "held", "已进行"}, EnumRow{1, "cancelled", "取消"},
                    EnumRow{2, "no_show", "未到"});

HOMEWARD_ENUM_TABLE(RoomKind, EnumRow{0, "unspecified", "未分类"},
                    EnumRow{1, "reading", "图书阅览室"}, EnumRow{2, "sports", "文体活动室"},
                    EnumRow{3, "music_dance", "音乐舞蹈室"},
                    EnumRow{4, "counseling", "谈心工作室或心理咨询室"});

HOMEWARD_ENUM_TABLE(AccountRole, EnumRow{0, "admin", "管理员"}, EnumRow{1, "coordinator", "协调员"},
                    EnumRow{2, "counselor", "心理咨询师"}, EnumRow{3, "volunteer", "志愿者"},
                    EnumRow{4, "auditor", "审计员"});

#undef HOMEWARD_ENUM_TABLE

// The English name of `value`, e.g. "caring_mother"; "?" for a value outside the table.
template <typename E>
std::string_view NameOf(E value) {
  for (const EnumRow& row : EnumTable<E>::kRows)
    if (row.value == static_cast<int>(value)) return row.name;
  return "?";
}

// The Chinese name of `value`, e.g. "爱心妈妈".
template <typename E>
std::string_view ChineseNameOf(E value) {
  for (const EnumRow& row : EnumTable<E>::kRows)
    if (row.value == static_cast<int>(value)) return row.chinese;
  return "?";
}

// Parses an English or a Chinese name. Errors: invalid_argument listing the choices.
template <typename E>
Result<E> ParseEnum(std::string_view text, std::string_view field) {
  std::string choices;
  for (const EnumRow& row : EnumTable<E>::kRows) {
    if (text == row.name || text == row.chinese) return static_cast<E>(row.value);
    choices += (choices.empty() ? "" : ", ") + std::string(row.name);
  }
  return InvalidArgument(std::string(field) + " '" + std::string(text) +
                         "' is not one of: " + choices);
}

// True when `value` is one of the table's values (a decoded payload may hold any byte).
template <typename E>
bool IsKnown(E value) {
  for (const EnumRow& row : EnumTable<E>::kRows)
    if (row.value == static_cast<int>(value)) return true;
  return false;
}

// Writes NameOf(value), so the lists print in logs and test failures.
template <typename E>
requires requires { EnumTable<E>::kRows; }
std::ostream& operator<<(std::ostream& out, E value) { return out << NameOf(value); }

}  // namespace homeward
