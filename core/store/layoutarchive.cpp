#include "core/store/layoutarchive.h"

#include "core/oci/digest.h"
#include "core/oci/digester.h"
#include "core/store/verifiedfilewriter.h"
#include "core/util/safepath.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <memory>

LADING_TR_CONTEXT(LayoutArchive);

namespace lading::store {

namespace {

constexpr qint64 kChunk = 1 << 20;

struct ReadCloser
{
    void operator()(archive* a) const { archive_read_free(a); }
};
struct WriteCloser
{
    void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryFree
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

QString archiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : tr("unknown error");
}

QString entryName(archive_entry* entry)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char* raw = archive_entry_pathname(entry);
    return raw ? QString::fromUtf8(raw) : QString();
}

// Tar writers spell the same name "./blobs/x", "blobs/x" or "blobs/x/": compare one spelling.
QString normalizedName(QString name)
{
    while (name.startsWith(QLatin1String("./")))
        name.remove(0, 2);
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    if (name == QLatin1String("."))
        name.clear();
    return name;
}

Error unsafeEntry(const QString& tarPath, const QString& entry, const QString& why)
{
    return Error::make(Error::Kind::Unsafe, tr("The archive %1 was refused at the entry \"%2\": %3")
                                                .arg(QDir::toNativeSeparators(tarPath), entry, why));
}

Result<oci::Digest> blobDigestOf(const QStringList& parts)
{
    if (parts.size() != 3 || parts.first() != QLatin1String("blobs"))
        return Error();
    return oci::Digest::parse(parts.at(1) + QLatin1Char(':') + parts.at(2));
}

// Streams the current entry's data into `sink(bytes)`.
template <typename Sink> Status copyEntryData(archive* a, const QString& tarPath, Sink&& sink)
{
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buffer.data(), static_cast<size_t>(buffer.size()));
        if (n < 0)
            return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(tarPath, archiveError(a)));
        if (n == 0)
            return {};
        LADING_TRY(sink(QByteArrayView(buffer.constData(), static_cast<qsizetype>(n))));
    }
}

Status writeSmallFile(archive* a, const QString& tarPath, const QString& target)
{
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
    LADING_TRY(copyEntryData(a, tarPath, [&](QByteArrayView bytes) -> Status {
        if (out.write(bytes.data(), bytes.size()) != bytes.size())
            return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
        return {};
    }));
    if (!out.commit())
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
    return {};
}

la_ssize_t writeToSaveFile(archive* a, void* client, const void* buffer, size_t length)
{
    auto* file = static_cast<QSaveFile*>(client);
    const qint64 n = file->write(static_cast<const char*>(buffer), static_cast<qint64>(length));
    if (n < 0) {
        archive_set_error(a, EIO, "%s", file->errorString().toUtf8().constData());
        return -1;
    }
    return static_cast<la_ssize_t>(n);
}

int noopCallback(archive*, void*)
{
    return ARCHIVE_OK;
}
} // namespace

Status LayoutArchive::extract(const QString& tarPath, const QString& destDir)
{
    if (!QFileInfo(tarPath).isFile())
        return Error::make(Error::Kind::NotFound, tr("There is no archive at %1").arg(tarPath));
    const QString root = QDir::cleanPath(QDir(destDir).absolutePath());
    if (!QDir().mkpath(root))
        return Error::make(Error::Kind::Io, tr("Cannot create the folder %1").arg(root));

    std::unique_ptr<archive, ReadCloser> reader(archive_read_new());
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());
    if (archive_read_open_filename(reader.get(), QFile::encodeName(tarPath).constData(), 64 * 1024) !=
        ARCHIVE_OK)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("Cannot read %1 as a tar archive: %2").arg(tarPath, archiveError(reader.get())));

    archive_entry* entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return Error::make(
                Error::Kind::InvalidInput,
                tr("Cannot read %1 as a tar archive: %2").arg(tarPath, archiveError(reader.get())));

        const QString rawName = entryName(entry);
        const QString name = normalizedName(rawName);
        if (name.isEmpty()) {
            if (archive_entry_filetype(entry) == AE_IFDIR)
                continue; // "./": the root itself
            return unsafeEntry(tarPath, rawName, tr("the entry has no name"));
        }
        auto target = util::SafePath::resolveInside(root, name);
        if (!target)
            return unsafeEntry(tarPath, rawName, target.error().message);
        const QString relative = target->mid(root.size() + 1);
        const QStringList parts = relative.split(QLatin1Char('/'));
        const bool inBlobs = parts.first() == QLatin1String("blobs");
        const unsigned type = archive_entry_filetype(entry);

        if (const char* link = archive_entry_hardlink(entry)) {
            const QString linkName = normalizedName(QString::fromUtf8(link));
            auto linkTarget = util::SafePath::resolveInside(root, linkName);
            if (!linkTarget)
                return unsafeEntry(tarPath, rawName,
                                   tr("it is a hard link to \"%1\", outside the layout").arg(linkName));
            const auto digest = blobDigestOf(parts);
            if (!digest)
                continue;
            // A duplicate blob stored as a link: materialise it as its own file, verified like the rest.
            QFile::remove(target.value());
            if (!QFile::copy(linkTarget.value(), target.value()))
                return Error::make(
                    Error::Kind::InvalidInput,
                    tr("The archive %1 has a hard link \"%2\" to \"%3\", which it does not contain")
                        .arg(tarPath, rawName, linkName));
            if (digest->isVerifiable()) {
                auto actual = oci::Digester::hashFile(target.value(), digest->algorithm());
                if (!actual || actual.value() != digest.value()) {
                    QFile::remove(target.value());
                    return Error::make(
                        Error::Kind::Integrity,
                        tr("The archive %1 holds a damaged blob %2: it does not match its name")
                            .arg(tarPath, rawName));
                }
            }
            continue;
        }
        if (type == AE_IFLNK) {
            const QString linkText = QString::fromUtf8(archive_entry_symlink(entry));
            const QString parent = parts.size() > 1
                                       ? QStringList(parts.mid(0, parts.size() - 1)).join(QLatin1Char('/'))
                                       : QString();
            const bool escapes =
                linkText.startsWith(QLatin1Char('/')) ||
                !util::SafePath::resolveInside(root, parent.isEmpty() ? linkText
                                                                      : parent + QLatin1Char('/') + linkText);
            if (escapes)
                return unsafeEntry(tarPath, rawName,
                                   tr("it is a symbolic link to \"%1\", outside the layout").arg(linkText));
            if (inBlobs)
                return unsafeEntry(tarPath, rawName,
                                   tr("it is a symbolic link, but blobs must be plain files"));
            continue; // never created: a layout needs no links
        }
        if (type == AE_IFDIR) {
            if (inBlobs && !QDir().mkpath(target.value()))
                return Error::make(Error::Kind::Io, tr("Cannot create the folder %1").arg(target.value()));
            continue;
        }
        if (type != AE_IFREG) {
            if (inBlobs)
                return unsafeEntry(tarPath, rawName,
                                   tr("it is a special file, but blobs must be plain files"));
            continue;
        }

        if (relative == QLatin1String("oci-layout") || relative == QLatin1String("index.json")) {
            LADING_TRY(writeSmallFile(reader.get(), tarPath, target.value()));
            continue;
        }
        const auto digest = blobDigestOf(parts);
        if (!digest)
            continue; // not part of a layout (manifest.json, repositories, legacy folders)
        QDir().mkpath(QFileInfo(target.value()).absolutePath());
        if (digest->isVerifiable()) {
            // A blob must hash to its name (§5): check it now rather than when someone reads it.
            oci::Descriptor expected;
            expected.digest = digest.value();
            expected.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
            VerifiedFileWriter writer(expected, target.value());
            LADING_TRY(writer.open(false));
            Status copied = copyEntryData(reader.get(), tarPath,
                                          [&](QByteArrayView bytes) { return writer.write(bytes); });
            if (!copied) {
                writer.discard();
                return copied;
            }
            if (Status committed = writer.commit(); !committed)
                return Error::make(committed.error().kind,
                                   tr("The archive %1 holds a damaged blob %2: %3")
                                       .arg(tarPath, name, committed.error().message));
        } else {
            LADING_TRY(writeSmallFile(reader.get(), tarPath, target.value()));
        }
    }

    if (!QFileInfo::exists(root + QStringLiteral("/oci-layout")))
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 is not an OCI layout archive: it has no oci-layout file").arg(tarPath));
    if (!QFileInfo::exists(root + QStringLiteral("/index.json")))
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 is not an OCI layout archive: it has no index.json").arg(tarPath));
    QDir().mkpath(root + QStringLiteral("/blobs"));
    return {};
}

