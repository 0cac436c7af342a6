#pragma once
// `homeward export`: views as spreadsheets, built from the log as it stands
// (the live projections are untouched), with Chinese headings.

#include <string>
#include <vector>

#include "engine/event_log.h"

namespace homeward::csv {

enum class ExportKind { kRoster, kCareBoard, kReminders, kReport, kServiceRecords };

// Parses roster, care-board, reminders, report or service-records.
// Errors: invalid_argument naming the choices.
Result<ExportKind> ParseExportKind(std::string_view text);

struct ExportQuery {
  std::string org;
  std::string id;     // roster: one activity; report: the unit (default: every top unit)
  std::string month;  // report: YYYY-MM
  std::int64_t now_us = 0;
};

// The export's rows, header first. Errors: not_found for an unknown
// activity or unit; as the log's reads.
Result<std::vector<std::vector<std::string>>> ExportRows(const LogReader& log, ExportKind kind,
                                                         const ExportQuery& query);

}  // namespace homeward::csv
