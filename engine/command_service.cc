#include "engine/command_service.h"

#include "engine/execute_once.h"
#include "engine/seal.h"
#include "engine/time_zone.h"
#include "events/personal.h"

namespace homeward {
namespace {

constexpr std::size_t kWholeStream = std::size_t{1} << 30;

template <typename State>
void ApplyEnvelope(State& state, const Event& event, std::int64_t) {
  Apply(state, event);
}
void ApplyEnvelope(ChildState& state, const Event& event, std::int64_t at_us) {
  Apply(state, event, at_us);
}

template <typename State>
Result<Loaded<State>> Fold(const EventLog& log, const std::string& stream,
                           StateCache<State>* cache = nullptr,
                           const StateSource<State>* source = nullptr) {
  // From the cached state on, only the events since are read and applied.
  Loaded<State> cached;
  if (cache != nullptr) {
    if (std::optional<Loaded<State>> hit = cache->Get(stream)) cached = std::move(*hit);
    // Nothing appended since, as far as this process's writer knows. A commit
    // not yet published only makes the append conflict; the retry, a moment
    // later, sees it.
    if (cached.version > 0 && log.KnownVersion(stream) == cached.version) return cached;
  }
  if (source != nullptr) {
    // A view's state, newer than the cached one, as of the view's position:
    // the writer learns that version, unless a commit since may have passed
    // it (then the events since are read as from a cached state).
    if (std::optional<SourcedState<State>> kept = source->Find(stream);
        kept && kept->loaded.version > cached.version) {
      log.LearnVersion(stream, kept->loaded.version, kept->as_of);
      cached = std::move(kept->loaded);
      if (log.KnownVersion(stream) == cached.version) {
        if (cache != nullptr) cache->Put(stream, cached);
        return cached;
      }
    }
  }
  Result<std::vector<Envelope>> envelopes =
      log.ReadStream(stream, cached.version + 1, kWholeStream);
  if (!envelopes.ok()) return envelopes.status();
  if (envelopes->empty()) return cached;
  State state = cached.state();  // a copy: the cached one is shared
  std::uint64_t version = cached.version;
  for (const Envelope& envelope : *envelopes) {
    // Decisions rest on facts (dates, kinds, units, roles), never on personal
    // fields: those stay sealed, so a load decrypts nothing and the states
    // cached hold no one's name or phone.
    Result<Event> event = DecodeEvent(envelope.type, envelope.schema_version, envelope.payload);
    if (!event.ok()) {
      return Corruption("stream '" + stream + "' version " +
                        std::to_string(envelope.stream_version) + ": " + event.status().message());
    }
    ApplyEnvelope(state, *event, envelope.recorded_at_us);
    version = envelope.stream_version;
  }
  Loaded<State> loaded(std::move(state), version);
  if (cache != nullptr) cache->Put(stream, loaded);
  return loaded;
}

Status AuthorizationStale(const StreamExpectation& seen) {
  return Status(Code::kConflict,
                "'" + seen.stream_id + "' changed after the request was authorized at version " +
                    std::to_string(seen.version) + "; authorize it again",
                "authorization_stale", {{"stream", seen.stream_id}});
}

}  // namespace

CommandService::CommandService(EventLog& log, Clock clock) : log_(log), clock_(std::move(clock)) {}

Status CommandService::CheckIfMatch(const StreamExpectation& expected) const {
  Result<std::uint64_t> actual = log_.StreamVersion(expected.stream_id);
  if (!actual.ok()) return actual.status();
  if (*actual == expected.version) return Status::Ok();
  return Status(Code::kPreconditionFailed,
                "'" + expected.stream_id + "' is at version " + std::to_string(*actual) + ", not " +
                    std::to_string(expected.version) + ": reload and try again",
                "precondition_failed",
                {{"stream", expected.stream_id},
                 {"expected", std::to_string(expected.version)},
                 {"actual", std::to_string(*actual)}});
}

Status CommandService::CheckAuthorizedOn(const CommandContext& context) const {
  for (const StreamExpectation& seen : context.authorized_on) {
    Result<std::uint64_t> actual = log_.StreamVersion(seen.stream_id);
    if (!actual.ok()) return actual.status();
    if (*actual != seen.version) return AuthorizationStale(seen);
  }
  return Status::Ok();
}

Result<std::optional<AppendResult>> CommandService::Earlier(const CommandContext& context) const {
  if (context.idempotency_key.empty()) return std::optional<AppendResult>();
  auto found = log_.FindIdempotencyKey(context.idempotency_key);
  if (!found.ok()) return found.status();
  if (!found->has_value()) return std::optional<AppendResult>();
  // A request known by its digest must be the one the key first answered.
  if (context.request_digest && (*found)->digest != *context.request_digest) {
    return Status(Code::kConflict,
                  "idempotency key '" + context.idempotency_key +
                      "' was already used for a different request",
                  "idempotency_key_reused", {{"idempotency_key", context.idempotency_key}});
  }
  AppendResult answer = std::move((*found)->result);
  answer.replayed = true;
  return std::optional<AppendResult>(std::move(answer));
}

Result<AppendResult> CommandService::Refused(const CommandContext& context, Status why) const {
  // The same command may commit between the look for its key and the
  // decision: its answer, not the refusal it caused, is the answer.
  if (why.reason() != "idempotency_key_reused") {
    Result<std::optional<AppendResult>> first = Earlier(context);
    if (first.ok() && first->has_value()) return **first;
    if (first.status().reason() == "idempotency_key_reused") return first.status();
  }
  return why;
}

Result<PlannedCommand> CommandService::Plan(const CommandContext& context,
                                            const PeopleCommand& command) {
  PlannedCommand planned;
  CommandContext planning = context;
  planning.plan_into = &planned;
  Result<AppendResult> decided = ExecuteOnce(*this, planning, command);
  if (!decided.ok()) return decided.status();
  return planned;
}

Result<Loaded<AccountState>> CommandService::LoadAccount(std::string_view org,
                                                         std::string_view account_id) const {
  return Fold<AccountState>(log_, AccountStream(org, account_id));
}

Result<Loaded<UnitState>> CommandService::LoadUnit(std::string_view org,
                                                   std::string_view unit_id) const {
  return Fold<UnitState>(log_, StreamOf(org, "unit", unit_id), &units_);
}

Result<Loaded<VolunteerState>> CommandService::LoadVolunteer(std::string_view org,
                                                             std::string_view volunteer_id) const {
  return Fold<VolunteerState>(log_, StreamOf(org, "volunteer", volunteer_id), &volunteers_,
                              volunteer_source_.load(std::memory_order_acquire));
}

Result<Loaded<ChildState>> CommandService::LoadChild(std::string_view org,
                                                     std::string_view child_id) const {
  return Fold<ChildState>(log_, StreamOf(org, "child", child_id));
}

Result<Loaded<ActivityState>> CommandService::LoadActivity(std::string_view org,
                                                           std::string_view activity_id) const {
  return Fold<ActivityState>(log_, StreamOf(org, "activity", activity_id), &activities_);
}

Result<Loaded<StationState>> CommandService::LoadStation(std::string_view org,
                                                         std::string_view station_id) const {
  return Fold<StationState>(log_, StreamOf(org, "station", station_id));
}

Result<std::vector<std::string>> CommandService::ListIds(std::string_view org,
                                                         std::string_view category,
                                                         std::size_t max_count) const {
  const std::string prefix = StreamOf(org, category, "");
  Result<std::vector<std::string>> streams = log_.ListStreams(prefix, max_count);
  if (!streams.ok()) return streams.status();
  for (std::string& id : *streams) id.erase(0, prefix.size());
  return streams;
}

Result<Now> CommandService::NowIn(const UnitState& unit) const {
  Now now;
  now.utc_us = clock_();
  Result<Date> today = LocalDate(now.utc_us, unit.time_zone);
  if (!today.ok()) return today.status();
  now.today = *today;
  return now;
}

Result<AppendRequest> ToAppendRequest(
    const Decision& decision, KeyRing& keys,
    const std::vector<std::pair<std::string, std::uint64_t>>& read_versions) {
  // A stream a decision read twice, at two versions, changed between the
  // reads: the decision rests on the older state too, so that is the version
  // expected, and the append conflicts (and the command is decided again).
  const auto expected_of = [&](const std::string& stream_id) {
    ExpectedVersion expected = ExpectedVersion::Any();
    for (const auto& [id, version] : read_versions) {
      if (id == stream_id &&
          (expected.kind == ExpectedVersion::Kind::kAny || version < expected.version)) {
        expected = ExpectedVersion::Exact(version);
      }
    }
    return expected;
  };
  AppendRequest request;
  for (const Emit& emit : decision) {
    auto stream =
        std::find_if(request.streams.begin(), request.streams.end(),
                     [&](const StreamAppend& s) { return s.stream_id == emit.stream_id; });
    if (stream == request.streams.end()) {
      request.streams.push_back(StreamAppend{emit.stream_id, expected_of(emit.stream_id), {}});
      stream = request.streams.end() - 1;
    }
    Result<EncodedEvent> sealed = SealEvent(emit.stream_id, emit.event, keys);
    if (!sealed.ok()) return sealed.status();
    stream->events.push_back(std::move(sealed).value());
  }
  // What the decision read but does not change must not change under it either.
  for (const auto& read : read_versions) {
    const bool written =
        std::any_of(request.streams.begin(), request.streams.end(),
                    [&](const StreamAppend& s) { return s.stream_id == read.first; });
    if (!written) request.streams.push_back(StreamAppend{read.first, expected_of(read.first), {}});
  }
  return request;
}

Result<AppendRequest> CommandService::BuildAppend(
    const CommandContext& context, const Decision& decision,
    const std::vector<std::pair<std::string, std::uint64_t>>& versions) {
  KeyRing* keys = log_.keys();
  if (keys == nullptr) return Unavailable("this log has no keys to seal personal data with");
  auto expected = versions;
  if (context.if_match) {
    // The client's version is the one that must hold when the batch lands,
    // and the decision must have been made on that version too.
    for (const auto& [stream, version] : versions) {
      if (stream == context.if_match->stream_id && version != context.if_match->version) {
        return Status(Code::kConflict,
                      "'" + stream + "' changed while the command was decided; deciding again",
                      "wrong_expected_version");
      }
    }
    std::erase_if(expected, [&](const auto& v) { return v.first == context.if_match->stream_id; });
    expected.emplace_back(context.if_match->stream_id, context.if_match->version);
  }
  // What the caller's authorization rested on: decided on as it saw it, and
  // unchanged when the batch lands.
  for (const StreamExpectation& seen : context.authorized_on) {
    bool read = false;
    for (const auto& [stream, version] : expected) {
      if (stream != seen.stream_id) continue;
      if (version != seen.version) return AuthorizationStale(seen);
      read = true;
    }
    if (!read) expected.emplace_back(seen.stream_id, seen.version);
  }
  // An erasure destroys the key before it is recorded: from the moment it is
  // decided, nothing about the subject can be read again. Last, once every
  // check that could refuse the command has passed, the authorization's
  // against the store too: a key destroyed stays destroyed.
  bool erases = false;
  for (const Emit& emit : decision) {
    const std::string_view org = context.org;
    std::string subject;
    if (const auto* e = std::get_if<ChildDataErased>(&emit.event)) {
      subject = ChildSubject(org, e->child_id);
    } else if (const auto* e = std::get_if<VolunteerDataErased>(&emit.event)) {
      subject = VolunteerSubject(org, e->volunteer_id);
    }
    if (subject.empty()) continue;
    if (!erases && !context.authorized_on.empty()) {
      if (Status s = CheckAuthorizedOn(context); !s.ok()) return s;
    }
    erases = true;
    if (Status s = keys->Erase(subject); !s.ok()) return s;
  }
  Result<AppendRequest> built = ToAppendRequest(decision, *keys, expected);
  if (!built.ok()) return built.status();
  built->actor = context.actor;
  built->correlation_id = context.correlation_id;
  built->idempotency_key = context.idempotency_key;
  built->request_digest = context.request_digest;
  return built;
}

Result<AppendResult> CommandService::Commit(
    const CommandContext& context, const Decision& decision,
    const std::vector<std::pair<std::string, std::uint64_t>>& versions) {
  Result<AppendRequest> request = BuildAppend(context, decision, versions);
  if (!request.ok()) return request.status();
  return log_.Append(std::move(request).value());
}

}  // namespace homeward
