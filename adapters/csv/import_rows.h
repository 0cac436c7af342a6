#pragma once
// Rows of an import file as commands: volunteers (RegisterVolunteer) or
// children's archive cards (RegisterChild). Columns are found by name: the
// fields' English names, the Chinese headings spreadsheets use (姓名, 性别,
// 出生日期, ...), or a mapping given for files from other departments
// ("学籍号=child_id,户籍地址=household_registration"). A column found by none
// of these is refused unless the mapping leaves it out ("备注=-").

#include <string>
#include <string_view>
#include <vector>

#include "adapters/csv/csv_text.h"
#include "events/people_commands.h"

namespace homeward::csv {

enum class ImportKind { kVolunteers, kChildren };

// Parses "volunteers" or "children". Errors: invalid_argument.
Result<ImportKind> ParseImportKind(std::string_view text);

// The fields a row of `kind` may fill, in the order exports write them.
const std::vector<std::string_view>& ImportFields(ImportKind kind);

// The field each column of `header` fills ("" for a column not imported:
// one mapped to "-", or one without a heading, whose cells ImportCsv checks
// are empty). `mapping` ("heading=field,...", "heading=-" to leave a column
// out) comes first, then the fields' names, then the built-in headings.
// Errors: invalid_argument for a mapping to an unknown field, a field two
// columns fill, or a missing id or name column; invalid_argument with reason
// "unknown_column" for headings nothing fills (details: "unknown_columns",
// "fields" the kind understands with their headings, and "map"), so that no
// column is dropped without a word.
Result<std::vector<std::string>> MapHeader(ImportKind kind, const std::vector<std::string>& header,
                                           std::string_view mapping);

// What rows share: the unit for rows without one, and who filled the cards.
struct ImportDefaults {
  std::string unit_id;
  std::string filled_by = "import";
};

// The command for one row, with the id it registers. Errors: invalid_argument
// naming the column and the value (a bad date, an unknown sex, ...).
Result<std::pair<std::string, PeopleCommand>> RowCommand(ImportKind kind,
                                                         const std::vector<std::string>& fields,
                                                         const Row& row,
                                                         const ImportDefaults& defaults);

}  // namespace homeward::csv
