#pragma once
// UTF-8 well-formedness (RFC 3629): no overlong forms, no surrogates, nothing
// past U+10FFFF, no sequence cut short. Shared by the CSV importer, which
// detects a file's encoding, and the HTTP errors, which must stay valid JSON
// whatever bytes a client sent.

#include <cstddef>
#include <string>
#include <string_view>

namespace homeward {

// The length (1 to 4) of the well-formed sequence starting at `text[at]`, or
// 0 when the bytes there are not one.
std::size_t Utf8SequenceAt(std::string_view text, std::size_t at);

// The offset of the first byte that breaks UTF-8 in `text`, or npos.
std::size_t FirstInvalidUtf8(std::string_view text);

// `text` with every byte that is not part of a well-formed sequence replaced
// by U+FFFD.
std::string ValidUtf8(std::string_view text);

}  // namespace homeward
