#include "core/transfer/artifactunpacker.h"

#include "core/oci/digester.h"
#include "core/oci/mediatypes.h"
#include "core/transfer/parallel.h"
#include "core/util/extractionfolder.h"
#include "core/util/safepath.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSysInfo>

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <memory>
#include <optional>

LADING_TR_CONTEXT(ArtifactUnpacker);

namespace lading::transfer {

namespace {

namespace MediaType = oci::MediaType;
namespace Annotation = oci::Annotation;
using util::ExtractionFolder;
using util::SafePath;

constexpr qsizetype kChunk = 1 << 20;

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, tr("The pull was cancelled"));
}

QString archiveError(struct archive* a)
{
    const char* message = archive_error_string(a);
    return message ? QString::fromUtf8(message) : tr("unknown archive error");
}

struct ArchiveReadDeleter
{
    void operator()(struct archive* a) const { archive_read_free(a); }
};
using ReadArchive = std::unique_ptr<struct archive, ArchiveReadDeleter>;

QString entryName(archive_entry* entry)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char* raw = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(raw);
    return {};
}

// Extracts an ORAS folder layer (a tar, normally gzip-compressed) below `root`, streaming: an outer
// reader decompresses, its bytes are hashed (the uncompressed digest ORAS records) and fed to the tar
// reader. Every entry is checked before it touches the disk; on failure what was created is removed.
class FolderExtractor final
{
public:
    FolderExtractor(const QString& root, const QString& top, store::TransferControl* control)
        : m_folder(root,
                   [](const QString& name, const QString& path) {
                       return Error::make(Error::Kind::Io,
                                          tr("Cannot extract \"%1\": a folder of that name is already at %2; "
                                             "remove it and pull again")
                                              .arg(name, path));
                   })
        , m_top(top)
        , m_control(control)
    {}
    Q_DISABLE_COPY_MOVE(FolderExtractor)

