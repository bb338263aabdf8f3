#pragma once

#include "core/registry/registrypool.h"
#include "core/store/location.h"
#include "core/store/store.h"

#include <memory>

namespace lading::transfer {

// Opens the Store a Location names: a registry repository through the shared pool, a layout folder, or a
// layout tar (extracted to a temporary folder; saved back atomically by save()).
class StoreOpener final
{
public:
    explicit StoreOpener(registry::RegistryPool& pool)
        : m_pool(pool)
    {}

    // With `forWriting`, a missing layout folder or archive is created.
    Result<std::unique_ptr<store::Store>> open(const store::Location& location, bool forWriting);
    // Writes an archive store back to its tar; a no-op for other stores.
    static Status save(store::Store& store);

private:
    registry::RegistryPool& m_pool;
};

} // namespace lading::transfer
