#pragma once

#include "core/inspect/blobspool.h"
#include "core/oci/manifest.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace lading::inspect {

// One used descriptor of a SIF's descriptor table (apptainer/sif pkg/sif/descriptor.go rawDescriptor).
struct SifDescriptor
{
    qint32 dataType = 0; // 0x4001 deffile … 0x400b OCI blob
    QString typeName;    // "Definition file", "Partition", "Signature"…
    quint32 id = 0;
    quint32 groupId = 0;  // without the 0xf0000000 group mask; 0 = no group
    quint32 linkedId = 0; // 0 = no link
    bool linkedToGroup = false;
    qint64 offset = 0;
    qint64 size = 0;
    qint64 sizeWithPadding = 0;
    qint64 created = 0; // Unix seconds
    qint64 modified = 0;
    qint64 uid = 0;
    qint64 gid = 0;
    QString name;

    // Partition (0x4004)
    QString fsType;        // Squashfs, Ext3, Archive, Raw, Encrypted squashfs
    QString partitionType; // System, Primary system, Data, Overlay
    QString architecture;  // amd64, arm64…
    // Signature (0x4005)
    QString hashType;    // SHA256…
    QString fingerprint; // upper-case hex of the signing entity's key fingerprint; empty when none
    // Cryptographic message (0x4008)
    QString messageFormat;
    QString messageType;
    // SBOM (0x4009)
    QString sbomFormat;

    // The type-specific fields as one line: "Squashfs · Primary system · amd64".
    QString details() const;
};

// A SIF's global header (pkg/sif/sif.go header) and its used descriptors.
struct SifImage
{
    QString launchScript;
    QString version;      // "01"
    QString architecture; // "amd64", from the two-digit code
    QString architectureCode;
    QString uuid;
    qint64 created = 0; // Unix seconds
    qint64 modified = 0;
    qint64 descriptorsFree = 0;
    qint64 descriptorsTotal = 0;
    qint64 descriptorsOffset = 0;
    qint64 descriptorsSize = 0;
    qint64 dataOffset = 0;
    qint64 dataSize = 0;
    qint64 fileSize = 0;
    QList<SifDescriptor> descriptors; // used ones, in table order
};

// Reads the Singularity Image Format, byte for byte as apptainer/sif lays it out: a 128-byte little-endian
// global header, then (at its descriptor offset) a table of 585-byte descriptors. Seeks: only the header and
// the table are read, never the multi-GiB partitions. Every offset and count is checked against the file.
class SifReader final
{
public:
    static constexpr qint64 kHeaderSize = 128;
    static constexpr qint64 kDescriptorSize = 585;
    // More descriptors than this is not a SIF anyone made (the default is 48).
    static constexpr qint64 kMaxDescriptors = 65536;

    SifReader() = delete;

    static Result<SifImage> read(QIODevice& device);
    static Result<SifImage> read(const QByteArray& bytes);
    static Result<SifImage> readFile(const QString& path);

    // The SIF layer of a manifest (application/vnd.sylabs.sif.layer.v1.sif, or the only layer), read
    // through `spool`.
    static Result<SifImage> load(store::Store& store, const oci::Manifest& manifest, BlobSpool& spool,
                                 store::TransferControl* control = nullptr);
    static const oci::Descriptor* sifLayer(const oci::Manifest& manifest);

    static QString dataTypeName(qint32 dataType);
    static QString architectureName(const QString& code);
};

} // namespace lading::inspect
