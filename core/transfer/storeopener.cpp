#include "core/transfer/storeopener.h"

#include "core/registry/remoterepository.h"
#include "core/store/archivestore.h"
#include "core/store/layoutstore.h"

namespace lading::transfer {

Result<std::unique_ptr<store::Store>> StoreOpener::open(const store::Location& location, bool forWriting)
{
    switch (location.kind) {
    case store::Location::Kind::Registry:
        return std::unique_ptr<store::Store>(std::make_unique<registry::RemoteRepository>(
            m_pool.client(location.reference.registry()), location.reference.repository()));
    case store::Location::Kind::Layout: {
        auto layout = store::LayoutStore::open(location.path, forWriting);
        if (!layout)
            return layout.error();
        return std::unique_ptr<store::Store>(std::move(layout.value()));
    }
    case store::Location::Kind::Archive: {
        auto archive = store::ArchiveStore::open(location.path, forWriting);
        if (!archive)
            return archive.error();
        return std::unique_ptr<store::Store>(std::move(archive.value()));
    }
    }
    return Error::make(Error::Kind::InvalidInput, QStringLiteral("unknown location"));
}

Status StoreOpener::save(store::Store& store)
{
    if (auto* archive = dynamic_cast<store::ArchiveStore*>(&store))
        return archive->save();
    return {};
}

} // namespace lading::transfer
