#pragma once
// cereal archives over bytes in memory: what payloads and view snapshots are
// written with and read from. They write exactly the bytes cereal's portable
// binary archives write (a first byte that says whether the data is
// little-endian, then every number in that order, lengths as 64 bits), so
// everything recorded before reads the same. They append to a string and
// read from a view with an inline bounds check, where the portable archives
// call through a std::streambuf for every number: decoding a payload is most
// of the work of opening an event, and a replay opens every one.
//
// Reading is checked: a bool is 0 or 1, and a string's or a vector's length
// must fit in the bytes left before anything is allocated, so a damaged
// length fails the read instead of asking for gigabytes. Every failure
// throws cereal::Exception, as cereal's own archives do.

#include <bit>
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace homeward {

// Appends to a string it does not own. Not copyable.
class ByteOutputArchive
    : public cereal::OutputArchive<ByteOutputArchive, cereal::AllowEmptyClassElision> {
 public:
  // Appends the byte-order mark to `out`; `out` must outlive the archive.
  explicit ByteOutputArchive(std::string& out) : OutputArchive(this), out_(out) {
    out_.push_back(std::endian::native == std::endian::little ? 1 : 0);
  }

  // Appends `size` bytes of numbers `N` bytes wide, in this machine's order
  // (which the mark names).
  template <std::size_t N>
  void SaveBinary(const void* data, std::size_t size) {
    // An empty vector's data may be null, which append must not be given.
    if (size > 0) out_.append(static_cast<const char*>(data), size);
  }

 private:
  std::string& out_;
};

// Reads bytes it does not own. Not copyable.
class ByteInputArchive
    : public cereal::InputArchive<ByteInputArchive, cereal::AllowEmptyClassElision> {
 public:
  // Reads `bytes`, which must outlive the archive, starting with its
  // byte-order mark. Throws cereal::Exception when the mark is missing or is
  // neither 0 nor 1.
  explicit ByteInputArchive(std::string_view bytes)
      : InputArchive(this), next_(bytes.data()), end_(bytes.data() + bytes.size()) {
    std::uint8_t little = 0;
    LoadBinary<1>(&little, 1);
    if (little > 1) throw cereal::Exception("the byte-order mark is " + std::to_string(little));
    swap_ = (little == 1) != (std::endian::native == std::endian::little);
  }

  // Reads `size` bytes of numbers `N` bytes wide into `data`, turning each
  // into this machine's order. Throws cereal::Exception past the end.
  template <std::size_t N>
  void LoadBinary(void* data, std::size_t size) {
    if (size > left()) {
      throw cereal::Exception("reading " + std::to_string(size) + " bytes with " +
                              std::to_string(left()) + " left");
    }
    if (size == 0) return;  // an empty vector's data may be null: not for memcpy
    std::memcpy(data, next_, size);
    next_ += size;
    if constexpr (N > 1) {
      if (swap_) {
        auto* bytes = static_cast<unsigned char*>(data);
        for (std::size_t i = 0; i + N <= size; i += N) SwapBytes<N>(bytes + i);
      }
    }
  }

  // The bytes not read yet.
  std::size_t left() const { return static_cast<std::size_t>(end_ - next_); }

  // Throws cereal::Exception when `count` items, each at least a byte, cannot
  // fit in the bytes left: call it before making room for them.
  void CheckCount(std::uint64_t count) const {
    if (count > left()) {
      throw cereal::Exception("a length of " + std::to_string(count) + " runs past the " +
                              std::to_string(left()) + " bytes left");
    }
  }

 private:
  template <std::size_t N>
  static void SwapBytes(unsigned char* value) {
    for (std::size_t i = 0; i < N / 2; ++i) std::swap(value[i], value[N - 1 - i]);
  }

  const char* next_;
  const char* end_;
  bool swap_ = false;
};

// For a container's load that makes room for `count` items at once: checks
// the count against what a ByteInputArchive has left (other archives are
// not checked).
template <class Archive>
void CheckItemCount(Archive& ar, std::uint64_t count) {
  if constexpr (std::is_same_v<Archive, ByteInputArchive>) ar.CheckCount(count);
}

// cereal's hooks for the two archives, found by argument-dependent lookup.

template <class T>
requires std::is_arithmetic_v<T>
void CEREAL_SAVE_FUNCTION_NAME(ByteOutputArchive& ar, const T& value) {
  static_assert(!std::is_floating_point_v<T> || std::numeric_limits<T>::is_iec559);
  ar.SaveBinary<sizeof(T)>(&value, sizeof(T));
}

template <class T>
requires std::is_arithmetic_v<T>
void CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, T& value) {
  static_assert(!std::is_floating_point_v<T> || std::numeric_limits<T>::is_iec559);
  ar.LoadBinary<sizeof(T)>(&value, sizeof(T));
}

// A bool is one byte, 0 or 1: any other value is damaged data, not a bool
// with an invalid representation.
inline void CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, bool& value) {
  std::uint8_t byte = 0;
  ar.LoadBinary<1>(&byte, 1);
  if (byte > 1) throw cereal::Exception("a bool holds " + std::to_string(byte));
  value = byte == 1;
}

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(ByteOutputArchive& ar, const cereal::BinaryData<T>& data) {
  using Item = std::remove_pointer_t<T>;
  ar.SaveBinary<sizeof(Item)>(data.data, static_cast<std::size_t>(data.size));
}

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, cereal::BinaryData<T>& data) {
  using Item = std::remove_pointer_t<T>;
  ar.LoadBinary<sizeof(Item)>(data.data, static_cast<std::size_t>(data.size));
}

template <class Archive, class T>
requires std::is_same_v<Archive, ByteInputArchive> || std::is_same_v<Archive, ByteOutputArchive>
void CEREAL_SERIALIZE_FUNCTION_NAME(Archive& ar, cereal::NameValuePair<T>& field) {
  ar(field.value);
}

template <class Archive, class T>
requires std::is_same_v<Archive, ByteInputArchive> || std::is_same_v<Archive, ByteOutputArchive>
void CEREAL_SERIALIZE_FUNCTION_NAME(Archive& ar, cereal::SizeTag<T>& tag) { ar(tag.size); }

// Strings and vectors read as cereal reads them (the same bytes), with the
// length checked before room is made.

inline void CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, std::string& text) {
  cereal::size_type size = 0;
  ar(cereal::make_size_tag(size));
  ar.CheckCount(size);
  text.resize(static_cast<std::size_t>(size));
  ar.LoadBinary<1>(text.data(), static_cast<std::size_t>(size));
}

template <class T, class A>
void CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, std::vector<T, A>& items) {
  cereal::size_type size = 0;
  ar(cereal::make_size_tag(size));
  ar.CheckCount(size);
  items.resize(static_cast<std::size_t>(size));
  if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
    ar.LoadBinary<sizeof(T)>(items.data(), static_cast<std::size_t>(size) * sizeof(T));
  } else {
    for (auto&& item : items) ar(item);
  }
}

}  // namespace homeward

CEREAL_REGISTER_ARCHIVE(homeward::ByteOutputArchive)
CEREAL_REGISTER_ARCHIVE(homeward::ByteInputArchive)
CEREAL_SETUP_ARCHIVE_TRAITS(homeward::ByteInputArchive, homeward::ByteOutputArchive)
