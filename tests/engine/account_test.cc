// Accounts: created with a role within a unit or for a volunteer, with only
// the hash of their token; revoked once.

#include <boost/test/unit_test.hpp>

#include "engine/token.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {

struct AccountFixture : PeopleFixture {
  const std::string hash = TokenHash(NewToken());
  CreateAccount Coordinator(const std::string& id) {
    return CreateAccount{id, "高老师", AccountRole::kCoordinator, "school", "", hash};
  }
};

BOOST_FIXTURE_TEST_SUITE(account_test, AccountFixture)

BOOST_AUTO_TEST_CASE(a_coordinator_account_is_recorded_in_its_own_stream) {
  BOOST_TEST(Reason(When(Coordinator("gao"))) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"account/gao account.created"});
  const AccountState gao = service.LoadAccount("county", "gao")->state;
  BOOST_TEST(gao.created.token_hash == hash);
  BOOST_TEST(gao.created.role == AccountRole::kCoordinator);
}

BOOST_AUTO_TEST_CASE(an_account_is_refused_without_what_its_role_needs) {
  CreateAccount no_unit = Coordinator("a");
  no_unit.unit_id.clear();
  BOOST_TEST(Reason(When(no_unit)) == "invalid_argument");
  BOOST_TEST(Reason(When(CreateAccount{"v", "王芳", AccountRole::kVolunteer, "", "", hash})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(CreateAccount{"v", "王芳", AccountRole::kVolunteer, "", "v-none",
                                       hash})) == "not_found");
  CreateAccount bad_hash = Coordinator("b");
  bad_hash.token_hash = "hw_not-a-hash";
  BOOST_TEST(Reason(When(bad_hash)) == "invalid_argument");
  CreateAccount elsewhere = Coordinator("c");
  elsewhere.unit_id = "nowhere";
  BOOST_TEST(Reason(When(elsewhere)) == "not_found");
}

BOOST_AUTO_TEST_CASE(a_volunteer_account_names_an_existing_volunteer) {
  Given(Volunteer("v-wang", {}));
  BOOST_TEST(Reason(When(CreateAccount{"wang", "王芳", AccountRole::kVolunteer, "", "v-wang",
                                       hash})) == "ok");
}

BOOST_AUTO_TEST_CASE(an_id_is_used_once_and_an_account_is_revoked_once) {
  Given(Coordinator("gao"));
  BOOST_TEST(Reason(When(Coordinator("gao"))) == "already_exists");
  BOOST_TEST(Reason(When(RevokeAccount{"gao", "left the school"})) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"account/gao account.revoked"});
  BOOST_TEST(Reason(When(RevokeAccount{"gao", "again"})) == "inactive");
  BOOST_TEST(Reason(When(RevokeAccount{"nobody", ""})) == "not_found");
}

BOOST_AUTO_TEST_CASE(tokens_are_fresh_and_their_hash_is_not_the_token) {
  const std::string a = NewToken(), b = NewToken();
  BOOST_TEST(a != b);
  BOOST_TEST(a.size() == 67u);
  BOOST_TEST(TokenHash(a) == TokenHash(a));
  BOOST_TEST(TokenHash(a) != TokenHash(b));
  BOOST_TEST(TokenHash(a).find(a.substr(3)) == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
