#include "core/transfer/artifactpacker.h"

#include "core/oci/digester.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/transfer/parallel.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <memory>
#include <optional>
#include <vector>

LADING_TR_CONTEXT(ArtifactPacker);

namespace lading::transfer {

namespace {

namespace MediaType = oci::MediaType;
namespace Annotation = oci::Annotation;

constexpr qsizetype kChunk = 1 << 20;

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, tr("Packing was cancelled"));
}

bool isMediaType(const QString& text)
{
    // RFC 6838 type/subtype, parameters allowed (sigstore's legacy bundle types carry "version=").
    static const QRegularExpression grammar(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\\s*;.*)?$"));
    return grammar.match(text).hasMatch();
}

QString archiveError(struct archive* a)
{
    const char* message = archive_error_string(a);
    return message ? QString::fromUtf8(message) : tr("unknown archive error");
}

struct ArchiveWriteDeleter
{
    void operator()(struct archive* a) const { archive_write_free(a); }
};
struct ArchiveReadDeleter
{
    void operator()(struct archive* a) const { archive_read_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
using WriteArchive = std::unique_ptr<struct archive, ArchiveWriteDeleter>;
using ReadArchive = std::unique_ptr<struct archive, ArchiveReadDeleter>;
using Entry = std::unique_ptr<archive_entry, EntryDeleter>;

// Packs a folder as tar+gzip in one streaming pass: a tar writer whose output is hashed (the
// uncompressed digest ORAS records) and handed to a raw gzip writer whose output is hashed (the layer
// digest) and written to the file. Nothing is held beyond libarchive's block buffers.
class FolderArchiver final
{
public:
    FolderArchiver(QFile& out, store::TransferControl* control)
        : m_out(out)
        , m_control(control)
    {}
    Q_DISABLE_COPY_MOVE(FolderArchiver)
    ~FolderArchiver()
    {
        // Freeing a writer that was never closed (a failed run) flushes it through the callbacks, which
        // use the digesters and the gzip writer: free the tar writer first, while all of those still live.
        m_tar.reset();
        m_gzip.reset();
    }

    Status run(const QString& folder, const QString& topName)
    {
        LADING_TRY(openWriters());
        m_disk.reset(archive_read_disk_new());
        if (!m_disk)
            return Error::make(Error::Kind::Io, tr("Cannot start the archiver"));
        archive_read_disk_set_symlink_physical(m_disk.get());
        // Only what ORAS keeps: names, types, modes, times. No owners, xattrs, ACLs or sparse maps, so the
        // archive is the same wherever it is built.
        archive_read_disk_set_behavior(m_disk.get(), ARCHIVE_READDISK_NO_XATTR | ARCHIVE_READDISK_NO_ACL |
                                                         ARCHIVE_READDISK_NO_FFLAGS |
                                                         ARCHIVE_READDISK_NO_SPARSE);
        // A folder given as a symlink is packed as the folder it points to.
        const QString root = QFileInfo(folder).canonicalFilePath();
        LADING_TRY(addTree(root, topName));
        if (archive_write_close(m_tar.get()) != ARCHIVE_OK)
            return failure(m_tar.get());
        if (archive_write_close(m_gzip.get()) != ARCHIVE_OK)
            return failure(m_gzip.get());
        return {};
    }

    oci::Digest compressedDigest() { return m_compressed.result(); }
    qint64 compressedSize() const { return m_compressed.bytesHashed(); }
    oci::Digest uncompressedDigest() { return m_uncompressed.result(); }

private:
    Status openWriters()
    {
        m_gzip.reset(archive_write_new());
        m_tar.reset(archive_write_new());
        if (!m_gzip || !m_tar)
            return Error::make(Error::Kind::Io, tr("Cannot start the archiver"));
        archive_write_add_filter_gzip(m_gzip.get());
        archive_write_set_format_raw(m_gzip.get());
        // No time stamp in the gzip header: the same folder packs to the same digest.
        archive_write_set_filter_option(m_gzip.get(), "gzip", "timestamp", nullptr);
        archive_write_set_bytes_in_last_block(m_gzip.get(), 1);
        if (archive_write_open2(m_gzip.get(), this, nullptr, &FolderArchiver::writeCompressed, nullptr,
                                nullptr) != ARCHIVE_OK)
            return failure(m_gzip.get());
        Entry raw(archive_entry_new());
        archive_entry_set_pathname(raw.get(), "layer.tar");
        archive_entry_set_filetype(raw.get(), AE_IFREG);
        archive_entry_set_perm(raw.get(), 0644);
        if (archive_write_header(m_gzip.get(), raw.get()) != ARCHIVE_OK)
            return failure(m_gzip.get());

        archive_write_set_format_pax_restricted(m_tar.get());
        archive_write_add_filter_none(m_tar.get());
        // Do not pad the tar to 10 KiB records: the stream ends after its two zero blocks, like Go's tar.
        archive_write_set_bytes_in_last_block(m_tar.get(), 1);
        if (archive_write_open2(m_tar.get(), this, nullptr, &FolderArchiver::writeTar, nullptr, nullptr) !=
            ARCHIVE_OK)
            return failure(m_tar.get());
        return {};
    }

    static la_ssize_t writeTar(struct archive* a, void* self, const void* buffer, size_t length)
    {
        auto* me = static_cast<FolderArchiver*>(self);
        me->m_uncompressed.addData(QByteArrayView(static_cast<const char*>(buffer), qsizetype(length)));
        const la_ssize_t n = archive_write_data(me->m_gzip.get(), buffer, length);
        if (n < 0)
            archive_set_error(a, EIO, "%s", archive_error_string(me->m_gzip.get()));
        return n;
    }

    static la_ssize_t writeCompressed(struct archive* a, void* self, const void* buffer, size_t length)
    {
        auto* me = static_cast<FolderArchiver*>(self);
        if (me->m_out.write(static_cast<const char*>(buffer), qint64(length)) != qint64(length)) {
            archive_set_error(a, EIO, "%s", me->m_out.errorString().toUtf8().constData());
            return -1;
        }
        me->m_compressed.addData(QByteArrayView(static_cast<const char*>(buffer), qsizetype(length)));
        return la_ssize_t(length);
    }

    Error failure(struct archive* a) const
    {
        return Error::make(Error::Kind::Io,
                           tr("Cannot write the archive %1: %2").arg(m_out.fileName(), archiveError(a)));
    }

    // Depth first in name order, the folder before its contents: the order `oras push` produces.
    Status addTree(const QString& path, const QString& name)
    {
        if (m_control && m_control->isCancelled())
            return cancelled();
        Entry entry(archive_entry_new());
        archive_entry_copy_sourcepath(entry.get(), QFile::encodeName(path).constData());
        if (archive_read_disk_entry_from_file(m_disk.get(), entry.get(), -1, nullptr) < ARCHIVE_WARN)
            return Error::make(Error::Kind::Io,
                               tr("Cannot read %1: %2").arg(path, archiveError(m_disk.get())));
        archive_entry_update_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_copy_uname(entry.get(), nullptr);
        archive_entry_copy_gname(entry.get(), nullptr);
        archive_entry_unset_atime(entry.get());
        archive_entry_unset_ctime(entry.get());
        archive_entry_unset_birthtime(entry.get());
        archive_entry_sparse_clear(entry.get());
        archive_entry_set_nlink(entry.get(), 1);

        const auto type = archive_entry_filetype(entry.get());
        if (type != AE_IFREG && type != AE_IFDIR && type != AE_IFLNK)
            return Error::make(
                Error::Kind::InvalidInput,
                tr("Cannot pack %1: only files, folders and symbolic links can be packed").arg(path));
        if (type != AE_IFREG)
            archive_entry_set_size(entry.get(), 0);
        if (archive_write_header(m_tar.get(), entry.get()) < ARCHIVE_WARN)
            return failure(m_tar.get());

        if (type == AE_IFREG) {
            LADING_TRY(addContent(path, archive_entry_size(entry.get())));
        } else if (type == AE_IFDIR) {
            QStringList children = QDir(path).entryList(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
            std::sort(children.begin(), children.end());
            for (const QString& child : std::as_const(children))
                LADING_TRY(addTree(path + QLatin1Char('/') + child, name + QLatin1Char('/') + child));
        }
        return {};
    }

    Status addContent(const QString& path, qint64 expected)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
        QByteArray buffer(kChunk, Qt::Uninitialized);
        qint64 total = 0;
        for (;;) {
            if (m_control && m_control->isCancelled())
                return cancelled();
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
            if (n == 0)
                break;
            total += n;
            if (total > expected)
                break;
            if (archive_write_data(m_tar.get(), buffer.constData(), size_t(n)) < 0)
                return failure(m_tar.get());
        }
        if (total != expected)
            return Error::make(
                Error::Kind::Io,
                tr("%1 changed while it was being packed; pack it again when it is no longer being written")
                    .arg(path));
        return {};
    }

    QFile& m_out;
    store::TransferControl* m_control;
    WriteArchive m_gzip;
    WriteArchive m_tar;
    ReadArchive m_disk;
    oci::Digester m_compressed;
    oci::Digester m_uncompressed;
};

struct Input
{
    QString path; // as the caller gave it
    QString absolutePath;
    QString title;
    bool isFolder = false;
};

// `archivePath` is set as soon as the archive file exists, so the caller can remove it even on failure.
Result<Descriptor> packFolder(const Input& input, const QString& mediaType, const QString& workDir,
                              QString* archivePath, store::TransferControl* control)
{
    if (!QDir().mkpath(workDir))
        return Error::make(Error::Kind::Io, tr("Cannot create the work folder %1").arg(workDir));
    QTemporaryFile out(workDir + QStringLiteral("/lading-pack-XXXXXX.tar.gz"));
    out.setAutoRemove(false);
    if (!out.open())
        return Error::make(Error::Kind::Io,
                           tr("Cannot create a temporary file in %1: %2").arg(workDir, out.errorString()));
    *archivePath = out.fileName();
    if (control)
        control->message(tr("Packing folder %1").arg(input.path));

    FolderArchiver archiver(out, control);
    const Status status = archiver.run(input.absolutePath, input.title);
    if (!status.ok())
        return status.error();
    if (!out.flush())
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(*archivePath, out.errorString()));
    out.close();

    Descriptor d;
    d.mediaType = mediaType;
    d.digest = archiver.compressedDigest();
    d.size = archiver.compressedSize();
    d.annotations.insert(QString(Annotation::Title), input.title);
    d.annotations.insert(QString(Annotation::OrasContentDigest), archiver.uncompressedDigest().toString());
    d.annotations.insert(QString(Annotation::OrasUnpack), QStringLiteral("true"));
    return d;
}

Result<Descriptor> packFile(const QString& path, const QString& mediaType)
{
    qint64 size = 0;
    auto digest = oci::Digester::hashFile(path, QStringLiteral("sha256"), &size);
    if (!digest)
        return digest.error();
    Descriptor d;
    d.mediaType = mediaType;
    d.digest = digest.value();
    d.size = size;
    return d;
}

Result<QList<Input>> collectInputs(const PackRequest& request)
{
    QList<Input> inputs;
    QHash<QString, QString> titles; // title → the path that claimed it
    for (const QString& path : request.paths) {
        const QFileInfo info(path);
        if (path.isEmpty() || !info.exists())
            return Error::make(
                Error::Kind::InvalidInput,
                tr("\"%1\" does not exist; check the path of the file or folder to push").arg(path));
        if (!info.isFile() && !info.isDir())
            return Error::make(Error::Kind::InvalidInput,
                               tr("\"%1\" is not a file or folder, so it cannot be pushed").arg(path));
        Input input;
        input.path = path;
        input.absolutePath = QDir::cleanPath(info.absoluteFilePath());
        input.title = QFileInfo(input.absolutePath).fileName();
        input.isFolder = info.isDir();
        if (input.title.isEmpty())
            return Error::make(
                Error::Kind::InvalidInput,
                tr("\"%1\" has no name to store it under; push the files inside it instead").arg(path));
        if (titles.contains(input.title))
            return Error::make(
                Error::Kind::InvalidInput,
                tr("\"%1\" and \"%2\" are both named \"%3\"; an artifact holds one file per name, so "
                   "rename or leave out one of them")
                    .arg(titles.value(input.title), path, input.title));
        titles.insert(input.title, path);
        inputs.append(input);
    }
    return inputs;
}

} // namespace

