#include "core/inspect/sifreader.h"

#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QBuffer>
#include <QFile>
#include <QtEndian>

LADING_TR_CONTEXT(SifReader);

namespace lading::inspect {

namespace {

// Field offsets of the global header (Go's binary.Read packs the struct: no padding).
constexpr int kLaunchAt = 0, kLaunchLen = 32;
constexpr int kMagicAt = 32, kMagicLen = 10;
constexpr int kVersionAt = 42, kVersionLen = 3;
constexpr int kArchAt = 45, kArchLen = 3;
constexpr int kUuidAt = 48;
constexpr int kCreatedAt = 64, kModifiedAt = 72, kFreeAt = 80, kTotalAt = 88, kDescOffsetAt = 96,
              kDescSizeAt = 104, kDataOffsetAt = 112, kDataSizeAt = 120;

// Field offsets of one descriptor.
constexpr int kTypeAt = 0, kUsedAt = 4, kIdAt = 5, kGroupAt = 9, kLinkAt = 13, kOffsetAt = 17, kSizeAt = 25,
              kPaddedAt = 33, kDCreatedAt = 41, kDModifiedAt = 49, kUidAt = 57, kGidAt = 65, kNameAt = 73,
              kNameLen = 128, kExtraAt = 201;

constexpr quint32 kGroupMask = 0xf0000000;
constexpr int kFingerprintLen = 20;

qint64 i64At(const QByteArray& bytes, int at)
{
    return qFromLittleEndian<qint64>(bytes.constData() + at);
}
qint32 i32At(const QByteArray& bytes, int at)
{
    return qFromLittleEndian<qint32>(bytes.constData() + at);
}
quint32 u32At(const QByteArray& bytes, int at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// A fixed-size, NUL-padded text field.
QString textAt(const QByteArray& bytes, int at, int length)
{
    QByteArray field = bytes.mid(at, length);
    const qsizetype nul = field.indexOf('\0');
    if (nul >= 0)
        field.truncate(nul);
    return QString::fromUtf8(field);
}

QString fsTypeName(qint32 type)
{
    switch (type) {
    case 1:
        return QStringLiteral("Squashfs");
    case 2:
        return QStringLiteral("Ext3");
    case 3:
        return tr("Archive");
    case 4:
        return tr("Raw");
    case 5:
        return tr("Encrypted squashfs");
    default:
        return tr("Unknown file system (%1)").arg(type);
    }
}

QString partitionTypeName(qint32 type)
{
    switch (type) {
    case 1:
        return tr("System");
    case 2:
        return tr("Primary system");
    case 3:
        return tr("Data");
    case 4:
        return tr("Overlay");
    default:
        return tr("Unknown partition type (%1)").arg(type);
    }
}

QString hashTypeName(qint32 type)
{
    switch (type) {
    case 1:
        return QStringLiteral("SHA256");
    case 2:
        return QStringLiteral("SHA384");
    case 3:
        return QStringLiteral("SHA512");
    case 4:
        return QStringLiteral("BLAKE2S");
    case 5:
        return QStringLiteral("BLAKE2B");
    default:
        return tr("Unknown hash (%1)").arg(type);
    }
}

QString sbomFormatName(qint32 format)
{
    static const char* const names[] = {"cyclonedx-json", "cyclonedx-xml",  "github-json", "spdx-json",
                                        "spdx-rdf",       "spdx-tag-value", "spdx-yaml",   "syft-json"};
    if (format >= 1 && format <= 8)
        return QString::fromLatin1(names[format - 1]);
    return tr("Unknown format (%1)").arg(format);
}

Error truncatedError()
{
    return Error::make(Error::Kind::InvalidInput,
                       tr("The SIF file is truncated: its descriptor table lies past the end of the file."));
}

} // namespace

QString SifDescriptor::details() const
{
    QStringList parts;
    for (const QString& part :
         {fsType, partitionType, architecture, hashType, messageFormat, messageType, sbomFormat}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    if (!fingerprint.isEmpty())
        parts.append(tr("key %1").arg(fingerprint));
    return parts.join(QStringLiteral(" · "));
}

QString SifReader::dataTypeName(qint32 dataType)
{
    switch (dataType) {
    case 0x4001:
        return tr("Definition file");
    case 0x4002:
        return tr("Environment variables");
    case 0x4003:
        return tr("JSON labels");
    case 0x4004:
        return tr("Partition");
    case 0x4005:
        return tr("Signature");
    case 0x4006:
        return tr("Generic JSON");
    case 0x4007:
        return tr("Generic data");
    case 0x4008:
        return tr("Cryptographic message");
    case 0x4009:
        return tr("SBOM");
    case 0x400a:
        return tr("OCI root index");
    case 0x400b:
        return tr("OCI blob");
    default:
        return tr("Unknown (0x%1)").arg(quint32(dataType), 4, 16, QLatin1Char('0'));
    }
}

QString SifReader::architectureName(const QString& code)
{
    static const char* const names[] = {"386",  "amd64",  "arm",    "arm64",    "ppc64", "ppc64le",
                                        "mips", "mipsle", "mips64", "mips64le", "s390x", "riscv64"};
    bool ok = false;
    const int n = code.toInt(&ok);
    if (ok && code.size() == 2 && n >= 1 && n <= 12)
        return QString::fromLatin1(names[n - 1]);
    return tr("unknown");
}

Result<SifImage> SifReader::read(QIODevice& device)
{
    if (!device.isOpen() || !device.isReadable() || device.isSequential() || !device.seek(0))
        return Error::make(Error::Kind::Io, tr("The SIF file cannot be read."));
    SifImage image;
    image.fileSize = device.size();
    const QByteArray header = device.read(kHeaderSize);
    if (header.size() >= kMagicAt + kMagicLen &&
        header.mid(kMagicAt, kMagicLen) != QByteArrayLiteral("SIF_MAGIC\0"))
        return Error::make(Error::Kind::InvalidInput,
                           tr("This is not a SIF file: its header has no SIF_MAGIC."));
    if (header.size() < kHeaderSize)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The SIF file is truncated: it ends inside its 128-byte header."));

    image.launchScript = textAt(header, kLaunchAt, kLaunchLen);
    image.version = textAt(header, kVersionAt, kVersionLen);
    if (image.version != QLatin1String("01"))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The SIF file has format version \"%1\"; this reader knows version 01.").arg(image.version));
    image.architectureCode = textAt(header, kArchAt, kArchLen);
    image.architecture = architectureName(image.architectureCode);
    const QByteArray uuid = header.mid(kUuidAt, 16).toHex();
    image.uuid = QString::fromLatin1(uuid.mid(0, 8) + '-' + uuid.mid(8, 4) + '-' + uuid.mid(12, 4) + '-' +
                                     uuid.mid(16, 4) + '-' + uuid.mid(20, 12));
    image.created = i64At(header, kCreatedAt);
    image.modified = i64At(header, kModifiedAt);
    image.descriptorsFree = i64At(header, kFreeAt);
    image.descriptorsTotal = i64At(header, kTotalAt);
    image.descriptorsOffset = i64At(header, kDescOffsetAt);
    image.descriptorsSize = i64At(header, kDescSizeAt);
    image.dataOffset = i64At(header, kDataOffsetAt);
    image.dataSize = i64At(header, kDataSizeAt);

