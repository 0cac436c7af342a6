// Accounts: created with a role within a unit or for a volunteer, with only
// the hash of their token; revoked once; an auditor's granted personal data.

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
  const AccountState gao = service.LoadAccount("county", "gao")->state();
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

BOOST_AUTO_TEST_CASE(only_an_auditors_account_is_granted_personal_data_with_a_reason) {
  Given(Coordinator("gao"));
  Given(CreateAccount{"li", "李审计", AccountRole::kAuditor, "", "", hash});
  BOOST_TEST(Reason(When(GrantPersonalData{"gao", "annual audit"})) == "not_an_auditor");
  BOOST_TEST(Reason(When(GrantPersonalData{"li", ""})) == "invalid_argument");
  BOOST_TEST(Reason(When(GrantPersonalData{"nobody", "annual audit"})) == "not_found");
  BOOST_TEST(Reason(When(GrantPersonalData{"li", "annual audit"})) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"account/li account.personal_data_granted"});
  BOOST_TEST(service.LoadAccount("county", "li")->state().personal_data);
  BOOST_TEST(Reason(When(GrantPersonalData{"li", "again"})) == "already_exists");
}

BOOST_AUTO_TEST_CASE(a_grant_ends_when_withdrawn_or_when_the_account_is_revoked) {
  Given(CreateAccount{"li", "李审计", AccountRole::kAuditor, "", "", hash});
  BOOST_TEST(Reason(When(WithdrawPersonalData{"li", "audit over"})) == "not_granted");
  Given(GrantPersonalData{"li", "annual audit"});
  BOOST_TEST(Reason(When(WithdrawPersonalData{"li", ""})) == "invalid_argument");
  BOOST_TEST(Reason(When(WithdrawPersonalData{"li", "audit over"})) == "ok");
  BOOST_TEST(Then() ==
             std::vector<std::string>{"account/li account.personal_data_grant_withdrawn"});
  BOOST_TEST(!service.LoadAccount("county", "li")->state().personal_data);
  Given(GrantPersonalData{"li", "second audit"});
  Given(RevokeAccount{"li", "left"});
  BOOST_TEST(!service.LoadAccount("county", "li")->state().personal_data);
  BOOST_TEST(Reason(When(GrantPersonalData{"li", "third audit"})) == "inactive");
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
