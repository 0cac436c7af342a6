#include "engine/store.h"

#include <rocksdb/convenience.h>
#include <rocksdb/file_system.h>

#include <filesystem>

#include "engine/keys.h"
#include "engine/store_options.h"

namespace homeward {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kKnownFamilies[] = {
    keys::kMetaFamily,        keys::kLogFamily,         keys::kStreamsFamily,
    keys::kIdempotencyFamily, keys::kProjectionsFamily, keys::kSubjectKeysFamily,
};

bool HasEntries(const fs::path& dir) {
  std::error_code ec;
  return fs::directory_iterator(dir, ec) != fs::directory_iterator();
}

}  // namespace

Status FromRocks(const rocksdb::Status& s, std::string_view what) {
  if (s.ok()) return Status::Ok();
  const std::string message = std::string(what) + ": " + s.ToString();
  if (s.IsCorruption()) return Corruption(message);
  if (s.IsNotFound()) return NotFound(message);
  if (s.IsInvalidArgument()) return InvalidArgument(message);
  if (s.IsIOError() || s.IsBusy() || s.IsTimedOut() || s.IsTryAgain() || s.IsNoSpace() ||
      s.IsAborted()) {
    return Unavailable(message);
  }
  return Internal(message);
}

namespace {

// Opens the existing database in `dir` with the families it has: for
// writing, read-only, or as a secondary instance keeping its own files in
// `secondary_path` (no lock: it reads alongside a running server).
Status OpenFamilies(const std::string& dir, const std::vector<std::string>& existing,
                    bool read_only, const StoreOptions& options,
                    const std::shared_ptr<rocksdb::Cache>& cache,
                    std::vector<rocksdb::ColumnFamilyHandle*>* handles, rocksdb::DB** raw) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const auto& name : existing) descriptors.emplace_back(name, FamilyOptions(name, cache));
  rocksdb::DBOptions db_options = DatabaseOptions(false, options.env);
  if (!options.secondary_path.empty()) {
    db_options.max_open_files = -1;  // table files stay readable when the server deletes them
    rocksdb::Status s = rocksdb::DB::OpenAsSecondary(db_options, dir, options.secondary_path,
                                                     descriptors, handles, raw);
    if (s.ok()) s = (*raw)->TryCatchUpWithPrimary();
    if (!s.ok() && *raw != nullptr) {  // opened but could not catch up: close it again
      for (auto* handle : *handles)
        (*raw)->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
      handles->clear();
      delete *raw;
      *raw = nullptr;
    }
    return FromRocks(s, "reading " + dir + " beside its server");
  }
  rocksdb::Status s = read_only
                          ? rocksdb::DB::OpenForReadOnly(db_options, dir, descriptors, handles, raw)
                          : rocksdb::DB::Open(db_options, dir, descriptors, handles, raw);
  const std::string said = s.ToString();
  if (!read_only && s.IsIOError() &&
      (said.find("While lock file") != std::string::npos ||
       said.find("lock hold by current process") != std::string::npos)) {
    // Another process (or this one) has the store open for writing.
    return Unavailable(dir +
                       " is in use by another homeward process, most likely a running `homeward "
                       "serve`: stop it first, or do this through its HTTP API (" +
                       said + ")");
  }
  return FromRocks(s, "opening " + dir);
}

