#include "engine/token.h"

#include <sodium.h>

#include "engine/chain.h"

namespace homeward {

std::string NewToken() { return "hw_" + HashHex(RandomBytes()); }

std::string TokenHash(std::string_view token) { return HashHex(HashBody(token)); }

std::string DerivedToken(std::string_view key, std::string_view context) {
  return "hw_" + HashHex(KeyedDigest(key, context));
}

Hash KeyedDigest(std::string_view key, std::string_view text) {
  Hash out{};
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()),
                     text.size(), reinterpret_cast<const unsigned char*>(key.data()), key.size());
  return out;
}

}  // namespace homeward
