// Personal fields sealed per subject: stored encrypted, opened with the
// subject's key, "[erased]" once the key is gone, and altered ciphertext
// refused without showing any of it.

#include "engine/seal.h"

#include <boost/test/unit_test.hpp>

#include "engine/chain.h"
#include "events/personal.h"

namespace homeward {
namespace {

ChildRegistered Registered(const std::string& id) {
  ChildRegistered e;
  e.child_id = id;
  e.unit_id = "maling";
  e.card.name = "刘小花" + id;
  e.card.date_of_birth = ParseDate("2016-04-12").value();
  e.card.school = "马岭小学";
  e.card.father = Parent{"刘大山", "东莞", "13800000001"};
  e.card.guardian = Guardian{"刘奶奶", "祖母", "13900000003", "马岭村三组"};
  e.card.teacher_notes = "想念父母";
  e.filled_by = "周老师";
  return e;
}

// An envelope as the log would store `encoded` in `stream`.
Envelope Stored(const std::string& stream, const EncodedEvent& encoded, std::uint64_t position) {
  Envelope e;
  e.position = position;
  e.stream_id = stream;
  e.stream_version = position;
  e.type = encoded.type;
  e.schema_version = encoded.schema_version;
  e.payload = encoded.payload;
  e.sealed = encoded.sealed;
  return e;
}

struct SealFixture {
  MemoryKeyRing keys;
  const std::string stream = "shiyan/child/xiaohua";
  const std::string subject = "shiyan/child/xiaohua";