Status LayoutArchive::create(const QString& layoutDir, const QString& tarPath)
{
    const QDir layout(layoutDir);
    for (const char* required : {"oci-layout", "index.json"}) {
        if (!QFileInfo(layout.filePath(QLatin1String(required))).isFile())
            return Error::make(
                Error::Kind::InvalidInput,
                tr("%1 is not an OCI layout: it has no %2").arg(layoutDir, QLatin1String(required)));
    }

    // (name in the archive, file on disk); an empty file means a folder.
    QList<std::pair<QString, QString>> entries;
    entries.append({QStringLiteral("oci-layout"), layout.filePath(QStringLiteral("oci-layout"))});
    entries.append({QStringLiteral("index.json"), layout.filePath(QStringLiteral("index.json"))});
    entries.append({QStringLiteral("blobs/"), QString()});
    const QDir blobs(layout.filePath(QStringLiteral("blobs")));
    QStringList algorithms = blobs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& algorithm : std::as_const(algorithms)) {
        entries.append({QStringLiteral("blobs/") + algorithm + QLatin1Char('/'), QString()});
        const QDir dir(blobs.filePath(algorithm));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            // Only real blobs: ".part" leftovers and strangers stay out of the archive.
            if (!oci::Digest::parse(algorithm + QLatin1Char(':') + file))
                continue;
            entries.append(
                {QStringLiteral("blobs/") + algorithm + QLatin1Char('/') + file, dir.filePath(file)});
        }
    }

    QSaveFile out(tarPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(tarPath, out.errorString()));
    std::unique_ptr<archive, WriteCloser> writer(archive_write_new());
    archive_write_set_format_pax_restricted(writer.get());
    if (archive_write_open(writer.get(), &out, noopCallback, writeToSaveFile, noopCallback) != ARCHIVE_OK)
        return Error::make(Error::Kind::Io,
                           tr("Cannot write %1: %2").arg(tarPath, archiveError(writer.get())));

    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (const auto& [name, source] : std::as_const(entries)) {
        std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        const QFileInfo info(source.isEmpty() ? blobs.path() : source);
        archive_entry_set_mtime(entry.get(), info.lastModified().toSecsSinceEpoch(), 0);
        QFile in(source);
        if (source.isEmpty()) {
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_perm(entry.get(), 0755);
        } else {
            if (!in.open(QIODevice::ReadOnly))
                return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(source, in.errorString()));
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), 0644);
            archive_entry_set_size(entry.get(), in.size());
        }
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return Error::make(Error::Kind::Io,
                               tr("Cannot write %1: %2").arg(tarPath, archiveError(writer.get())));
        if (source.isEmpty())
            continue;
        qint64 total = 0;
        for (;;) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(source, in.errorString()));
            if (n == 0)
                break;
            if (archive_write_data(writer.get(), buffer.constData(), static_cast<size_t>(n)) != n)
                return Error::make(Error::Kind::Io,
                                   tr("Cannot write %1: %2").arg(tarPath, archiveError(writer.get())));
            total += n;
        }
        if (total != archive_entry_size(entry.get()))
            return Error::make(Error::Kind::Io, tr("%1 changed while it was being archived").arg(source));
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return Error::make(Error::Kind::Io,
                           tr("Cannot write %1: %2").arg(tarPath, archiveError(writer.get())));
    if (!out.commit())
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(tarPath, out.errorString()));
    return {};
}

} // namespace lading::store
