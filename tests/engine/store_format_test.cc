#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "engine/keys.h"
#include "engine/store.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

struct Dir {
  TempDir temp{"homeward-format"};
  std::string path = temp.Sub("store");
};

Status OpenStatus(const std::string& path, bool create = true) {
  auto store = Store::Open(path, StoreOptions{create, false, nullptr, {}});
  return store.ok() ? Status::Ok() : store.status();
}

// Creates a store at `path` and marks it as written by a newer homeward
// (its format version one past this build's).
void MarkNewerFormat(const std::string& path) {
  auto store = Store::Open(path, StoreOptions{});
  BOOST_REQUIRE(store.ok());
  BOOST_REQUIRE((*store)
                    ->db()
                    ->Put(rocksdb::WriteOptions(), (*store)->meta(), keys::kFormatKey,
                          keys::FormatValue(keys::kFormatVersion + 1))
                    .ok());
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(store_format_test, Dir)

BOOST_AUTO_TEST_CASE(a_missing_directory_is_not_found_when_creation_is_off) {
  Status s = OpenStatus(path, /*create=*/false);
  BOOST_TEST(s.code() == Code::kNotFound);
  BOOST_TEST(s.message().find("no homeward store") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_store_open_for_writing_elsewhere_is_said_to_be_in_use) {
  auto first = Store::Open(path, StoreOptions{});
  BOOST_REQUIRE(first.ok());
  const Status second = OpenStatus(path, /*create=*/false);
  BOOST_TEST(second.code() == Code::kUnavailable);
  BOOST_TEST(second.message().find("in use by another homeward process") != std::string::npos,
             second.message());
}

BOOST_AUTO_TEST_CASE(a_directory_of_other_files_is_refused_and_left_alone) {
  std::filesystem::create_directories(path);
  std::ofstream(path + "/notes.txt") << "not a store";
  Status s = OpenStatus(path);
  BOOST_TEST(s.code() == Code::kInvalidArgument);
  BOOST_TEST(s.message().find("not a homeward store") != std::string::npos);
  BOOST_TEST(!std::filesystem::exists(path + "/CURRENT"));
}

BOOST_AUTO_TEST_CASE(a_plain_file_is_refused) {
  std::ofstream(temp.Sub("file")) << "x";
  BOOST_TEST(OpenStatus(temp.Sub("file")).message().find("not a directory") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_foreign_rocksdb_database_is_refused) {
  rocksdb::Options options;
  options.create_if_missing = true;
  rocksdb::DB* raw = nullptr;
  BOOST_REQUIRE(rocksdb::DB::Open(options, path, &raw).ok());
  delete raw;
  Status s = OpenStatus(path);
  BOOST_TEST(s.code() == Code::kInvalidArgument);
  BOOST_TEST(s.message().find("not a homeward store") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_store_of_a_newer_format_is_refused_naming_both_versions) {
  MarkNewerFormat(path);
  Status s = OpenStatus(path);
  BOOST_TEST(s.code() == Code::kPreconditionFailed);
  BOOST_TEST(s.message().find("format " + std::to_string(keys::kFormatVersion + 1)) !=
             std::string::npos);
  BOOST_TEST(s.message().find("newer homeward") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_store_open_in_one_place_cannot_be_opened_for_writing_twice) {
  auto first = Store::Open(path, StoreOptions{});
  BOOST_REQUIRE(first.ok());
  Status s = OpenStatus(path);
  BOOST_TEST(s.code() == Code::kUnavailable);
  auto reader = Store::Open(path, StoreOptions{false, true, nullptr, {}});
  BOOST_TEST(reader.ok());  // auditors may read while the server writes
}

BOOST_AUTO_TEST_CASE(a_new_store_has_every_column_family) {
  auto store = Store::Open(path, StoreOptions{});
  BOOST_REQUIRE(store.ok());
  for (auto* family :
       {(*store)->meta(), (*store)->log(), (*store)->streams(), (*store)->idempotency(),
        (*store)->projections(), (*store)->subject_keys()}) {
    BOOST_TEST(family != nullptr);
  }
}

BOOST_AUTO_TEST_CASE(leftovers_of_a_crashed_creation_are_cleared_and_the_store_made_whole) {
  std::filesystem::create_directories(path + ".homeward-new/half");
  std::filesystem::create_directories(path);  // an empty directory is fine to create in
  auto store = Store::Open(path + "/", StoreOptions{});
  BOOST_REQUIRE(store.ok());
  BOOST_TEST(!std::filesystem::exists(path + ".homeward-new"));
  BOOST_TEST((*store)->log() != nullptr);
}

BOOST_AUTO_TEST_CASE(a_newer_store_is_refused_without_being_modified) {
  MarkNewerFormat(path);
  std::vector<std::string> before;
  for (auto& entry : std::filesystem::directory_iterator(path)) before.push_back(entry.path());
  BOOST_TEST(!Store::Open(path, StoreOptions{}).ok());
  std::vector<std::string> after;
  for (auto& entry : std::filesystem::directory_iterator(path)) after.push_back(entry.path());
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  BOOST_TEST(before == after, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
