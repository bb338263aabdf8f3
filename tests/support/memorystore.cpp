#include "tests/support/memorystore.h"

#include "core/oci/digester.h"
#include "core/oci/mediatypes.h"
#include "core/store/verifiedfilewriter.h"

#include <QFile>
#include <QMutexLocker>

#include <algorithm>

namespace lading::test {

namespace {
Error notFound(const QString& what)
{
    return Error::make(Error::Kind::NotFound, QStringLiteral("%1 is not in the store").arg(what));
}

Status verify(const oci::Descriptor& d, const QByteArray& bytes)
{
    if (d.size >= 0 && d.size != bytes.size())
        return Error::make(Error::Kind::Integrity,
                           QStringLiteral("%1 has %2 bytes but its descriptor states %3")
                               .arg(d.digest.toString())
                               .arg(bytes.size())
                               .arg(d.size));
    oci::Digester digester(d.digest.algorithm());
    digester.addData(bytes);
    const oci::Digest actual = digester.result();
    if (actual != d.digest)
        return Error::make(Error::Kind::Integrity,
                           QStringLiteral("The content does not match its digest: expected "
                                          "%1, got %2")
                               .arg(d.digest.toString(), actual.toString()));
    return {};
}
} // namespace

MemoryStore::MemoryStore(QString name)
    : m_name(std::move(name))
{}

QString MemoryStore::displayName() const
{
    return QStringLiteral("memory:") + m_name;
}

Result<oci::Digest> MemoryStore::digestOf(const QString& reference) const
{
    if (reference.contains(QLatin1Char(':'))) {
        auto digest = oci::Digest::parse(reference);
        if (!digest)
            return digest.error();
        if (!m_manifests.contains(digest->toString()))
            return notFound(reference);
        return digest.value();
    }
    if (!m_tags.contains(reference))
        return notFound(QStringLiteral("The tag %1").arg(reference));
    return oci::Digest::parse(m_tags.value(reference));
}

Result<oci::Descriptor> MemoryStore::resolve(const QString& reference)
{
    QMutexLocker lock(&m_mutex);
    auto digest = digestOf(reference);
    if (!digest)
        return digest.error();
    const oci::Manifest& m = m_manifests[digest->toString()];
    return oci::Descriptor::forBytes(m.mediaType(), m.bytes());
}

Result<oci::Manifest> MemoryStore::fetchManifest(const QString& reference)
{
    QMutexLocker lock(&m_mutex);
    auto digest = digestOf(reference);
    if (!digest)
        return digest.error();
    return m_manifests.value(digest->toString());
}

Result<QByteArray> MemoryStore::fetchBlob(const oci::Descriptor& blob, qint64 maxSize)
{
    QByteArray bytes;
    {
        QMutexLocker lock(&m_mutex);
        const QString key = blob.digest.toString();
        if (m_blobs.contains(key))
            bytes = m_blobs.value(key);
        else if (m_manifests.contains(key))
            bytes = m_manifests.value(key).bytes();
        else
            return notFound(key);
    }
    if (bytes.size() > maxSize)
        return Error::make(Error::Kind::TooLarge,
                           QStringLiteral("%1 is over %2 bytes").arg(blob.digest.toString()).arg(maxSize));
    LADING_TRY(verify(blob, bytes));
    return bytes;
}

Status MemoryStore::fetchBlobToFile(const oci::Descriptor& blob, const QString& path,
                                    store::TransferControl* control)
{
    QByteArray bytes;
    {
        QMutexLocker lock(&m_mutex);
        const QString key = blob.digest.toString();
        if (!m_blobs.contains(key))
            return notFound(key);
        bytes = m_blobs.value(key);
    }
    store::VerifiedFileWriter writer(blob, path);
    LADING_TRY(writer.open(true));
    // Send in pieces, as a network would, so resumption and progress are exercised.
    constexpr qsizetype kPiece = 64 * 1024;
    for (qsizetype at = writer.offset(); at < bytes.size(); at += kPiece) {
        if (control && control->isCancelled()) {
            writer.suspend();
            return Error::make(Error::Kind::Cancelled, QStringLiteral("Cancelled"));
        }
        const QByteArrayView piece = QByteArrayView(bytes).sliced(at, qMin(kPiece, bytes.size() - at));
        const Status written = writer.write(piece);
        if (!written.ok()) {
            writer.discard();
            return written;
        }
        if (control)
            control->addBytes(piece.size(), blob.digest.toString());
    }
    return writer.commit();
}

Result<bool> MemoryStore::exists(const oci::Descriptor& descriptor)
{
    QMutexLocker lock(&m_mutex);
    const QString key = descriptor.digest.toString();
    return m_blobs.contains(key) || m_manifests.contains(key);
}

Status MemoryStore::pushBlobFromFile(const oci::Descriptor& blob, const QString& path,
                                     store::TransferControl* control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll(); // a test store holds everything in memory anyway
    LADING_TRY(verify(blob, bytes));
    if (control)
        control->addBytes(bytes.size(), blob.digest.toString());
    QMutexLocker lock(&m_mutex);
    m_blobs.insert(blob.digest.toString(), bytes);
    return {};
}

Status MemoryStore::pushBlob(const oci::Descriptor& blob, const QByteArray& bytes)
{
    LADING_TRY(verify(blob, bytes));
    QMutexLocker lock(&m_mutex);
    m_blobs.insert(blob.digest.toString(), bytes);
    return {};
}

Result<oci::Descriptor> MemoryStore::pushManifest(const QByteArray& bytes, const QString& mediaType,
                                                  const QString& tag)
{
    auto manifest = oci::Manifest::parse(bytes, mediaType);
    if (!manifest)
        return manifest.error();
    QMutexLocker lock(&m_mutex);
    const QString key = manifest->digest().toString();
    m_manifests.insert(key, manifest.value());
    if (!tag.isEmpty())
        m_tags.insert(tag, key);
    return oci::Descriptor::forBytes(manifest->mediaType(), bytes);
}

Status MemoryStore::tag(const oci::Descriptor& manifest, const QString& tag)
{
    QMutexLocker lock(&m_mutex);
    const QString key = manifest.digest.toString();
    if (!m_manifests.contains(key))
        return notFound(key);
    m_tags.insert(tag, key);
    return {};
}

Status MemoryStore::deleteManifest(const oci::Descriptor& manifest)
{
    QMutexLocker lock(&m_mutex);
    const QString key = manifest.digest.toString();
    if (!m_manifests.remove(key))
        return notFound(key);
    for (auto it = m_tags.begin(); it != m_tags.end();) {
        if (it.value() == key)
            it = m_tags.erase(it);
        else
            ++it;
    }
    return {};
}

Result<QStringList> MemoryStore::tags()
{
    QMutexLocker lock(&m_mutex);
    return QStringList(m_tags.keys());
}

Result<QList<store::Referrer>> MemoryStore::referrers(const oci::Digest& subject, const QString& artifactType)
{
    QMutexLocker lock(&m_mutex);
    QList<store::Referrer> found;
    for (const oci::Manifest& m : std::as_const(m_manifests)) {
        if (!m.subject() || m.subject()->digest != subject)
            continue;
        const oci::Descriptor d = m.descriptor();
        if (!artifactType.isEmpty() && d.artifactType != artifactType)
            continue;
        found.append({d, store::ReferrerSource::Api});
    }
    // Hash order is arbitrary; a stable order keeps tests deterministic.
    std::sort(found.begin(), found.end(), [](const store::Referrer& a, const store::Referrer& b) {
        return a.descriptor.digest < b.descriptor.digest;
    });
    return found;
}

void MemoryStore::putBlobUnchecked(const oci::Digest& digest, const QByteArray& bytes)
{
    QMutexLocker lock(&m_mutex);
    m_blobs.insert(digest.toString(), bytes);
}

int MemoryStore::blobCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_blobs.size());
}

int MemoryStore::manifestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_manifests.size());
}

} // namespace lading::test
