#include "adapters/http/activity_links.h"

#include <sodium.h>

#include <boost/json.hpp>
#include <charconv>
#include <vector>

#include "adapters/http/calendar_routes.h"
#include "adapters/http/read_routes.h"
#include "engine/token.h"
#include "projections/accounts.h"
#include "projections/json_support.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

constexpr int kBase64 = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
constexpr std::string_view kFormat = "1";  // the first field: how the rest reads
constexpr std::string_view kSuffix = ".ics";

// The key ring's subject for `org`'s link key: never erased, as it seals no
// one's data.
std::string KeySubject(std::string_view org) { return std::string(org) + "/secrets/links"; }

std::string Base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), kBase64), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), kBase64);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> Unbase64(std::string_view text) {
  std::string out(text.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &length, nullptr, kBase64) != 0) {
    return std::nullopt;
  }
  out.resize(length);
  return out;
}

std::string Signature(const DataKey& key, std::string_view fields) {
  const std::string_view key_bytes(reinterpret_cast<const char*>(key.data()), key.size());
  const Hash digest = KeyedDigest(key_bytes, fields);
  return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

Status NoSuchLink() { return NotFound("no such link: it is malformed or was not made here"); }

}  // namespace

Result<std::string> SignActivityLink(KeyRing& keys, const ActivityLink& link) {
  for (std::string_view field : {std::string_view(link.org), std::string_view(link.account_id),
                                 std::string_view(link.activity_id)}) {
    if (field.find('\0') != std::string_view::npos) {
      return InvalidArgument("an id holds a NUL character");
    }
  }
  Result<DataKey> key = keys.Ensure(KeySubject(link.org));
  if (!key.ok()) return key.status();
  std::string fields(kFormat);
  for (std::string_view field : {std::string_view(link.org), std::string_view(link.account_id),
                                 std::string_view(link.activity_id)}) {
    fields.append(1, '\0').append(field);
  }
  fields.append(1, '\0').append(std::to_string(link.expires_us));
  return Base64(fields) + "." + Base64(Signature(*key, fields));
}

Result<ActivityLink> OpenActivityLink(const KeyRing& keys, std::string_view text,
                                      std::int64_t now_us) {
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos) return NoSuchLink();
  const std::optional<std::string> fields = Unbase64(text.substr(0, dot));
  const std::optional<std::string> signature = Unbase64(text.substr(dot + 1));
  if (!fields || !signature || signature->size() != sizeof(Hash)) return NoSuchLink();
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    const std::size_t end = fields->find('\0', at);
    parts.push_back(std::string_view(*fields).substr(at, end - at));
    if (end == std::string::npos) break;
    at = end + 1;
  }
  if (parts.size() != 5 || parts[0] != kFormat || parts[1].empty()) return NoSuchLink();
  Result<std::optional<DataKey>> key = keys.Find(KeySubject(parts[1]));
  if (!key.ok()) return key.status();
  if (!key->has_value()) return NoSuchLink();
  const std::string expected = Signature(**key, *fields);
  if (sodium_memcmp(expected.data(), signature->data(), expected.size()) != 0) {
    return NoSuchLink();
  }
  ActivityLink link{std::string(parts[1]), std::string(parts[2]), std::string(parts[3]), 0};
  const std::string_view expiry = parts[4];
  if (std::from_chars(expiry.data(), expiry.data() + expiry.size(), link.expires_us).ec !=
      std::errc()) {
    return NoSuchLink();
  }
  if (now_us >= link.expires_us) {
    return Status(Code::kNotFound,
                  "this link expired at " + FormatUtc(link.expires_us) +
                      "; ask the activity's page for a new one",
                  "expired");
  }
  return link;
}

Result<json::value> ActivityLinkRoute(ReadContext& c) {
  KeyRing* keys = c.log.keys();
  if (keys == nullptr) return Unavailable("this store signs no links (it has no key ring)");
  // The file must open for the reader now: the same checks, the same errors.
  if (Result<json::value> file = ActivityIcsRoute(c); !file.ok()) return file.status();
  c.file.reset();
  const ActivityLink link{c.account.org, c.account.account_id, c.Param("activity_id"),
                          c.options.clock() + kActivityLinkLifetimeUs};
  Result<std::string> text = SignActivityLink(*keys, link);
  if (!text.ok()) return text.status();
  json::object out;
  out["url"] = "/v1/links/" + *text + std::string(kSuffix);
  out["expires_at"] = FormatUtc(link.expires_us);
  return json::value(json::object{{"data", std::move(out)}});
}

Result<json::value> LinkedFileRoute(ReadContext& c) {
  const KeyRing* keys = c.log.keys();
  const std::string& text = c.Param("link");
  if (keys == nullptr || !text.ends_with(kSuffix)) return NoSuchLink();
  Result<ActivityLink> link = OpenActivityLink(
      *keys, std::string_view(text).substr(0, text.size() - kSuffix.size()), c.options.clock());
  if (!link.ok()) return link.status();
  Result<Result<Account>> account = c.host.Read<AccountsState>(
      c.access_position, c.options.read_wait, [&](const AccountsState& s, std::uint64_t) {
        return AccountNamed(s, link->org, link->account_id);
      });
  if (!account.ok()) return account.status();
  if (!account->ok()) {
    return Status(Code::kNotFound, "this link's account may no longer read the activity",
                  "account");
  }
  // The file as the account would fetch it with its token.
  ReadContext as_account(c.log, c.host, c.options, c.target, account->value(), c.min_position);
  as_account.access_position = c.access_position;
  as_account.params = {{"activity_id", link->activity_id}};
  if (as_account.IsCoordinator()) as_account.Units();
  Result<json::value> answer = ActivityIcsRoute(as_account);
  if (!answer.ok()) return answer.status();
  c.file = std::move(as_account.file);
  return answer;
}

}  // namespace homeward::http