    Status run(const QString& archivePath, const std::optional<oci::Digest>& expected)
    {
        const Status status = extract(archivePath, expected);
        if (!status.ok()) {
            m_folder.rollBack();
            return status;
        }
        m_folder.finish();
        return {};
    }

private:
    Status extract(const QString& archivePath, const std::optional<oci::Digest>& expected)
    {
        if (expected)
            m_digester = oci::Digester(expected->algorithm());
        m_outer.reset(archive_read_new());
        m_tar.reset(archive_read_new());
        if (!m_outer || !m_tar)
            return Error::make(Error::Kind::Io, tr("Cannot start the archive reader"));
        archive_read_support_filter_all(m_outer.get());
        archive_read_support_format_raw(m_outer.get());
        if (archive_read_open_filename(m_outer.get(), QFile::encodeName(archivePath).constData(),
                                       64 * 1024) != ARCHIVE_OK)
            return damaged(m_outer.get());
        archive_entry* rawEntry = nullptr;
        if (archive_read_next_header(m_outer.get(), &rawEntry) < ARCHIVE_WARN)
            return damaged(m_outer.get());

        archive_read_support_format_tar(m_tar.get());
        m_readBuffer.resize(kChunk);
        if (archive_read_open(m_tar.get(), this, nullptr, &FolderExtractor::readTar, nullptr) != ARCHIVE_OK)
            return damaged(m_tar.get());

        QByteArray buffer(kChunk, Qt::Uninitialized);
        for (;;) {
            if (m_control && m_control->isCancelled())
                return cancelled();
            archive_entry* entry = nullptr;
            const int r = archive_read_next_header(m_tar.get(), &entry);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN)
                return damaged(m_tar.get());
            LADING_TRY(extractEntry(entry, buffer));
        }
        // Tar readers stop at the end-of-archive blocks; the digest covers whatever padding follows.
        for (;;) {
            const la_ssize_t n =
                archive_read_data(m_outer.get(), m_readBuffer.data(), size_t(m_readBuffer.size()));
            if (n < 0)
                return damaged(m_outer.get());
            if (n == 0)
                break;
            m_digester.addData(QByteArrayView(m_readBuffer.constData(), qsizetype(n)));
        }
        if (expected) {
            const oci::Digest actual = m_digester.result();
            if (actual != *expected)
                return Error::make(
                    Error::Kind::Integrity,
                    tr("The folder \"%1\" does not match its recorded content digest (expected %2, "
                       "got %3); the artifact is damaged, push it again")
                        .arg(m_top, expected->toString(), actual.toString()));
        }
        return {};
    }

    static la_ssize_t readTar(struct archive* a, void* self, const void** buffer)
    {
        auto* me = static_cast<FolderExtractor*>(self);
        const la_ssize_t n =
            archive_read_data(me->m_outer.get(), me->m_readBuffer.data(), size_t(me->m_readBuffer.size()));
        if (n < 0) {
            archive_set_error(a, EIO, "%s", archive_error_string(me->m_outer.get()));
            return -1;
        }
        me->m_digester.addData(QByteArrayView(me->m_readBuffer.constData(), qsizetype(n)));
        *buffer = me->m_readBuffer.constData();
        return n;
    }

    Error damaged(struct archive* a) const
    {
        return Error::make(Error::Kind::Integrity,
                           tr("The folder archive \"%1\" cannot be read: %2").arg(m_top, archiveError(a)));
    }

    Error unsafe(const QString& name, const QString& why) const
    {
        return Error::make(Error::Kind::Unsafe,
                           tr("Refused the archive entry \"%1\" of \"%2\": %3").arg(name, m_top, why));
    }

    // The checked absolute path of an entry name: inside the output folder and below the layer's title.
    Result<QString> place(const QString& name) const
    {
        auto resolved = SafePath::resolveInside(m_folder.root(), name);
        if (!resolved)
            return resolved.error();
        if (!SafePath::isWithin(m_folder.root() + QLatin1Char('/') + m_top, resolved.value()))
            return unsafe(name, tr("it is not inside the folder \"%1\" the layer is named for").arg(m_top));
        return resolved;
    }

    Status extractEntry(archive_entry* entry, QByteArray& buffer)
    {
        QString name = entryName(entry);
        while (name.endsWith(QLatin1Char('/')))
            name.chop(1);
        auto path = place(name);
        if (!path)
            return path.error();
        const auto type = archive_entry_filetype(entry);
        const quint32 mode = quint32(archive_entry_perm(entry)) & 0777;

        if (const char* hardlink = archive_entry_hardlink_utf8(entry))
            return extractHardlink(name, path.value(), QString::fromUtf8(hardlink));
        switch (type) {
        case AE_IFDIR: {
            auto made = m_folder.makeFolder(path.value(), mode);
            if (!made)
                return made.error();
            return {};
        }
        case AE_IFREG:
            return extractFile(entry, name, path.value(), mode, buffer);
        case AE_IFLNK: {
            const char* target = archive_entry_symlink_utf8(entry);
            return extractSymlink(name, path.value(), target ? QString::fromUtf8(target) : QString());
        }
        default:
            // Devices, fifos and sockets have no place in a pulled folder.
            if (m_control)
                m_control->message(tr("Skipped \"%1\": it is not a file, folder or link").arg(name));
            return {};
        }
    }

    Status extractFile(archive_entry* entry, const QString& name, const QString& path, quint32 mode,
                       QByteArray& buffer)
    {
        QDateTime modified;
        if (archive_entry_mtime_is_set(entry))
            modified = QDateTime::fromMSecsSinceEpoch(qint64(archive_entry_mtime(entry)) * 1000 +
                                                          archive_entry_mtime_nsec(entry) / 1000000,
                                                      Qt::UTC);
        return m_folder.writeFile(
            name, path, mode, modified, [this, &buffer](const ExtractionFolder::Sink& sink) -> Status {
                for (;;) {
                    if (m_control && m_control->isCancelled())
                        return cancelled();
                    const la_ssize_t n = archive_read_data(m_tar.get(), buffer.data(), size_t(buffer.size()));
                    if (n < 0)
                        return damaged(m_tar.get());
                    if (n == 0)
                        return {};
                    LADING_TRY(sink(QByteArrayView(buffer.constData(), qsizetype(n))));
                }
            });
    }

    Status extractSymlink(const QString& name, const QString& path, const QString& target)
    {
        if (target.isEmpty())
            return unsafe(name, tr("it is a symbolic link without a target"));
        if (target.startsWith(QLatin1Char('/')) || target.contains(QLatin1Char('\\')) ||
            (target.size() >= 2 && target.at(1) == QLatin1Char(':')))
            return unsafe(name, tr("it is a symbolic link to the absolute path \"%1\"").arg(target));
        auto made = m_folder.makeSymlink(name, path, target, ExtractionFolder::RootLink::Allowed);
        if (!made)
            return made.error();
        if (!made.value())
            return unsafe(name, tr("it is a symbolic link to \"%1\", outside the target folder").arg(target));
        return {};
    }

    Status extractHardlink(const QString& name, const QString& path, const QString& target)
    {
        auto source = place(target);
        if (!source)
            return source.error();
        auto copied = m_folder.copyFile(name, source.value(), path);
        if (!copied)
            return copied.error();
        if (!copied.value())
            return unsafe(
                name, tr("it is a hard link to \"%1\", which is not a file extracted before it").arg(target));
        return {};
    }

    ExtractionFolder m_folder;
    QString m_top;
    store::TransferControl* m_control;
    ReadArchive m_outer;
    ReadArchive m_tar;
    QByteArray m_readBuffer;
    oci::Digester m_digester;
};

