// The key ring on disk: keys outlive a reopen, an erased subject stays
// erased, and what a reopened ring reads in one pass (the first time a
// subject is missing from its cache) agrees with what was written before and
// after that pass. A closed ring leaves its keys in tables, not in a
// write-ahead log to replay.

#include "engine/key_ring.h"

#include <rocksdb/db.h>

#include <boost/test/unit_test.hpp>

#include "bench/temp_dir.h"

namespace homeward {
namespace {

struct Ring {
  TempDir dir{"homeward-keys"};
  std::unique_ptr<KeyRing> keys;

  Ring() { Reopen(); }
  void Reopen(bool read_only = false) {
    keys.reset();
    auto opened = OpenKeyRing(dir.Sub("keys"), read_only);
    BOOST_REQUIRE(opened.ok());
    keys = std::move(opened).value();
  }
  std::optional<DataKey> Find(const std::string& subject) {
    auto found = keys->Find(subject);
    BOOST_REQUIRE(found.ok());
    return *found;
  }
};

BOOST_FIXTURE_TEST_SUITE(key_ring_test, Ring)

BOOST_AUTO_TEST_CASE(a_reopened_ring_finds_every_key_and_none_for_the_erased) {
  std::vector<DataKey> made;
  for (int i = 0; i < 50; ++i)
    made.push_back(keys->Ensure("org/child/c" + std::to_string(i)).value());
  BOOST_REQUIRE(keys->Erase("org/child/c7").ok());
  Reopen();
  // The first lookup reads every key in one pass; each must be its own.
  for (int i = 0; i < 50; ++i) {
    const std::optional<DataKey> key = Find("org/child/c" + std::to_string(i));
    if (i == 7) {
      BOOST_TEST(!key.has_value());
    } else {
      BOOST_REQUIRE(key.has_value());
      BOOST_TEST((*key == made[i]), "key of c" << i);
    }
  }
  BOOST_TEST(!Find("org/child/never").has_value());
  BOOST_TEST(keys->Erased("org/child/c7"));
  BOOST_TEST(keys->Ensure("org/child/c7").status().reason() == "erased");
}

BOOST_AUTO_TEST_CASE(keys_made_and_erased_after_the_first_pass_are_seen) {
  const DataKey before = keys->Ensure("org/volunteer/v1").value();
  Reopen();
  BOOST_TEST(!Find("org/volunteer/v2").has_value());  // the pass has run
  const DataKey after = keys->Ensure("org/volunteer/v2").value();
  BOOST_TEST((Find("org/volunteer/v2") == std::optional(after)));
  BOOST_TEST((Find("org/volunteer/v1") == std::optional(before)));
  BOOST_REQUIRE(keys->Erase("org/volunteer/v1").ok());
  BOOST_TEST(!Find("org/volunteer/v1").has_value());
}

BOOST_AUTO_TEST_CASE(a_read_only_ring_finds_the_keys_written_before_it_opened) {
  const DataKey key = keys->Ensure("org/child/c1").value();
  keys.reset();
  Reopen(/*read_only=*/true);
  BOOST_TEST((Find("org/child/c1") == std::optional(key)));
  BOOST_TEST(!Find("org/child/c2").has_value());
}

BOOST_AUTO_TEST_CASE(a_closed_ring_leaves_no_keys_to_replay_at_the_next_open) {
  for (int i = 0; i < 20; ++i) keys->Ensure("org/child/c" + std::to_string(i)).value();
  keys.reset();
  // Opened as it stands: a write-ahead log left unflushed would be replayed
  // into the memtable; flushed at close, every key is in a table.
  rocksdb::DB* raw = nullptr;
  BOOST_REQUIRE(rocksdb::DB::OpenForReadOnly(rocksdb::Options(), dir.Sub("keys"), &raw).ok());
  const std::unique_ptr<rocksdb::DB> db(raw);
  std::uint64_t replayed = 0;
  std::uint64_t estimated = 0;
  BOOST_REQUIRE(db->GetIntProperty("rocksdb.num-entries-active-mem-table", &replayed));
  BOOST_REQUIRE(db->GetIntProperty("rocksdb.estimate-num-keys", &estimated));
  BOOST_TEST(replayed == 0u);
  BOOST_TEST(estimated == 20u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
