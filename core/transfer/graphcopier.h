#pragma once

#include "core/store/store.h"

#include <QDir>
#include <QHash>
#include <QList>
#include <QSet>

#include <mutex>

namespace lading::transfer {

struct CopyOptions
{
    bool includeReferrers = false; // also copy every referrer of every copied manifest, recursively
    int concurrency = 4;           // blobs moved at once
    QString spoolDir;              // where blobs pass through between two remote stores (default: temp)
};

// What a copy would move, for previews and for the copy itself.
struct CopyPlan
{
    store::Descriptor root;
    QList<store::Manifest> manifests; // children before parents; referrers after their subjects
    QList<store::Descriptor> blobs;   // unique
    qint64 blobBytes = 0;
    int referrerCount = 0;
    // Manifests that are referrers only by a tag (cosign's "sha256-<hex>.sig/.att/.sbom"): without the same
    // tag at the destination they would be unreachable there, so the copy tags them too.
    QHash<store::Digest, QString> referrerTags;
};

struct CopyResult
{
    store::Descriptor root;
    int blobsCopied = 0;
    int blobsSkipped = 0; // already at the destination
    int blobsMounted = 0;
    int manifestsCopied = 0;
    qint64 bytesCopied = 0;
};

// Copies a manifest graph (index → manifests → config and layers, and referrers on request) from one Store
// to another: any registry or layout to any other. Blobs go first, with bounded concurrency, skipping
// what the destination has and mounting within one registry; manifests follow children-first, so the
// destination never names content it lacks; the root gets the tag last.
class GraphCopier final
{
public:
    GraphCopier(store::Store& source, store::Store& destination, CopyOptions options = {},
                store::TransferControl* control = nullptr);

    // Walks the source graph of `reference` (tag or digest) without moving anything.
    Result<CopyPlan> plan(const QString& reference);
    // Copies `reference`; the root is tagged `destinationTag` (empty: pushed by digest only).
    Result<CopyResult> copy(const QString& reference, const QString& destinationTag);
    Result<CopyResult> copy(const CopyPlan& plan, const QString& destinationTag);

private:
    Status walk(const store::Descriptor& descriptor, CopyPlan& plan, QSet<store::Digest>& seen,
                bool isReferrer);
    Status copyBlob(const store::Descriptor& blob, CopyResult& result);

    store::Store& m_source;
    store::Store& m_destination;
    CopyOptions m_options;
    store::TransferControl* m_control;
    std::mutex m_resultMutex;
};

} // namespace lading::transfer
