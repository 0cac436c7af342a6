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

// `link` as the text of a path segment: the URL-safe base64 of its
// organization, a dot, and the URL-safe base64 of its other fields sealed
// (XChaCha20-Poly1305, the organization as associated data) under the
// organization's link key, derived from one key of the store's, made and
// stored at the first link. Anyone holding the link reads only the
// organization's id. Errors: invalid_argument for an id holding a NUL;
// unavailable when the key ring cannot be read or written.
Result<std::string> SignActivityLink(KeyRing& keys, const ActivityLink& link);

// The link `text` names, when it opens under its organization's key and has
// not expired at `now_us`. The key ring is read for the store's link key
// alone, whatever the text. Errors: not_found for text that is not a link
// this store made (malformed, altered, forged, or of another store);
// not_found with reason "expired" for an expired one; unavailable when the
// key ring cannot be read.
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
