#include "projections/accounts.h"

#include <boost/json/object.hpp>

#include "engine/token.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {

void AccountsState::Apply(const Envelope& envelope, const Event& event) {
  const StreamParts stream = SplitStream(envelope.stream_id);
  if (stream.category == "volunteer") {
    // Most of a volunteer's events (vetting, waivers, transfers) change
    // nothing here: they are passed over without building a key.
    const bool issued = std::holds_alternative<CalendarFeedIssued>(event);
    const bool revoked = std::holds_alternative<CalendarFeedRevoked>(event);
    const bool left = std::holds_alternative<VolunteerLeft>(event);
    const bool erased = std::holds_alternative<VolunteerDataErased>(event);
    const bool suspended = std::holds_alternative<VolunteerSuspended>(event);
    const bool reinstated = std::holds_alternative<VolunteerReinstated>(event);
    if (!issued && !revoked && !left && !erased && !suspended && !reinstated) return;
    const std::string volunteer = OrgKey(stream.org, stream.id);
    if (suspended) {
      if (!Find(stopped, volunteer)) stopped[volunteer] = "suspended";
    } else if (reinstated) {
      if (const std::string* why = Find(stopped, volunteer); why && *why == "suspended") {
        stopped.erase(volunteer);
      }
    } else if (left || erased) {
      stopped[volunteer] = "left";
    }
    // A feed ends when revoked, and when its volunteer leaves.
    if (!issued && !revoked && !left) return;
    if (const std::string* old = Find(feed_of, volunteer)) {
      feeds[std::string(*old)].clear();  // one live feed each; the old one is closed
    }
    feed_of.erase(volunteer);
    if (issued) {
      const std::string& hash = std::get<CalendarFeedIssued>(event).secret_hash;
      feeds[hash] = volunteer;
      feed_of[volunteer] = hash;
    }
    return;
  }
  if (stream.category != "account") return;
  const std::string key = OrgKey(stream.org, stream.id);
  if (const auto* e = std::get_if<AccountCreated>(&event)) {
    by_token[e->token_hash] =
        Account{std::string(stream.org), e->account_id, e->name, e->role, e->unit_id,
                e->volunteer_id,         false,         false};
    token_of[key] = e->token_hash;
    return;
  }
  const std::string* hash = Find(token_of, key);
  Account* account = hash == nullptr ? nullptr : Find(by_token, *hash);
  if (account == nullptr) return;
  if (std::holds_alternative<AccountRevoked>(event)) {
    account->revoked = true;
    account->personal_data = false;
  } else if (std::holds_alternative<PersonalDataGranted>(event)) {
    account->personal_data = true;
  } else if (std::holds_alternative<PersonalDataGrantWithdrawn>(event)) {
    account->personal_data = false;
  }
}

namespace {

// `account` when it may act: a volunteer's account is refused while its
// volunteer is suspended or gone.
Result<Account> Standing(const AccountsState& state, const Account& account) {
  if (!account.volunteer_id.empty()) {
    if (const std::string* why = Find(state.stopped, OrgKey(account.org, account.volunteer_id))) {
      // 403 (reason "forbidden"): the token is good, its holder may not act.
      return Status(
          Code::kUnauthorized,
          "the volunteer this account acts as " +
              std::string(*why == "left" ? "has left"
                                         : "is suspended; a coordinator can reinstate them"),
          "forbidden", {{"volunteer", *why}});
    }
  }
  return account;
}

}  // namespace

Result<Account> Authenticate(const AccountsState& state, std::string_view token) {
  auto it = state.by_token.find(TokenHash(token));
  if (token.empty() || it == state.by_token.end() || it->second.revoked) {
    return Status(Code::kUnauthorized, "the token is not valid (unknown or revoked)");
  }
  return Standing(state, it->second);
}

Result<Account> AccountNamed(const AccountsState& state, std::string_view org,
                             std::string_view account_id) {
  const std::string* hash = Find(state.token_of, OrgKey(org, account_id));
  const Account* account = hash == nullptr ? nullptr : Find(state.by_token, *hash);
  if (account == nullptr || account->revoked) {
    return Status(Code::kUnauthorized, "the account is unknown or revoked");
  }
  return Standing(state, *account);
}

Result<FeedOwner> FindFeed(const AccountsState& state, std::string_view secret) {
  const std::string* owner = secret.empty() ? nullptr : Find(state.feeds, TokenHash(secret));
  if (owner == nullptr) return NotFound("no such calendar feed");
  if (owner->empty()) return FeedOwner{"", "", true};
  // Keys are "org/volunteer"; an org never holds a '/'.
  const std::size_t slash = owner->find('/');
  return FeedOwner{owner->substr(0, slash), owner->substr(slash + 1), false};
}

boost::json::value AccountList(const AccountsState& state, std::string_view org) {
  boost::json::array out;
  ForOrg(state.token_of, org, [&](std::string_view, const std::string& hash) {
    const Account& a = state.by_token.at(hash);
    out.push_back(boost::json::object{{"account_id", a.account_id},
                                      {"name", a.name},
                                      {"role", EnumJson(a.role)},
                                      {"unit_id", a.unit_id},
                                      {"volunteer_id", a.volunteer_id},
                                      {"revoked", a.revoked},
                                      {"personal_data", a.personal_data}});
  });
  return out;
}

}  // namespace homeward
