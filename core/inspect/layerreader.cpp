#include "core/inspect/layerreader.h"

#include "core/inspect/blobspool.h"
#include "core/oci/digester.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <array>

LADING_TR_CONTEXT(LayerReader);

namespace lading::inspect {

namespace {

constexpr size_t kBlockSize = 128 * 1024;
constexpr qint64 kProgressStep = 256 * 1024; // report compressed progress in steps, not per header
const QLatin1StringView kWhiteoutPrefix{".wh."};
const QLatin1StringView kOpaqueMarker{".wh..wh..opq"};
const QLatin1StringView kProgressPrefix{"read:"};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

struct ArchiveDeleter
{
    void operator()(struct archive* a) const { archive_read_free(a); }
};

QString archiveMessage(struct archive* a)
{
    const char* message = a ? archive_error_string(a) : nullptr;
    return message ? QString::fromUtf8(message) : tr("unknown archive error");
}

// Entry names as UTF-8 when libarchive can give them so, the raw bytes (decoded as UTF-8) otherwise.
QString textOf(const char* utf8, const char* raw)
{
    if (utf8)
        return QString::fromUtf8(utf8);
    if (raw)
        return QString::fromUtf8(raw);
    return {};
}

// Outside LayerReader::Private so that lupdate files the message under this file's context.
Error damagedLayer(struct archive* a, const QString& path)
{
    return Error::make(Error::Kind::Integrity,
                       tr("The layer cannot be read as a tar archive (damaged, truncated or not a layer): %1")
                           .arg(archiveMessage(a)),
                       path);
}

const std::array<char, 64 * 1024>& zeros()
{
    static const std::array<char, 64 * 1024> block{};
    return block;
}

} // namespace

qint64 LayerLimits::expansionLimit(qint64 compressedSize) const
{
    const qint64 compressed = std::max<qint64>(compressedSize, 0);
    // Saturating: a ratio of 200 on a 64 GiB layer must not wrap around.
    const qint64 byRatio =
        compressed > std::numeric_limits<qint64>::max() / std::max<qint64>(expansionRatio, 1)
            ? std::numeric_limits<qint64>::max()
            : compressed * expansionRatio;
    return std::min(std::max(byRatio, expansionFloor), expansionCap);
}

struct LayerReader::Private
{
    LayerReadOptions options;
    std::unique_ptr<struct archive, ArchiveDeleter> archive;
    store::TransferControl* control = nullptr;
    QString progressKey;
    QString path;
    qint64 compressedSize = 0;
    qint64 limit = 0;
    qint64 entries = 0;
    qint64 reportedCompressed = 0;
    bool compressed = false;
    bool finished = false;
    // The regular file next() returned last still has data to read or skip.
    bool dataPending = false;
    qint64 pendingSize = 0;

    Error damaged() const { return damagedLayer(archive.get(), path); }

    Error cancelled() const
    {
        return Error::make(Error::Kind::Cancelled, tr("Reading the layer was cancelled"), path);
    }

    Error bomb(qint64 reached) const
    {
        const LayerLimits& l = options.limits;
        return Error::make(
            Error::Kind::TooLarge,
            tr("Stopped reading the layer: its content reaches %1, over the limit of %2 (%3 times its "
               "compressed size of %4, at least %5 and at most %6). It looks like a decompression bomb.")
                .arg(sizeText(reached), sizeText(limit), QString::number(l.expansionRatio),
                     sizeText(compressedSize), sizeText(l.expansionFloor), sizeText(l.expansionCap)),
            path);
    }

    qint64 uncompressedPosition() const
    {
        return archive ? qint64(archive_filter_bytes(archive.get(), 0)) : 0;
    }
    qint64 compressedPosition() const
    {
        return archive ? qint64(archive_filter_bytes(archive.get(), -1)) : 0;
    }

    // Called after every header and data block: limits, cancellation, progress.
    Status check(bool forceProgress = false)
    {
        if (control && control->isCancelled())
            return cancelled();
        const qint64 position = uncompressedPosition();
        if (position > limit)
            return bomb(position);
        if (control) {
            const qint64 now = compressedPosition();
            if (now - reportedCompressed >= kProgressStep || (forceProgress && now > reportedCompressed)) {
                control->addBytes(now - reportedCompressed, progressKey);
                reportedCompressed = now;
            }
        }
        return {};
    }