  Envelope Seal(const Event& event, std::uint64_t position = 1,
                const std::string& in = "shiyan/child/xiaohua") {
    Result<EncodedEvent> sealed = SealEvent(in, event, keys);
    BOOST_REQUIRE_MESSAGE(sealed.ok(), sealed.status().ToString());
    return Stored(in, *sealed, position);
  }
};

BOOST_FIXTURE_TEST_SUITE(seal_test, SealFixture)

BOOST_AUTO_TEST_CASE(a_childs_card_is_stored_without_its_personal_fields_and_opens_whole) {
  const Envelope stored = Seal(Registered("xiaohua"));
  for (const char* secret : {"刘小花", "13800000001", "刘奶奶", "马岭村三组", "想念父母", "东莞"}) {
    BOOST_TEST_CONTEXT(secret) {
      BOOST_TEST(stored.payload.find(secret) == std::string::npos);
      BOOST_TEST(stored.sealed.find(secret) == std::string::npos);
    }
  }
  BOOST_TEST(stored.payload.find("马岭小学") != std::string::npos);  // facts stay readable
  Result<Event> opened = OpenEvent(stored, &keys);
  BOOST_REQUIRE(opened.ok());
  BOOST_TEST((std::get<ChildRegistered>(*opened).card.name == "刘小花xiaohua"));
  BOOST_TEST(EncodeEvent(*opened).payload == EncodeEvent(Registered("xiaohua")).payload);
}

BOOST_AUTO_TEST_CASE(an_event_without_personal_fields_is_stored_as_it_was) {
  const Event event = ChildLeft{"xiaohua", "转学"};
  const Envelope stored = Seal(event);
  BOOST_TEST(stored.sealed.empty());
  BOOST_TEST(stored.payload == EncodeEvent(event).payload);
  BOOST_TEST(keys.Find(subject)->has_value() == false);  // no key made for nothing
}

BOOST_AUTO_TEST_CASE(after_the_key_is_destroyed_the_fields_read_erased_and_the_facts_remain) {
  const Envelope card = Seal(Registered("xiaohua"));
  const Envelope contact =
      Seal(ContactRecorded{"xiaohua", "c1", ContactKind::kPhoneCall, "王芳", 5, 15, "聊学校"}, 2);
  const Envelope other = Seal(Registered("xiaojun"), 1, "shiyan/child/xiaojun");
  BOOST_REQUIRE(keys.Erase(subject).ok());

  const ChildRegistered registered = std::get<ChildRegistered>(OpenEvent(card, &keys).value());
  BOOST_TEST(registered.card.name == kErased);
  BOOST_TEST(registered.card.guardian.phone == kErased);
  BOOST_TEST(registered.card.school == "马岭小学");
  BOOST_TEST(FormatDate(registered.card.date_of_birth) == "2016-04-12");
  BOOST_TEST(registered.filled_by == "周老师");
  const ContactRecorded recorded = std::get<ContactRecorded>(OpenEvent(contact, &keys).value());
  BOOST_TEST(recorded.summary == kErased);
  BOOST_TEST(recorded.by == "王芳");
  BOOST_TEST(recorded.minutes == 15u);
  // Another child's data still opens.
  BOOST_TEST(std::get<ChildRegistered>(OpenEvent(other, &keys).value()).card.name ==
             "刘小花xiaojun");
  // Nothing new is sealed for an erased child.
  Result<EncodedEvent> again = SealEvent(stream, Registered("xiaohua"), keys);
  BOOST_TEST(again.status().reason() == "erased");
}

BOOST_AUTO_TEST_CASE(a_surveys_notes_are_sealed_and_its_facts_stay_readable) {
  const Envelope stored = Seal(SurveyRecorded{"xiaohua", ParseDate("2027-01-05").value(), "周老师",
                                              GuardianshipRating::kFair, "奶奶腿脚不便"});
  BOOST_TEST(stored.payload.find("奶奶腿脚不便") == std::string::npos);
  BOOST_TEST(stored.payload.find("周老师") != std::string::npos);
  BOOST_TEST(std::get<SurveyRecorded>(OpenEvent(stored, &keys).value()).notes == "奶奶腿脚不便");
  BOOST_REQUIRE(keys.Erase(subject).ok());
  const SurveyRecorded erased = std::get<SurveyRecorded>(OpenEvent(stored, &keys).value());
  BOOST_TEST(erased.notes == kErased);
  BOOST_TEST(erased.surveyed_by == "周老师");
  BOOST_TEST(FormatDate(erased.surveyed_on) == "2027-01-05");
}

BOOST_AUTO_TEST_CASE(altered_or_moved_ciphertext_is_refused_without_showing_the_data) {
  Envelope stored = Seal(Registered("xiaohua"));
  stored.sealed[stored.sealed.size() - 5] ^= 0x20;
  Result<Event> opened = OpenEvent(stored, &keys);
  BOOST_TEST(opened.status().code() == Code::kCorruption);
  BOOST_TEST(opened.status().message().find("position 1") != std::string::npos);
  BOOST_TEST(opened.status().message().find("刘") == std::string::npos);

  // The seal of one event does not open on another event of the same child.
  const Envelope first =
      Seal(ContactRecorded{"xiaohua", "c1", ContactKind::kTalk, "王芳", 5, 15, "第一次"}, 2);
  Envelope second =
      Seal(ContactRecorded{"xiaohua", "c2", ContactKind::kTalk, "王芳", 9, 20, "第二次"}, 3);
  second.sealed = first.sealed;
  BOOST_TEST(OpenEvent(second, &keys).status().code() == Code::kCorruption);
  // Without keys, sealed fields read "[erased]".
  BOOST_TEST(std::get<ContactRecorded>(OpenEvent(first, nullptr).value()).summary == kErased);
}

BOOST_AUTO_TEST_CASE(counseling_notes_about_two_children_need_both_keys) {
  SessionRecorded session{
      "counsel-1",         "v-li", SessionOutcome::kHeld, true, {"xiaohua", "xiaojun"},
      "两人都谈到想念父母"};
  const Envelope stored = Seal(session, 1, "shiyan/activity/counsel-1");
  BOOST_TEST(std::get<SessionRecorded>(OpenEvent(stored, &keys).value()).confidential_notes ==
             "两人都谈到想念父母");
  BOOST_REQUIRE(keys.Erase("shiyan/child/xiaojun").ok());
  const SessionRecorded after = std::get<SessionRecorded>(OpenEvent(stored, &keys).value());
  BOOST_TEST(after.confidential_notes == kErased);
  BOOST_TEST(after.children.size() == 2u);  // who took part stays a fact
}

BOOST_AUTO_TEST_CASE(a_volunteers_details_are_sealed_with_their_own_key) {
  VolunteerRegistered registered;
  registered.volunteer_id = "v-wang";
  registered.unit_id = "xiaocao";
  registered.details.name = "王芳";
  registered.details.contact = "13712345678";
  registered.details.skills = {"绘画"};
  const Envelope stored = Seal(registered, 1, "shiyan/volunteer/v-wang");
  BOOST_TEST(stored.payload.find("13712345678") == std::string::npos);
  BOOST_TEST(stored.payload.find("绘画") != std::string::npos);
  BOOST_REQUIRE(keys.Erase("shiyan/volunteer/v-wang").ok());
  const auto opened = std::get<VolunteerRegistered>(OpenEvent(stored, &keys).value());
  BOOST_TEST(opened.details.name == kErased);
  BOOST_TEST(opened.details.contact == kErased);
  BOOST_TEST(opened.details.skills.at(0) == "绘画");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
