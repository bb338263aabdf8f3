#include "core/store/layoutstore.h"

#include "core/oci/digester.h"
#include "core/oci/mediatypes.h"
#include "core/store/verifiedfilewriter.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>

LADING_TR_CONTEXT(LayoutStore);

namespace lading::store {

namespace {

constexpr qint64 kChunk = 1 << 20;
// index.json lists one entry per tag or referrer; far below this even for huge layouts.
constexpr qint64 kMaxIndexSize = 64 * 1024 * 1024;

const QLatin1String kManifests("manifests");
const QLatin1String kAnnotations("annotations");
const QLatin1String kDigest("digest");

QByteArray emptyIndexBytes()
{
    QJsonObject index;
    index.insert(QLatin1String("schemaVersion"), 2);
    index.insert(QLatin1String("mediaType"), QString(oci::MediaType::OciIndex));
    index.insert(kManifests, QJsonArray());
    return QJsonDocument(index).toJson(QJsonDocument::Compact);
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QString entryDigest(const QJsonObject& entry)
{
    return entry.value(kDigest).toString();
}

// An index.json entry for a manifest we hold: what it is, and the tag when there is one.
QJsonObject makeEntry(const Manifest& manifest, const QString& tag)
{
    QJsonObject entry;
    entry.insert(QLatin1String("mediaType"), manifest.mediaType());
    entry.insert(kDigest, manifest.digest().toString());
    entry.insert(QLatin1String("size"), manifest.bytes().size());
    if (!manifest.artifactType().isEmpty())
        entry.insert(QLatin1String("artifactType"), manifest.artifactType());
    if (!tag.isEmpty()) {
        QJsonObject annotations;
        annotations.insert(QString(oci::Annotation::RefName), tag);
        entry.insert(kAnnotations, annotations);
    }
    return entry;
}

// What resolve() hands out: the entry's identity, without its layout-only ref.name annotation.
Result<Descriptor> descriptorOfEntry(const QJsonObject& entry)
{
    auto d = Descriptor::fromJson(entry);
    if (!d)
        return d.error();
    d->annotations.remove(QString(oci::Annotation::RefName));
    return d;
}

Result<oci::Digest> verifyBytes(const QByteArray& bytes, const Descriptor& expected, const QString& path)
{
    if (expected.size >= 0 && bytes.size() != expected.size)
        return Error::make(Error::Kind::Integrity,
                           tr("The file %1 has %2 bytes but its descriptor states %3: "
                              "the layout is damaged")
                               .arg(path)
                               .arg(bytes.size())
                               .arg(expected.size));
    oci::Digester digester(expected.digest.algorithm());
    if (!digester.isSupported())
        return Error::make(
            Error::Kind::Unsupported,
            tr("Cannot verify %1: the digest algorithm is not supported").arg(expected.digest.toString()));
    digester.addData(bytes);
    const oci::Digest actual = digester.result();
    if (actual != expected.digest)
        return Error::make(Error::Kind::Integrity,
                           tr("The file %1 does not match its digest (got %2): the layout is damaged")
                               .arg(path, actual.toString()));
    return actual;
}
} // namespace

LayoutStore::LayoutStore(const QString& root)
    : m_root(root)
{}

LayoutStore::~LayoutStore() = default;

Result<std::unique_ptr<LayoutStore>> LayoutStore::open(const QString& dir, bool create)
{
    if (dir.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("No folder was given for the OCI layout"));
    const QString root = QDir::cleanPath(QDir(dir).absolutePath());
    const QFileInfo info(root);
    if (!info.exists()) {
        if (!create)
            return Error::make(Error::Kind::NotFound, tr("There is no OCI layout at %1").arg(root));
        if (!QDir().mkpath(root))
            return Error::make(Error::Kind::Io, tr("Cannot create the folder %1").arg(root));
    } else if (!info.isDir()) {
        return Error::make(
            Error::Kind::InvalidInput,
            tr("%1 is a file, not an OCI layout folder; for a tar archive use oci-archive:").arg(root));
    }

    const QString layoutFile = root + QStringLiteral("/oci-layout");
    const QString indexFile = root + QStringLiteral("/index.json");
    const QString blobsDir = root + QStringLiteral("/blobs");
    if (!QFileInfo::exists(layoutFile)) {
        if (!create)
            return Error::make(Error::Kind::InvalidInput,
                               tr("%1 is not an OCI layout: it has no oci-layout file").arg(root));
        if (!QDir(root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Error::make(
                Error::Kind::InvalidInput,
                tr("%1 is not empty and is not an OCI layout; choose a new or empty folder").arg(root));
        QJsonObject header;
        header.insert(QLatin1String("imageLayoutVersion"), QStringLiteral("1.0.0"));
        if (!QDir().mkpath(blobsDir))
            return Error::make(Error::Kind::Io, tr("Cannot create the folder %1").arg(blobsDir));
        LADING_TRY(writeFileAtomically(indexFile, emptyIndexBytes()));
        // oci-layout last: a folder only claims to be a layout once it is complete.
        LADING_TRY(writeFileAtomically(layoutFile, QJsonDocument(header).toJson(QJsonDocument::Compact)));
    } else {
        QFile file(layoutFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(layoutFile, file.errorString()));
        const QJsonObject header = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        const QString version = header.value(QLatin1String("imageLayoutVersion")).toString();
        if (version.isEmpty())
            return Error::make(
                Error::Kind::InvalidInput,
                tr("%1 is not a valid oci-layout file: it has no imageLayoutVersion").arg(layoutFile));
        if (!version.startsWith(QLatin1String("1.")))
            return Error::make(
                Error::Kind::Unsupported,
                tr("The layout at %1 uses image-layout version %2; only version 1.x is supported")
                    .arg(root, version));
        if (!QFileInfo::exists(indexFile)) {
            if (!create)
                return Error::make(Error::Kind::InvalidInput,
                                   tr("%1 is not a complete OCI layout: it has no index.json").arg(root));
            LADING_TRY(writeFileAtomically(indexFile, emptyIndexBytes()));
        }
        if (create && !QDir().mkpath(blobsDir))
            return Error::make(Error::Kind::Io, tr("Cannot create the folder %1").arg(blobsDir));
    }

    std::unique_ptr<LayoutStore> store(new LayoutStore(root));
    {
        std::lock_guard lock(store->m_indexMutex);
        LADING_TRY(store->readIndex());
    }
    return store;
}

QString LayoutStore::displayName() const
{
    return QStringLiteral("oci:") + m_root;
}

QString LayoutStore::blobPath(const Digest& digest) const
{
    // The digest grammar admits neither '/' nor "..", so these two parts cannot leave blobs/.
    return m_root + QStringLiteral("/blobs/") + digest.algorithm() + QLatin1Char('/') + digest.encoded();
}

bool LayoutStore::isValidRefName(const QString& name)
{
    static const QRegularExpression grammar(QStringLiteral(
        "^[A-Za-z0-9]+(?:(?:--|[-._:@+])[A-Za-z0-9]+)*(?:/[A-Za-z0-9]+(?:(?:--|[-._:@+])[A-Za-z0-9]+)*)*$"));
    return grammar.match(name).hasMatch();
}

QString LayoutStore::tagOfEntry(const QJsonObject& entry)
{
    const QJsonObject annotations = entry.value(kAnnotations).toObject();
    const QString refName = annotations.value(QString(oci::Annotation::RefName)).toString();
    if (!refName.isEmpty())
        return refName;
    // containerd and Docker exports: "docker.io/library/app:1.0" (maybe "@sha256:…" after it).
    QString name = annotations.value(QString(oci::Annotation::ContainerdImageName)).toString();
    name = name.left(name.indexOf(QLatin1Char('@')) >= 0 ? name.indexOf(QLatin1Char('@')) : name.size());
    const qsizetype colon = name.indexOf(QLatin1Char(':'), name.lastIndexOf(QLatin1Char('/')) + 1);
    return colon >= 0 ? name.mid(colon + 1) : QString();
}

Result<QJsonObject> LayoutStore::readIndex() const
{
    const QString path = m_root + QStringLiteral("/index.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxIndexSize)
        return Error::make(Error::Kind::TooLarge,
                           tr("%1 is larger than 64 MiB; it cannot be a sane index").arg(path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("%1 is not valid JSON (%2); the layout is damaged").arg(path, parseError.errorString()));
    QJsonObject index = document.object();
    if (index.contains(kManifests) && !index.value(kManifests).isArray())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("%1 has a \"manifests\" field that is not a list; the layout is damaged").arg(path));
    return index;
}

Status LayoutStore::writeIndex(const QJsonObject& index)
{
    QJsonObject out = index;
    out.insert(QLatin1String("schemaVersion"), 2);
    if (!out.contains(QLatin1String("mediaType")))
        out.insert(QLatin1String("mediaType"), QString(oci::MediaType::OciIndex));
    // QSaveFile writes a temporary file and renames it: readers see the old or the new index, never half.
    return writeFileAtomically(m_root + QStringLiteral("/index.json"),
                               QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Status LayoutStore::checkBlobDescriptor(const Descriptor& blob) const
{
    if (!blob.digest.isValid())
        return Error::make(Error::Kind::InvalidInput, tr("The descriptor has no digest"));
    return {};
}

bool LayoutStore::blobPresent(const Descriptor& blob) const
{
    const QFileInfo info(blobPath(blob.digest));
    return info.isFile() && (blob.size < 0 || info.size() == blob.size);
}

Result<std::shared_ptr<const Manifest>> LayoutStore::loadManifest(const Descriptor& descriptor)
{
    const QString key = descriptor.digest.toString();
    {
        std::lock_guard lock(m_cacheMutex);
        if (auto it = m_manifestCache.constFind(key); it != m_manifestCache.constEnd())
            return *it;
    }
    const QString path = blobPath(descriptor.digest);
    QFile file(path);
    if (!file.exists())
        return Error::make(
            Error::Kind::NotFound,
            tr("The manifest %1 is not in %2").arg(descriptor.digest.toString(), displayName()));
    if (file.size() > Manifest::kMaxSize)
        return Error::make(Error::Kind::TooLarge,
                           tr("The manifest %1 is %2 bytes, over the 4 MiB limit").arg(key).arg(file.size()));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(Manifest::kMaxSize + 1);
    LADING_TRY(verifyBytes(bytes, descriptor, path));
    const QString contentType =
        oci::MediaType::isManifestOrIndex(descriptor.mediaType) ? descriptor.mediaType : QString();
    auto manifest = Manifest::parse(bytes, contentType);
    if (!manifest)
        return manifest.error();
    auto shared = std::make_shared<const Manifest>(std::move(manifest).value());
    std::lock_guard lock(m_cacheMutex);
    m_manifestCache.insert(key, shared);
    return shared;
}

Result<Descriptor> LayoutStore::resolve(const QString& reference)
{
    if (reference.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("No tag or digest was given"));
    auto digest = oci::Digest::parse(reference);
    {
        std::lock_guard lock(m_indexMutex);
        auto index = readIndex();
        if (!index)
            return index.error();
        const QJsonArray entries = index->value(kManifests).toArray();
        // Tags first: ':' is legal in a ref.name, so a tag can look like a digest.
        for (const auto& value : entries) {
            const QJsonObject entry = value.toObject();
            if (tagOfEntry(entry) == reference)
                return descriptorOfEntry(entry);
        }
        if (digest) {
            for (const auto& value : entries) {
                const QJsonObject entry = value.toObject();
                if (entryDigest(entry) == reference)
                    return descriptorOfEntry(entry);
            }
        }
    }
    if (digest) {
        Descriptor wanted;
        wanted.digest = digest.value();
        auto manifest = loadManifest(wanted);
        if (manifest)
            return Descriptor::forBytes((*manifest)->mediaType(), (*manifest)->bytes());
        if (manifest.error().kind != Error::Kind::NotFound)
            return manifest.error();
    }
    return Error::make(Error::Kind::NotFound,
                       tr("There is no tag or manifest \"%1\" in %2").arg(reference, displayName()));
}

Result<Manifest> LayoutStore::fetchManifest(const QString& reference)
{
    auto descriptor = resolve(reference);
    if (!descriptor)
        return descriptor.error();
    // Always from disk, never from the cache: this is where damage on disk must show.
    {
        std::lock_guard lock(m_cacheMutex);
        m_manifestCache.remove(descriptor->digest.toString());
    }
    auto manifest = loadManifest(descriptor.value());
    if (!manifest)
        return manifest.error();
    return **manifest;
}

Result<QByteArray> LayoutStore::fetchBlob(const Descriptor& blob, qint64 maxSize)
{
    LADING_TRY(checkBlobDescriptor(blob));
    if (blob.size > maxSize)
        return Error::make(Error::Kind::TooLarge,
                           tr("The blob %1 is %2 bytes, over the %3 bytes allowed here")
                               .arg(blob.digest.shortForm())
                               .arg(blob.size)
                               .arg(maxSize));
    const QString path = blobPath(blob.digest);
    QFile file(path);
    if (!file.exists())
        return Error::make(Error::Kind::NotFound,
                           tr("The blob %1 is not in %2").arg(blob.digest.toString(), displayName()));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxSize)
        return Error::make(Error::Kind::TooLarge,
                           tr("The blob %1 is %2 bytes, over the %3 bytes allowed here")
                               .arg(blob.digest.shortForm())
                               .arg(file.size())
                               .arg(maxSize));
    const QByteArray bytes = file.read(maxSize + 1);
    LADING_TRY(verifyBytes(bytes, blob, path));
    return bytes;
}

Status LayoutStore::fetchBlobToFile(const Descriptor& blob, const QString& path, TransferControl* control)
{
    LADING_TRY(checkBlobDescriptor(blob));
    const QString source = blobPath(blob.digest);
    QFile in(source);
    if (!in.exists())
        return Error::make(Error::Kind::NotFound,
                           tr("The blob %1 is not in %2").arg(blob.digest.toString(), displayName()));
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(source, in.errorString()));

    VerifiedFileWriter writer(blob, path);
    LADING_TRY(writer.open(true));
    if (control)
        control->setBlobSize(blob.digest.toString(), blob.size);
    if (writer.offset() > 0) {
        if (!in.seek(writer.offset())) {
            writer.discard();
            return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(source, in.errorString()));
        }
        if (control)
            control->addBytes(writer.offset(), blob.digest.toString());
    }
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        if (control && control->isCancelled()) {
            writer.suspend();
            return Error::make(Error::Kind::Cancelled,
                               tr("The copy of %1 was cancelled").arg(blob.digest.shortForm()));
        }
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            writer.suspend();
            return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(source, in.errorString()));
        }
        if (n == 0)
            break;
        if (Status written = writer.write(QByteArrayView(buffer.constData(), n)); !written) {
            writer.discard();
            return written;
        }
        if (control)
            control->addBytes(n, blob.digest.toString());
    }
    return writer.commit();
}

Result<bool> LayoutStore::exists(const Descriptor& descriptor)
{
    LADING_TRY(checkBlobDescriptor(descriptor));
    return blobPresent(descriptor);
}

template <typename Feed> Status LayoutStore::storeBlob(const Descriptor& blob, Feed&& feed)
{
    LADING_TRY(checkBlobDescriptor(blob));
    const QString key = blob.digest.toString();
    {
        // One writer per digest: VerifiedFileWriter's ".part" name is per path, and a second writer would
        // truncate the first one's file. The others wait and then find the blob in place.
        std::unique_lock lock(m_inflightMutex);
        m_inflightDone.wait(lock, [&] { return !m_inflight.contains(key); });
        if (blobPresent(blob))
            return {};
        m_inflight.insert(key);
    }
    const auto release = qScopeGuard([&] {
        {
            std::lock_guard lock(m_inflightMutex);
            m_inflight.remove(key);
        }
        m_inflightDone.notify_all();
    });
    VerifiedFileWriter writer(blob, blobPath(blob.digest));
    LADING_TRY(writer.open(false));
    if (Status fed = feed(writer); !fed) {
        writer.discard();
        return fed;
    }
    return writer.commit();
}

Status LayoutStore::pushBlobFromFile(const Descriptor& blob, const QString& path, TransferControl* control)
{
    if (control)
        control->setBlobSize(blob.digest.toString(), blob.size);
    return storeBlob(blob, [&](VerifiedFileWriter& writer) -> Status {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, in.errorString()));
        QByteArray buffer(kChunk, Qt::Uninitialized);
        for (;;) {
            if (control && control->isCancelled())
                return Error::make(Error::Kind::Cancelled,
                                   tr("The copy of %1 was cancelled").arg(blob.digest.shortForm()));
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, in.errorString()));
            if (n == 0)
                return {};
            LADING_TRY(writer.write(QByteArrayView(buffer.constData(), n)));
            if (control)
                control->addBytes(n, blob.digest.toString());
        }
    });
}