struct Planned
{
    oci::Descriptor layer;
    QString title;
    QString path;
    bool unpack = false;
    std::optional<oci::Digest> contentDigest;
};

bool isFolderLayer(const oci::Descriptor& layer)
{
    if (layer.annotations.value(QString(Annotation::OrasUnpack)) == QLatin1String("true"))
        return true;
    const QString type = MediaType::essence(layer.mediaType);
    return (type == MediaType::OciLayerTarGzip || type == MediaType::DockerLayerTarGzip) &&
           layer.annotations.contains(QString(Annotation::OrasContentDigest));
}

// Whether two layers could touch the same file: a title inside another's (a file "a/b" and a folder "a"),
// one title being another's temporary name ("x" is written as "x.part"), or a title among the names of
// the temporary archives.
bool layersOverlap(const QList<Planned>& plan, const QString& root)
{
    QSet<QString> paths;
    for (const Planned& p : plan)
        paths.insert(p.path);
    const QString scratch = root + QStringLiteral("/.lading-unpack-");
    for (const Planned& p : plan) {
        if (paths.contains(p.path + QStringLiteral(".part")) || p.path.startsWith(scratch))
            return true;
        for (QString dir = QFileInfo(p.path).absolutePath(); dir.size() > root.size();
             dir = QFileInfo(dir).absolutePath()) {
            if (paths.contains(dir))
                return true;
        }
    }
    return false;
}

} // namespace

Result<oci::Manifest> ArtifactUnpacker::manifestToPull(store::Store& store, const QString& reference,
                                                       const std::optional<oci::Platform>& platform)
{
    auto manifest = store.fetchManifest(reference);
    if (!manifest || !manifest->isIndex())
        return manifest;
    oci::Platform wanted;
    if (platform) {
        wanted = *platform;
    } else {
        wanted.os = QStringLiteral("linux");
        const QString cpu = QSysInfo::currentCpuArchitecture();
        wanted.architecture = cpu == QLatin1String("x86_64") ? QStringLiteral("amd64") : cpu;
    }
    const auto& entries = manifest->manifests();
    const auto chosen = std::find_if(entries.begin(), entries.end(), [&](const oci::Descriptor& d) {
        return d.platform && d.platform->matches(wanted);
    });
    if (chosen == entries.end())
        return Error::make(
            Error::Kind::NotFound,
            tr("The index has no manifest for %1; choose one of its platforms").arg(wanted.toString()));
    return store.fetchManifest(chosen->digest.toString());
}

