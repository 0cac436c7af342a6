// Fuzzes the CSV importer up to the commands it would run: arbitrary bytes
// as a volunteers' or children's file (encoding detection, RFC 4180 quoting,
// the header's mapping, every row's fields) give errors naming a line and a
// column, or commands, never a crash.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "adapters/csv/import_rows.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  using namespace homeward::csv;
  const ImportKind kind = data[0] % 2 ? ImportKind::kChildren : ImportKind::kVolunteers;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  homeward::Result<Table> table = ReadCsv(bytes);
  if (!table.ok()) return 0;
  homeward::Result<std::vector<std::string>> fields = MapHeader(kind, table->header, "");
  if (!fields.ok()) return 0;
  const ImportDefaults defaults{"unit", "import"};
  for (const Row& row : table->rows) (void)RowCommand(kind, *fields, row, defaults);
  return 0;
}
