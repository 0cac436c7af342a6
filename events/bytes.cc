#include "events/bytes.h"

namespace homeward {

void PutBigEndian64(std::string& out, std::uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) out.push_back(static_cast<char>(v >> shift));
}

std::uint64_t GetBigEndian64(std::string_view in) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<std::uint8_t>(in[i]);
  return v;
}

void ByteWriter::U32(std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>(v >> (8 * i)));
}

void ByteWriter::U64(std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>(v >> (8 * i)));
}

void ByteWriter::Str(std::string_view s) {
  U32(static_cast<std::uint32_t>(s.size()));
  out_.append(s);
}

bool ByteReader::Need(std::size_t n) {
  if (!ok_ || in_.size() - pos_ < n) {
    ok_ = false;
    return false;
  }
  return true;
}

std::uint8_t ByteReader::U8() {
  if (!Need(1)) return 0;
  return static_cast<std::uint8_t>(in_[pos_++]);
}

std::uint32_t ByteReader::U32() {
  if (!Need(4)) return 0;
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<std::uint8_t>(in_[pos_ + i]);
  pos_ += 4;
  return v;
}

std::uint64_t ByteReader::U64() {
  if (!Need(8)) return 0;
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<std::uint8_t>(in_[pos_ + i]);
  pos_ += 8;
  return v;
}

std::string ByteReader::Str() {
  std::string s;
  StrInto(s);
  return s;
}

void ByteReader::StrInto(std::string& out) {
  const std::uint32_t n = U32();
  if (!Need(n)) {
    out.clear();
    return;
  }
  out.assign(in_.substr(pos_, n));
  pos_ += n;
}

}  // namespace homeward