Status LayoutStore::pushBlob(const Descriptor& blob, const QByteArray& bytes)
{
    return storeBlob(blob, [&](VerifiedFileWriter& writer) { return writer.write(bytes); });
}

Result<Descriptor> LayoutStore::pushManifest(const QByteArray& bytes, const QString& mediaType,
                                             const QString& tag)
{
    if (!tag.isEmpty() && !isValidRefName(tag))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("\"%1\" is not a valid tag for an OCI layout; use letters, digits and . _ - : @ +").arg(tag));
    auto parsed = Manifest::parse(bytes, mediaType);
    if (!parsed)
        return parsed.error();
    const Manifest& manifest = parsed.value();
    Descriptor descriptor = manifest.descriptor();
    LADING_TRY(pushBlob(descriptor, bytes));
    {
        std::lock_guard lock(m_cacheMutex);
        m_manifestCache.insert(descriptor.digest.toString(), std::make_shared<const Manifest>(manifest));
    }
    if (!tag.isEmpty()) {
        LADING_TRY(this->tag(descriptor, tag));
    } else if (manifest.subject()) {
        // A referrer has no tag to hang on; an untagged entry keeps it listed (and out of garbage
        // collection).
        std::lock_guard lock(m_indexMutex);
        auto index = readIndex();
        if (!index)
            return index.error();
        QJsonArray entries = index->value(kManifests).toArray();
        for (const auto& value : std::as_const(entries)) {
            if (entryDigest(value.toObject()) == descriptor.digest.toString())
                return descriptor; // already listed (tagged or not)
        }
        entries.append(makeEntry(manifest, {}));
        index->insert(kManifests, entries);
        LADING_TRY(writeIndex(index.value()));
    }
    return descriptor;
}

