// The accounts view: a token finds its account until it is revoked.

#include "projections/accounts.h"

#include <boost/test/unit_test.hpp>

#include "engine/token.h"
#include "tests/projections/view_fixture.h"

namespace homeward::testing {
namespace {

struct AccountsFixture : ViewFixture<AccountsState> {
  const std::string token = NewToken();
  AccountsFixture() {
    Given(
        "account", "gao",
        AccountCreated{"gao", "高老师", AccountRole::kCoordinator, "school", "", TokenHash(token)},
        At("2027-01-01"));
  }
};

BOOST_FIXTURE_TEST_SUITE(accounts_test, AccountsFixture)

BOOST_AUTO_TEST_CASE(a_token_finds_its_account) {
  Result<Account> gao = Authenticate(state(), token);
  BOOST_REQUIRE(gao.ok());
  BOOST_TEST(gao->account_id == "gao");
  BOOST_TEST(gao->org == std::string(kOrg));
  BOOST_TEST(gao->role == AccountRole::kCoordinator);
  BOOST_TEST(gao->unit_id == "school");
}

BOOST_AUTO_TEST_CASE(an_unknown_an_empty_or_a_revoked_token_is_unauthorized_alike) {
  BOOST_TEST(Authenticate(state(), NewToken()).status().code() == Code::kUnauthorized);
  BOOST_TEST(Authenticate(state(), "").status().code() == Code::kUnauthorized);
  Given("account", "gao", AccountRevoked{"gao", "left"}, At("2027-02-01"));
  const Status revoked = Authenticate(state(), token).status();
  BOOST_TEST(revoked.code() == Code::kUnauthorized);
  BOOST_TEST(revoked.message() == Authenticate(state(), NewToken()).status().message());
}

BOOST_AUTO_TEST_CASE(an_auditors_grant_holds_from_granted_until_withdrawn_or_revoked) {
  const std::string auditor = NewToken();
  Given("account", "li",
        AccountCreated{"li", "李审计", AccountRole::kAuditor, "", "", TokenHash(auditor)},
        At("2027-01-02"));
  BOOST_TEST(!Authenticate(state(), auditor)->personal_data);
  Given("account", "li", PersonalDataGranted{"li", "annual audit"}, At("2027-01-03"));
  BOOST_TEST(Authenticate(state(), auditor)->personal_data);
  BOOST_TEST(!Authenticate(state(), token)->personal_data);
  Given("account", "li", PersonalDataGrantWithdrawn{"li", "audit over"}, At("2027-01-04"));
  BOOST_TEST(!Authenticate(state(), auditor)->personal_data);
  Given("account", "li", PersonalDataGranted{"li", "second audit"}, At("2027-01-05"));
  Given("account", "li", AccountRevoked{"li", "left"}, At("2027-01-06"));
  BOOST_TEST(Authenticate(state(), auditor).status().code() == Code::kUnauthorized);
  const std::string listed = boost::json::serialize(AccountList(state(), kOrg));
  BOOST_TEST(listed.find(R"("personal_data":true)") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_account_list_never_shows_token_hashes) {
  const std::string listed = boost::json::serialize(AccountList(state(), kOrg));
  BOOST_TEST(listed.find("高老师") != std::string::npos);
  BOOST_TEST(listed.find(TokenHash(token)) == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
