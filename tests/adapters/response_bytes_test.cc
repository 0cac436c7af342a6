// The head the server writes before every answer's body, read back by
// Beast's own response parser: status, fields, length, and whether the
// connection stays open, as a client sees them.

#include "adapters/http/response_bytes.h"

#include <boost/beast/http.hpp>
#include <boost/test/unit_test.hpp>
#include <string>

namespace homeward::http::testing {
namespace {

namespace bhttp = boost::beast::http;

// What a client parses from the head and body the server sends.
struct Parsed {
  bhttp::response<bhttp::string_body> message;
  bool complete = false;
};

Parsed Send(const Response& response, unsigned version, bool keep_alive) {
  std::string bytes;
  AppendResponseHead(response, version, keep_alive, bytes);
  if (!StatusHasNoBody(response.status)) bytes += response.body;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.eager(true);
  boost::beast::error_code ec;
  const std::size_t used = parser.put(boost::asio::buffer(bytes), ec);
  BOOST_TEST_REQUIRE(!ec, ec.message());
  BOOST_TEST(used == bytes.size());
  return {parser.release(), parser.is_done()};
}

BOOST_AUTO_TEST_SUITE(response_bytes_test)

BOOST_AUTO_TEST_CASE(a_created_answer_carries_its_fields_length_and_body) {
  Response created;
  created.status = 201;
  created.body = R"({"data":{"position":42}})";
  created.headers = {{"Idempotent-Replayed", "true"}, {"ETag", "\"7\""}};
  const Parsed got = Send(created, 11, true);
  BOOST_TEST(got.complete);
  BOOST_TEST(got.message.result_int() == 201u);
  BOOST_TEST(got.message.reason() == "Created");
  BOOST_TEST(got.message.version() == 11u);
  BOOST_TEST(got.message[bhttp::field::server] == "homeward");
  BOOST_TEST(got.message[bhttp::field::content_type] == "application/json");
  BOOST_TEST(got.message["Idempotent-Replayed"] == "true");
  BOOST_TEST(got.message[bhttp::field::etag] == "\"7\"");
  BOOST_TEST(got.message[bhttp::field::content_length] == std::to_string(created.body.size()));
  BOOST_TEST(got.message.body() == created.body);
  BOOST_TEST(got.message.keep_alive());
}

BOOST_AUTO_TEST_CASE(an_http_1_1_connection_that_closes_says_so) {
  Response refused;
  refused.status = 431;
  refused.body = "{}";
  const Parsed got = Send(refused, 11, false);
  BOOST_TEST(got.message.result_int() == 431u);
  BOOST_TEST(got.message[bhttp::field::connection] == "close");
  BOOST_TEST(!got.message.keep_alive());
}

BOOST_AUTO_TEST_CASE(an_http_1_0_connection_kept_open_says_so_and_one_closing_says_nothing) {
  Response ok;
  ok.body = "[]";
  const Parsed kept = Send(ok, 10, true);
  BOOST_TEST(kept.message.version() == 10u);
  BOOST_TEST(kept.message[bhttp::field::connection] == "keep-alive");
  BOOST_TEST(kept.message.keep_alive());
  const Parsed closing = Send(ok, 10, false);
  BOOST_TEST(closing.message.count(bhttp::field::connection) == 0u);
  BOOST_TEST(!closing.message.keep_alive());
}

BOOST_AUTO_TEST_CASE(a_not_modified_answer_has_no_length_and_no_body) {
  Response not_modified;
  not_modified.status = 304;
  not_modified.headers = {{"ETag", "\"abc\""}};
  std::string head;
  AppendResponseHead(not_modified, 11, true, head);
  BOOST_TEST(head.find("Content-Length") == std::string::npos);
  const Parsed got = Send(not_modified, 11, true);
  BOOST_TEST(got.complete);
  BOOST_TEST(got.message.result_int() == 304u);
  BOOST_TEST(got.message.body().empty());
}

BOOST_AUTO_TEST_CASE(a_line_break_in_a_field_cannot_add_a_field_of_its_own) {
  Response answer;
  answer.headers = {{"X-Note", "one\r\nSet-Cookie: stolen=1"}};
  const Parsed got = Send(answer, 11, true);
  BOOST_TEST(got.message.count(bhttp::field::set_cookie) == 0u);
  BOOST_TEST(got.message["X-Note"] == "one  Set-Cookie: stolen=1");
}

BOOST_AUTO_TEST_CASE(an_empty_body_is_announced_as_zero_bytes) {
  Response empty;
  empty.status = 200;
  std::string head;
  AppendResponseHead(empty, 11, true, head);
  BOOST_TEST(head.find("\r\nContent-Length: 0\r\n") != std::string::npos);
  BOOST_TEST(head.ends_with("\r\n\r\n"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http::testing
