#include "events/id_number.h"

#include <string>

namespace homeward {

Status CheckIdNumber(std::string_view id, Date date_of_birth) {
  if (id.empty()) return Status::Ok();
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  if (id.size() != 18) {
    return InvalidArgument("the ID number has " + std::to_string(id.size()) +
                           " characters, not 18");
  }
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (id[i] < '0' || id[i] > '9') {
      return InvalidArgument("the ID number must start with 17 digits");
    }
    sum += (id[i] - '0') * kWeights[i];
  }
  const char last = id[17] == 'x' ? 'X' : id[17];
  if (last != kCheck[sum % 11]) {
    return InvalidArgument("the ID number fails its check character: look for a mistyped digit");
  }
  const std::string born = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) +
                           "-" + std::string(id.substr(12, 2));
  // The messages name no digits: an ID number is personal data (docs/privacy.md).
  Result<Date> embedded = ParseDate(born, "the birth date in the ID number");
  if (!embedded.ok()) return InvalidArgument("the ID number holds no valid birth date");
  if (date_of_birth.known() && *embedded != date_of_birth) {
    return InvalidArgument("the birth date in the ID number differs from the date of birth given");
  }
  return Status::Ok();
}

}  // namespace homeward