    if (image.descriptorsTotal < 0 || image.descriptorsTotal > kMaxDescriptors || image.descriptorsFree < 0 ||
        image.descriptorsFree > image.descriptorsTotal)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The SIF header is malformed: it counts %1 descriptors, %2 of them free.")
                               .arg(image.descriptorsTotal)
                               .arg(image.descriptorsFree));
    if (image.descriptorsOffset < kHeaderSize)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The SIF header is malformed: its descriptor table starts inside the header."));
    const qint64 tableSize = image.descriptorsTotal * kDescriptorSize;
    if (image.descriptorsOffset > image.fileSize || tableSize > image.fileSize - image.descriptorsOffset)
        return truncatedError();
    if (image.dataOffset < 0 || image.dataSize < 0)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The SIF header is malformed: its data section has a negative offset or size."));

    if (!device.seek(image.descriptorsOffset))
        return truncatedError();
    for (qint64 i = 0; i < image.descriptorsTotal; ++i) {
        const QByteArray raw = device.read(kDescriptorSize);
        if (raw.size() != kDescriptorSize)
            return truncatedError();
        if (raw.at(kUsedAt) == 0)
            continue;
        SifDescriptor d;
        d.dataType = i32At(raw, kTypeAt);
        d.typeName = dataTypeName(d.dataType);
        d.id = u32At(raw, kIdAt);
        d.groupId = u32At(raw, kGroupAt) & ~kGroupMask;
        const quint32 link = u32At(raw, kLinkAt);
        d.linkedId = link & ~kGroupMask;
        d.linkedToGroup = (link & kGroupMask) == kGroupMask;
        d.offset = i64At(raw, kOffsetAt);
        d.size = i64At(raw, kSizeAt);
        d.sizeWithPadding = i64At(raw, kPaddedAt);
        d.created = i64At(raw, kDCreatedAt);
        d.modified = i64At(raw, kDModifiedAt);
        d.uid = i64At(raw, kUidAt);
        d.gid = i64At(raw, kGidAt);
        d.name = textAt(raw, kNameAt, kNameLen);
        if (d.offset < 0 || d.size < 0 || d.offset > image.fileSize || d.size > image.fileSize - d.offset)
            return Error::make(
                Error::Kind::InvalidInput,
                tr("The SIF file is truncated or malformed: object %1 (%2) lies past the end of "
                   "the file.")
                    .arg(d.id)
                    .arg(d.typeName));

        switch (d.dataType) {
        case 0x4004: // partition: fs type, partition type, arch
            d.fsType = fsTypeName(i32At(raw, kExtraAt));
            d.partitionType = partitionTypeName(i32At(raw, kExtraAt + 4));
            d.architecture = architectureName(textAt(raw, kExtraAt + 8, kArchLen));
            break;
        case 0x4005: { // signature: hash type, entity (the first 20 bytes are the key fingerprint)
            d.hashType = hashTypeName(i32At(raw, kExtraAt));
            const QByteArray fingerprint = raw.mid(kExtraAt + 4, kFingerprintLen);
            if (fingerprint.count('\0') != fingerprint.size())
                d.fingerprint = QString::fromLatin1(fingerprint.toHex().toUpper());
            break;
        }
        case 0x4008: { // cryptographic message: format, message type
            const qint32 format = i32At(raw, kExtraAt);
            d.messageFormat = format == 1   ? QStringLiteral("OpenPGP")
                              : format == 2 ? QStringLiteral("PEM")
                                            : tr("Unknown format (%1)").arg(format);
            const qint32 message = i32At(raw, kExtraAt + 4);
            d.messageType = message == 0x100   ? tr("Clear signature")
                            : message == 0x200 ? QStringLiteral("RSA-OAEP")
                                               : tr("Unknown message (0x%1)").arg(message, 0, 16);
            break;
        }
        case 0x4009:
            d.sbomFormat = sbomFormatName(i32At(raw, kExtraAt));
            break;
        default:
            break;
        }
        image.descriptors.append(d);
    }
    return image;
}