Result<PackedArtifact> ArtifactPacker::pack(const PackRequest& request, store::TransferControl* control)
{
    if (!request.artifactType.isEmpty() && !isMediaType(request.artifactType))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("\"%1\" is not a media type; an artifact type looks like application/vnd.example.thing")
                .arg(request.artifactType));
    for (auto it = request.layerMediaTypes.begin(); it != request.layerMediaTypes.end(); ++it) {
        if (!isMediaType(it.value()))
            return Error::make(Error::Kind::InvalidInput,
                               tr("\"%1\" given for %2 is not a media type").arg(it.value(), it.key()));
    }
    auto inputs = collectInputs(request);
    if (!inputs)
        return inputs.error();

    PackedArtifact packed;
    packed.concurrency = qMax(1, request.concurrency);
    // On any failure, do not leave half-made archives behind.
    struct Guard
    {
        PackedArtifact& packed;
        bool armed = true;
        ~Guard()
        {
            if (armed)
                ArtifactPacker::cleanUp(packed);
        }
    } guard{packed};

    // Config: the caller's file, else the 2-byte empty JSON (never a zero-size blob: ECR and Harbor refuse
    // those).
    QString configType;
    if (!request.configPath.isEmpty()) {
        const QFileInfo info(request.configPath);
        if (!info.isFile())
            return Error::make(
                Error::Kind::InvalidInput,
                tr("The config file \"%1\" does not exist or is not a file").arg(request.configPath));
        configType =
            request.configMediaType.isEmpty() ? QString(MediaType::UnknownConfig) : request.configMediaType;
        if (!isMediaType(configType))
            return Error::make(Error::Kind::InvalidInput,
                               tr("\"%1\" is not a media type for the config").arg(configType));
    }

    // Hashing reads every file once and archiving compresses every folder: both are bound by one core
    // each, so the config and the inputs are done in parallel. Each job writes only its own slot; the
    // results are put together in the order given, so the manifest does not depend on which job ends first.
    const QString workDir = request.workDir.isEmpty() ? QDir::tempPath() : request.workDir;
    const QList<Input>& given = inputs.value();
    const int configJobs = request.configPath.isEmpty() ? 0 : 1;
    const int jobCount = configJobs + int(given.size());
    std::vector<std::optional<Descriptor>> descriptors(static_cast<size_t>(jobCount));
    std::vector<QString> archives(static_cast<size_t>(jobCount));
    const Status all = runParallel(
        jobCount, packed.concurrency,
        [&](int job) -> Status {
            if (control && control->isCancelled())
                return cancelled();
            Result<Descriptor> d = Error();
            if (job < configJobs) {
                d = packFile(request.configPath, configType);
            } else {
                const Input& input = given[job - configJobs];
                QString mediaType = request.layerMediaTypes.value(input.path);
                if (mediaType.isEmpty())
                    mediaType = request.layerMediaTypes.value(input.absolutePath);
                if (mediaType.isEmpty())
                    mediaType = input.isFolder ? QString(MediaType::OciLayerTarGzip)
                                               : QString(MediaType::OciLayerTar);
                d = input.isFolder ? packFolder(input, mediaType, workDir, &archives[size_t(job)], control)
                                   : packFile(input.absolutePath, mediaType);
            }
            if (!d)
                return d.error();
            descriptors[size_t(job)] = d.value();
            return {};
        },
        control);
    for (const QString& archive : archives) {
        if (!archive.isEmpty())
            packed.temporaryFiles.append(archive);
    }
    if (!all.ok())
        return all.error().kind == Error::Kind::Cancelled ? cancelled() : all.error();

    Descriptor config;
    if (configJobs > 0) {
        config = *descriptors.front();
        packed.blobs.append({config, request.configPath, {}});
    } else {
        config = Descriptor::empty();
        packed.blobs.append({config, {}, Descriptor::emptyBytes()});
    }
    QList<Descriptor> layers;
    for (int i = 0; i < given.size(); ++i) {
        const Input& input = given[i];
        const size_t job = size_t(configJobs + i);
        Descriptor d = *descriptors[job];
        d.annotations.insert(QString(Annotation::Title), input.title);
        packed.blobs.append({d, input.isFolder ? archives[job] : input.absolutePath, {}});
        layers.append(d);
    }
    // The image spec wants at least one layer; ORAS uses the empty blob when there are no files.
    if (layers.isEmpty())
        layers.append(Descriptor::empty());

    // Push each blob once, even when two files have the same content.
    QSet<QString> seen;
    QList<BlobSource> unique;
    for (const BlobSource& blob : std::as_const(packed.blobs)) {
        if (!seen.contains(blob.descriptor.digest.toString())) {
            seen.insert(blob.descriptor.digest.toString());
            unique.append(blob);
        }
    }
    if (layers.size() == 1 && layers.first().digest == Descriptor::empty().digest &&
        !seen.contains(layers.first().digest.toString()))
        unique.append({Descriptor::empty(), {}, Descriptor::emptyBytes()});
    packed.blobs = unique;

    QJsonObject root;
    root.insert(QLatin1String("schemaVersion"), 2);
    root.insert(QLatin1String("mediaType"), QString(MediaType::OciManifest));
    QString artifactType = request.artifactType;
    if (artifactType.isEmpty() && request.configPath.isEmpty())
        artifactType = QString(MediaType::UnknownArtifact);
    if (!artifactType.isEmpty())
        root.insert(QLatin1String("artifactType"), artifactType);
    root.insert(QLatin1String("config"), config.toJson());
    QJsonArray layerArray;
    for (const Descriptor& d : std::as_const(layers))
        layerArray.append(d.toJson());
    root.insert(QLatin1String("layers"), layerArray);
    if (request.subject) {
        // Only what identifies the subject: its media type, digest and size.
        QJsonObject subject;
        subject.insert(QLatin1String("mediaType"), request.subject->mediaType);
        subject.insert(QLatin1String("digest"), request.subject->digest.toString());
        subject.insert(QLatin1String("size"), request.subject->size);
        root.insert(QLatin1String("subject"), subject);
    }
    oci::Annotations annotations = request.manifestAnnotations;
    if (!annotations.contains(QString(Annotation::Created)))
        annotations.insert(QString(Annotation::Created),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QJsonObject annotationObject;
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        annotationObject.insert(it.key(), it.value());
    root.insert(QLatin1String("annotations"), annotationObject);

    // QJsonObject orders keys, so the same input always gives the same bytes.
    packed.manifest = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (packed.manifest.size() > oci::Manifest::kMaxSize)
        return Error::make(
            Error::Kind::TooLarge,
            tr("The manifest would be over 4 MiB, which registries refuse; push fewer files or "
               "smaller annotations"));
    auto manifest = oci::Manifest::parse(packed.manifest, QString(MediaType::OciManifest));
    if (!manifest)
        return manifest.error();
    packed.manifestDescriptor = manifest->descriptor();
    guard.armed = false;
    return packed;
}

