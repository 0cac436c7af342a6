// Commands without a thread waiting for the disk. A command is decided,
// handed to the writer, and answered from the writer's callback; a stale
// version sends it back to decide again, on its executor. An activity's
// commands take turns: one holds its activity's turn from its decision until
// its append is answered. So do the commands that add to a unit and the
// closing of that unit (UnitTurn, in command_entries.cc). The blocking
// Execute runs the same steps with the caller's thread as the executor, so
// there is one way a command runs.

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

#include "engine/command_service.h"

namespace homeward {

namespace {

// An executor whose work runs on the one thread waiting for the outcome.
class WaitingThread {
 public:
  Executor executor() {
    return [this](std::function<void()> work) {
      std::lock_guard lock(mu_);
      work_.push_back(std::move(work));
      ready_.notify_one();
    };
  }
  // Takes the outcome on whichever thread finished the command, and hands it
  // to the waiting thread like the rest.
  CommandDone receiver() {
    return [this](Result<AppendResult> result) {
      auto held = std::make_shared<Result<AppendResult>>(std::move(result));
      executor()([this, held] { result_.emplace(std::move(*held)); });
    };
  }
  // Runs what is posted until the outcome arrives (posted like the rest).
  Result<AppendResult> Wait() {
    while (!result_) {
      std::function<void()> work;
      {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return !work_.empty(); });
        work = std::move(work_.front());
        work_.pop_front();
      }
      work();
    }
    return std::move(*result_);
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> work_;
  std::optional<Result<AppendResult>> result_;  // set on the waiting thread only
};

// Extends the cached state of `stream`, when it is the one at `version` a
// decision was made on, by that decision's own `events`, now appended.
template <typename State>
void Extend(StateCache<State>& cache, const std::string& stream, std::uint64_t version,
            const std::vector<const Event*>& events) {
  cache.Advance(stream, version, version + events.size(), [&](State& state) {
    for (const Event* event : events) Apply(state, *event);
  });
}

}  // namespace

struct CommandService::AsyncCommand {
  CommandContext context;
  Decide decide;
  Executor run;
  CommandDone done;
  std::optional<std::size_t> turn;  // the turn it takes (TurnOf), if any
  int round = 0;
  PlannedCommand planned;  // the last decision
};

void CommandService::RememberOwn(const PlannedCommand& planned) {
  for (const auto& [stream, version] : planned.read) {
    std::vector<const Event*> own;
    for (const Emit& emit : planned.decision) {
      if (emit.stream_id == stream) own.push_back(&emit.event);
    }
    if (own.empty()) continue;
    Extend(activities_, stream, version, own);
    Extend(volunteers_, stream, version, own);
  }
}

void CommandService::Start(const CommandContext& context, Decide decide,
                           std::optional<std::size_t> turn, Executor run, CommandDone done) {
  auto op = std::make_shared<AsyncCommand>(
      AsyncCommand{context, std::move(decide), std::move(run), std::move(done), turn, 0, {}});
  // Each attempt decides into op->planned; DecideAndAppend appends it.
  op->context.plan_into = &op->planned;
  if (!turn || turns_.Enter(*turn, [this, op] { op->run([this, op] { Attempt(op); }); })) {
    Attempt(op);
  }
}

Result<AppendResult> CommandService::StartHere(const CommandContext& context, Decide decide,
                                               std::optional<std::size_t> turn) {
  WaitingThread here;
  Start(context, std::move(decide), turn, here.executor(), here.receiver());
  return here.Wait();
}

void CommandService::Attempt(const std::shared_ptr<AsyncCommand>& op) {
  // Whatever happens, the turn is passed on: an activity's commands must not
  // wait for ever behind one that failed.
  try {
    DecideAndAppend(op);
  } catch (const std::exception& e) {
    Finish(op, Internal(std::string("unexpected failure: ") + e.what()));
  }
}

void CommandService::DecideAndAppend(const std::shared_ptr<AsyncCommand>& op) {
  const CommandContext& context = op->context;
  if (context.org.empty()) return Finish(op, Invalid("a command needs an organization"));
  if (context.actor.empty()) return Finish(op, Invalid("a command needs the actor who records it"));
  ++op->round;
  // A retry of a command that already went through gets the first answer.
  if (auto first = Earlier(context); !first.ok() || first->has_value()) {
    if (!first.ok()) return Finish(op, first.status());
    return Finish(op, **first);
  }
  if (context.if_match) {
    if (Status held = CheckIfMatch(*context.if_match); !held.ok()) {
      return Finish(op, Refused(context, held));
    }
  }
  if (auto decided = op->decide(context); !decided.ok()) {
    return AfterRefusal(op, decided.status());
  }
  Result<AppendRequest> request = BuildAppend(context, op->planned.decision, op->planned.read);
  if (!request.ok()) return AfterRefusal(op, request.status());
  log_.AppendAsync(std::move(request).value(), [this, op](Result<AppendResult> result) {
    if (result.ok()) {
      // Before the turn passes on: the next command on this activity finds
      // the state this one left without reading it back.
      if (!result->replayed) {
        // A failure here leaves a state out of its cache (the next load
        // reads it); the command went through and is answered so.
        try {
          RememberOwn(op->planned);
        } catch (const std::exception&) {
        }
      }
      return Finish(op, std::move(result));
    }
    // Off the writer's thread: deciding again and looking up the key read the log.
    op->run([this, op, why = result.status()] {
      try {
        AfterRefusal(op, why);
      } catch (const std::exception& e) {
        Finish(op, Internal(std::string("unexpected failure: ") + e.what()));
      }
    });
  });
}

void CommandService::AfterRefusal(const std::shared_ptr<AsyncCommand>& op, Status why) {
  // Someone changed a stream between our read and our append: decide again,
  // after a moment, so that the change is committed and published by then.
  // A stream the authorization rested on moved: the caller authorizes again.
  if (why.reason() == "wrong_expected_version" && !op->context.authorized_on.empty()) {
    if (Status held = CheckAuthorizedOn(op->context); !held.ok()) {
      return Finish(op, Refused(op->context, std::move(held)));
    }
  }
  if (why.reason() == "wrong_expected_version" && op->round < kAttempts) {
    thread_local std::minstd_rand jitter(std::random_device{}());
    std::this_thread::sleep_for(std::chrono::microseconds(jitter() % (100 * op->round)));
    return Attempt(op);
  }
  Finish(op, Refused(op->context, std::move(why)));
}

void CommandService::Finish(const std::shared_ptr<AsyncCommand>& op, Result<AppendResult> result) {
  if (op->turn) turns_.Leave(*op->turn);
  // Here, not through `run`: from the writer's answering thread, a hop to
  // the pool and on to the connection's thread would cost a wake-up more.
  // Exactly once: a `done` that throws must not be answered again by the
  // caller's handler, nor pass the turn on twice.
  try {
    op->done(std::move(result));
  } catch (const std::exception&) {
  }
}

}  // namespace homeward
