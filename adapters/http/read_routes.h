#pragma once
// The read side of the HTTP API: one GET route per view and audit query, in a
// table the router dispatches on and docs/openapi.yaml is made from, so the
// two cannot disagree.

#include <boost/json/value.hpp>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/csv/exporter.h"
#include "adapters/http/answer_cache.h"
#include "adapters/http/http_message.h"
#include "adapters/http/rate_limit.h"
#include "adapters/http/router.h"
#include "adapters/http/target.h"
#include "projections/accounts.h"

namespace homeward::http {

// Everything a read handler may use: who asks, what they asked, and where.
class ReadContext {
 public:
  ReadContext(const EventLog& log, const ProjectionHost& host, const RouterOptions& options,
              const Target& target, const Account& account, std::uint64_t min_position)
      : log(log),
        host(host),
        options(options),
        target(target),
        account(account),
        min_position(min_position) {}

  const EventLog& log;
  const ProjectionHost& host;
  const RouterOptions& options;
  const Target& target;
  const Account& account;
  std::uint64_t min_position;
  std::map<std::string, std::string, std::less<>> params;  // from the path: "activity_id" -> "a1"
  // The position the accounts view must hold to know every token and feed.
  std::uint64_t access_position = 0;
  // Set by a handler whose answer is the reader's own record (a volunteer's
  // own details): their contact fields are not hidden from them (MaskFor).
  bool readers_own = false;
  // A handler that answers with a file (an .ics) rather than JSON puts it here.
  std::optional<Response> file;
  // Where rendered answers are kept (set by the router), and this request's
  // key there (AnswerKey, set by Cached).
  AnswerCache* answers = nullptr;
  std::string answer_key;
  // Set by Cached: the version of the view the answer is made from, and the
  // answer when it was already rendered at that version.
  std::optional<std::uint64_t> version;
  std::shared_ptr<const RenderedAnswer> rendered;

  // The router's request limits, for a route a secret in the path opens: it
  // counts against what the secret opens (TakeFrom). None in some tests.
  RateLimiter* limiter = nullptr;
  // Where TakeFrom records the buckets it took from (the router's call, so
  // that it can give them back). None in some tests.
  std::vector<std::string>* taken = nullptr;

  // Takes one request from `bucket` ("org/account_id" for an account), and
  // records it in `taken`.
  // Errors: unavailable with reason "rate_limited" (429) past its rate.
  Status TakeFrom(const std::string& bucket, std::string_view whose) const;

  // The path parameter `name`.
  const std::string& Param(std::string_view name) const { return params.find(name)->second; }

  bool IsVolunteer() const;    // a volunteer or a counselor
  bool IsCoordinator() const;  // a coordinator, limited to their units
  // A coordinator's units: their own and every unit under it (cached).
  const std::vector<std::string>& Units();
  // True unless a coordinator's units leave out `unit_id`.
  bool InScope(std::string_view unit_id);

  // For a handler whose answer depends on nothing but the view at `version`
  // (which moves whenever that answer would change), the request's path, the
  // query parameters `params` and the reader's class (role and grant): true
  // when that answer is already rendered, and the router sends it; the
  // handler returns at once, with any value. Otherwise the router keeps what
  // the handler returns for the next reader. Call it after every check of who
  // may read.
  bool Cached(std::uint64_t version, std::initializer_list<std::string_view> params = {});

 private:
  std::optional<std::vector<std::string>> units_;
};

// A query parameter of a read route, for the API document.
struct QueryParam {
  std::string_view name;
  std::string_view type;  // "string", "integer", "boolean" or "date"
  std::string_view description;
  bool required = false;  // the route answers 400 without it
};

struct ReadRoute {
  // "/v1/activities/{activity_id}/roster"; a last parameter written
  // "{stream_id*}" takes the rest of the path, slashes and all.
  std::string_view path;
  std::string_view summary;
  std::string_view readers;  // who may read it, for the API document
  std::vector<QueryParam> query;
  Result<boost::json::value> (*handle)(ReadContext& context) = nullptr;
  // True when a secret in the path, not a bearer token, opens it (calendar
  // feeds: calendar apps cannot send headers).
  bool secret_in_path = false;
  // True when it reads the store (the log, a replay), or walks whole views
  // of the organization, not only the entries a request names (every
  // activity, every child, every reminder): it is never answered on an I/O
  // thread, where it would hold up every other connection of that thread.
  bool pool_only = false;
  // The table it also answers as CSV with ?format=csv (tables.h); none when
  // unset. Its query parameters then include `format`.
  std::optional<csv::ExportKind> table = std::nullopt;
};

// Every read route, in the order the API document lists them.
const std::vector<ReadRoute>& ReadRoutes();

// The route whose path matches `segments` ({"v1", "activities", "a1",
// "roster"}), with its parameters put in `params`; nullptr when none does.
const ReadRoute* FindReadRoute(const std::vector<std::string>& segments,
                               std::map<std::string, std::string, std::less<>>& params);

}  // namespace homeward::http