    // Reads the pending data block by block, holes as zeros, feeding `sink` when given.
    Status consumeData(const DataSink& sink)
    {
        dataPending = false;
        qint64 offsetDone = 0;
        for (;;) {
            const void* block = nullptr;
            size_t length = 0;
            la_int64_t offset = 0;
            const int r = archive_read_data_block(archive.get(), &block, &length, &offset);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN)
                return damaged();
            LADING_TRY(check());
            if (!sink)
                continue;
            if (offset > offsetDone)
                LADING_TRY(feedZeros(sink, offset - offsetDone));
            offsetDone = std::max<qint64>(offsetDone, offset);
            if (length > 0)
                LADING_TRY(sink(QByteArrayView(static_cast<const char*>(block), qsizetype(length))));
            offsetDone += qint64(length);
        }
        if (sink && offsetDone < pendingSize)
            LADING_TRY(feedZeros(sink, pendingSize - offsetDone)); // a sparse file ending in a hole
        return {};
    }

    static Status feedZeros(const DataSink& sink, qint64 count)
    {
        while (count > 0) {
            const qint64 n = std::min<qint64>(count, qint64(zeros().size()));
            LADING_TRY(sink(QByteArrayView(zeros().data(), qsizetype(n))));
            count -= n;
        }
        return {};
    }

    Status skipPending()
    {
        if (!dataPending)
            return {};
        if (!compressed) {
            // Plain tar: libarchive seeks over the data, nothing is read, nothing can expand.
            dataPending = false;
            if (archive_read_data_skip(archive.get()) < ARCHIVE_WARN)
                return damaged();
            return check();
        }
        // Compressed: skipping decompresses anyway; doing it block by block keeps the limits checked.
        return consumeData({});
    }

    Result<LayerEntry> entryOf(archive_entry* e)
    {
        LayerEntry entry;
        const QString raw = textOf(archive_entry_pathname_utf8(e), archive_entry_pathname(e));
        if (raw.size() > options.limits.maxPathLength)
            return tooLong(raw);
        bool unsafe = false;
        QString path = normalisePath(raw, &unsafe);
        entry.unsafe = unsafe;
        entry.mode = quint32(archive_entry_perm(e)) & 07777;
        entry.uid = qint64(archive_entry_uid(e));
        entry.gid = qint64(archive_entry_gid(e));
        entry.uname = textOf(archive_entry_uname_utf8(e), archive_entry_uname(e));
        entry.gname = textOf(archive_entry_gname_utf8(e), archive_entry_gname(e));
        entry.mtime = archive_entry_mtime_is_set(e) ? qint64(archive_entry_mtime(e)) : 0;

        const char* hardlinkUtf8 = archive_entry_hardlink_utf8(e);
        const char* hardlinkRaw = archive_entry_hardlink(e);
        if (hardlinkUtf8 || hardlinkRaw) {
            const QString target = textOf(hardlinkUtf8, hardlinkRaw);
            if (target.size() > options.limits.maxPathLength)
                return tooLong(target);
            bool targetUnsafe = false;
            entry.linkTarget = normalisePath(target, &targetUnsafe);
            entry.unsafe = entry.unsafe || targetUnsafe;
            entry.type = LayerEntry::Type::Hardlink;
        } else {
            switch (archive_entry_filetype(e)) {
            case AE_IFDIR:
                entry.type = LayerEntry::Type::Directory;
                break;
            case AE_IFLNK:
                entry.type = LayerEntry::Type::Symlink;
                entry.linkTarget = textOf(archive_entry_symlink_utf8(e), archive_entry_symlink(e));
                if (entry.linkTarget.size() > options.limits.maxPathLength)
                    return tooLong(entry.linkTarget);
                break;
            case AE_IFCHR:
                entry.type = LayerEntry::Type::CharDevice;
                break;
            case AE_IFBLK:
                entry.type = LayerEntry::Type::BlockDevice;
                break;
            case AE_IFIFO:
                entry.type = LayerEntry::Type::Fifo;
                break;
            default: // AE_IFREG, and what tar cannot really hold (sockets): a file
                entry.type = LayerEntry::Type::File;
                entry.size = std::max<qint64>(qint64(archive_entry_size(e)), 0);
                break;
            }
        }

        // Whiteouts are judged by the last segment of the cleaned name (image-spec layer.md).
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString parent = slash < 0 ? QString() : path.left(slash);
        const QStringView base = QStringView(path).mid(slash + 1);
        if (base == kOpaqueMarker) {
            entry.type = LayerEntry::Type::OpaqueWhiteout;
            path = parent;
        } else if (base.startsWith(kWhiteoutPrefix) && base.size() > kWhiteoutPrefix.size()) {
            entry.type = LayerEntry::Type::Whiteout;
            const QStringView hidden = base.mid(kWhiteoutPrefix.size());
            path = parent.isEmpty() ? hidden.toString() : parent + QLatin1Char('/') + hidden;
            // ".wh.." and ".wh..." would white out the folder itself or its parent: never a real whiteout.
            if (hidden == QLatin1String(".") || hidden == QLatin1String(".."))
                entry.unsafe = true;
            path = normalisePath(path);
        }
        if (entry.isWhiteout()) {
            entry.size = 0;
            entry.linkTarget.clear();
        }
        entry.path = path;
        return entry;
    }

