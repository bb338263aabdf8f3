#pragma once

#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QString>

namespace lading::inspect {

// Verified local files of blobs for readers that need a file rather than bytes in memory: libarchive over
// a 1 GiB layer, a SIF header, a Helm chart. A store that already keeps blobs as files (an OCI layout) hands
// out its own path; otherwise the blob is fetched once into the spool folder (verified before it is renamed
// into place, see Store::fetchBlobToFile) and reused by later readers, so listing a layer, then extracting
// from it, then diffing it downloads it once.
//
// Thread-safe: two threads asking for the same blob wait for one download. The spool keeps at most
// maxBytes(); older files are removed (least recently used first) when a new one would exceed it.
class BlobSpool final
{
public:
    // `directory` empty: the user's cache folder ("…/lading/blobs").
    explicit BlobSpool(QString directory = {}, qint64 maxBytes = qint64(4) * 1024 * 1024 * 1024);

    // A path of a verified file holding `blob`'s bytes. `control` reports progress and cancels.
    Result<QString> localFile(store::Store& store, const oci::Descriptor& blob,
                              store::TransferControl* control = nullptr);

    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }

    // The process-wide spool in the user's cache folder.
    static BlobSpool& shared();

private:
    void evictFor(qint64 incomingBytes);

    QString m_directory;
    qint64 m_maxBytes;
};

} // namespace lading::inspect
