#include "events/vocabulary.h"

#include <boost/test/unit_test.hpp>

namespace homeward {

BOOST_AUTO_TEST_SUITE(vocabulary_test)

BOOST_AUTO_TEST_CASE(roles_have_english_and_chinese_names) {
  BOOST_TEST(NameOf(CareRole::kCaringMother) == "caring_mother");
  BOOST_TEST(ChineseNameOf(CareRole::kCaringMother) == "爱心妈妈");
  BOOST_TEST(ChineseNameOf(CareRole::kProxyParent) == "代理家长");
  BOOST_TEST(ChineseNameOf(CareRole::kHappyCompanion) == "快乐伙伴");
}

BOOST_AUTO_TEST_CASE(either_name_parses_and_an_unknown_one_lists_the_choices) {
  BOOST_TEST(ParseEnum<CareRole>("代理家长", "role").value() == CareRole::kProxyParent);
  BOOST_TEST(ParseEnum<GuardianshipRating>("较好", "rating").value() == GuardianshipRating::kGood);
  Result<ContactKind> bad = ParseEnum<ContactKind>("telegram", "kind");
  BOOST_TEST(bad.status().code() == Code::kInvalidArgument);
  BOOST_TEST(bad.status().message().find("phone_call") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(values_outside_the_table_are_unknown) {
  BOOST_TEST(IsKnown(Sex::kFemale));
  BOOST_TEST(!IsKnown(static_cast<Sex>(7)));
  BOOST_TEST(NameOf(static_cast<Sex>(7)) == "?");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward
