#pragma once
// The secrets a command's answer shows once: a new account's API token and a
// new calendar feed's path. The log keeps only their hashes.

#include <string>

#include "adapters/http/command_routes.h"
#include "engine/command_service.h"
#include "engine/key_ring.h"

namespace homeward::http {

struct IssuedSecrets {
  std::string token;  // a new account's, or ""
  std::string feed;   // a new feed's path, "/v1/calendar/SECRET.ics", or ""
};

// Makes the secrets `command` issues and puts their hashes into it. With an
// Idempotency-Key (`context.idempotency_key`) and a key ring, each secret is
// derived from that key with a key of the store's own, so a retry shows the
// secret the first answer showed; otherwise it is fresh randomness.
// Errors: unavailable when the key ring cannot be read.
Result<IssuedSecrets> IssueSecrets(AnyCommand& command, const CommandContext& context,
                                   KeyRing* keys);

// The digest a retry of the request `text` (the command's name and its
// fields as the server completed them) is recognized by: keyed with the same
// key of the store's, so the idempotency record holds nothing from which the
// request's personal fields could be confirmed without it. Null without an
// Idempotency-Key or a key ring. Errors: unavailable when the key ring
// cannot be read.
Result<std::optional<Hash>> RequestDigest(const CommandContext& context, KeyRing* keys,
                                          std::string_view text);

}  // namespace homeward::http
