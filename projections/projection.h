#pragma once
// A projection: a read model folded from the log, one envelope at a time.
// Its state is saved as bytes with the position it covers (see
// engine/projection_store.h); a rebuild from position 0 gives the same bytes.

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "events/byte_archive.h"
#include "events/envelope.h"
#include "events/event.h"
#include "events/status.h"

namespace homeward {

// Not thread-safe: the ProjectionHost serializes the calls to each projection.
// It may fold different projections on different threads at once, so a
// projection shares no mutable state with another.
class Projection {
 public:
  virtual ~Projection() = default;

  // The stable name, e.g. "roster"; used in commands and as the storage key.
  virtual std::string_view name() const = 0;
  // The version of the fold's code. Bump it when the fold or the state's
  // layout changes: a saved state of another version is rebuilt at start-up.
  virtual std::uint32_t version() const = 0;
  // Folds one envelope, decoded as `event`. Never fails: an event the view
  // does not use, or one about things it has not seen, changes nothing.
  virtual void Apply(const Envelope& envelope, const Event& event) = 0;
  // The state as bytes: equal states give equal bytes.
  virtual std::string Save() const = 0;
  // Replaces the state with one Save() made. Errors: corruption.
  virtual Status Load(std::string_view bytes) = 0;
  // Forgets everything: the state before position 1.
  virtual void Reset() = 0;
};

// A projection over a plain state type. `State` provides:
//   static constexpr std::string_view kName; static constexpr std::uint32_t kVersion;
//   void Apply(const Envelope&, const Event&);
//   template <class Ar> void serialize(Ar&);   // deterministic: ordered containers only
template <class State>
class View final : public Projection {
 public:
  std::string_view name() const override { return State::kName; }
  std::uint32_t version() const override { return State::kVersion; }
  void Apply(const Envelope& envelope, const Event& event) override {
    state_.Apply(envelope, event);
  }
  std::string Save() const override {
    // Room for as much as the last state saved or loaded: a large view's
    // bytes are not copied and faulted in again at every doubling.
    std::string bytes;
    const std::size_t last = saved_bytes_.load(std::memory_order_relaxed);
    bytes.reserve(last + last / 8);
    {
      ByteOutputArchive archive(bytes);
      archive(state_);
    }
    saved_bytes_.store(bytes.size(), std::memory_order_relaxed);
    return bytes;
  }
  Status Load(std::string_view bytes) override {
    State loaded;
    try {
      ByteInputArchive archive(bytes);  // reads `bytes` where they are, without a copy
      archive(loaded);
      if (archive.left() != 0) throw cereal::Exception("trailing bytes after the state");
    } catch (const std::exception& e) {
      return Corruption("projection " + std::string(State::kName) +
                        ": the saved state does not decode: " + e.what());
    }
    state_ = std::move(loaded);
    saved_bytes_.store(bytes.size(), std::memory_order_relaxed);
    return Status::Ok();
  }
  void Reset() override { state_ = State(); }

  const State& state() const { return state_; }

 private:
  State state_;
  // The size of the last state saved or loaded (kept over a Reset, which a
  // rebuild follows): how much room the next Save makes at once.
  mutable std::atomic<std::size_t> saved_bytes_{0};
};

}  // namespace homeward
