#pragma once
// Rows of an import file as commands: volunteers (RegisterVolunteer) or
// children's archive cards (RegisterChild). Columns are found by name: the
// fields' English names, the Chinese headings spreadsheets use (姓名, 性别,
// 出生日期, ...), or a mapping given for files from other departments
// ("学籍号=child_id,户籍地址=household_registration").

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

// The field each column of `header` fills ("" for a column not imported).
// `mapping` ("heading=field,...") comes first, then the built-in headings.
// Errors: invalid_argument for a mapping to an unknown field, a field two
// columns fill, or a missing id or name column.
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
