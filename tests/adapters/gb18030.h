#pragma once
// Text as a spreadsheet in China saves it: the import tests' GB18030 files.

#include <iconv.h>

#include <string>

namespace homeward::testing {

// `utf8` encoded in GB18030 (iconv); the test's own text, so always encodable.
inline std::string Gb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  std::string out(utf8.size() * 2 + 8, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size(), out_left = out.size();
  char* dst = out.data();
  iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace homeward::testing
