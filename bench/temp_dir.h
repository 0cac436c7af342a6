#pragma once
// A fresh temporary directory, removed with everything in it when destroyed.

#include <string>

namespace homeward {

// Owns a directory made by mkdtemp under $TMPDIR (or /tmp). Not copyable.
class TempDir {
 public:
  // Makes the directory; `prefix` starts its name. Aborts when it cannot.
  explicit TempDir(const std::string& prefix = "homeward");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // A path inside the directory.
  std::string Sub(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace homeward
