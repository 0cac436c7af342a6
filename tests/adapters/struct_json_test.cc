// The domain's structs as JSON: every event type through JSON and back
// unchanged, strict reading of commands and of request bodies (no key named
// twice), RFC 3339 times, and masking.

#include "adapters/json/struct_json.h"

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <set>

#include "adapters/json/event_json.h"
#include "adapters/json/mask.h"
#include "adapters/json/strict_parse.h"
#include "bench/event_generator.h"

namespace homeward::jsonc {
namespace {

namespace json = boost::json;

BOOST_AUTO_TEST_SUITE(struct_json_test)

BOOST_AUTO_TEST_CASE(the_member_count_behind_the_build_time_check_is_right) {
  static_assert(detail::CountFields<SignUp>() == 4);
  static_assert(detail::CountFields<ArchiveCard>() == 19);
  static_assert(detail::DescribedCount<ArchiveCard>() == 19);
  BOOST_TEST(FieldNames<SignUp>().size() == 4u);
}

BOOST_AUTO_TEST_CASE(every_event_type_goes_through_json_and_back_unchanged) {
  EventGenerator generator(7, "org", 1'800'000'000'000'000);
  std::set<std::string> types;
  for (int step = 0; step < 20000 && types.size() < std::variant_size_v<Event>; ++step) {
    for (const Emit& emit : generator.Next()) {
      const json::value doc = json::parse(json::serialize(EventJson(emit.event)));
      Event back = emit.event;
      std::visit(
          [&](auto& e) {
            using E = std::decay_t<decltype(e)>;
            E read{};
            const Status s = FromJson(doc, read);
            BOOST_TEST_REQUIRE(s.ok(), E::kType << ": " << s.ToString());
            back = read;
          },
          back);
      const EncodedEvent a = EncodeEvent(emit.event), b = EncodeEvent(back);
      BOOST_TEST(a.payload == b.payload, a.type << " changed through " << json::serialize(doc));
      types.insert(a.type);
    }
  }
  BOOST_TEST(types.size() == std::variant_size_v<Event>);
}

BOOST_AUTO_TEST_CASE(reading_names_the_field_that_is_wrong) {
  const auto error = [](std::string_view text) {
    RegisterChild child;
    const Status s = FromJson(json::parse(text), child);
    BOOST_TEST_REQUIRE(!s.ok(), text);
    return s.detail("field").value_or("");
  };
  BOOST_TEST(error(R"({"card":{"father":{"phone":7}}})") == "card.father.phone");
  BOOST_TEST(error(R"({"card":{"sex":"robot"}})") == "card.sex");
  BOOST_TEST(error(R"({"card":{"date_of_birth":"2016-02-30"}})") == "card.date_of_birth");
  BOOST_TEST(error(R"({"card":{"nickname":"x"}})") == "card.nickname");
  BOOST_TEST(error(R"({"card":[]})") == "card");
  RegisterChild child;
  BOOST_TEST(
      FromJson(json::parse(R"({"card":{"sex":"女","date_of_birth":"2016-04-12"}})"), child).ok());
  BOOST_TEST(child.card.sex == Sex::kFemale);
  BOOST_TEST(FormatDate(child.card.date_of_birth) == "2016-04-12");
}

BOOST_AUTO_TEST_CASE(times_are_microseconds_or_rfc_3339_text) {
  BOOST_TEST(ParseTimestamp("1970-01-01T00:00:00Z", "t").value() == 0);
  BOOST_TEST(ParseTimestamp("1970-01-01T08:00+08:00", "t").value() == 0);
  BOOST_TEST(ParseTimestamp("1970-01-01T00:00:01.5Z", "t").value() == 1'500'000);
  BOOST_TEST(ParseTimestamp("2027-06-01T09:00:00-01:30", "t").value() ==
             ParseTimestamp("2027-06-01T10:30:00Z", "t").value());
  for (const char* bad :
       {"2027-06-01", "2027-06-01T25:00Z", "2027-06-01T09:00", "tomorrow", "2027-06-01T09:00Zjunk",
        "2027-05-01T-1:00Z", "2027-05-01T09:-5Z", "2027-05-01T09:00:-1Z", "2027-05-01T09:00+-1:00",
        "2027-05-01T09:00+08:-1", "2027-05-01T09:00+24:00", "2027-05-01T09:00+08:60"}) {
    BOOST_TEST(!ParseTimestamp(bad, "t").ok(), bad);
  }
  PlanActivity plan;
  BOOST_TEST(FromJson(json::parse(R"({"starts_at_us":"2027-06-01T09:00:00+08:00",
                                      "ends_at_us":1811840400000000})"),
                      plan)
                 .ok());
  BOOST_TEST(plan.starts_at_us == 1811811600000000);  // 2027-06-01T01:00:00Z
  BOOST_TEST(plan.ends_at_us == 1811840400000000);
}

BOOST_AUTO_TEST_CASE(masking_hides_personal_fields_by_the_end_of_their_path) {
  json::value doc = json::parse(R"({"data":{"card":{"name":"小花","school":"马岭小学",
      "guardian":{"name":"刘奶奶","phone":"139"}},"contacts":[{"by":"v-wang","summary":"谈心"}],
      "roles":{"caring_mother":{"name":"王芳"}}}})");
  MaskPaths(doc, ChildPersonalFields());
  const auto& data = doc.at("data");
  BOOST_TEST(data.at("card").at("name").as_string() == kMasked);
  BOOST_TEST(data.at("card").at("guardian").at("phone").as_string() == kMasked);
  BOOST_TEST(data.at("card").at("school").as_string() == "马岭小学");
  BOOST_TEST(data.at("contacts").at(0).at("summary").as_string() == kMasked);
  BOOST_TEST(data.at("contacts").at(0).at("by").as_string() == "v-wang");
  BOOST_TEST(data.at("roles").at("caring_mother").at("name").as_string() == "王芳");
}

BOOST_AUTO_TEST_CASE(a_name_is_a_childs_where_a_child_id_stands_beside_it_and_only_there) {
  const json::value doc = json::parse(R"({"data":{"view":[
      {"child_id":"xiaohua","name":"小花","unit_id":"maling"},
      {"station_id":"s1","name":"马岭村活动站"},
      {"volunteer_id":"v-wang","name":"王芳","roles":[{"child_id":"xiaoming","name":"王小明"}]}]}})");
  json::value masked = doc;
  MaskPaths(masked, ChildPersonalFields());
  const auto& view = masked.at("data").at("view").as_array();
  BOOST_TEST(view.at(0).at("name").as_string() == kMasked);
  BOOST_TEST(view.at(0).at("unit_id").as_string() == "maling");
  BOOST_TEST(view.at(1).at("name").as_string() == "马岭村活动站");
  BOOST_TEST(view.at(2).at("name").as_string() == "王芳");
  BOOST_TEST(view.at(2).at("roles").at(0).at("name").as_string() == kMasked);
  // A read of the whole is a read of each child's name, recorded against that child.
  const auto reads = PersonalDataIn(doc, ChildPersonalFields());
  BOOST_TEST(reads.size() == 2u);
  BOOST_TEST(reads.at("xiaohua").count("data.view.name") == 1u);
  BOOST_TEST(reads.at("xiaoming").count("data.view.roles.name") == 1u);
}

BOOST_AUTO_TEST_CASE(a_body_naming_a_key_twice_is_refused_and_names_the_key) {
  const auto field = [](std::string_view text) {
    Result<json::value> v = ParseStrict(text);
    if (v.ok()) return std::string("ok");
    for (const auto& [name, value] : v.status().details())
      if (name == "field") return value;
    return "(" + v.status().message() + ")";
  };
  BOOST_TEST(field(R"({"a":1,"b":{"a":1},"c":[{"a":1},{"a":2}]})") == "ok");
  BOOST_TEST(field(R"({"a":1,"a":1})") == "a");
  // The value kept (the last) can have the size the first value's object had.
  BOOST_TEST(field(R"({"a":{"x":1},"a":2})") == "a");
  BOOST_TEST(field(R"({"a":{"x":1},"a":{"y":1}})") == "a");
  BOOST_TEST(field(R"({"capacity":{"k":0},"capacity":200})") == "capacity");
  BOOST_TEST(field("{\"" + std::string(500, 'k') + "\":1,\"" + std::string(500, 'k') + "\":2}") ==
             std::string(64, 'k'));
  BOOST_TEST(field(R"([1,{"x":{"y":[]},"z":2,"y":3,"z":4}])") == "z");
  BOOST_TEST(field(R"({"a":{"b":1,"b":2},"a":3})") == "b");  // the first in the text
  BOOST_TEST(field(R"({"\u0061":1,"a":2})") == "a");         // the same key, escaped
  BOOST_TEST(field(R"({"a":)").starts_with("(the body is not JSON: "));
  Result<json::value> fine = ParseStrict(R"({"a":[1,2],"b":"c"})");
  BOOST_TEST_REQUIRE(fine.ok());
  BOOST_TEST(json::serialize(*fine) == R"({"a":[1,2],"b":"c"})");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::jsonc