Status LayoutStore::tag(const Descriptor& manifestDescriptor, const QString& tag)
{
    if (!isValidRefName(tag))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("\"%1\" is not a valid tag for an OCI layout; use letters, digits and . _ - : @ +").arg(tag));
    LADING_TRY(checkBlobDescriptor(manifestDescriptor));
    // The manifest must be in place before index.json names it.
    auto manifest = loadManifest(manifestDescriptor);
    if (!manifest)
        return manifest.error();
    const QString digest = manifestDescriptor.digest.toString();

    std::lock_guard lock(m_indexMutex);
    auto index = readIndex();
    if (!index)
        return index.error();
    QJsonArray kept;
    QStringList displaced;
    for (const auto& value : index->value(kManifests).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString entryTag = tagOfEntry(entry);
        if (entryTag == tag) {
            displaced.append(entryDigest(entry));
            continue;
        }
        if (entryTag.isEmpty() && entryDigest(entry) == digest)
            continue; // the untagged entry becomes the tagged one
        kept.append(entry);
    }
    kept.append(makeEntry(**manifest, tag));
    // A referrer that loses its only tag stays listed untagged, so retagging never drops a referrers edge.
    for (const QString& old : std::as_const(displaced)) {
        if (old == digest)
            continue;
        bool stillListed = false;
        for (const auto& value : std::as_const(kept))
            stillListed = stillListed || entryDigest(value.toObject()) == old;
        auto oldDigest = oci::Digest::parse(old);
        if (stillListed || !oldDigest)
            continue;
        Descriptor oldDescriptor;
        oldDescriptor.digest = oldDigest.value();
        auto oldManifest = loadManifest(oldDescriptor);
        if (oldManifest && (*oldManifest)->subject())
            kept.append(makeEntry(**oldManifest, {}));
    }
    index->insert(kManifests, kept);
    return writeIndex(index.value());
}

