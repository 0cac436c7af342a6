#include "events/stream_id.h"

#include <boost/test/unit_test.hpp>

namespace homeward {

BOOST_AUTO_TEST_SUITE(stream_id_test)

BOOST_AUTO_TEST_CASE(an_id_parses_into_org_category_and_id) {
  Result<StreamId> id = StreamId::Parse("xiaocao/activity/trip-2027");
  BOOST_REQUIRE(id.ok());
  BOOST_TEST(id->org == "xiaocao");
  BOOST_TEST(id->category == "activity");
  BOOST_TEST(id->id == "trip-2027");
  BOOST_TEST(id->ToString() == "xiaocao/activity/trip-2027");
}

BOOST_AUTO_TEST_CASE(chinese_text_is_allowed_in_every_part) {
  BOOST_TEST(ValidateStreamId("郧阳妇联/child/留守-001").ok());
}

BOOST_AUTO_TEST_CASE(an_id_without_three_parts_is_refused_with_the_form_named) {
  for (const char* bad : {"xiaocao", "xiaocao/activity", "a/b/c/d"}) {
    Status s = ValidateStreamId(bad);
    BOOST_TEST(s.code() == Code::kInvalidArgument);
    BOOST_TEST(s.message().find("org/category/id") != std::string::npos, bad);
  }
}

BOOST_AUTO_TEST_CASE(an_empty_part_is_refused_naming_the_part) {
  BOOST_TEST(ValidateStreamId("/activity/x").message().find("org is empty") != std::string::npos);
  BOOST_TEST(ValidateStreamId("o//x").message().find("category is empty") != std::string::npos);
  BOOST_TEST(ValidateStreamId("o/activity/").message().find("id is empty") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(control_characters_and_nul_are_refused) {
  BOOST_TEST(!ValidateStreamId(std::string("o/a/x\0y", 7)).ok());
  BOOST_TEST(!ValidateStreamId("o/a/x\ny").ok());
}

BOOST_AUTO_TEST_CASE(an_overlong_id_is_refused) {
  BOOST_TEST(!ValidateStreamId("o/a/" + std::string(kMaxStreamIdBytes, 'x')).ok());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward
