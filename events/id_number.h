#pragma once
// The resident identity card number (居民身份证号码, GB 11643): 18 characters,
// the birth date in characters 7 to 14, and an ISO 7064 MOD 11-2 check
// character at the end. Catching a typo here saves a wrong record later.

#include <string_view>

#include "events/date.h"
#include "events/status.h"

namespace homeward {

// Checks `id_number` when given (an empty one passes): its form, its check
// character, and that its birth date is `date_of_birth`. Errors:
// invalid_argument saying which of these is wrong.
Status CheckIdNumber(std::string_view id_number, Date date_of_birth);

}  // namespace homeward
