#pragma once
// A disk that fails on demand, under a real RocksDB: the local file system,
// except that while a fault is set, files being written refuse as a full or
// failing disk does. Three faults:
//   kNoSpace  every Append, Flush and Sync answers "no space"; no new files;
//   kTorn     an Append writes the first half of its bytes, then answers "no
//             space" (a record cut off mid-write); later writes fail;
//   kSyncFails  bytes are written but Sync and Fsync fail (not durable);
//   kLargeReadsFail  reads of 64 KiB or more fail (a bad stretch of a large
//             file: a large value's block), smaller ones succeed.
// And, set apart, a directory whose fsync fails (FailDirectorySync).

#include <rocksdb/env.h>
#include <rocksdb/file_system.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>

namespace homeward::testing {

enum class DiskFault { kNone, kNoSpace, kTorn, kSyncFails, kLargeReadsFail };

class FullDisk : public rocksdb::FileSystemWrapper {
 public:
  FullDisk() : FileSystemWrapper(rocksdb::FileSystem::Default()) {}

  // Sets the fault that writes meet from now on; kNone clears it.
  void Set(DiskFault fault) { fault_.store(fault); }
  DiskFault fault() const { return fault_.load(); }
  // How many writes the disk refused since it was made.
  int refusals() const { return refusals_.load(); }

  const char* Name() const override { return "FullDisk"; }

  rocksdb::IOStatus NewWritableFile(const std::string& name, const rocksdb::FileOptions& options,
                                    std::unique_ptr<rocksdb::FSWritableFile>* file,
                                    rocksdb::IODebugContext* dbg) override {
    if (fault() == DiskFault::kNoSpace) return Refuse();
    return Wrap(target()->NewWritableFile(name, options, file, dbg), file);
  }
  rocksdb::IOStatus ReopenWritableFile(const std::string& name, const rocksdb::FileOptions& options,
                                       std::unique_ptr<rocksdb::FSWritableFile>* file,
                                       rocksdb::IODebugContext* dbg) override {
    if (fault() == DiskFault::kNoSpace) return Refuse();
    return Wrap(target()->ReopenWritableFile(name, options, file, dbg), file);
  }
  rocksdb::IOStatus ReuseWritableFile(const std::string& name, const std::string& old,
                                      const rocksdb::FileOptions& options,
                                      std::unique_ptr<rocksdb::FSWritableFile>* file,
                                      rocksdb::IODebugContext* dbg) override {
    if (fault() == DiskFault::kNoSpace) return Refuse();
    return Wrap(target()->ReuseWritableFile(name, old, options, file, dbg), file);
  }

  // Makes every fsync of directory `dir` fail from now on.
  void FailDirectorySync(std::string dir) {
    std::lock_guard lock(mu_);
    failing_dir_ = std::move(dir);
  }

  rocksdb::IOStatus NewRandomAccessFile(const std::string& name,
                                        const rocksdb::FileOptions& options,
                                        std::unique_ptr<rocksdb::FSRandomAccessFile>* file,
                                        rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus opened = target()->NewRandomAccessFile(name, options, file, dbg);
    if (opened.ok()) *file = std::make_unique<Reader>(std::move(*file), *this);
    return opened;
  }

  rocksdb::IOStatus NewDirectory(const std::string& name, const rocksdb::IOOptions& options,
                                 std::unique_ptr<rocksdb::FSDirectory>* dir,
                                 rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus opened = target()->NewDirectory(name, options, dir, dbg);
    std::lock_guard lock(mu_);
    if (opened.ok() && name == failing_dir_)
      *dir = std::make_unique<FailingDirectory>(std::move(*dir));
    return opened;
  }

  // An Env over this file system, for RocksLogOptions::env.
  static std::pair<std::shared_ptr<FullDisk>, std::unique_ptr<rocksdb::Env>> Make() {
    auto disk = std::make_shared<FullDisk>();
    return {disk, rocksdb::NewCompositeEnv(disk)};
  }

 private:
  static constexpr std::size_t kLargeRead = 64 << 10;

