#include "adapters/csv/exporter.h"

#include <boost/json.hpp>
#include <cstdio>
#include <map>

#include "adapters/csv/cells.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/replay.h"
#include "projections/report_parts.h"
#include "projections/roster.h"
#include "projections/service_records.h"
#include "projections/sponsors.h"

namespace homeward::csv {
namespace {

namespace json = boost::json;
using Rows = std::vector<std::vector<std::string>>;

// How a column writes its value.
enum class Format {
  kPlain,  // as Cell
  kLabel,  // a code, in Chinese
  kLocal,  // a UTC time, as a clock in the item's "time_zone" shows it
};

struct Column {
  std::string_view key;
  std::string heading;
  Format format = Format::kPlain;
};

std::string Formatted(const json::object& item, const Column& column) {
  const json::value* v = item.if_contains(column.key);
  if (v == nullptr) return "";
  if (column.format == Format::kLabel) return Label(*v);
  if (column.format == Format::kLocal) return Local(item, *v);
  return Cell(*v);
}

// Rows of `items` with `columns`.
Rows Table(const json::array& items, const std::vector<Column>& columns) {
  Rows rows(1);
  for (const Column& column : columns) rows[0].push_back(column.heading);
  for (const json::value& item : items) {
    std::vector<std::string>& row = rows.emplace_back();
    for (const Column& column : columns) row.push_back(Formatted(item.as_object(), column));
  }
  return rows;
}

// One row per pledge of a sponsor list (projections/sponsors.h).
Rows SponsorRows(const json::value& list) {
  json::array lines;
  for (const json::value& sponsor : list.at("sponsors").as_array()) {
    for (const json::value& pledge : sponsor.at("pledges").as_array()) {
      json::object line = pledge.as_object();
      line["sponsor"] = sponsor.at("sponsor");
      lines.push_back(std::move(line));
    }
  }
  return Table(lines, {{"sponsor", "爱心单位"},
                       {"title", "活动"},
                       {"unit_id", "单位"},
                       {"starts_at", "开始时间", Format::kLocal},
                       {"status", "活动状态", Format::kLabel},
                       {"what", "认捐内容"},
                       {"quantity", "认捐数量"},
                       {"delivered", "已落实数量"},
                       {"fulfilled", "是否落实"}});
}

Rows OneRoster(const json::value& roster) {
  Rows rows = {{"活动", "岗位", "志愿者编号", "姓名", "小组", "状态"}};
  const std::string title = Cell(roster.at("title"));
  for (const json::value& slot : roster.at("slots").as_array()) {
    for (const json::value& h : slot.at("holders").as_array()) {
      rows.push_back({title, Cell(slot.at("role")), Cell(h.at("volunteer_id")), Cell(h.at("name")),
                      Cell(h.at("group")), "已报名"});
    }
    std::size_t place = 0;
    for (const json::value& w : slot.at("waitlist").as_array()) {
      rows.push_back({title, Cell(slot.at("role")), Cell(w.at("volunteer_id")), Cell(w.at("name")),
                      "", "候补第" + std::to_string(++place) + "位"});
    }
  }
  return rows;
}

Rows CareBoardRows(const json::value& board) {
  Rows rows = {{"儿童编号", "姓名", "单位", "爱心妈妈", "代理家长", "快乐伙伴", "结对帮扶",
                "最近联系", "缺少角色", "超期未联系"}};
  for (const json::value& child : board.at("children").as_array()) {
    std::vector<std::string> row = {Cell(child.at("child_id")), Cell(child.at("name")),
                                    Cell(child.at("unit_id"))};
    for (const char* role : {"caring_mother", "proxy_parent", "happy_companion"}) {
      const json::value& holder = child.at("roles").at(role);
      row.push_back(holder.is_object() ? Cell(holder.at("name")) : "");
    }
    std::string pairs;
    for (const json::value& p : child.at("help_pairs").as_array()) {
      pairs += (pairs.empty() ? "" : "；") + Cell(p.at("name"));
    }
    row.push_back(pairs);
    row.push_back(Local(child.as_object(), child.at("last_contact")));
    row.push_back(Label(child.at("missing")));
    row.push_back(Cell(child.at("no_recent_contact")));
    rows.push_back(std::move(row));
  }
  return rows;
}

// The unit rows of a report or an assessment ({"units": [...]}), or of a list
// of them (every top unit's).
json::array UnitRows(const json::value& v) {
  if (const json::value* units = v.is_object() ? v.as_object().if_contains("units") : nullptr) {
    return units->as_array();
  }
  json::array rows;
  for (const json::value& one : v.as_array()) {
    for (const json::value& u : one.at("units").as_array()) rows.push_back(u);
  }
  return rows;
}

// The columns of a unit's work, as the report and the assessment count it,
// then `more`.
std::vector<Column> UnitColumns(std::vector<Column> more) {
  std::vector<Column> columns = {{"unit_id", "单位编号"},
                                 {"name", "单位"},
                                 {"activities_held", "开展活动"},
                                 {"children_reached", "服务儿童"},
                                 {"volunteer_hours", "志愿服务时长(小时)"},
                                 {"contacts_made", "联系次数"}};
  columns.insert(columns.end(), more.begin(), more.end());
  return columns;
}

// The assessment of `q.id` for `q.year`, or of every top unit, from the log.
Result<json::value> AssessmentOf(const LogReader& log, const ExportQuery& q) {
  MonthlyReportState state;
  if (Result<std::uint64_t> done = FoldInto(log, state); !done.ok()) return done.status();
  if (!q.id.empty()) return Assessment(state, q.org, q.id, q.year, q.now_us);
  json::array all;
  const json::value units = UnitList(state, q.org);
  for (const json::value& unit : units.as_array()) {
    if (!unit.at("parent_id").as_string().empty()) continue;
    Result<json::value> one =
        Assessment(state, q.org, unit.at("unit_id").as_string(), q.year, q.now_us);
    if (!one.ok()) return one.status();
    all.push_back(std::move(*one));
  }
  return json::value(std::move(all));
}

Result<json::value> View(const LogReader& log, std::string_view name, const ExportQuery& q) {
  Result<Replayed> replayed =
      ReplayView(log, name, FoldLimit{}, ViewQuery{q.org, q.now_us, q.id, q.month, q.year, ""});
  if (!replayed.ok()) return replayed.status();
  return std::move(replayed->view);
}

}  // namespace

Result<ExportKind> ParseExportKind(std::string_view text) {
  if (text == "roster") return ExportKind::kRoster;
  if (text == "care-board") return ExportKind::kCareBoard;
  if (text == "reminders") return ExportKind::kReminders;
  if (text == "report") return ExportKind::kReport;
  if (text == "service-records") return ExportKind::kServiceRecords;
  if (text == "assessment") return ExportKind::kAssessment;
  if (text == "sponsors") return ExportKind::kSponsors;
  return InvalidArgument(
      "export '" + std::string(text) +
      "': roster, care-board, reminders, report, service-records, assessment or sponsors");
}

Result<Rows> ViewRows(ExportKind kind, const json::value& v, bool one) try {
  switch (kind) {
    case ExportKind::kRoster:
      if (one) return OneRoster(v);
      return Table(v.as_array(), {{"activity_id", "活动编号"},
                                  {"title", "活动"},
                                  {"unit_id", "单位"},
                                  {"kind", "类型", Format::kLabel},
                                  {"place", "地点"},
                                  {"starts_at", "开始时间", Format::kLocal},
                                  {"ends_at", "结束时间", Format::kLocal},
                                  {"time_zone", "时区"},
                                  {"status", "状态", Format::kLabel},
                                  {"free_places", "空余名额"}});
    case ExportKind::kCareBoard:
      return CareBoardRows(v);
    case ExportKind::kReminders:
      return Table(v.as_array(), {{"id", "提醒编号"},
                                  {"kind", "类型", Format::kLabel},
                                  {"subject", "事项"},
                                  {"for", "对象"},
                                  {"unit_id", "单位"},
                                  {"due", "到期日"},
                                  {"state", "状态", Format::kLabel}});
    case ExportKind::kReport:
      return Table(UnitRows(v), UnitColumns({{"report", "月报", Format::kLabel}}));
    case ExportKind::kAssessment:
      return Table(UnitRows(v), UnitColumns({{"reports_on_time", "按时上报月报"},
                                             {"reports_late", "逾期上报月报"},
                                             {"reports_missing", "未上报月报"},
                                             {"stations", "活动站"},
                                             {"stations_new", "本年新建活动站"},
                                             {"short_opening_days", "开放不足天数"}}));
    case ExportKind::kSponsors:
      return SponsorRows(v);
    case ExportKind::kServiceRecords: {
      Rows rows;
      for (const json::value& row : v.as_array()) {
        std::vector<std::string>& out = rows.emplace_back();
        for (const json::value& cell : row.as_array()) out.push_back(Cell(cell));
      }
      return rows;
    }
  }
  return InvalidArgument("unknown export");
} catch (const std::exception& e) {  // as_array, at: a document of another shape
  return InvalidArgument(std::string("this view cannot be written as a table: ") + e.what());
}

Result<Rows> ExportRows(const EventLog& log, ExportKind kind, const ExportQuery& query) {
  if (kind == ExportKind::kServiceRecords) {
    Result<RecordFilter> filter = PeriodFilter(query.volunteer, query.from, query.to);
    if (!filter.ok()) return filter.status();
    ServiceRecords records;
    Result<std::uint64_t> done =
        query.volunteer.empty() ? FoldInto(log, records)
                                : FoldVolunteerRecords(log, query.org, query.volunteer, records);
    if (!done.ok()) return done.status();
    return records.Rows(query.org, *filter);
  }
  if (kind == ExportKind::kAssessment) {
    Result<json::value> v = AssessmentOf(log, query);
    if (!v.ok()) return v.status();
    return ViewRows(kind, *v, false);
  }
  if (kind == ExportKind::kSponsors) {
    Result<int> year = ReportYear(query.year, query.now_us);
    if (!year.ok()) return year.status();
    RosterState state;
    if (Result<std::uint64_t> done = FoldInto(log, state); !done.ok()) return done.status();
    return SponsorRows(SponsorList(state, query.org, *year, nullptr));
  }
  static constexpr std::string_view kViews[] = {"roster", "care", "reminders", "report"};
  ExportQuery q = query;
  if (kind == ExportKind::kCareBoard) q.id.clear();  // the whole board
  Result<json::value> v = View(log, kViews[static_cast<int>(kind)], q);
  if (!v.ok()) return v.status();
  return ViewRows(kind, *v, kind == ExportKind::kRoster && !query.id.empty());
}

}  // namespace homeward::csv
