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
// fields as the server completed them) is recognized by, keyed so that the
// idempotency record confirms no guess of the request's personal fields:
// with the data key of `subject` (the child or volunteer the request is
// about, "" for none), which an erasure destroys, or else a key of the
// organization's. Null without an Idempotency-Key or a key ring, and for an
// erased subject (its retries are compared by what is appended, as the
// CLI's are). Errors: unavailable when the key ring cannot be read.
Result<std::optional<Hash>> RequestDigest(const CommandContext& context, KeyRing* keys,
                                          std::string_view subject, std::string_view text);

}  // namespace homeward::http
