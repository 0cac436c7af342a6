// The entry point of every test executable: Boost.Test's own main.
#define BOOST_TEST_MODULE homeward
#include <boost/test/unit_test.hpp>
