// A stream is read through its entries in the stream index, keyed by the
// stream id and the version: streams whose ids begin alike must read apart,
// whether their entries sit in the memtable, in table files, or in both, and
// verify must count every entry of the index.

#include <boost/test/unit_test.hpp>

#include "engine/verify.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

// Ids that are prefixes of one another, and their neighbours in byte order.
const std::vector<std::string> kStreams = {"o/child/c", "o/child/c1", "o/child/c10",
                                           "o/child/b", "o/child/d",  "o/childx/c"};

// Appends one event to every stream in turn, `rounds` times; each event's
// type names its stream and its version.
void Interleave(LogFixture& f, int first_round, int rounds) {
  for (int r = first_round; r < first_round + rounds; ++r) {
    for (const std::string& s : kStreams) {
      f.Given(To(s, ExpectedVersion::Exact(static_cast<std::uint64_t>(r)),
                 {Ev(s + "#" + std::to_string(r + 1))}));
    }
  }
}

// Every stream reads back its own events alone, in version order, and knows
// its version.
void ExpectEachStreamApart(LogFixture& f, std::uint64_t versions) {
  for (const std::string& s : kStreams) {
    auto read = f.log().ReadStream(s, 1, 1000);
    BOOST_REQUIRE_MESSAGE(read.ok(), read.status().ToString());
    BOOST_REQUIRE_EQUAL(read->size(), versions);
    for (std::uint64_t v = 1; v <= versions; ++v) {
      const Envelope& e = (*read)[v - 1];
      BOOST_TEST(e.stream_id == s);
      BOOST_TEST(e.stream_version == v);
      BOOST_TEST(e.type == s + "#" + std::to_string(v));
    }
    auto tail = f.log().ReadStream(s, versions, 1000);
    BOOST_REQUIRE(tail.ok());
    BOOST_REQUIRE_EQUAL(tail->size(), 1u);
    BOOST_TEST(tail->front().stream_version == versions);
    BOOST_TEST(f.log().StreamVersion(s).value() == versions);
  }
  auto none = f.log().ReadStream("o/child/c2", 1, 1000);
  BOOST_REQUIRE(none.ok());
  BOOST_TEST(none->empty());
  BOOST_TEST(f.log().StreamVersion("o/child/c2").value() == 0u);
}

BOOST_FIXTURE_TEST_SUITE(stream_read_test, LogFixture)

BOOST_AUTO_TEST_CASE(streams_whose_ids_begin_alike_read_apart_from_the_memtable) {
  Interleave(*this, 0, 3);
  ExpectEachStreamApart(*this, 3);
}

BOOST_AUTO_TEST_CASE(they_read_apart_from_table_files_and_from_both_at_once) {
  Interleave(*this, 0, 3);
  BOOST_REQUIRE(log().Compact().ok());  // every entry so far in table files
  Reopen();                             // versions are learned from the index again
  ExpectEachStreamApart(*this, 3);
  Interleave(*this, 3, 2);  // newer entries in the memtable, older in files
  ExpectEachStreamApart(*this, 5);
  Reopen();
  ExpectEachStreamApart(*this, 5);
}

BOOST_AUTO_TEST_CASE(a_stale_expected_version_is_refused_after_a_reopen) {
  Interleave(*this, 0, 2);
  BOOST_REQUIRE(log().Compact().ok());
  Reopen();
  auto stale = log().Append(To("o/child/c", ExpectedVersion::Exact(1), {Ev("late")}));
  BOOST_TEST(stale.status().code() == Code::kConflict);
  auto fresh = log().Append(To("o/child/c2", ExpectedVersion::NoStream(), {Ev("first")}));
  BOOST_TEST(fresh.ok());
}

BOOST_AUTO_TEST_CASE(streams_are_listed_by_prefix_once_each_in_order) {
  Interleave(*this, 0, 2);
  BOOST_REQUIRE(log().Compact().ok());
  Interleave(*this, 2, 1);  // their versions in files and in the memtable
  using Ids = std::vector<std::string>;
  BOOST_TEST(log().ListStreams("o/child/", 100).value() ==
                 (Ids{"o/child/b", "o/child/c", "o/child/c1", "o/child/c10", "o/child/d"}),
             boost::test_tools::per_element());
  BOOST_TEST(log().ListStreams("o/child/c1", 100).value() == (Ids{"o/child/c1", "o/child/c10"}),
             boost::test_tools::per_element());
  BOOST_TEST(log().ListStreams("o/child/", 2).value() == (Ids{"o/child/b", "o/child/c"}),
             boost::test_tools::per_element());
  BOOST_TEST(log().ListStreams("o/unit/", 100).value().empty());
}

BOOST_AUTO_TEST_CASE(verify_counts_every_index_entry_across_streams) {
  Interleave(*this, 0, 2);
  BOOST_REQUIRE(log().Compact().ok());
  Interleave(*this, 2, 1);
  const std::string dir = store_dir();
  Close();
  auto report = VerifyStore(dir);
  BOOST_REQUIRE_MESSAGE(report.ok(), report.status().ToString());
  BOOST_TEST(report->ok);
  BOOST_TEST(report->count == 3 * kStreams.size());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
