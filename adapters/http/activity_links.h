#pragma once
// Signed links to one activity's .ics file. Most phone calendars in China
// import a file rather than subscribe to a feed, and a messaging app's
// built-in browser can neither send a bearer token nor save a file made in
// the page: it hands a plain link to the phone's browser. So an account asks
// for a link (GET /v1/activities/{activity_id}/calendar-link) and the link
// alone opens the file (GET /v1/links/{link}) for a day, as that account
// would see it, while the account stays live.

#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/key_ring.h"
#include "events/status.h"

namespace homeward::http {

// How long a link opens its file.
inline constexpr std::int64_t kActivityLinkLifetimeUs = 24LL * 3600 * 1000000;

// What a link names: whose view of which activity, and until when.
struct ActivityLink {
  std::string org;
  std::string account_id;
  std::string activity_id;
  std::int64_t expires_us = 0;  // UTC microseconds
};

// `link` as the text of a path segment (URL-safe base64 of its fields, a
// dot, and the URL-safe base64 of their keyed BLAKE2b-256 under the
// organization's link key, which is made and stored at its first use).
// Errors: unavailable when the key ring cannot be read or written.
Result<std::string> SignActivityLink(KeyRing& keys, const ActivityLink& link);

// The link `text` names, when its signature holds under its organization's
// key and it has not expired at `now_us`. Errors: not_found for text that is
// not a link this store signed (malformed, forged, or of an organization
// with no link key); not_found with reason "expired" for an expired one;
// unavailable when the key ring cannot be read.
Result<ActivityLink> OpenActivityLink(const KeyRing& keys, std::string_view text,
                                      std::int64_t now_us);

class ReadContext;

// GET /v1/activities/{activity_id}/calendar-link: {"url": "/v1/links/….ics",
// "expires_at": UTC text} for the reader, when they may read the activity's
// .ics. Errors: as GET /v1/activities/{activity_id}/calendar.ics;
// unavailable without a key ring.
Result<boost::json::value> ActivityLinkRoute(ReadContext& context);

// GET /v1/links/{link}: the .ics file a link names, as its account would get
// it from GET /v1/activities/{activity_id}/calendar.ics now. Errors:
// not_found for an unknown, expired or forged link, and for one whose
// account was revoked or whose volunteer is suspended or gone.
Result<boost::json::value> LinkedFileRoute(ReadContext& context);

}  // namespace homeward::http
