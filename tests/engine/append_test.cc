#include <boost/test/unit_test.hpp>

#include "tests/engine/log_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(append_test, LogFixture)

BOOST_AUTO_TEST_CASE(an_empty_log_has_head_zero_and_reads_nothing) {
  BOOST_TEST(log().Head() == 0u);
  BOOST_TEST(All().empty());
  auto stream = log().ReadStream("o/activity/a", 1, 10);
  BOOST_REQUIRE(stream.ok());
  BOOST_TEST(stream->empty());
}

BOOST_AUTO_TEST_CASE(appended_events_take_positions_from_one_and_read_back_in_order) {
  auto result = log().Append(To("o/activity/a", ExpectedVersion::NoStream(),
                                {Ev("activity.planned", "p1"), Ev("activity.slot_added", "p2")}));
  BOOST_REQUIRE(result.ok());
  BOOST_TEST(result->positions == (std::vector<std::uint64_t>{1, 2}),
             boost::test_tools::per_element());
  BOOST_TEST(result->stream_versions == std::vector<std::uint64_t>{2},
             boost::test_tools::per_element());
  BOOST_TEST(!result->replayed);
  BOOST_TEST(log().Head() == 2u);

  const auto all = All();
  BOOST_REQUIRE(all.size() == 2u);
  BOOST_TEST(all[0].type == "activity.planned");
  BOOST_TEST(all[0].payload == "p1");
  BOOST_TEST(all[1].stream_version == 2u);
}

BOOST_AUTO_TEST_CASE(the_envelope_records_who_when_and_why) {
  AppendRequest request = To("o/activity/a", ExpectedVersion::Any(), {Ev("activity.planned")});
  request.actor = "coordinator:gao";
  request.correlation_id = "req-7";
  request.causation_id = "cmd-7";
  Given(request);
  const Envelope e = All().front();
  BOOST_TEST(e.actor == "coordinator:gao");
  BOOST_TEST(e.correlation_id == "req-7");
  BOOST_TEST(e.causation_id == "cmd-7");
  BOOST_TEST(e.recorded_at_us == kStartMicros);
  BOOST_TEST(e.schema_version == 1u);
  BOOST_TEST(e.stream_id == "o/activity/a");
}

BOOST_AUTO_TEST_CASE(each_envelope_chains_from_the_previous_hash) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x"), Ev("y")}));
  Given(To("o/activity/b", ExpectedVersion::Any(), {Ev("z")}));
  const auto all = All();
  BOOST_TEST((all[0].prev_hash == Hash{}));
  BOOST_TEST((all[1].prev_hash == all[0].hash));
  BOOST_TEST((all[2].prev_hash == all[1].hash));
  BOOST_TEST((all[1].hash != all[0].hash));
}

BOOST_AUTO_TEST_CASE(a_stream_reads_from_a_version_with_a_limit) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("1"), Ev("2"), Ev("3"), Ev("4")}));
  Given(To("o/activity/ab", ExpectedVersion::Any(), {Ev("other")}));
  auto read = log().ReadStream("o/activity/a", 2, 2);
  BOOST_REQUIRE(read.ok());
  BOOST_REQUIRE(read->size() == 2u);
  BOOST_TEST((*read)[0].type == "2");
  BOOST_TEST((*read)[1].type == "3");
  auto rest = log().ReadStream("o/activity/a", 3, 100);
  BOOST_TEST(rest->size() == 2u);  // stops at its own end, not in the neighbour "ab"
  BOOST_TEST(log().StreamVersion("o/activity/a").value() == 4u);
  BOOST_TEST(log().StreamVersion("o/activity/none").value() == 0u);
}

BOOST_AUTO_TEST_CASE(the_whole_log_reads_from_a_position_with_a_limit) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("1"), Ev("2"), Ev("3")}));
  auto read = log().ReadAll(2, 1);
  BOOST_REQUIRE(read.ok());
  BOOST_REQUIRE(read->size() == 1u);
  BOOST_TEST(read->front().position == 2u);
  BOOST_TEST(log().ReadAll(4, 10)->empty());
}

BOOST_AUTO_TEST_CASE(a_visit_decodes_each_record_into_the_slot_the_caller_gives) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("1"), Ev("2"), Ev("3")}));
  std::vector<Envelope> slots(3);
  std::size_t next = 0;
  std::vector<const Envelope*> visited;
  auto seen = log().VisitInto(
      2, 10, [&] { return &slots[next++]; },
      [&](Envelope& envelope) {
        visited.push_back(&envelope);
        return true;
      });
  BOOST_REQUIRE(seen.ok());
  BOOST_TEST(*seen == 2u);
  BOOST_REQUIRE(visited.size() == 2u);
  BOOST_TEST(visited[0] == &slots[0]);  // in place: the visitor sees the slot itself
  BOOST_TEST(visited[1] == &slots[1]);
  BOOST_TEST(slots[0].position == 2u);
  BOOST_TEST(slots[0].type == "2");
  BOOST_TEST(slots[1].type == "3");
  BOOST_TEST(slots[2].type.empty());
}

BOOST_AUTO_TEST_CASE(a_malformed_append_is_refused_and_writes_nothing) {
  const std::vector<std::pair<AppendRequest, std::string>> cases = {
      {AppendRequest{}, "at least one stream"},
      {To("not-a-stream", ExpectedVersion::Any(), {Ev("x")}), "org/category/id"},
      {To("o/activity/a", ExpectedVersion::Any(), {}), "no events"},
      {To("o/activity/a", ExpectedVersion::Any(), {Ev("")}), "no type"},
      {To("o/activity/a", ExpectedVersion::Any(), {Ev("x", std::string(kMaxAppendBytes, 'x'))}),
       "exceeds the limit"},
      {To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}, std::string(300, 'k')),
       "idempotency key is longer"},
  };
  for (const auto& [request, words] : cases) {
    auto result = log().Append(request);
    BOOST_TEST(result.status().code() == Code::kInvalidArgument);
    BOOST_TEST(result.status().message().find(words) != std::string::npos,
               result.status().message());
  }
  AppendRequest twice = To("o/activity/a", ExpectedVersion::Any(), {Ev("x")});
  twice.streams.push_back(twice.streams.front());
  BOOST_TEST(log().Append(twice).status().message().find("appears twice") != std::string::npos);
  BOOST_TEST(log().Head() == 0u);
}

BOOST_AUTO_TEST_CASE(an_append_to_a_read_only_log_is_unavailable) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}));
  RocksLogOptions options;
  options.read_only = true;
  auto reader = RocksLog::Open(store_dir(), options);
  BOOST_REQUIRE(reader.ok());
  BOOST_TEST((*reader)->Head() == 1u);
  auto result = (*reader)->Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("y")}));
  BOOST_TEST(result.status().code() == Code::kUnavailable);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
