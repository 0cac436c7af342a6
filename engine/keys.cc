#include "engine/keys.h"

#include "events/bytes.h"

namespace homeward::keys {

std::string LogKey(std::uint64_t position) {
  std::string key;
  key.reserve(8);
  PutBigEndian64(key, position);
  return key;
}

bool ParseLogKey(std::string_view key, std::uint64_t* position) {
  if (key.size() != 8) return false;
  *position = GetBigEndian64(key);
  return true;
}

std::string StreamKey(std::string_view stream_id, std::uint64_t version) {
  std::string key;
  key.reserve(stream_id.size() + 9);
  key.append(stream_id);
  key.push_back('\0');
  PutBigEndian64(key, version);
  return key;
}

std::string StreamKeyBegin(std::string_view stream_id) { return StreamKey(stream_id, 0); }

std::string StreamKeyEnd(std::string_view stream_id) { return StreamKey(stream_id, UINT64_MAX); }

bool ParseStreamKey(std::string_view key, std::string_view* stream_id, std::uint64_t* version) {
  if (key.size() < 10 || key[key.size() - 9] != '\0') return false;
  *stream_id = key.substr(0, key.size() - 9);
  *version = GetBigEndian64(key.substr(key.size() - 8));
  return true;
}

std::string FormatValue(std::uint32_t version) {
  std::string value(kFormatMagic);
  value.push_back('\0');
  for (int shift = 24; shift >= 0; shift -= 8) value.push_back(static_cast<char>(version >> shift));
  return value;
}

bool ParseFormatValue(std::string_view value, std::uint32_t* version) {
  if (value.size() != kFormatMagic.size() + 5 ||
      value.substr(0, kFormatMagic.size()) != kFormatMagic || value[kFormatMagic.size()] != '\0') {
    return false;
  }
  std::uint32_t v = 0;
  for (size_t i = kFormatMagic.size() + 1; i < value.size(); ++i)
    v = (v << 8) | static_cast<std::uint8_t>(value[i]);
  *version = v;
  return true;
}

}  // namespace homeward::keys
