// The writer's committed versions: what the writer publishes is held, what a
// reader read from the store is learned only when nothing committed since can
// have been forgotten, and a learned version never hides a newer commit.

#include "engine/committed_versions.h"

#include <boost/test/unit_test.hpp>
#include <string>

namespace homeward::testing {
namespace {

BOOST_AUTO_TEST_SUITE(committed_versions_test)

BOOST_AUTO_TEST_CASE(a_published_version_is_known_and_replaced_by_the_next) {
  CommittedVersions versions(100, 4);
  BOOST_TEST(!versions.Get("s").has_value());
  versions.Publish("s", 1, 10);
  BOOST_TEST(versions.Get("s").value() == 1u);
  versions.Publish("s", 2, 11);
  BOOST_TEST(versions.Get("s").value() == 2u);
}

BOOST_AUTO_TEST_CASE(a_version_read_from_the_store_is_learned) {
  CommittedVersions versions(100, 4);
  versions.Learn("s", 3, 50);
  BOOST_TEST(versions.Get("s").value() == 3u);
  versions.Learn("never-written", 0, 50);
  BOOST_TEST(versions.Get("never-written").value() == 0u);
}

BOOST_AUTO_TEST_CASE(a_learned_version_never_replaces_a_published_one) {
  CommittedVersions versions(100, 4);
  versions.Publish("s", 4, 60);  // committed after the reader's read at 50
  versions.Learn("s", 3, 50);
  BOOST_TEST(versions.Get("s").value() == 4u);
}

BOOST_AUTO_TEST_CASE(a_version_as_of_before_the_log_was_opened_is_not_learned) {
  // Given a log opened at position 100: what earlier processes committed up
  // to it was never published here.
  CommittedVersions versions(100, 4);
  versions.ForgetThrough(100);
  // A view still catching up knows a stream as of position 60: not learned.
  versions.Learn("s", 3, 60);
  BOOST_TEST(!versions.Get("s").has_value());
  // As of the head at the opening, or later: learned.
  versions.Learn("s", 5, 100);
  BOOST_TEST(versions.Get("s").value() == 5u);
  versions.Learn("t", 1, 130);
  BOOST_TEST(versions.Get("t").value() == 1u);
}

BOOST_AUTO_TEST_CASE(a_read_older_than_what_a_full_shard_forgot_is_not_learned) {
  CommittedVersions versions(2, 1);  // one shard of two streams
  versions.Publish("a", 1, 10);
  versions.Publish("b", 1, 20);
  versions.Publish("c", 1, 30);  // the shard forgets a and b, committed up to 30
  BOOST_TEST(!versions.Get("a").has_value());
  // Read at 25, "b" may have been committed to after the read and forgotten.
  versions.Learn("b", 0, 25);
  BOOST_TEST(!versions.Get("b").has_value());
  // Read at 30 or later, the read saw every commit the shard forgot.
  versions.Learn("b", 1, 30);
  BOOST_TEST(versions.Get("b").value() == 1u);
}

BOOST_AUTO_TEST_CASE(a_full_shard_learns_nothing_more) {
  CommittedVersions versions(2, 1);
  versions.Learn("a", 1, 5);
  versions.Learn("b", 1, 5);
  versions.Learn("c", 1, 5);
  BOOST_TEST(!versions.Get("c").has_value());
  BOOST_TEST(versions.Get("a").value() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