  class Reader : public rocksdb::FSRandomAccessFileOwnerWrapper {
   public:
    Reader(std::unique_ptr<rocksdb::FSRandomAccessFile> file, FullDisk& disk)
        : FSRandomAccessFileOwnerWrapper(std::move(file)), disk_(disk) {}
    rocksdb::IOStatus Read(uint64_t offset, size_t n, const rocksdb::IOOptions& options,
                           rocksdb::Slice* result, char* scratch,
                           rocksdb::IODebugContext* dbg) const override {
      if (Fails(n)) return rocksdb::IOStatus::IOError("a bad stretch of the disk (injected)");
      return target()->Read(offset, n, options, result, scratch, dbg);
    }
    rocksdb::IOStatus MultiRead(rocksdb::FSReadRequest* reqs, size_t num_reqs,
                                const rocksdb::IOOptions& options,
                                rocksdb::IODebugContext* dbg) override {
      for (size_t i = 0; i < num_reqs; ++i) {
        if (Fails(reqs[i].len)) return rocksdb::IOStatus::IOError("a bad stretch (injected)");
      }
      return target()->MultiRead(reqs, num_reqs, options, dbg);
    }

   private:
    bool Fails(size_t n) const {
      return disk_.fault() == DiskFault::kLargeReadsFail && n >= kLargeRead;
    }
    FullDisk& disk_;
  };

  class FailingDirectory : public rocksdb::FSDirectoryWrapper {
   public:
    using FSDirectoryWrapper::FSDirectoryWrapper;
    rocksdb::IOStatus Fsync(const rocksdb::IOOptions&, rocksdb::IODebugContext*) override {
      return rocksdb::IOStatus::IOError("the directory's fsync failed (injected)");
    }
    rocksdb::IOStatus FsyncWithDirOptions(const rocksdb::IOOptions& options,
                                          rocksdb::IODebugContext* dbg,
                                          const rocksdb::DirFsyncOptions&) override {
      return Fsync(options, dbg);
    }
  };

  class File : public rocksdb::FSWritableFileOwnerWrapper {
   public:
    File(std::unique_ptr<rocksdb::FSWritableFile> file, FullDisk& disk)
        : FSWritableFileOwnerWrapper(std::move(file)), disk_(disk) {}
    rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                             rocksdb::IODebugContext* dbg) override {
      switch (disk_.fault()) {
        case DiskFault::kNoSpace:
          return disk_.Refuse();
        case DiskFault::kTorn:
          if (!torn_) {
            torn_ = true;
            target()
                ->Append(rocksdb::Slice(data.data(), data.size() / 2), options, dbg)
                .PermitUncheckedError();
            target()->Flush(options, dbg).PermitUncheckedError();
          }
          return disk_.Refuse();
        default:
          return target()->Append(data, options, dbg);
      }
    }
    rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                             const rocksdb::DataVerificationInfo&,
                             rocksdb::IODebugContext* dbg) override {
      return Append(data, options, dbg);
    }
    rocksdb::IOStatus Flush(const rocksdb::IOOptions& options,
                            rocksdb::IODebugContext* dbg) override {
      if (disk_.fault() == DiskFault::kNoSpace || disk_.fault() == DiskFault::kTorn)
        return disk_.Refuse();
      return target()->Flush(options, dbg);
    }
    rocksdb::IOStatus Sync(const rocksdb::IOOptions& options,
                           rocksdb::IODebugContext* dbg) override {
      if (disk_.WritesFail()) return disk_.Refuse();
      return target()->Sync(options, dbg);
    }
    rocksdb::IOStatus Fsync(const rocksdb::IOOptions& options,
                            rocksdb::IODebugContext* dbg) override {
      if (disk_.WritesFail()) return disk_.Refuse();
      return target()->Fsync(options, dbg);
    }

   private:
    FullDisk& disk_;
    bool torn_ = false;
  };

  // A file opened by the disk below, wrapped so that its writes meet the fault.
  rocksdb::IOStatus Wrap(rocksdb::IOStatus opened, std::unique_ptr<rocksdb::FSWritableFile>* file) {
    if (opened.ok()) *file = std::make_unique<File>(std::move(*file), *this);
    return opened;
  }

  bool WritesFail() const {
    const DiskFault f = fault();
    return f == DiskFault::kNoSpace || f == DiskFault::kTorn || f == DiskFault::kSyncFails;
  }

  rocksdb::IOStatus Refuse() {
    refusals_.fetch_add(1);
    return rocksdb::IOStatus::NoSpace("the disk is full (injected)");
  }

  std::atomic<DiskFault> fault_{DiskFault::kNone};
  std::atomic<int> refusals_{0};
  std::mutex mu_;
  std::string failing_dir_;
};

}  // namespace homeward::testing
