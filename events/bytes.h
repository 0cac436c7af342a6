#pragma once
// Fixed-layout byte encoding for keys and records: big-endian integers for keys
// (so byte order sorts like numbers), little-endian for record fields, and
// length-prefixed strings. Bounds-checked reads never allocate more than the
// input holds, so a corrupt record cannot ask for a huge buffer.

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace homeward {

// Appends `v` as 8 big-endian bytes (sorts numerically as bytes).
void PutBigEndian64(std::string& out, std::uint64_t v);
// Reads 8 big-endian bytes at the start of `in`; `in` must hold at least 8.
std::uint64_t GetBigEndian64(std::string_view in);

// Appends little-endian fixed-width integers and u32-length-prefixed strings.
class ByteWriter {
 public:
  explicit ByteWriter(std::string& out) : out_(out) {}
  void U8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(std::uint32_t v);
  void U64(std::uint64_t v);
  void I64(std::int64_t v) { U64(static_cast<std::uint64_t>(v)); }
  void Str(std::string_view s);
  void Raw(std::string_view s) { out_.append(s); }

 private:
  std::string& out_;
};

// Reads what ByteWriter wrote. Every read checks bounds; after the first
// failed read ok() is false and later reads return zero values.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  std::uint8_t U8();
  std::uint32_t U32() { return Little<std::uint32_t>(); }
  std::uint64_t U64() { return Little<std::uint64_t>(); }
  std::int64_t I64() { return static_cast<std::int64_t>(U64()); }
  std::string Str();
  // Reads a string into `out`, reusing its storage.
  void StrInto(std::string& out);
  template <std::size_t N>
  std::array<std::uint8_t, N> Bytes() {
    std::array<std::uint8_t, N> out{};
    if (!Need(N)) return out;
    std::memcpy(out.data(), in_.data() + pos_, N);
    pos_ += N;
    return out;
  }

  bool ok() const { return ok_; }
  std::size_t remaining() const { return in_.size() - pos_; }
  std::size_t offset() const { return pos_; }

 private:
  bool Need(std::size_t n);
  template <class T>
  T Little();  // an unsigned integer of sizeof(T) little-endian bytes

  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

// The reads, inline: a replay runs them for every field of every record.

inline bool ByteReader::Need(std::size_t n) {
  if (!ok_ || in_.size() - pos_ < n) {
    ok_ = false;
    return false;
  }
  return true;
}

inline std::uint8_t ByteReader::U8() {
  if (!Need(1)) return 0;
  return static_cast<std::uint8_t>(in_[pos_++]);
}

template <class T>
inline T ByteReader::Little() {
  if (!Need(sizeof(T))) return 0;
  T v = 0;
  for (std::size_t i = sizeof(T); i-- > 0;) v = (v << 8) | static_cast<std::uint8_t>(in_[pos_ + i]);
  pos_ += sizeof(T);
  return v;
}

inline void ByteReader::StrInto(std::string& out) {
  const std::uint32_t n = U32();
  if (!Need(n)) {
    out.clear();
    return;
  }
  out.assign(in_.substr(pos_, n));
  pos_ += n;
}

}  // namespace homeward