Result<Descriptor> ArtifactPacker::push(const PackedArtifact& artifact, store::Store& store,
                                        const QString& tag, store::TransferControl* control)
{
    const auto pushCancelled = [] {
        return Error::make(Error::Kind::Cancelled, tr("The push was cancelled"));
    };
    // Every blob is announced up front, so a progress view lists them all before the first byte moves.
    if (control) {
        for (const BlobSource& blob : artifact.blobs)
            control->setBlobSize(blob.descriptor.digest.toString(), blob.descriptor.size);
    }
    // Blobs are independent: upload several at once, so the registry (which hashes and stores each one)
    // and the network are busy together. The manifest goes last, once every blob it names is there.
    const Status all = runParallel(
        int(artifact.blobs.size()), qMax(1, artifact.concurrency),
        [&](int i) -> Status {
            const BlobSource& blob = artifact.blobs[i];
            if (control && control->isCancelled())
                return pushCancelled();
            auto present = store.exists(blob.descriptor);
            if (!present)
                return present.error();
            if (present.value()) {
                // Already there counts as done, so totals reach 100 %.
                if (control)
                    control->addBytes(blob.descriptor.size, blob.descriptor.digest.toString());
                return {};
            }
            if (blob.isFile())
                return store.pushBlobFromFile(blob.descriptor, blob.filePath, control);
            LADING_TRY(store.pushBlob(blob.descriptor, blob.bytes));
            if (control)
                control->addBytes(blob.descriptor.size, blob.descriptor.digest.toString());
            return {};
        },
        control);
    if (!all.ok())
        return all.error().kind == Error::Kind::Cancelled ? pushCancelled() : all.error();
    if (control && control->isCancelled())
        return pushCancelled();
    return store.pushManifest(artifact.manifest, QString(MediaType::OciManifest), tag);
}

void ArtifactPacker::cleanUp(const PackedArtifact& artifact)
{
    for (const QString& path : artifact.temporaryFiles)
        QFile::remove(path);
}

} // namespace lading::transfer