Result<UnpackResult> ArtifactUnpacker::unpack(const oci::Manifest& manifest, store::Store& store,
                                              const QString& outputDir, store::TransferControl* control,
                                              int concurrency)
{
    if (manifest.isIndex())
        return Error::make(Error::Kind::InvalidInput,
                           tr("This is an index of several manifests; choose one of them to pull its files"));
    if (!QDir().mkpath(outputDir))
        return Error::make(Error::Kind::Io, tr("Cannot create the output folder %1").arg(outputDir));
    const QString root = QDir::cleanPath(QDir(outputDir).absolutePath());

    // Check every name before writing anything, so a refused name leaves the folder untouched.
    UnpackResult result;
    QList<Planned> plan;
    QSet<QString> paths;
    for (const oci::Descriptor& layer : manifest.layers()) {
        const QString title = layer.title();
        if (title.isEmpty()) {
            result.skipped.append(layer.digest.toString());
            continue;
        }
        auto path = SafePath::resolveInside(root, title);
        if (!path)
            return path.error();
        // VerifiedFileWriter writes "<path>.part" first: that name must be safe too.
        auto part = SafePath::resolveInside(root, title + QStringLiteral(".part"));
        if (!part)
            return part.error();
        if (paths.contains(path.value()))
            return Error::make(
                Error::Kind::InvalidInput,
                tr("Two layers are both titled \"%1\"; the artifact cannot be pulled as files").arg(title));
        paths.insert(path.value());
        Planned p{layer, title, path.value(), isFolderLayer(layer), std::nullopt};
        if (p.unpack && layer.annotations.contains(QString(Annotation::OrasContentDigest))) {
            auto digest = oci::Digest::parse(layer.annotations.value(QString(Annotation::OrasContentDigest)));
            if (!digest)
                return Error::make(Error::Kind::Protocol,
                                   tr("The folder layer \"%1\" has an invalid content digest annotation: %2")
                                       .arg(title, digest.error().message));
            if (digest->isVerifiable())
                p.contentDigest = digest.value();
        }
        plan.append(p);
    }

    // Layers are fetched several at once (each download is bound by one core: receive, hash, write), and a
    // folder layer is extracted by the same worker right after its own download. Layers that could touch
    // each other's files depend on their order, so they keep the one-by-one order of the manifest.
    const int workers = layersOverlap(plan, root) ? 1 : qMax(1, concurrency);
    if (control) {
        for (const Planned& p : std::as_const(plan))
            control->setBlobSize(p.layer.digest.toString(), p.layer.size);
    }
    const Status all = runParallel(
        int(plan.size()), workers,
        [&](int i) -> Status {
            if (control && control->isCancelled())
                return cancelled();
            const Planned& p = std::as_const(plan)[i];
            if (!p.unpack) {
                const QFileInfo existing(p.path);
                if (existing.isDir() && !existing.isSymLink())
                    return Error::make(
                        Error::Kind::Io,
                        tr("Cannot write the file \"%1\": a folder of that name is already at %2")
                            .arg(p.title, p.path));
                return store.fetchBlobToFile(p.layer, p.path, control);
            }
            // The archive is fetched (and verified) next to the output, then extracted and removed. The
            // layer's position is in the name: two layers may hold the same archive.
            const QString archivePath = root + QStringLiteral("/.lading-unpack-%1-").arg(i) +
                                        p.layer.digest.encoded().left(32) + QStringLiteral(".tmp");
            const Status fetched = store.fetchBlobToFile(p.layer, archivePath, control);
            if (!fetched.ok())
                return fetched.error();
            if (control)
                control->message(tr("Extracting %1").arg(p.title));
            FolderExtractor extractor(root, QDir::cleanPath(p.title), control);
            const Status extracted = extractor.run(archivePath, p.contentDigest);
            QFile::remove(archivePath);
            return extracted;
        },
        control);
    if (!all.ok())
        return all.error().kind == Error::Kind::Cancelled ? cancelled() : all.error();
    for (const Planned& p : std::as_const(plan))
        result.written.append(p.path);
    return result;
}

} // namespace lading::transfer
