#include <algorithm>

#include "adapters/http/read_routes.h"
#include "projections/monthly_report.h"

// Matching a request to its read route, and what a handler asks of the
// request's context: who asks, which units they reach, what a secret in the
// path counts against, and whether its answer is already rendered.

namespace homeward::http {

bool ReadContext::IsVolunteer() const {
  return account.role == AccountRole::kVolunteer || account.role == AccountRole::kCounselor;
}
bool ReadContext::IsCoordinator() const { return account.role == AccountRole::kCoordinator; }

Status ReadContext::TakeFrom(const std::string& bucket, std::string_view whose) const {
  if (limiter == nullptr) return Status::Ok();
  Status admitted = limiter->Admit(bucket, whose);
  if (admitted.ok() && taken != nullptr) taken->push_back(bucket);
  return admitted;
}

const std::vector<std::string>& ReadContext::Units() {
  if (!units_) {
    // The tree as it stands after every change of who may do what.
    auto tree =
        host.Read<MonthlyReportState>(std::max(min_position, access_position), options.read_wait,
                                      [&](const MonthlyReportState& s, std::uint64_t) {
                                        return UnitTree(s, account.org, account.unit_id);
                                      });
    units_ = tree.ok() ? std::move(tree).value() : std::vector<std::string>{};
  }
  return *units_;
}

bool ReadContext::InScope(std::string_view unit_id) {
  if (!IsCoordinator()) return true;
  const auto& units = Units();
  return std::find(units.begin(), units.end(), unit_id) != units.end();
}

bool ReadContext::Cached(std::uint64_t at, std::initializer_list<std::string_view> params) {
  version = at;
  if (answers == nullptr) return false;
  // What masking depends on: the role, and an auditor's grant.
  const std::string reader =
      std::to_string(static_cast<int>(account.role)) + (account.personal_data ? "+granted" : "");
  answer_key = AnswerKey(account.org, reader, target, params);
  rendered = answers->Get(answer_key, at);
  return rendered != nullptr;
}

const ReadRoute* FindReadRoute(const std::vector<std::string>& segments,
                               std::map<std::string, std::string, std::less<>>& params) {
  for (const ReadRoute& route : ReadRoutes()) {
    params.clear();
    std::size_t i = 0;
    bool match = true;
    std::string_view rest = route.path.substr(1);
    while (match && !rest.empty()) {
      const std::size_t slash = rest.find('/');
      const std::string_view part = rest.substr(0, slash);
      rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
      if (part.ends_with("*}")) {  // the rest of the path
        std::string joined;
        for (; i < segments.size(); ++i) joined += (joined.empty() ? "" : "/") + segments[i];
        params[std::string(part.substr(1, part.size() - 3))] = joined;
        match = !joined.empty();
      } else if (i >= segments.size()) {
        match = false;
      } else if (part.starts_with('{')) {
        params[std::string(part.substr(1, part.size() - 2))] = segments[i++];
      } else {
        match = part == segments[i++];
      }
    }
    if (match && i == segments.size()) return &route;
  }
  return nullptr;
}

}  // namespace homeward::http
