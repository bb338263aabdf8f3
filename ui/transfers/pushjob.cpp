#include "ui/transfers/pushjob.h"

#include "core/transfer/storeopener.h"
#include "ui/appcontext.h"

#include <QTemporaryDir>

namespace lading::ui {

PushJob::PushJob(AppContext& context, transfer::PackRequest request, store::Location target, QObject* parent)
    : TransferJob(Kind::Push,
                  request.subject ? tr("Attach to %1").arg(target.toString())
                                  : tr("Push to %1").arg(target.toString()),
                  parent)
    , m_context(context)
    , m_request(std::move(request))
    , m_target(std::move(target))
{}

PushJob::~PushJob() = default;

Status PushJob::run(store::TransferControl& control)
{
    QTemporaryDir work;
    transfer::PackRequest request = m_request;
    if (request.workDir.isEmpty())
        request.workDir = work.path();
    auto packed = transfer::ArtifactPacker::pack(request, &control);
    if (!packed)
        return packed.error();
    qint64 total = 0;
    for (const auto& blob : packed->blobs) {
        total += blob.descriptor.size;
        control.setBlobSize(blob.descriptor.digest.toString(), blob.descriptor.size);
    }
    setTotalBytes(total);
    transfer::StoreOpener opener(m_context.registries());
    auto store = opener.open(m_target, true);
    if (!store) {
        transfer::ArtifactPacker::cleanUp(packed.value());
        return store.error();
    }
    auto pushed =
        transfer::ArtifactPacker::push(packed.value(), *store.value(), m_target.tagName(), &control);
    transfer::ArtifactPacker::cleanUp(packed.value());
    if (!pushed)
        return pushed.error();
    LADING_TRY(transfer::StoreOpener::save(*store.value()));
    // Views that opened this layout before must see the new manifest.
    m_context.forgetStores(AppContext::storeKey(m_target));
    store::Location result = m_target;
    if (result.isRegistry())
        result.reference = result.reference.withDigest(pushed->digest);
    else
        result.digest = pushed->digest;
    setResultLocation(result.toString());
    return {};
}

} // namespace lading::ui
