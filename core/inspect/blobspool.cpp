#include "core/inspect/blobspool.h"

#include "core/util/translations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>
#include <QWaitCondition>

#include <algorithm>

LADING_TR_CONTEXT(BlobSpool);

namespace lading::inspect {

namespace {

// Downloads in flight, process-wide: keyed by the final path, so two spools over one folder also agree.
QMutex inFlightMutex;
QWaitCondition inFlightDone;
QSet<QString> inFlight;

QString defaultDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return base + QLatin1String("/lading/blobs");
}

} // namespace

BlobSpool::BlobSpool(QString directory, qint64 maxBytes)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
    , m_maxBytes(maxBytes)
{}

BlobSpool& BlobSpool::shared()
{
    static BlobSpool spool;
    return spool;
}

Result<QString> BlobSpool::localFile(store::Store& store, const oci::Descriptor& blob,
                                     store::TransferControl* control)
{
    if (!blob.isValid())
        return Error::make(Error::Kind::InvalidInput, tr("The blob has no valid digest or size."));

    // A layout keeps verified blobs as files already; reading them in place saves a copy of a GiB layer.
    if (const auto path = store.blobFilePath(blob)) {
        if (QFileInfo(*path).size() == blob.size)
            return *path;
    }

    const QString target =
        m_directory + QLatin1Char('/') + blob.digest.algorithm() + QLatin1Char('/') + blob.digest.encoded();
    {
        QMutexLocker lock(&inFlightMutex);
        while (inFlight.contains(target))
            inFlightDone.wait(&inFlightMutex);
        const QFileInfo existing(target);
        if (existing.exists() && existing.size() == blob.size) {
            // Marks the file recently used so eviction takes older ones first.
            QFile file(target);
            if (file.open(QIODevice::ReadWrite))
                file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
            return target;
        }
        inFlight.insert(target);
    }

    Status fetched = [&]() -> Status {
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error::make(
                Error::Kind::Io,
                tr("Cannot create the cache folder %1.").arg(QFileInfo(target).absolutePath()));
        evictFor(blob.size);
        return store.fetchBlobToFile(blob, target, control);
    }();

    {
        QMutexLocker lock(&inFlightMutex);
        inFlight.remove(target);
        inFlightDone.wakeAll();
    }
    if (!fetched.ok())
        return fetched.error();
    return target;
}

void BlobSpool::evictFor(qint64 incomingBytes)
{
    struct Entry
    {
        QString path;
        qint64 size;
        QDateTime used;
    };
    QList<Entry> entries;
    qint64 total = 0;
    const QDir root(m_directory);
    for (const QString& algorithm : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir folder(root.filePath(algorithm));
        for (const QFileInfo& info : folder.entryInfoList(QDir::Files)) {
            entries.append({info.absoluteFilePath(), info.size(), info.lastModified()});
            total += info.size();
        }
    }
    if (total + incomingBytes <= m_maxBytes)
        return;
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    QMutexLocker lock(&inFlightMutex);
    for (const Entry& entry : entries) {
        if (total + incomingBytes <= m_maxBytes)
            break;
        // A ".part" being written by another download, or a blob being fetched, is not ours to remove.
        if (entry.path.endsWith(QLatin1String(".part")) || inFlight.contains(entry.path))
            continue;
        // A reader may still have the file open; on POSIX it keeps reading the unlinked inode.
        if (QFile::remove(entry.path))
            total -= entry.size;
    }
}

} // namespace lading::inspect
