#include "adapters/http/issued_secrets.h"

#include "engine/token.h"

namespace homeward::http {
namespace {

// The bytes of `subject`'s key, made (and stored durably) at its first use.
Result<std::string> KeyBytes(KeyRing& keys, std::string_view subject) {
  Result<DataKey> key = keys.Ensure(subject);
  if (!key.ok()) return key.status();
  return std::string(reinterpret_cast<const char*>(key->data()), key->size());
}

// The organization's key for what is derived from a request: never erased,
// as it seals no one's data.
Result<std::string> RequestKey(const CommandContext& context, KeyRing& keys) {
  return KeyBytes(keys, context.org + "/secrets/issued");
}

// A secret for `purpose`: derived when the request can be retried.
Result<std::string> Secret(const CommandContext& context, KeyRing* keys, std::string_view purpose) {
  if (keys == nullptr || context.idempotency_key.empty()) return NewToken();
  Result<std::string> key = RequestKey(context, *keys);
  if (!key.ok()) return key.status();
  return DerivedToken(*key, std::string(purpose) + '\0' + context.idempotency_key);
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

Result<std::optional<Hash>> RequestDigest(const CommandContext& context, KeyRing* keys,
                                          std::string_view subject, std::string_view text) {
  if (keys == nullptr || context.idempotency_key.empty()) return std::optional<Hash>();
  Result<std::string> key = subject.empty() ? RequestKey(context, *keys) : KeyBytes(*keys, subject);
  if (!key.ok() && key.status().reason() == "erased") return std::optional<Hash>();
  if (!key.ok()) return key.status();
  return std::optional<Hash>(KeyedDigest(*key, std::string("request") + '\0' + std::string(text)));
}

}  // namespace homeward::http
