#pragma once
// Answering a POST to a command route: decode the body strictly, check who
// may send it, then hand it to the command service with the account as the
// actor, the client's Idempotency-Key and If-Match.

#include <functional>
#include <string_view>

#include "adapters/http/command_routes.h"
#include "adapters/http/http_message.h"
#include "engine/command_service.h"
#include "projections/accounts.h"

namespace homeward::http {

// Answers `request` (a POST to `route`; `path_id` is the id in the path, or
// "" for a create) for `account`, through `answer`, exactly once. 201 with
// {"data":{"position","positions"}} (and "token" for a new account, "feed"
// for a new calendar feed's path); 400 for a body that is not a JSON object,
// a missing, unknown or mistyped field; 403 when the account may not send it;
// 409 for the domain's refusal; 412 when If-Match does not hold; 503 when the
// store refuses writes. A retry with the same Idempotency-Key gets the first
// answer, marked by the header Idempotent-Replayed: true (with the same token
// or feed: they are derived from the key with a key of `keys`, when given).
// Who may send it is decided on the objects' states as read then (Authorize),
// and the command only on those states: when one changed in between (a
// volunteer or a child moved to another unit, say), the request is
// authorized and decided again (on a thread of `run`, when given), up to 8
// times, after which the answer is 409 authorization_stale.
// With `run`, a
// command of an activity or of the people domain is appended with no thread
// waiting for the disk or for another command's turn (it is decided later on
// a thread of `run`), and answered from the thread that finished it; every
// other answer is given before HandleCommand returns.
void HandleCommand(const CommandRoute& route, std::string_view path_id, const Request& request,
                   const Account& account, CommandService& service, KeyRing* keys,
                   const Executor* run, std::function<void(Response)> answer);

// The category of the streams of `resource` ("activities" -> "activity").
std::string_view CategoryOf(std::string_view resource);

}  // namespace homeward::http
