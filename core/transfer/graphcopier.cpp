#include "core/transfer/graphcopier.h"

#include "core/oci/mediatypes.h"
#include "core/transfer/parallel.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

LADING_TR_CONTEXT(GraphCopier);

namespace lading::transfer {

using store::Descriptor;
using store::Manifest;

GraphCopier::GraphCopier(store::Store& source, store::Store& destination, CopyOptions options,
                         store::TransferControl* control)
    : m_source(source)
    , m_destination(destination)
    , m_options(std::move(options))
    , m_control(control)
{}

Status GraphCopier::walk(const Descriptor& descriptor, CopyPlan& plan, QSet<store::Digest>& seen,
                         bool isReferrer)
{
    if (seen.contains(descriptor.digest))
        return {};
    seen.insert(descriptor.digest);
    if (m_control && m_control->isCancelled())
        return Error::make(Error::Kind::Cancelled, tr("Cancelled"));
    auto manifest = m_source.fetchManifest(descriptor.digest.toString());
    if (!manifest)
        return manifest.error().withOrigin(m_source.displayName());
    if (isReferrer)
        ++plan.referrerCount;
    for (const Descriptor& child : manifest->children()) {
        if (oci::MediaType::isManifestOrIndex(child.mediaType)) {
            LADING_TRY(walk(child, plan, seen, false));
        } else if (!seen.contains(child.digest)) {
            seen.insert(child.digest);
            plan.blobs.append(child);
            plan.blobBytes += qMax<qint64>(0, child.size);
        }
    }
    plan.manifests.append(manifest.value());
    if (m_options.includeReferrers) {
        auto referrers = m_source.referrers(manifest->digest());
        if (!referrers)
            return referrers.error().withOrigin(m_source.displayName());
        for (const auto& referrer : referrers.value()) {
            if (referrer.source == store::ReferrerSource::CosignTag) {
                const QString tag = referrer.descriptor.annotations.value(QString(oci::Annotation::RefName));
                if (!tag.isEmpty())
                    plan.referrerTags.insert(referrer.descriptor.digest, tag);
            }
            LADING_TRY(walk(referrer.descriptor, plan, seen, true));
        }
    }
    return {};
}

Result<CopyPlan> GraphCopier::plan(const QString& reference)
{
    auto root = m_source.resolve(reference);
    if (!root)
        return root.error();
    CopyPlan plan;
    plan.root = root.value();
    QSet<store::Digest> seen;
    LADING_TRY(walk(root.value(), plan, seen, false));
    return plan;
}

Status GraphCopier::copyBlob(const Descriptor& blob, CopyResult& result)
{
    if (m_control)
        m_control->setBlobSize(blob.digest.toString(), blob.size);
    auto present = m_destination.exists(blob);
    if (!present)
        return present.error().withOrigin(m_destination.displayName());
    if (present.value()) {
        std::lock_guard lock(m_resultMutex);
        ++result.blobsSkipped;
        if (m_control)
            m_control->addBytes(blob.size, blob.digest.toString());
        return {};
    }
    auto mounted = m_destination.mountBlob(blob, m_source);
    if (mounted.ok() && mounted.value()) {
        std::lock_guard lock(m_resultMutex);
        ++result.blobsMounted;
        if (m_control)
            m_control->addBytes(blob.size, blob.digest.toString());
        return {};
    }
    if (const auto path = m_source.blobFilePath(blob)) {
        LADING_TRY(m_destination.pushBlobFromFile(blob, *path, m_control));
    } else if (const auto target = m_destination.blobTargetPath(blob)) {
        LADING_TRY(m_source.fetchBlobToFile(blob, *target, m_control));
    } else if (blob.size >= 0 && blob.size <= 1024 * 1024) {
        auto bytes = m_source.fetchBlob(blob, 1024 * 1024);
        if (!bytes)
            return bytes.error();
        LADING_TRY(m_destination.pushBlob(blob, bytes.value()));
        if (m_control)
            m_control->addBytes(blob.size, blob.digest.toString());
    } else {
        // Remote to remote: through a spool file, verified on the way in, removed afterwards.
        QTemporaryDir fallback;
        const QString dir = m_options.spoolDir.isEmpty() ? fallback.path() : m_options.spoolDir;
        const QString spool = dir + QLatin1Char('/') + blob.digest.encoded();
        if (m_control && m_control->isCancelled())
            return Error::make(Error::Kind::Cancelled, tr("Cancelled"));
        Status fetched = m_source.fetchBlobToFile(blob, spool, m_control);
        if (!fetched.ok()) {
            QFile::remove(spool);
            return fetched;
        }
        Status pushed = m_destination.pushBlobFromFile(blob, spool, nullptr);
        QFile::remove(spool);
        QFile::remove(spool + QStringLiteral(".part"));
        LADING_TRY(pushed);
    }
    std::lock_guard lock(m_resultMutex);
    ++result.blobsCopied;
    result.bytesCopied += blob.size;
    return {};
}

Result<CopyResult> GraphCopier::copy(const QString& reference, const QString& destinationTag)
{
    auto planned = plan(reference);
    if (!planned)
        return planned.error();
    return copy(planned.value(), destinationTag);
}

Result<CopyResult> GraphCopier::copy(const CopyPlan& plan, const QString& destinationTag)
{
    CopyResult result;
    result.root = plan.root;
    LADING_TRY(runParallel(
        static_cast<int>(plan.blobs.size()), m_options.concurrency,
        [&](int i) { return copyBlob(plan.blobs[i], result); }, m_control));
    for (const Manifest& manifest : plan.manifests) {
        if (m_control && m_control->isCancelled())
            return Error::make(Error::Kind::Cancelled, tr("Cancelled"));
        const bool isRoot = manifest.digest() == plan.root.digest;
        const QString tag = isRoot ? destinationTag : plan.referrerTags.value(manifest.digest());
        if (!isRoot && tag.isEmpty()) {
            auto present = m_destination.exists(manifest.descriptor());
            if (present.ok() && present.value() && !manifest.subject())
                continue;
        }
        auto pushed = m_destination.pushManifest(manifest.bytes(), manifest.mediaType(), tag);
        if (!pushed)
            return pushed.error().withOrigin(m_destination.displayName());
        ++result.manifestsCopied;
    }
    return result;
}

} // namespace lading::transfer
