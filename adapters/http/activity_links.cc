#include "adapters/http/activity_links.h"

#include <sodium.h>

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <optional>
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
constexpr std::string_view kFormat = "1";  // the first sealed field: how the rest reads
constexpr std::string_view kSuffix = ".ics";
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// The key ring's subject for the store's one link key. It begins with '/',
// which no organization's id does, so it names no one's key; it is never
// looked up with text from a request.
constexpr std::string_view kLinkSubject = "/secrets/activity-links";

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

// `org`'s key, derived from the store's link key: one organization's links
// never open under another's.
DataKey OrgLinkKey(const DataKey& store_key, std::string_view org) {
  const std::string_view bytes(reinterpret_cast<const char*>(store_key.data()), store_key.size());
  const Hash digest = KeyedDigest(bytes, std::string("activity-link") + '\0' + std::string(org));
  DataKey key;
  std::copy(digest.begin(), digest.end(), key.begin());
  return key;
}

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
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
  // Found first: making the key takes the key ring's one lock for makers.
  Result<std::optional<DataKey>> found = keys.Find(kLinkSubject);
  if (!found.ok()) return found.status();
  Result<DataKey> store_key = *found ? Result<DataKey>(**found) : keys.Ensure(kLinkSubject);
  if (!store_key.ok()) return store_key.status();
  const DataKey key = OrgLinkKey(*store_key, link.org);
  std::string fields(kFormat);
  for (std::string_view field :
       {std::string_view(link.account_id), std::string_view(link.activity_id)}) {
    fields.append(1, '\0').append(field);
  }
  fields.append(1, '\0').append(std::to_string(link.expires_us));
  // The fields sealed, so a link passed around a chat shows no account; the
  // organization, in clear to pick the key, is bound as associated data.
  std::string sealed(kNonce + fields.size() + kTag, '\0');
  auto* out = reinterpret_cast<unsigned char*>(sealed.data());
  randombytes_buf(out, kNonce);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonce, &length, Bytes(fields), fields.size(),
                                             Bytes(link.org), link.org.size(), nullptr, out,
                                             key.data());
  return Base64(link.org) + "." + Base64(sealed);
}

Result<ActivityLink> OpenActivityLink(const KeyRing& keys, std::string_view text,
                                      std::int64_t now_us) {
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos) return NoSuchLink();
  const std::optional<std::string> org = Unbase64(text.substr(0, dot));
  const std::optional<std::string> sealed = Unbase64(text.substr(dot + 1));
  if (!org || org->empty() || !sealed || sealed->size() < kNonce + kTag) return NoSuchLink();
  Result<std::optional<DataKey>> store_key = keys.Find(kLinkSubject);
  if (!store_key.ok()) return Unavailable("the link could not be checked now; retry");
  if (!store_key->has_value()) return NoSuchLink();
  const DataKey key = OrgLinkKey(**store_key, *org);
  std::string fields(sealed->size() - kNonce - kTag, '\0');
  unsigned long long length = 0;
  const auto* in = Bytes(*sealed);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(fields.data()), &length, nullptr, in + kNonce,
          sealed->size() - kNonce, Bytes(*org), org->size(), in, key.data()) != 0) {
    return NoSuchLink();
  }
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    const std::size_t end = fields.find('\0', at);
    parts.push_back(std::string_view(fields).substr(at, end - at));
    if (end == std::string::npos) break;
    at = end + 1;
  }
  if (parts.size() != 4 || parts[0] != kFormat) return NoSuchLink();
  ActivityLink link{*org, std::string(parts[1]), std::string(parts[2]), 0};
  const std::string_view expiry = parts[3];
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
  // The reader must be able to read the file now: the same checks, the same errors.
  if (Result<ical::CalendarEntry> entry = ActivityEntryFor(c); !entry.ok()) return entry.status();
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
  // A link counts against its account, as the account's own requests do.
  if (Status s = c.TakeFrom(link->org + "/" + link->account_id, "this link's account"); !s.ok())
    return s;
  // The file as the account would fetch it with its token.
  ReadContext as_account(c.log, c.host, c.options, c.target, account->value(), c.min_position);
  as_account.access_position = c.access_position;
  as_account.params = {{"activity_id", link->activity_id}};
  if (as_account.IsCoordinator()) as_account.Units();
  Result<json::value> answer = ActivityIcsRoute(as_account);
  if (!answer.ok()) return answer.status();
  c.file = std::move(as_account.file);
  // Not kept by a shared cache past the account's revocation, nor passed on.
  c.file->headers.emplace_back("Cache-Control", "private, no-store");
  c.file->headers.emplace_back("Referrer-Policy", "no-referrer");
  return answer;
}

}  // namespace homeward::http
