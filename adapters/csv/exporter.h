#pragma once
// `homeward export`: views as spreadsheets, built from the log as it stands
// (the live projections are untouched), with Chinese headings.

#include <boost/json/value.hpp>
#include <string>
#include <vector>

#include "engine/event_log.h"

namespace homeward::csv {

enum class ExportKind {
  kRoster,
  kCareBoard,
  kReminders,
  kReport,
  kServiceRecords,
  kAssessment,
  kSponsors
};

// Parses roster, care-board, reminders, report, service-records, assessment or sponsors.
// Errors: invalid_argument naming the choices.
Result<ExportKind> ParseExportKind(std::string_view text);

struct ExportQuery {
  std::string org;
  std::string id;     // roster: one activity; report: the unit (default: every top unit)
  std::string month;  // report: YYYY-MM
  std::int64_t now_us = 0;
  std::string year;       // assessment: YYYY (default: this year in Beijing time)
  std::string volunteer;  // service records: one volunteer's (default: everyone's)
  std::string from, to;   // service records: activities from, to these days (YYYY-MM-DD)
};

// The export's rows, header first; an assessment without an id, of every top
// unit. Errors: not_found for an unknown activity or unit; invalid_argument
// for a malformed year or day; as the log's reads.
Result<std::vector<std::vector<std::string>>> ExportRows(const EventLog& log, ExportKind kind,
                                                         const ExportQuery& query);

// The rows, header first, of `view`: a view's document as the API answers it
// in "data" (and as a replay makes it). For kRoster, one activity's roster
// when `one`, else the list of activities; for kReport and kAssessment, one
// unit's report or assessment or a list of them; for kSponsors, one row per
// pledge; for kServiceRecords, the rows themselves (an array
// of arrays of strings, header first). Errors: invalid_argument for a document of another shape.
Result<std::vector<std::vector<std::string>>> ViewRows(ExportKind kind,
                                                       const boost::json::value& view, bool one);

}  // namespace homeward::csv
