#pragma once

#include "core/inspect/layerentry.h"
#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace lading::inspect {

// What a layer may cost before reading stops. A layer is untrusted input: a few MB of gzip can expand to
// terabytes of zeros, or to millions of empty entries, and either would hang the window or fill the disk.
struct LayerLimits
{
    qint64 expansionRatio = 200;                      // content may be this many times the compressed size…
    qint64 expansionFloor = qint64(64) * 1024 * 1024; // …but always at least this much…
    qint64 expansionCap = qint64(64) * 1024 * 1024 * 1024; // …and never more than this, whatever the ratio
    qint64 maxEntries = 2'000'000;
    int maxPathLength = 4096; // characters of an entry name or link target

    // The most uncompressed tar bytes a layer of `compressedSize` bytes may expand to.
    qint64 expansionLimit(qint64 compressedSize) const;
};

struct LayerReadOptions
{
    // SHA-256 of every regular file's bytes (LayerEntry::contentDigest), for diffs. Costs a full read of
    // the data, which listing alone can skip in an uncompressed layer.
    bool computeDigests = false;
    LayerLimits limits;
};

// Streams a layer (a tar: plain, gzip, zstd, also bzip2 and xz; ustar, pax and GNU) entry by entry with
// libarchive, so memory stays flat whatever the layer's size. Whiteouts (".wh.NAME", ".wh..wh..opq") come
// out as Whiteout / OpaqueWhiteout entries; names that would escape the root are flagged unsafe (see
// LayerEntry). Every read checks the limits, and the TransferControl for cancellation; progress is the
// compressed bytes consumed, reported under progressKey(layer digest) so it does not mix with the download
// of the same blob.
//
//   LayerReader reader(options);
//   LADING_TRY(reader.open(path, control));
//   for (;;) {
//       auto entry = reader.next();          // Result<std::optional<LayerEntry>>
//       if (!entry) return entry.error();
//       if (!*entry) break;                  // end of the layer
//       ... reader.readData(sink) for the bytes of a regular file, if wanted ...
//   }
//
// Blocking: run it on a worker thread. One reader is used by one thread at a time.
class LayerReader final
{
public:
    using EntryCallback = std::function<Status(const LayerEntry& entry)>;
    using DataSink = std::function<Status(QByteArrayView bytes)>;

    explicit LayerReader(LayerReadOptions options = {});
    ~LayerReader();
    LayerReader(const LayerReader&) = delete;
    LayerReader& operator=(const LayerReader&) = delete;

    // `compressedSize` < 0: the file's size. `progressKey` empty: progress only moves the control's total.
    Status open(const QString& path, store::TransferControl* control = nullptr,
                const QString& progressKey = {}, qint64 compressedSize = -1);
    // The next entry; std::nullopt after the last. Data of the previous entry that was not read is skipped
    // (still counted against the limits: skipping a compressed entry decompresses it).
    Result<std::optional<LayerEntry>> next();
    // The bytes of the regular file next() returned last, in order, holes of sparse files as zeros. Only
    // once per entry, and not when computeDigests already consumed them.
    Status readData(const DataSink& sink);

    qint64 compressedBytesRead() const;
    qint64 uncompressedBytesRead() const;
    qint64 entriesRead() const;

    // Every entry of the layer file at `path`, in tar order.
    static Status forEach(const QString& path, const EntryCallback& onEntry,
                          const LayerReadOptions& options = {}, store::TransferControl* control = nullptr,
                          const QString& progressKey = {});
    // The same for a layer of `store`, fetched once through BlobSpool::shared() (a layout's own file is
    // read in place). `layerIndex` goes into every entry.
    static Status forEach(store::Store& store, const oci::Descriptor& layer, const EntryCallback& onEntry,
                          const LayerReadOptions& options = {}, store::TransferControl* control = nullptr,
                          int layerIndex = -1);

    // Where reading progress of a layer shows in TransferControl::blobProgress(): "read:sha256:…" (the
    // download of the same blob, if any, is under the plain digest).
    static QString progressKey(const oci::Digest& layer);
    static bool isProgressKey(const QString& key);

    // The normalised form of a tar entry name (see LayerEntry::path); `unsafe` set when it was absolute or
    // climbed out of the root.
    static QString normalisePath(const QString& raw, bool* unsafe = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lading::inspect
