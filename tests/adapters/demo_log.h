#pragma once
// The demo organization (the seed's county office, units, volunteers,
// children and activities) recorded in a log in memory, for the CSV tests.

#include <boost/test/unit_test.hpp>

#include "adapters/cli/demo_org.h"
#include "adapters/csv/importer.h"
#include "engine/clock.h"
#include "engine/memory_log.h"

namespace homeward::csv {

// The demo organization in memory.
struct DemoLog {
  InMemoryLog log;
  DemoLog() {
    BOOST_REQUIRE(cli::RecordDemoOrganization(log, SystemClockMicros(), [](const AppendResult&) {
                    return Status::Ok();
                  }).ok());
  }
  // Import options for children's records from the education department:
  // 学籍号 mapped to the child id, into the demo unit maling.
  ImportOptions Children() const {
    ImportOptions o;
    o.kind = ImportKind::kChildren;
    o.org = "shiyan";
    o.mapping = "学籍号=child_id";
    o.defaults.unit_id = "maling";
    return o;
  }
};

}  // namespace homeward::csv
