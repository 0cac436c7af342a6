#include "events/codec.h"

namespace homeward {

Status PayloadError(std::string_view type, std::string_view what) {
  std::string message(type);
  message += ' ';
  message += what;
  return Corruption(std::move(message));
}

}  // namespace homeward
