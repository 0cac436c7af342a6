// The log's newest records in memory: what a reader near the head finds
// there, what is let go, and that a read served from memory is the same as
// one from the store.

#include "engine/recent_records.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "log_fixture.h"

namespace homeward {
namespace {

using testing::Ev;
using testing::LogFixture;
using testing::To;

// Records named after their positions: "r3" is position 3's.
std::vector<std::string> Records(std::uint64_t first, std::size_t count) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < count; ++i) out.push_back("r" + std::to_string(first + i));
  return out;
}

std::vector<std::string> Taken(const RecentRecords& recent, std::uint64_t from,
                               std::size_t max_count) {
  const RecentSpan span = recent.From(from, max_count);
  return std::vector<std::string>(span.records.begin(), span.records.end());
}

BOOST_AUTO_TEST_SUITE(recent_records_test)

BOOST_AUTO_TEST_CASE(a_reader_gets_the_records_from_its_position_on_across_rounds) {
  RecentRecords recent(1 << 20);
  recent.Add(10, Records(10, 3));
  recent.Add(13, Records(13, 2));
  BOOST_TEST(Taken(recent, 11, 100) == (std::vector<std::string>{"r11", "r12", "r13", "r14"}));
  BOOST_TEST(Taken(recent, 12, 2) == (std::vector<std::string>{"r12", "r13"}));
  BOOST_TEST(Taken(recent, 14, 1) == (std::vector<std::string>{"r14"}));
}

BOOST_AUTO_TEST_CASE(positions_not_held_give_nothing) {
  RecentRecords recent(1 << 20);
  BOOST_TEST(Taken(recent, 1, 10).empty());
  recent.Add(10, Records(10, 3));
  BOOST_TEST(Taken(recent, 9, 10).empty());   // older than the oldest held
  BOOST_TEST(Taken(recent, 13, 10).empty());  // newer than the newest
  BOOST_TEST(Taken(recent, 10, 0).empty());
}

BOOST_AUTO_TEST_CASE(past_the_bound_the_oldest_rounds_go_and_the_newest_stays) {
  RecentRecords recent(8);  // each record is 2 or 3 bytes
  recent.Add(1, Records(1, 3));
  recent.Add(4, Records(4, 3));
  recent.Add(7, Records(7, 3));
  BOOST_TEST(Taken(recent, 1, 10).empty());
  BOOST_TEST(Taken(recent, 4, 10).empty());
  BOOST_TEST(Taken(recent, 7, 10) == (std::vector<std::string>{"r7", "r8", "r9"}));
  recent.Add(10, Records(10, 20));  // over the bound alone: still held
  BOOST_TEST(Taken(recent, 29, 10) == (std::vector<std::string>{"r29"}));
  BOOST_TEST(Taken(recent, 9, 10).empty());
}

BOOST_AUTO_TEST_CASE(a_round_that_does_not_follow_the_newest_replaces_what_is_held) {
  RecentRecords recent(1 << 20);
  recent.Add(1, Records(1, 3));
  recent.Add(7, Records(7, 2));  // positions 4 to 6 never came
  BOOST_TEST(Taken(recent, 2, 10).empty());
  BOOST_TEST(Taken(recent, 7, 10) == (std::vector<std::string>{"r7", "r8"}));
}

BOOST_AUTO_TEST_CASE(a_span_taken_stays_whole_while_its_rounds_are_let_go) {
  RecentRecords recent(4);
  recent.Add(1, Records(1, 2));
  const RecentSpan span = recent.From(1, 10);
  recent.Add(3, Records(3, 2));  // lets positions 1 and 2 go
  BOOST_TEST(Taken(recent, 1, 10).empty());
  BOOST_TEST(std::vector<std::string>(span.records.begin(), span.records.end()) ==
             (std::vector<std::string>{"r1", "r2"}));
}

BOOST_FIXTURE_TEST_CASE(reads_near_the_head_equal_the_same_reads_after_a_reopen, LogFixture) {
  for (int i = 0; i < 20; ++i) {
    Given(To("org/activity/a" + std::to_string(i % 3), ExpectedVersion::Any(),
             {Ev("activity.noted", "p" + std::to_string(i)), Ev("activity.noted")}));
  }
  // From memory (the writer's newest records), then from the store alone.
  std::vector<std::vector<Envelope>> reads;
  for (int pass = 0; pass < 2; ++pass) {
    for (std::uint64_t from : {1, 17, 39, 40}) {
      auto read = log().ReadAll(from, 1 << 20);
      BOOST_REQUIRE(read.ok());
      BOOST_TEST(read->size() == 41 - from);
      BOOST_TEST(read->front().position == from);
      reads.push_back(std::move(read).value());
    }
    auto page = log().ReadAll(17, 5);
    BOOST_REQUIRE(page.ok());
    BOOST_TEST(page->back().position == 21u);
    reads.push_back(std::move(page).value());
    Reopen();
  }
  for (std::size_t i = 0; i < reads.size() / 2; ++i) {
    BOOST_TEST((reads[i] == reads[i + reads.size() / 2]), "read " << i);
  }
  // After the reopen, memory holds only what came since: a read from older
  // positions goes to the store all the way to the head.
  Given(To("org/activity/a0", ExpectedVersion::Any(), {Ev("activity.noted", "after")}));
  auto all = log().ReadAll(1, 1 << 20);
  auto newest = log().ReadAll(41, 1 << 20);
  BOOST_REQUIRE(all.ok());
  BOOST_REQUIRE(newest.ok());
  BOOST_TEST(all->size() == 41u);
  BOOST_TEST(newest->size() == 1u);
  BOOST_TEST((all->back() == newest->front()));
  BOOST_TEST(newest->front().payload == "after");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
