#pragma once
// What each role may read of an answer: the one place that decides which
// fields the router hides (adapters/json/mask.h does the hiding).

#include <boost/json/value.hpp>

#include "projections/accounts.h"

namespace homeward::http {

// Hides from `doc` what `reader` may not read: children's personal fields
// from auditors not granted them; other people's contacts from volunteers
// and counselors (none when `own`: the answer is the reader's own record);
// counseling notes from everyone but counselors.
void MaskFor(const Account& reader, boost::json::value& doc, bool own = false);

}  // namespace homeward::http
