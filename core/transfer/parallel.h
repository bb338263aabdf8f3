#pragma once

#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <functional>

namespace lading::transfer {

// Runs task(0) … task(count - 1) on at most `concurrency` worker threads and waits for them. After the
// first failure no new task starts. Of the tasks that failed, the lowest-numbered one's error is returned,
// so the same inputs give the same error whichever task finished first; a cancellation wins over errors.
// Each worker has its own network manager (thread-local), so tasks may block on requests freely.
Status runParallel(int count, int concurrency, const std::function<Status(int)>& task,
                   store::TransferControl* control = nullptr);

} // namespace lading::transfer