    Error tooLong(const QString& name) const
    {
        return Error::make(
            Error::Kind::TooLarge,
            tr("The layer has an entry name or link target of %1 characters, over the limit of "
               "%2: \"%3…\"")
                .arg(QString::number(name.size()), QString::number(options.limits.maxPathLength),
                     name.left(80)),
            path);
    }
};

LayerReader::LayerReader(LayerReadOptions options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

LayerReader::~LayerReader() = default;

Status LayerReader::open(const QString& path, store::TransferControl* control, const QString& progressKey,
                         qint64 compressedSize)
{
    d->archive.reset(archive_read_new());
    d->control = control;
    d->progressKey = progressKey;
    d->path = path;
    d->entries = 0;
    d->reportedCompressed = 0;
    d->finished = false;
    d->dataPending = false;
    if (!d->archive)
        return Error::make(Error::Kind::Io, tr("Cannot start the archive reader"));
    const QFileInfo info(path);
    if (!info.isFile())
        return Error::make(Error::Kind::NotFound, tr("The layer file %1 does not exist").arg(path), path);
    d->compressedSize = compressedSize >= 0 ? compressedSize : info.size();
    d->limit = d->options.limits.expansionLimit(d->compressedSize);

    // Named filters rather than archive_read_support_filter_all: "all" includes lrzip, lzop and grzip
    // through external programs, which reading an untrusted layer must never start.
    struct archive* a = d->archive.get();
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_zstd(a);
    archive_read_support_filter_bzip2(a);
    archive_read_support_filter_xz(a);
    archive_read_support_format_tar(a); // ustar, pax and GNU tar
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), kBlockSize) != ARCHIVE_OK)
        return d->damaged();
    return {};
}

Result<std::optional<LayerEntry>> LayerReader::next()
{
    if (!d->archive || d->finished)
        return std::optional<LayerEntry>();
    LADING_TRY(d->skipPending());
    archive_entry* e = nullptr;
    const int r = archive_read_next_header(d->archive.get(), &e);
    if (r == ARCHIVE_EOF) {
        d->finished = true;
        LADING_TRY(d->check(true));
        return std::optional<LayerEntry>();
    }
    if (r < ARCHIVE_WARN)
        return d->damaged();
    // The first header tells whether a decompressor sits in front of the tar.
    if (d->entries == 0)
        d->compressed = archive_filter_count(d->archive.get()) > 1;
    if (++d->entries > d->options.limits.maxEntries)
        return Error::make(Error::Kind::TooLarge,
                           tr("The layer has more than %1 entries, the most Lading reads from one layer")
                               .arg(QLocale().toString(d->options.limits.maxEntries)),
                           d->path);
    LADING_TRY(d->check());

    auto entry = d->entryOf(e);
    if (!entry)
        return entry.error();
    LayerEntry& out = entry.value();
    // A header announcing more content than the limit is stopped before a byte of it is inflated. Sparse
    // files announce their logical size, which may be far more than they hold: those are checked as read.
    if (out.type == LayerEntry::Type::File && archive_entry_sparse_count(e) == 0 &&
        d->uncompressedPosition() + out.size > d->limit)
        return d->bomb(d->uncompressedPosition() + out.size);

    d->dataPending = out.type == LayerEntry::Type::File && out.size > 0;
    d->pendingSize = out.size;
    if (out.type == LayerEntry::Type::File && d->options.computeDigests) {
        oci::Digester digester;
        if (d->dataPending) {
            LADING_TRY(d->consumeData([&digester](QByteArrayView bytes) -> Status {
                digester.addData(bytes);
                return {};
            }));
        }
        out.contentDigest = digester.result();
    }
    return std::optional<LayerEntry>(std::move(out));
}

