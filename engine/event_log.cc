#include "engine/event_log.h"

#include <future>

namespace homeward {

Result<AppendResult> EventLog::Append(AppendRequest request) {
  std::promise<Result<AppendResult>> promise;
  auto answer = promise.get_future();
  AppendAsync(std::move(request),
              [&promise](Result<AppendResult> result) { promise.set_value(std::move(result)); });
  return answer.get();
}

}  // namespace homeward
