#include "ui/util/async.h"

namespace lading::ui {

QThreadPool& workerPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(12);
        // Keep threads (and their network managers with open connections) alive between tasks.
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

} // namespace lading::ui
