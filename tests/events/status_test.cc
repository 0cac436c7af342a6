#include "events/status.h"

#include <boost/test/unit_test.hpp>

namespace homeward {

BOOST_AUTO_TEST_SUITE(status_test)

BOOST_AUTO_TEST_CASE(an_ok_status_says_ok) {
  BOOST_TEST(Status::Ok().ok());
  BOOST_TEST(Status::Ok().ToString() == "ok");
}

BOOST_AUTO_TEST_CASE(an_error_carries_its_code_message_and_details) {
  Status s(Code::kConflict, "stream 'a/b/c' is at version 2", "", {{"stream", "a/b/c"}});
  BOOST_TEST(!s.ok());
  BOOST_TEST(s.reason() == "conflict");
  BOOST_TEST(s.ToString() == "conflict: stream 'a/b/c' is at version 2");
  BOOST_TEST(s.detail("stream").value() == "a/b/c");
  BOOST_TEST(!s.detail("missing").has_value());
}

BOOST_AUTO_TEST_CASE(a_domain_reason_replaces_the_generic_code_name) {
  Status s(Code::kConflict, "the caring mother role is taken", "role_taken");
  BOOST_TEST(s.reason() == "role_taken");
  BOOST_TEST(CodeName(s.code()) == "conflict");
}

BOOST_AUTO_TEST_CASE(a_result_holds_a_value_or_the_error) {
  Result<int> value = 7;
  Result<int> error = NotFound("no such stream");
  BOOST_TEST(value.ok());
  BOOST_TEST(*value == 7);
  BOOST_TEST(!error.ok());
  BOOST_TEST(error.status().code() == Code::kNotFound);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward
