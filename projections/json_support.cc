#include "projections/json_support.h"

#include <cstdio>
#include <map>

#include "engine/time_zone.h"
#include "events/unit_events.h"

namespace homeward {

std::string FormatUtc(std::int64_t utc_us) {
  if (utc_us == 0) return "";
  const std::int64_t seconds = utc_us >= 0 ? utc_us / 1000000 : (utc_us - 999999) / 1000000;
  const auto [day, rest] = SplitDay(seconds);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", FormatDate(day).c_str(),
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                static_cast<int>(rest % 60));
  return buffer;
}

Date DayIn(std::int64_t utc_us, std::string_view time_zone) {
  Result<Date> day = LocalDate(utc_us, time_zone);
  if (day.ok()) return *day;
  return LocalDate(utc_us, kDefaultTimeZone).value();
}

std::string FormatLocalMinute(std::int64_t utc_us, std::string_view time_zone) {
  if (utc_us == 0) return "";
  Result<std::int64_t> local = LocalSeconds(utc_us, time_zone);
  if (!local.ok()) local = LocalSeconds(utc_us, kDefaultTimeZone);
  const auto [day, seconds] = SplitDay(*local);
  const std::int64_t minute = seconds / 60;
  char clock[16];
  std::snprintf(clock, sizeof clock, " %02d:%02d", static_cast<int>(minute / 60),
                static_cast<int>(minute % 60));
  return FormatDate(day) + clock;
}

std::string TwoDecimals(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

std::string_view CodeInChinese(std::string_view code) {
  static const std::map<std::string_view, std::string_view> kWords = {
      {"planned", "筹备中"},
      {"recruiting", "招募中"},
      {"full", "已满"},
      {"closed", "已截止"},
      {"cancelled", "已取消"},
      {"completed", "已完成"},
      {"upcoming", "未到期"},
      {"due", "到期"},
      {"overdue", "逾期"},
      {"done", "已完成"},
      {"not_due", "未到期"},
      {"on_time", "按时上报"},
      {"late", "逾期"},
      {"missing", "未上报"},
      {"monthly_contact", "每月联系"},
      {"school_visit", "后期走访"},
      {"survey", "半年调查"},
      {"monthly_report", "月报上报"},
      {"activity_notice", "活动提醒"},
      {"activity_completion", "活动结束后确认完成"},
      {"readiness", "审核/承诺书缺失"},
      {"group_short", "分组成人不足"},
      {"care_waiver", "帮扶人承诺书待签"},
      {"library_restock", "图书补充"},
      {"counseling_follow_up", "心理随访"},
      {"hours_confirmation", "确认服务时长"},
      {"vetting", "年度审核"},
      {"erasure", "待确认删除个人信息"},
      {"consent", "待取得监护人同意"}};
  if (auto it = kWords.find(code); it != kWords.end()) return it->second;
  for (const EnumRow& row : EnumTable<ActivityKind>::kRows) {
    if (code == row.name) return row.chinese;
  }
  for (const EnumRow& row : EnumTable<CareRole>::kRows) {
    if (code == row.name) return row.chinese;
  }
  return code;
}

boost::json::array StringArray(const std::vector<std::string>& items) {
  boost::json::array out;
  out.reserve(items.size());
  for (const std::string& item : items) out.emplace_back(item);
  return out;
}

}  // namespace homeward
