#include "engine/recent_records.h"

#include <algorithm>

namespace homeward {
namespace {

std::size_t BytesOf(const std::vector<std::string>& records) {
  std::size_t bytes = 0;
  for (const std::string& record : records) bytes += record.size();
  return bytes;
}

}  // namespace

void RecentRecords::Add(std::uint64_t first, std::vector<std::string> records) {
  if (records.empty()) return;
  auto round = std::make_shared<RecentSpan::Round>();
  round->first = first;
  round->records = std::move(records);
  const std::size_t bytes = BytesOf(round->records);
  std::lock_guard lock(mu_);
  if (!rounds_.empty()) {
    const RecentSpan::Round& newest = *rounds_.back();
    if (newest.first + newest.records.size() != first) {
      rounds_.clear();
      bytes_ = 0;
    }
  }
  rounds_.push_back(std::move(round));
  bytes_ += bytes;
  while (rounds_.size() > 1 && bytes_ > max_bytes_) {
    bytes_ -= BytesOf(rounds_.front()->records);
    rounds_.pop_front();
  }
}

RecentSpan RecentRecords::From(std::uint64_t from, std::size_t max_count) const {
  RecentSpan span;
  if (max_count == 0) return span;
  {
    std::lock_guard lock(mu_);
    if (rounds_.empty() || from < rounds_.front()->first) return span;
    // The newest round holding `from`: rounds are few, and a reader near the
    // head asks for one of the last.
    auto at = std::find_if(rounds_.rbegin(), rounds_.rend(),
                           [&](const auto& round) { return round->first <= from; });
    const RecentSpan::Round& found = **at;
    if (from >= found.first + found.records.size()) return span;  // newer than the newest
    span.held.assign(at.base() - 1, rounds_.end());
  }
  // The records themselves never change once added: read outside the lock.
  for (const auto& round : span.held) {
    const std::size_t skip = from > round->first ? from - round->first : 0;
    for (std::size_t i = skip; i < round->records.size() && span.records.size() < max_count; ++i) {
      span.records.push_back(round->records[i]);
    }
  }
  return span;
}

}  // namespace homeward
