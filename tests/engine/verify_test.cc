#include "engine/verify.h"

#include <boost/test/unit_test.hpp>

#include "engine/keys.h"
#include "engine/store.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

// A log of ten events across three streams, closed so the store can be edited.
struct TenEvents : LogFixture {
  TenEvents() {
    for (int i = 0; i < 5; ++i) {
      Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x", "payload " + std::to_string(i))}));
      Given(To(i % 2 ? "o/volunteer/v" : "o/child/c", ExpectedVersion::Any(), {Ev("y")}));
    }
    head = All().back().hash;
    Close();
  }

  // Opens the store raw and lets `edit` change it, as an attacker with disk access would.
  template <typename Edit>
  void Tamper(Edit edit) {
    auto store = Store::Open(store_dir(), StoreOptions{false, false, nullptr, {}});
    BOOST_REQUIRE(store.ok());
    edit(**store);
  }

  VerifyReport Verify() {
    auto report = VerifyStore(store_dir());
    BOOST_REQUIRE(report.ok());
    return *report;
  }

  Hash head{};
};

std::string Get(Store& store, rocksdb::ColumnFamilyHandle* family, const std::string& key) {
  std::string value;
  BOOST_REQUIRE(store.db()->Get(rocksdb::ReadOptions(), family, key, &value).ok());
  return value;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(verify_test)

BOOST_FIXTURE_TEST_CASE(an_untouched_log_verifies_with_its_count_and_head, TenEvents) {
  const VerifyReport report = Verify();
  BOOST_TEST(report.ok);
  BOOST_TEST(report.count == 10u);
  BOOST_TEST(report.head_position == 10u);
  BOOST_TEST((report.head_hash == head));
}

BOOST_FIXTURE_TEST_CASE(changing_any_one_byte_of_a_record_is_found_at_its_position, TenEvents) {
  Tamper([](Store& s) {
    const std::string original = Get(s, s.log(), keys::LogKey(6));
    // Every byte: the format, the fields, the payload, the previous and own hashes.
    for (std::size_t offset = 0; offset < original.size(); ++offset) {
      std::string changed = original;
      changed[offset] = static_cast<char>(changed[offset] ^ 0x01);
      BOOST_REQUIRE(s.db()->Put(rocksdb::WriteOptions(), s.log(), keys::LogKey(6), changed).ok());
      auto report = VerifyLog(s);
      BOOST_REQUIRE(report.ok());
      BOOST_TEST(!report->ok, "byte " << offset);
      BOOST_TEST(report->bad_position == 6u, "byte " << offset << ": " << report->problem);
      BOOST_TEST(report->count == 5u);
    }
    BOOST_REQUIRE(s.db()->Put(rocksdb::WriteOptions(), s.log(), keys::LogKey(6), original).ok());
  });
  BOOST_TEST(Verify().ok);
}

BOOST_FIXTURE_TEST_CASE(a_removed_record_is_named_as_missing, TenEvents) {
  Tamper([](Store& s) { (void)s.db()->Delete(rocksdb::WriteOptions(), s.log(), keys::LogKey(4)); });
  const VerifyReport report = Verify();
  BOOST_TEST(!report.ok);
  BOOST_TEST(report.bad_position == 4u);
  BOOST_TEST(report.problem.find("missing") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(a_removed_last_record_is_caught_by_the_chain_head_marker, TenEvents) {
  Tamper([](Store& s) {
    (void)s.db()->Delete(rocksdb::WriteOptions(), s.log(), keys::LogKey(10));
    (void)s.db()->Delete(rocksdb::WriteOptions(), s.streams(), keys::StreamKey("o/child/c", 3));
  });
  const VerifyReport report = Verify();
  BOOST_TEST(!report.ok);
  BOOST_TEST(report.bad_position == 10u);
  BOOST_TEST(report.problem.find("chain head marker") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(two_swapped_records_are_found_at_the_first, TenEvents) {
  Tamper([](Store& s) {
    const std::string three = Get(s, s.log(), keys::LogKey(3));
    const std::string five = Get(s, s.log(), keys::LogKey(5));
    (void)s.db()->Put(rocksdb::WriteOptions(), s.log(), keys::LogKey(3), five);
    (void)s.db()->Put(rocksdb::WriteOptions(), s.log(), keys::LogKey(5), three);
  });
  BOOST_TEST(Verify().bad_position == 3u);
}

BOOST_FIXTURE_TEST_CASE(a_redirected_stream_index_entry_is_found, TenEvents) {
  Tamper([](Store& s) {
    (void)s.db()->Put(rocksdb::WriteOptions(), s.streams(), keys::StreamKey("o/activity/a", 2),
                      keys::LogKey(1));
  });
  const VerifyReport report = Verify();
  BOOST_TEST(!report.ok);
  BOOST_TEST(report.bad_position == 3u);
  BOOST_TEST(report.problem.find("stream index") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(a_writer_refuses_to_open_a_log_whose_head_was_cut_off, TenEvents) {
  Tamper(
      [](Store& s) { (void)s.db()->Delete(rocksdb::WriteOptions(), s.log(), keys::LogKey(10)); });
  auto reopened = RocksLog::Open(store_dir(), RocksLogOptions{});
  BOOST_TEST(reopened.status().code() == Code::kCorruption);
  BOOST_TEST(reopened.status().message().find("homeward verify") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_empty_store_verifies_with_no_events) {
  LogFixture fixture;
  fixture.Close();
  auto report = VerifyStore(fixture.store_dir());
  BOOST_REQUIRE(report.ok());
  BOOST_TEST(report->ok);
  BOOST_TEST(report->count == 0u);
}

BOOST_AUTO_TEST_CASE(verifying_a_missing_store_is_an_error_not_a_report) {
  TempDir dir;
  BOOST_TEST(VerifyStore(dir.Sub("nothing")).status().code() == Code::kNotFound);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