// Builds a complete new store (every family and the format marker) in a
// sibling directory and renames it into place, so a crash during creation
// leaves either no store or a whole one, never a half-made directory that
// would be refused as "not a homeward store" ever after.
Status CreateStore(const fs::path& target, rocksdb::Env* env) {
  const fs::path building = target.string() + ".homeward-new";
  std::error_code ec;
  fs::remove_all(building, ec);  // the leftovers of an earlier crash
  rocksdb::DBOptions db_options = DatabaseOptions(true, env);
  db_options.create_missing_column_families = true;
  auto cache = rocksdb::NewLRUCache(1 << 20);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (std::string_view name : kKnownFamilies) {
    descriptors.emplace_back(std::string(name), FamilyOptions(name, cache));
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(db_options, building.string(), descriptors, &handles, &raw);
  if (!s.ok()) return FromRocks(s, "creating a store in " + building.string());
  std::unique_ptr<rocksdb::DB> db(raw);
  rocksdb::WriteOptions sync;
  sync.sync = true;
  s = db->Put(sync, handles[0], keys::kFormatKey, keys::FormatValue(keys::kFormatVersion));
  for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  if (s.ok()) s = db->Close();
  db.reset();
  if (!s.ok()) return FromRocks(s, "writing the format marker in " + building.string());
  fs::rename(building, target, ec);  // replaces an empty directory
  if (ec)
    return Unavailable("cannot move the new store into " + target.string() + ": " + ec.message());
  // Make the rename itself durable. If it is not, a power cut could put the
  // store back under its building name, where the next creation clears it:
  // no append may be acknowledged in it before this holds.
  const std::string parent = target.parent_path().empty() ? "." : target.parent_path().string();
  const std::shared_ptr<rocksdb::FileSystem>& files =
      env != nullptr ? env->GetFileSystem() : rocksdb::FileSystem::Default();
  std::unique_ptr<rocksdb::FSDirectory> directory;
  rocksdb::IOStatus synced = files->NewDirectory(parent, rocksdb::IOOptions(), &directory, nullptr);
  if (synced.ok()) synced = directory->Fsync(rocksdb::IOOptions(), nullptr);
  if (!synced.ok()) {
    return Unavailable("cannot make the new store in " + target.string() + " durable: syncing " +
                       parent + " failed: " + synced.ToString());
  }
  return Status::Ok();
}

Status CheckFormat(const std::string& dir, rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta) {
  std::string format;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), meta, keys::kFormatKey, &format);
  if (!s.ok() && !s.IsNotFound()) return FromRocks(s, "reading the format marker of " + dir);
  std::uint32_t version = 0;
  if (s.IsNotFound() || !keys::ParseFormatValue(format, &version)) {
    return InvalidArgument(dir + " is not a homeward store: it has no homeward format marker");
  }
  if (version > keys::kFormatVersion) {
    return Status(Code::kPreconditionFailed,
                  dir + " is in store format " + std::to_string(version) +
                      "; this program reads formats up to " + std::to_string(keys::kFormatVersion) +
                      ": use a newer homeward");
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const StoreOptions& options) {
  fs::path path = fs::path(dir).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();  // "data/" names "data"
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (exists && !fs::is_directory(path, ec)) {
    return InvalidArgument(dir + " is not a directory");
  }
  if (!(exists && fs::exists(path / "CURRENT", ec))) {
    if (exists && HasEntries(path)) {
      return InvalidArgument(dir + " is not a homeward store: it holds files but no database");
    }
    if (!options.create_if_missing || options.read_only || !options.secondary_path.empty()) {
      return NotFound("no homeward store at " + dir);
    }
    fs::create_directories(path.parent_path().empty() ? "." : path.parent_path(), ec);
    if (Status s = CreateStore(path, options.env); !s.ok()) return s;
  }

  std::vector<std::string> existing;
  rocksdb::Status s =
      rocksdb::DB::ListColumnFamilies(DatabaseOptions(false, options.env), dir, &existing);
  if (!s.ok()) return FromRocks(s, "listing column families of " + dir);
  if (std::find(existing.begin(), existing.end(), keys::kLogFamily) == existing.end()) {
    return InvalidArgument(dir + " is not a homeward store: it has no log column family");
  }

  auto cache = rocksdb::NewLRUCache(64 << 20);
  // Look before writing: a read-only open changes nothing, so a foreign or a
  // newer database is refused untouched.
  for (const bool read_only : {true, false}) {
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    if (Status st = OpenFamilies(dir, existing, read_only, options, cache, &handles, &raw);
        !st.ok()) {
      return st;
    }
    std::unique_ptr<Store> store(new Store());
    store->dir_ = dir;
    store->read_only_ = read_only;
    store->db_.reset(raw);
    store->families_.assign(std::size(kKnownFamilies), nullptr);
    for (size_t i = 0; i < handles.size(); ++i) {
      auto known = std::find(std::begin(kKnownFamilies), std::end(kKnownFamilies), existing[i]);
      if (known == std::end(kKnownFamilies)) {
        store->families_.push_back(handles[i]);
      } else {
        store->families_[known - std::begin(kKnownFamilies)] = handles[i];
      }
    }
    if (read_only) {
      if (Status st = CheckFormat(dir, raw, store->meta()); !st.ok()) return st;
      if (options.read_only || !options.secondary_path.empty()) {
        store->read_only_ = true;
        return store;
      }
      continue;  // checked: close it and open for writing
    }
    // Families added by a later program of the same format.
    for (size_t i = 0; i < std::size(kKnownFamilies); ++i) {
      if (store->families_[i] != nullptr) continue;
      s = raw->CreateColumnFamily(FamilyOptions(kKnownFamilies[i], cache),
                                  std::string(kKnownFamilies[i]), &store->families_[i]);
      if (!s.ok()) return FromRocks(s, "creating column family " + std::string(kKnownFamilies[i]));
    }
    return store;
  }
  return Internal("unreachable");
}

rocksdb::ColumnFamilyHandle* Store::Family(std::string_view name) const {
  for (auto* handle : families_) {
    if (handle != nullptr && handle->GetName() == name) return handle;
  }
  return nullptr;
}

Store::~Store() {
  if (!db_) return;
  if (!read_only_ && !write_failed_) {
    db_->FlushWAL(true).PermitUncheckedError();
    // A large view snapshot is written outside the write-ahead log and
    // flushed in the background (projection_store.cc): closing does not wait
    // for a flush under way and would drop it.
    rocksdb::FlushOptions wait;
    wait.wait = true;
    if (projections() != nullptr) db_->Flush(wait, projections()).PermitUncheckedError();
  }
  for (auto* handle : families_) {
    if (handle != nullptr && handle != db_->DefaultColumnFamily()) {
      db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    }
  }
  db_->Close().PermitUncheckedError();
}

Status Store::Compact() const {
  rocksdb::FlushOptions wait;
  wait.wait = true;
  if (Status s = FromRocks(db_->Flush(wait, families_), "flushing the store"); !s.ok()) return s;
  rocksdb::CompactRangeOptions all;
  all.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
  for (rocksdb::ColumnFamilyHandle* family : families_) {
    if (Status s = FromRocks(db_->CompactRange(all, family, nullptr, nullptr), "compacting");
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

}  // namespace homeward
