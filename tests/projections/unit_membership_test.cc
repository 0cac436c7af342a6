// Where a unit stood in the tree over time: the parent in force at a moment.

#include "projections/unit_membership.h"

#include <boost/test/unit_test.hpp>

namespace homeward::testing {
namespace {

BOOST_AUTO_TEST_SUITE(unit_membership_test)

BOOST_AUTO_TEST_CASE(a_units_parent_at_a_moment_is_the_last_recorded_by_then) {
  Membership m;
  m.Move(100, 1, "county");
  m.Move(200, 2, "town");
  m.Move(200, 3, "other");   // the same moment: the later counts
  m.Move(150, 4, "county");  // recorded before the last: held to its moment
  BOOST_TEST(m.ParentAt(99) == "");
  BOOST_TEST(!m.ExistedAt(99));
  BOOST_TEST(m.ParentAt(100) == "county");
  BOOST_TEST(m.ParentAt(199) == "county");
  BOOST_TEST(m.At(200).position == 4u);
  BOOST_TEST(m.parent() == "county");
}

BOOST_AUTO_TEST_CASE(a_unit_never_created_stands_nowhere) {
  const Membership m;
  BOOST_TEST(m.parent() == "");
  BOOST_TEST(m.ParentAt(0) == "");
  BOOST_TEST(m.At(0).position == 0u);
  BOOST_TEST(!m.ExistedAt(0));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
