#include "events/id_number.h"

#include <string>

namespace homeward {

Status CheckIdNumber(std::string_view id, Date date_of_birth) {
  if (id.empty()) return Status::Ok();
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  if (id.size() != 18) {
    return InvalidArgument("ID number '" + std::string(id) + "' is not 18 characters long");
  }
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (id[i] < '0' || id[i] > '9') {
      return InvalidArgument("ID number '" + std::string(id) + "' must start with 17 digits");
    }
    sum += (id[i] - '0') * kWeights[i];
  }
  const char last = id[17] == 'x' ? 'X' : id[17];
  if (last != kCheck[sum % 11]) {
    return InvalidArgument("ID number '" + std::string(id) +
                           "' fails its check character: look for a mistyped digit");
  }
  const std::string born = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) +
                           "-" + std::string(id.substr(12, 2));
  Result<Date> embedded = ParseDate(born, "the birth date in the ID number");
  if (!embedded.ok()) return embedded.status();
  if (date_of_birth.known() && *embedded != date_of_birth) {
    return InvalidArgument("ID number '" + std::string(id) + "' says born " + born +
                           ", but the date of birth given is " + FormatDate(date_of_birth));
  }
  return Status::Ok();
}

}  // namespace homeward