Result<SifImage> SifReader::read(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("The SIF file cannot be read."));
    return read(buffer);
}

Result<SifImage> SifReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("Could not open the SIF file: %1").arg(file.errorString()));
    return read(file);
}

const oci::Descriptor* SifReader::sifLayer(const oci::Manifest& manifest)
{
    for (const oci::Descriptor& layer : manifest.layers()) {
        const QString type = oci::MediaType::essence(layer.mediaType);
        if (type == oci::MediaType::SifLayer || type.contains(QLatin1String("vnd.sylabs.sif.layer")))
            return &layer;
    }
    if (manifest.layers().size() == 1)
        return &manifest.layers().constFirst();
    return nullptr;
}

Result<SifImage> SifReader::load(store::Store& store, const oci::Manifest& manifest, BlobSpool& spool,
                                 store::TransferControl* control)
{
    const oci::Descriptor* layer = sifLayer(manifest);
    if (!layer)
        return Error::make(Error::Kind::InvalidInput, tr("The manifest has no SIF layer to read."));
    if (layer->size < kHeaderSize)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The SIF layer is %1 bytes, smaller than a SIF header.").arg(layer->size));
    auto path = spool.localFile(store, *layer, control);
    if (!path)
        return path.error();
    return readFile(path.value());
}

} // namespace lading::inspect
