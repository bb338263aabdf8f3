#include "core/transfer/parallel.h"

#include <QCoreApplication>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace lading::transfer {

Status runParallel(int count, int concurrency, const std::function<Status(int)>& task,
                   store::TransferControl* control)
{
    if (count <= 0)
        return {};
    std::atomic<int> next{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::optional<Error> firstError;
    int firstIndex = 0;
    auto worker = [&] {
        for (;;) {
            if (failed.load() || (control && control->isCancelled()))
                return;
            const int index = next.fetch_add(1);
            if (index >= count)
                return;
            Status status = task(index);
            if (!status.ok()) {
                std::lock_guard lock(errorMutex);
                const bool isCancel = status.error().kind == Error::Kind::Cancelled;
                const bool hadCancel = firstError && firstError->kind == Error::Kind::Cancelled;
                if (!firstError || (isCancel && !hadCancel) ||
                    (isCancel == hadCancel && index < firstIndex)) {
                    firstError = status.error();
                    firstIndex = index;
                }
                failed.store(true);
            }
        }
    };
    const int threads = qBound(1, concurrency, count);
    if (threads == 1) {
        worker();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(static_cast<size_t>(threads));
        for (int i = 0; i < threads; ++i)
            pool.emplace_back(worker);
        for (auto& t : pool)
            t.join();
    }
    if (firstError)
        return *firstError;
    if (control && control->isCancelled())
        return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Transfer", "Cancelled"));
    return {};
}

} // namespace lading::transfer
