#include "engine/backup.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "engine/keys.h"
#include "engine/store.h"
#include "engine/verify.h"

namespace homeward {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kBatchBytes = 4 << 20;

// Copies every record of `from` into `to`, in batches.
Status CopyFamily(const Store& source, rocksdb::ColumnFamilyHandle* from, Store& target,
                  rocksdb::ColumnFamilyHandle* to, std::uint64_t* records) {
  std::unique_ptr<rocksdb::Iterator> it(source.db()->NewIterator(rocksdb::ReadOptions(), from));
  rocksdb::WriteBatch batch;
  rocksdb::WriteOptions unsynced;
  unsynced.disableWAL = true;  // made durable by the flush at the end
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    batch.Put(to, it->key(), it->value()).PermitUncheckedError();
    ++*records;
    if (batch.GetDataSize() >= kBatchBytes) {
      if (Status s = FromRocks(target.db()->Write(unsynced, &batch), "writing the backup"); !s.ok())
        return s;
      batch.Clear();
    }
  }
  if (Status s = FromRocks(it->status(), "reading " + from->GetName()); !s.ok()) return s;
  return FromRocks(target.db()->Write(unsynced, &batch), "writing the backup");
}

Status SyncDirectory(const fs::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return Unavailable("cannot open " + dir.string() + " to make the backup durable");
  const int synced = ::fsync(fd);
  ::close(fd);
  return synced == 0 ? Status::Ok() : Unavailable("cannot sync " + dir.string());
}

}  // namespace

Result<BackupReport> BackupStore(const std::string& dir, const std::string& dest) {
  std::error_code ec;
  fs::path target = fs::path(dest).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();  // "b/" names "b"
  if (fs::exists(target, ec)) {
    return InvalidArgument("the backup directory " + dest + " exists; name a new one");
  }
  const fs::path partial = target.string() + ".partial";
  const fs::path reading = target.string() + ".reading";
  fs::remove_all(partial, ec);  // the leftovers of an earlier failed backup
  fs::remove_all(partial.string() + ".homeward-new", ec);
  fs::remove_all(reading, ec);
  BackupReport report;
  Status copied = [&]() -> Status {
    StoreOptions beside;
    beside.create_if_missing = false;
    beside.secondary_path = reading.string();
    Result<std::unique_ptr<Store>> source = Store::Open(dir, beside);
    if (!source.ok()) return source.status();
    Result<std::unique_ptr<Store>> copy = Store::Open(partial.string(), StoreOptions{});
    if (!copy.ok()) return copy.status();
    for (rocksdb::ColumnFamilyHandle* from : (*source)->families()) {
      // Views hold personal data opened with keys that a later erasure may
      // destroy; they are rebuilt from the log when the copy is served.
      if (from == nullptr || from->GetName() == keys::kProjectionsFamily) continue;
      rocksdb::ColumnFamilyHandle* to = (*copy)->Family(from->GetName());
      if (to == nullptr) continue;  // a family this program does not know
      if (Status s = CopyFamily(**source, from, **copy, to, &report.records); !s.ok()) return s;
    }
    std::unique_ptr<rocksdb::Iterator> last(
        (*copy)->db()->NewIterator(rocksdb::ReadOptions(), (*copy)->log()));
    last->SeekToLast();
    if (last->Valid()) keys::ParseLogKey(last->key().ToStringView(), &report.head);
    rocksdb::FlushOptions wait;
    wait.wait = true;
    return FromRocks((*copy)->db()->Flush(wait, (*copy)->families()), "flushing the backup");
  }();
  fs::remove_all(reading, ec);
  if (copied.ok()) {
    // The copy is named a backup only if its chain holds from position 1 to
    // its head: a write-ahead log file the server removed while the copy
    // was read would show here as a gap, not as a silently short backup.
    Result<VerifyReport> checked = VerifyStore(partial.string());
    if (!checked.ok()) {
      copied = checked.status();
    } else if (!checked->ok || checked->count != report.head) {
      copied = Unavailable("the copy does not verify (" + checked->problem +
                           "): the store changed under it; run the backup again");
    }
  }
  if (copied.ok()) {
    fs::rename(partial, target, ec);
    if (ec) copied = Unavailable("cannot name the backup " + dest + ": " + ec.message());
  }
  if (copied.ok()) copied = SyncDirectory(target.parent_path());
  if (!copied.ok()) {
    fs::remove_all(partial, ec);
    fs::remove_all(partial.string() + ".homeward-new", ec);
    return copied;
  }
  return report;
}

}  // namespace homeward