Status LayerReader::readData(const DataSink& sink)
{
    if (!d->dataPending)
        return {};
    return d->consumeData(sink);
}

qint64 LayerReader::compressedBytesRead() const
{
    return d->compressedPosition();
}

qint64 LayerReader::uncompressedBytesRead() const
{
    return d->uncompressedPosition();
}

qint64 LayerReader::entriesRead() const
{
    return d->entries;
}

Status LayerReader::forEach(const QString& path, const EntryCallback& onEntry,
                            const LayerReadOptions& options, store::TransferControl* control,
                            const QString& progressKey)
{
    LayerReader reader(options);
    LADING_TRY(reader.open(path, control, progressKey));
    for (;;) {
        auto entry = reader.next();
        if (!entry)
            return entry.error();
        if (!entry.value())
            return {};
        LADING_TRY(onEntry(*entry.value()));
    }
}

Status LayerReader::forEach(store::Store& store, const oci::Descriptor& layer, const EntryCallback& onEntry,
                            const LayerReadOptions& options, store::TransferControl* control, int layerIndex)
{
    auto file = BlobSpool::shared().localFile(store, layer, control);
    if (!file)
        return file.error();
    const QString key = progressKey(layer.digest);
    if (control)
        control->setBlobSize(key, layer.size);
    // Errors name the layer by digest: the spool file's path means nothing to the user.
    const QString origin = layer.digest.toString();
    LayerReader reader(options);
    if (Status opened = reader.open(file.value(), control, key, layer.size); !opened.ok())
        return opened.error().withOrigin(origin);
    for (;;) {
        auto entry = reader.next();
        if (!entry)
            return entry.error().withOrigin(origin);
        if (!entry.value())
            return {};
        LayerEntry& e = *entry.value();
        e.layerIndex = layerIndex;
        LADING_TRY(onEntry(e));
    }
}

QString LayerReader::progressKey(const oci::Digest& layer)
{
    return kProgressPrefix + layer.toString();
}

bool LayerReader::isProgressKey(const QString& key)
{
    return key.startsWith(kProgressPrefix);
}

QString LayerReader::normalisePath(const QString& raw, bool* unsafe)
{
    // Most names are clean already ("usr/bin/env", "./etc/", "lib/"): take them without splitting.
    QStringView view(raw);
    while (view.startsWith(QLatin1String("./")))
        view = view.mid(2);
    while (view.endsWith(QLatin1Char('/')))
        view.chop(1);
    bool clean = !view.startsWith(QLatin1Char('/'));
    for (const QStringView part : view.tokenize(QLatin1Char('/'))) {
        if (!clean)
            break;
        clean = !part.isEmpty() && part != QLatin1String(".") && part != QLatin1String("..");
    }
    if (clean) {
        if (unsafe)
            *unsafe = false;
        return view.size() == raw.size() ? raw : view.toString();
    }

    bool climbed = raw.startsWith(QLatin1Char('/'));
    QStringList parts;
    for (const QStringView part : QStringView(raw).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                climbed = true; // clamped at the root, as containerd applies it
            else
                parts.removeLast();
            continue;
        }
        parts.append(part.toString());
    }
    if (unsafe)
        *unsafe = climbed;
    return parts.join(QLatin1Char('/'));
}

} // namespace lading::inspect