Status LayoutStore::deleteManifest(const Descriptor& manifest)
{
    LADING_TRY(checkBlobDescriptor(manifest));
    const QString digest = manifest.digest.toString();
    std::lock_guard lock(m_indexMutex);
    auto index = readIndex();
    if (!index)
        return index.error();
    QJsonArray kept;
    const QJsonArray entries = index->value(kManifests).toArray();
    for (const auto& value : entries) {
        if (entryDigest(value.toObject()) != digest)
            kept.append(value);
    }
    if (kept.size() == entries.size()) {
        if (QFileInfo::exists(blobPath(manifest.digest)))
            return {}; // a manifest nobody lists: nothing to unlist
        return Error::make(Error::Kind::NotFound,
                           tr("The manifest %1 is not in %2").arg(digest, displayName()));
    }
    index->insert(kManifests, kept);
    return writeIndex(index.value());
}

Result<QStringList> LayoutStore::tags()
{
    std::lock_guard lock(m_indexMutex);
    auto index = readIndex();
    if (!index)
        return index.error();
    QStringList result;
    for (const auto& value : index->value(kManifests).toArray()) {
        const QString t = tagOfEntry(value.toObject());
        if (!t.isEmpty())
            result.append(t);
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

Result<QList<Referrer>> LayoutStore::referrers(const Digest& subject, const QString& artifactType)
{
    QList<Descriptor> candidates;
    {
        std::lock_guard lock(m_indexMutex);
        auto index = readIndex();
        if (!index)
            return index.error();
        QSet<QString> seen;
        for (const auto& value : index->value(kManifests).toArray()) {
            const QJsonObject entry = value.toObject();
            if (seen.contains(entryDigest(entry)))
                continue;
            seen.insert(entryDigest(entry));
            auto d = Descriptor::fromJson(entry);
            if (d && (d->mediaType.isEmpty() || oci::MediaType::isManifestOrIndex(d->mediaType)))
                candidates.append(d.value());
        }
    }
    QList<Referrer> result;
    for (const Descriptor& candidate : std::as_const(candidates)) {
        // A missing or damaged entry says nothing about this subject; it shows up when fetched directly.
        auto manifest = loadManifest(candidate);
        if (!manifest || !(*manifest)->subject() || (*manifest)->subject()->digest != subject)
            continue;
        Descriptor d = (*manifest)->descriptor();
        if (!artifactType.isEmpty() && d.artifactType != artifactType)
            continue;
        result.append(Referrer{d, ReferrerSource::Layout});
    }
    return result;
}

std::optional<QString> LayoutStore::blobFilePath(const Descriptor& blob) const
{
    if (!blob.digest.isValid() || !blobPresent(blob))
        return std::nullopt;
    return blobPath(blob.digest);
}

std::optional<QString> LayoutStore::blobTargetPath(const Descriptor& blob) const
{
    if (!blob.digest.isValid() || !blob.digest.isVerifiable())
        return std::nullopt;
    return blobPath(blob.digest);
}

Status LayoutStore::garbageCollect()
{
    std::lock_guard lock(m_indexMutex);
    auto index = readIndex();
    if (!index)
        return index.error();

    QSet<QString> reachable;
    QList<Descriptor> pending;
    for (const auto& value : index->value(kManifests).toArray()) {
        auto d = Descriptor::fromJson(value.toObject());
        if (d)
            pending.append(d.value());
    }
    while (!pending.isEmpty()) {
        const Descriptor d = pending.takeLast();
        const QString key = d.digest.toString();
        if (reachable.contains(key))
            continue;
        reachable.insert(key);
        if (!oci::MediaType::isManifestOrIndex(d.mediaType) || !QFileInfo::exists(blobPath(d.digest)))
            continue;
        auto manifest = loadManifest(d);
        if (!manifest) {
            // A damaged or unparsable manifest's children cannot be known: keep what is there rather than
            // guess, unless the disk itself fails.
            if (manifest.error().kind == Error::Kind::Io)
                return manifest.error();
            continue;
        }
        pending.append((*manifest)->children());
        if ((*manifest)->subject())
            pending.append(*(*manifest)->subject());
    }

    const QDir blobs(m_root + QStringLiteral("/blobs"));
    for (const QString& algorithm : blobs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir dir(blobs.filePath(algorithm));
        for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
            QString digestText = algorithm + QLatin1Char(':') + name;
            const bool part = name.endsWith(QLatin1String(".part"));
            if (part)
                digestText.chop(5);
            if (!oci::Digest::parse(digestText))
                continue; // not ours: leave unknown files alone
            {
                std::lock_guard inflightLock(m_inflightMutex);
                if (m_inflight.contains(digestText))
                    continue;
            }
            if (!part && reachable.contains(digestText))
                continue;
            if (!dir.remove(name))
                return Error::make(Error::Kind::Io, tr("Cannot remove %1").arg(dir.filePath(name)));
            std::lock_guard cacheLock(m_cacheMutex);
            m_manifestCache.remove(digestText);
        }
    }
    return {};
}

} // namespace lading::store
