// A volunteer's service records read from the streams they name are the
// records a fold of the whole log gives them: on generated logs of every
// kind of event, erasures among them. (The demo's, recorded through the
// domain's commands, in tests/adapters/csv_export_test.cc.)

#include <boost/test/unit_test.hpp>
#include <set>

#include "bench/event_generator.h"
#include "engine/decision.h"
#include "engine/memory_log.h"
#include "tests/projections/service_record_lines.h"

namespace homeward {
namespace {

using testing::StreamLines;
using testing::WholeLogLines;

BOOST_AUTO_TEST_SUITE(service_records_test)

BOOST_AUTO_TEST_CASE(one_volunteers_records_read_from_their_streams_are_those_of_the_whole_log) {
  // Given 20,000 generated events of every kind (confirmations, corrections,
  // reschedulings, renamed units, erasures among them)
  InMemoryLog log;
  EventGenerator generator(7, "org", 1798761600000000);
  for (std::size_t events = 0; events < 20000;) {
    const Decision d = generator.Next();
    events += d.size();
    Result<AppendRequest> request = ToAppendRequest(d, *log.keys());
    BOOST_TEST_REQUIRE(request.ok(), request.status().ToString());
    BOOST_TEST_REQUIRE(log.Append(std::move(*request)).ok());
  }
  const auto expected = WholeLogLines(log, "org");
  BOOST_TEST_REQUIRE(expected.size() > 20u);
  // When each volunteer's records are read from the streams they name
  // Then they are the records the whole log gives, in the same order
  for (const auto& [volunteer, lines] : expected) {
    BOOST_TEST(StreamLines(log, "org", volunteer) == lines, volunteer);
  }
  // and one whose personal data was erased has none, as in the whole log,
  std::set<std::string> confirmed;
  BOOST_TEST_REQUIRE(FoldLog(log, 1, FoldLimit{}, [&](const Envelope&, const Event& event) {
                       if (const auto* e = std::get_if<HoursConfirmed>(&event)) {
                         confirmed.insert(e->volunteer_id);
                       }
                     }).ok());
  std::size_t erased = 0;
  for (const std::string& volunteer : confirmed) {
    if (expected.contains(volunteer)) continue;
    ++erased;
    ServiceRecords own;
    BOOST_TEST_REQUIRE(FoldVolunteerRecords(log, "org", volunteer, own).ok());
    RecordFilter filter;
    filter.volunteer_id = volunteer;
    BOOST_TEST(own.Records("org", filter).empty(), volunteer);
  }
  BOOST_TEST(erased > 0u);
  // and a volunteer with none, or an id that names no stream, has none.
  ServiceRecords none;
  BOOST_TEST_REQUIRE(FoldVolunteerRecords(log, "org", "nobody", none).ok());
  BOOST_TEST(none.Records("org").empty());
  for (const std::string& bad : {std::string("a/b"), std::string("a\nb"), std::string(300, 'v')}) {
    BOOST_TEST_REQUIRE(FoldVolunteerRecords(log, "org", bad, none).ok());
    BOOST_TEST(none.Records("org").empty());
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
