#include "events/envelope.h"

#include <boost/test/unit_test.hpp>

namespace homeward {
namespace {

Envelope Sample() {
  Envelope e;
  e.position = 42;
  e.stream_id = "xiaocao/activity/trip";
  e.stream_version = 3;
  e.type = "activity.signed_up";
  e.schema_version = 1;
  e.recorded_at_us = 1811811600000000;
  e.actor = "volunteer:v-wang";
  e.correlation_id = "req-1";
  e.causation_id = "cmd-1";
  e.idempotency_key = "key-1";
  e.payload = std::string("\x01\x00\xff payload", 11);
  e.prev_hash.fill(0xab);
  e.hash.fill(0xcd);
  return e;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(envelope_test)

BOOST_AUTO_TEST_CASE(a_record_decodes_to_the_envelope_that_was_encoded) {
  const Envelope e = Sample();
  std::string_view body;
  const std::string record = EncodeEnvelopeRecord(e);
  Result<Envelope> decoded = DecodeEnvelopeRecord(record, &body);
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST((*decoded == e));
  BOOST_TEST(body == EncodeEnvelopeBody(e));
  BOOST_TEST(record.size() == body.size() + 32);
}

// Keeps docs/log-format.md true: the bytes of a small envelope, field by field.
BOOST_AUTO_TEST_CASE(the_record_layout_is_the_documented_grammar) {
  Envelope e;
  e.position = 1;
  e.stream_id = "o/c/i";
  e.stream_version = 2;
  e.type = "t";
  e.schema_version = 3;
  e.recorded_at_us = 4;
  e.payload = "p";
  std::string expected;
  expected += '\x01';                                                  // envelope format
  expected += std::string("\x01\0\0\0\0\0\0\0", 8);                    // position u64 LE
  expected += std::string("\x05\0\0\0", 4) + "o/c/i";                  // stream id
  expected += std::string("\x02\0\0\0\0\0\0\0", 8);                    // stream version
  expected += std::string("\x01\0\0\0", 4) + "t";                      // type
  expected += std::string("\x03\0\0\0", 4);                            // schema version u32
  expected += std::string("\x04\0\0\0\0\0\0\0", 8);                    // recorded at i64
  for (int i = 0; i < 4; ++i) expected += std::string("\0\0\0\0", 4);  // 4 empty strings
  expected += std::string("\x01\0\0\0", 4) + "p";                      // payload
  expected += std::string(32, '\0');                                   // prev hash
  BOOST_TEST(EncodeEnvelopeBody(e) == expected);
  BOOST_TEST(EncodeEnvelopeRecord(e) == expected + std::string(32, '\0'));
}

BOOST_AUTO_TEST_CASE(every_truncation_of_a_record_is_corruption_not_a_crash) {
  const std::string record = EncodeEnvelopeRecord(Sample());
  for (size_t n = 0; n < record.size(); ++n) {
    Result<Envelope> decoded = DecodeEnvelopeRecord(std::string_view(record).substr(0, n));
    BOOST_TEST(!decoded.ok(), "prefix of " << n << " bytes");
    if (!decoded.ok()) BOOST_TEST(decoded.status().code() == Code::kCorruption);
  }
}

BOOST_AUTO_TEST_CASE(a_huge_length_prefix_is_refused_without_allocating_it) {
  std::string record = EncodeEnvelopeRecord(Sample());
  // The stream id's length prefix sits after the format byte and the position.
  record[9] = record[10] = record[11] = record[12] = '\xff';
  Result<Envelope> decoded = DecodeEnvelopeRecord(record);
  BOOST_TEST(decoded.status().code() == Code::kCorruption);
}

BOOST_AUTO_TEST_CASE(a_record_of_a_newer_format_is_refused_with_the_versions_named) {
  std::string record = EncodeEnvelopeRecord(Sample());
  record[0] = static_cast<char>(kEnvelopeFormat + 1);
  Result<Envelope> decoded = DecodeEnvelopeRecord(record);
  BOOST_TEST(decoded.status().code() == Code::kCorruption);
  BOOST_TEST(decoded.status().message().find("format 3") != std::string::npos);
  BOOST_TEST(decoded.status().message().find("formats 1..2") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_envelope_without_sealed_fields_keeps_format_1_and_one_with_them_is_2) {
  Envelope plain = Sample();
  BOOST_TEST(EncodeEnvelopeRecord(plain)[0] == 1);
  Envelope sealed = Sample();
  sealed.sealed = std::string("\x01sealed\0bytes", 13);
  const std::string record = EncodeEnvelopeRecord(sealed);
  BOOST_TEST(record[0] == 2);
  Result<Envelope> decoded = DecodeEnvelopeRecord(record);
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST(decoded->sealed == sealed.sealed);
  BOOST_TEST(decoded->payload == sealed.payload);
  // The sealed bytes are part of what the hash covers.
  BOOST_TEST(EncodeEnvelopeBody(sealed) != EncodeEnvelopeBody(plain));
  Result<Envelope> old = DecodeEnvelopeRecord(EncodeEnvelopeRecord(plain));
  BOOST_REQUIRE(old.ok());
  BOOST_TEST(old->sealed.empty());
}

BOOST_AUTO_TEST_CASE(hashes_print_as_lowercase_hex) {
  Hash h{};
  h[0] = 0x0f;
  h[31] = 0xa0;
  const std::string hex = HashHex(h);
  BOOST_TEST(hex.size() == 64u);
  BOOST_TEST(hex.substr(0, 2) == "0f");
  BOOST_TEST(hex.substr(62) == "a0");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward
