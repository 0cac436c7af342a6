// The fold every replay shares: a long log is read ahead on one thread and
// decoded on two, and the sink still sees each envelope once, in order, up
// to the limit; an event that does not decode stops the fold at it, naming
// its position, with everything before it folded.

#include "projections/fold.h"

#include <boost/test/unit_test.hpp>

#include "events/codec.h"
#include "tests/projections/store_fixture.h"

namespace homeward::testing {
namespace {

// A log served from memory through the default Visit, with the envelopes
// a test made, valid or not.
class VectorLog : public LogReader {
 public:
  explicit VectorLog(std::vector<Envelope> envelopes) : envelopes_(std::move(envelopes)) {}
  Result<std::vector<Envelope>> ReadAll(std::uint64_t from, std::size_t max_count) const override {
    std::vector<Envelope> out;
    for (std::uint64_t p = std::max<std::uint64_t>(from, 1);
         p <= envelopes_.size() && out.size() < max_count; ++p) {
      out.push_back(envelopes_[p - 1]);
    }
    return out;
  }
  std::uint64_t Head() const override { return envelopes_.size(); }
  bool WaitForPosition(std::uint64_t position, std::chrono::milliseconds) const override {
    return position <= Head();
  }

 private:
  std::vector<Envelope> envelopes_;
};

// `count` unit renames at positions 1..count.
std::vector<Envelope> Renames(std::size_t count) {
  std::vector<Envelope> out(count);
  for (std::size_t i = 0; i < count; ++i) {
    const EncodedEvent encoded = EncodeEvent(UnitRenamed{"u", "name " + std::to_string(i + 1)});
    out[i].position = i + 1;
    out[i].stream_id = "org/unit/u";
    out[i].stream_version = i + 1;
    out[i].type = encoded.type;
    out[i].schema_version = encoded.schema_version;
    out[i].recorded_at_us = 1000 + static_cast<std::int64_t>(i);
    out[i].payload = encoded.payload;
  }
  return out;
}

// The positions a fold of `log` hands its sink, checking each event is the
// one its envelope names.
std::vector<std::uint64_t> Folded(const LogReader& log, const FoldLimit& limit,
                                  Result<std::uint64_t>* result) {
  std::vector<std::uint64_t> seen;
  *result = FoldLog(log, 1, limit, [&](const Envelope& e, const Event& ev) {
    seen.push_back(e.position);
    BOOST_TEST(EventTypeName(ev) == e.type);
    const auto* renamed = std::get_if<UnitRenamed>(&ev);
    if (renamed && renamed->unit_id == "u")  // one that Renames made
      BOOST_TEST(renamed->name == "name " + std::to_string(e.position));
  });
  return seen;
}

std::vector<std::uint64_t> OneTo(std::uint64_t n) {
  std::vector<std::uint64_t> out(n);
  for (std::uint64_t i = 0; i < n; ++i) out[i] = i + 1;
  return out;
}

BOOST_AUTO_TEST_SUITE(fold_test)

BOOST_AUTO_TEST_CASE(a_log_without_its_own_visit_still_fills_the_callers_slots_in_order) {
  const VectorLog log(Renames(3));
  std::vector<Envelope> slots(2);
  std::size_t next = 0;
  auto seen = log.VisitInto(
      2, 5, [&] { return &slots[next++]; },
      [&](Envelope& envelope) { return &envelope == &slots[next - 1]; });
  BOOST_REQUIRE(seen.ok());
  BOOST_TEST(*seen == 2u);
  BOOST_TEST(slots[0].position == 2u);
  BOOST_TEST(slots[1].position == 3u);
}

BOOST_AUTO_TEST_CASE(a_long_rocksdb_log_is_folded_once_in_order) {
  // Longer than one read of the reading thread (16 batches of 512), so
  // the fold resumes reading where it stopped more than once.
  StoreFixture fixture;
  EventGenerator generator(5, "org", StoreFixture::kStart);
  fixture.Generate(generator, 40000);
  const std::uint64_t head = fixture.log().Head();
  Result<std::uint64_t> done = 0;
  const std::vector<std::uint64_t> seen = Folded(fixture.log(), FoldLimit{}, &done);
  BOOST_TEST_REQUIRE(done.ok());
  BOOST_TEST(*done == head);
  BOOST_TEST(seen == OneTo(head), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_fold_stops_at_its_limits) {
  const VectorLog log(Renames(5000));
  Result<std::uint64_t> done = 0;
  FoldLimit by_position;
  by_position.position = 3333;
  BOOST_TEST(Folded(log, by_position, &done) == OneTo(3333), boost::test_tools::per_element());
  BOOST_TEST(*done == 3333u);
  FoldLimit by_moment;
  by_moment.recorded_until_us = 1000 + 2999;  // position 3000 was recorded then
  BOOST_TEST(Folded(log, by_moment, &done) == OneTo(3000), boost::test_tools::per_element());
  BOOST_TEST(*done == 3000u);
}

BOOST_AUTO_TEST_CASE(an_event_that_does_not_decode_stops_the_fold_at_the_first_such) {
  // Two damaged payloads in one batch, decoded on different threads: the
  // earlier one is named, and only what precedes it is folded.
  std::vector<Envelope> envelopes = Renames(6000);
  envelopes[2600 - 1].payload = "not cereal";
  envelopes[2900 - 1].payload = "nor this";
  const VectorLog log(std::move(envelopes));
  Result<std::uint64_t> done = 0;
  const std::vector<std::uint64_t> seen = Folded(log, FoldLimit{}, &done);
  BOOST_TEST_REQUIRE(!done.ok());
  BOOST_TEST(done.status().code() == Code::kCorruption);
  BOOST_TEST(done.status().message().find("position 2600 (unit.renamed)") != std::string::npos,
             done.status().message());
  BOOST_TEST(seen == OneTo(2599), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
