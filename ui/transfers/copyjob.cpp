#include "ui/transfers/copyjob.h"

#include "core/transfer/storeopener.h"
#include "ui/appcontext.h"

namespace lading::ui {

namespace {

QString copyTitle(const store::Location& source, const store::Location& destination)
{
    return destination.isRegistry()
               ? CopyJob::tr("Copy %1 to %2").arg(source.toString(), destination.toString())
               : CopyJob::tr("Export %1 to %2").arg(source.toString(), destination.path);
}

} // namespace

CopyJob::CopyJob(AppContext& context, store::Location source, store::Location destination,
                 transfer::CopyOptions options, QObject* parent)
    : TransferJob(destination.isRegistry() ? Kind::Copy : Kind::Export, copyTitle(source, destination),
                  parent)
    , m_context(context)
    , m_source(std::move(source))
    , m_destination(std::move(destination))
    , m_options(std::move(options))
{}

CopyJob::~CopyJob() = default;

Status CopyJob::run(store::TransferControl& control)
{
    auto from = m_context.store(m_source);
    if (!from)
        return from.error();
    // The destination is opened afresh and for writing: a layout or tar may not exist yet, and a tar is
    // written back (atomically) only by this job's save().
    transfer::StoreOpener opener(m_context.registries());
    auto to = opener.open(m_destination, true);
    if (!to)
        return to.error();
    QString tagName = m_destination.tagName();
    if (tagName.isEmpty() && !m_destination.hasDigest())
        tagName = m_source.tagName();
    if (tagName.isEmpty() && !m_destination.isRegistry())
        tagName = QStringLiteral("latest");
    transfer::GraphCopier copier(*from.value(), *to.value(), m_options, &control);
    auto plan = copier.plan(m_source.manifestReference());
    if (!plan)
        return plan.error();
    for (const auto& blob : plan->blobs)
        control.setBlobSize(blob.digest.toString(), blob.size);
    setTotalBytes(plan->blobBytes);
    auto result = copier.copy(plan.value(), tagName);
    if (!result)
        return result.error();
    LADING_TRY(transfer::StoreOpener::save(*to.value()));
    m_context.forgetStores(AppContext::storeKey(m_destination));
    store::Location done = m_destination;
    if (done.isRegistry()) {
        done.reference = done.reference.withDigest(result->root.digest);
    } else {
        done.tag = tagName;
    }
    setResultLocation(done.toString());
    return {};
}

} // namespace lading::ui
