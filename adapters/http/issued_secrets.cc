#include "adapters/http/issued_secrets.h"

#include "engine/token.h"

namespace homeward::http {
namespace {

// A secret for `purpose`: derived when the request can be retried.
Result<std::string> Secret(const CommandContext& context, KeyRing* keys, std::string_view purpose) {
  if (keys == nullptr || context.idempotency_key.empty()) return NewToken();
  // One key per organization, made (and stored durably) at its first use;
  // never erased: it seals no one's data.
  Result<DataKey> key = keys->Ensure(context.org + "/secrets/issued");
  if (!key.ok()) return key.status();
  const std::string_view bytes(reinterpret_cast<const char*>(key->data()), key->size());
  return DerivedToken(bytes, std::string(purpose) + '\0' + context.idempotency_key);
}

}  // namespace

Result<IssuedSecrets> IssueSecrets(AnyCommand& command, const CommandContext& context,
                                   KeyRing* keys) {
  IssuedSecrets out;
  if (auto* accounts = std::get_if<AccountCommand>(&command)) {
    if (auto* create = std::get_if<CreateAccount>(accounts)) {
      Result<std::string> token = Secret(context, keys, "account-token");
      if (!token.ok()) return token.status();
      out.token = *token;
      create->token_hash = TokenHash(out.token);
    }
  }
  if (auto* people = std::get_if<PeopleCommand>(&command)) {
    if (auto* issue = std::get_if<IssueCalendarFeed>(people)) {
      Result<std::string> token = Secret(context, keys, "calendar-feed");
      if (!token.ok()) return token.status();
      const std::string secret = token->substr(3);  // without "hw_"
      issue->secret_hash = TokenHash(secret);
      out.feed = "/v1/calendar/" + secret + ".ics";
    }
  }
  return out;
}

}  // namespace homeward::http
