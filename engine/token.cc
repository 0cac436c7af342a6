#include "engine/token.h"

#include "engine/chain.h"

namespace homeward {

std::string NewToken() { return "hw_" + HashHex(RandomBytes()); }

std::string TokenHash(std::string_view token) { return HashHex(HashBody(token)); }

}  // namespace homeward
