#include "core/oci/artifactclassifier.h"
#include "core/oci/digester.h"
#include "core/oci/mediatypes.h"
#include "core/transfer/artifactpacker.h"
#include "core/transfer/artifactunpacker.h"
#include "tests/support/memorystore.h"
#include "tests/support/testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <unistd.h>

using lading::Error;
using lading::oci::ArtifactClassifier;
using lading::oci::ArtifactKind;
using lading::oci::Descriptor;
using lading::oci::Digest;
using lading::oci::Digester;
using lading::oci::Manifest;
using lading::test::MemoryStore;
using lading::test::readFile;
using lading::transfer::ArtifactPacker;
using lading::transfer::ArtifactUnpacker;
using lading::transfer::PackedArtifact;
using lading::transfer::PackRequest;

namespace MediaType = lading::oci::MediaType;
namespace Annotation = lading::oci::Annotation;

// One entry of a hand-made (possibly hostile) tar.
struct TarEntry
{
    QString name;
    int type = AE_IFREG; // AE_IFREG, AE_IFDIR, AE_IFLNK; a hard link is AE_IFREG with `hardlink` set
    QByteArray content;
    QString link; // symlink target
    QString hardlink;
};

namespace {

QString path(const QString& dir, const QString& name)
{
    return dir + QLatin1Char('/') + name;
}

void writeFile(const QString& file, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file));
    QCOMPARE(f.write(bytes), bytes.size());
}

la_ssize_t appendTo(struct archive*, void* sink, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(sink)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

// A tar, then gzip of it, built by libarchive in memory: what a hostile pusher could upload.
QByteArray makeTar(const QList<TarEntry>& entries)
{
    QByteArray tar;
    struct archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open2(a, &tar, nullptr, appendTo, nullptr, nullptr);
    for (const TarEntry& e : entries) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, e.name.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 1700000000, 0);
        if (e.type == AE_IFDIR) {
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
        } else if (e.type == AE_IFLNK) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink_utf8(entry, e.link.toUtf8().constData());
        } else if (!e.hardlink.isEmpty()) {
            archive_entry_set_hardlink_utf8(entry, e.hardlink.toUtf8().constData());
        } else {
            archive_entry_set_size(entry, e.content.size());
        }
        archive_write_header(a, entry);
        if (e.type == AE_IFREG && e.hardlink.isEmpty())
            archive_write_data(a, e.content.constData(), size_t(e.content.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return tar;
}

QByteArray gzip(const QByteArray& bytes)
{
    QByteArray out;
    struct archive* a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_raw(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open2(a, &out, nullptr, appendTo, nullptr, nullptr);
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, "data");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_write_header(a, entry);
    archive_write_data(a, bytes.constData(), size_t(bytes.size()));
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

QByteArray gunzip(const QString& file)
{
    QByteArray out;
    struct archive* a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_raw(a);
    if (archive_read_open_filename(a, QFile::encodeName(file).constData(), 65536) == ARCHIVE_OK) {
        archive_entry* entry = nullptr;
        if (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            char buffer[65536];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
                out.append(buffer, qsizetype(n));
        }
    }
    archive_read_free(a);
    return out;
}

struct ListedEntry
{
    QString name;
    int type = 0;
    QString link;
    qint64 mtime = 0;
    qint64 uid = -1;
    QString uname;
    QByteArray content;
};

QList<ListedEntry> listTar(const QByteArray& tar)
{
    QList<ListedEntry> list;
    struct archive* a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_open_memory(a, tar.constData(), size_t(tar.size()));
    archive_entry* entry = nullptr;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        ListedEntry e;
        e.name = QString::fromUtf8(archive_entry_pathname_utf8(entry));
        while (e.name.endsWith(QLatin1Char('/')))
            e.name.chop(1);
        e.type = int(archive_entry_filetype(entry));
        if (const char* link = archive_entry_symlink_utf8(entry))
            e.link = QString::fromUtf8(link);
        e.mtime = archive_entry_mtime(entry);
        e.uid = archive_entry_uid(entry);
        if (const char* uname = archive_entry_uname(entry))
            e.uname = QString::fromUtf8(uname);
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            e.content.append(buffer, qsizetype(n));
        list.append(e);
    }
    archive_read_free(a);
    return list;
}

// Everything below a folder, links not followed: "name" → "dir", "file:<sha256>" or "link:<target>".
QMap<QString, QString> tree(const QString& root)
{
    QMap<QString, QString> map;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info(file);
        const QString name = QDir(root).relativeFilePath(file);
        if (info.isSymLink())
            map.insert(name,
                       QStringLiteral("link:") + QDir(root).relativeFilePath(QFile::symLinkTarget(file)));
        else if (info.isDir())
            map.insert(name, QStringLiteral("dir"));
        else
            map.insert(name, QStringLiteral("file:") + Digest::sha256Of(readFile(file)).toString());
    }
    return map;
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

QByteArray manifestWithLayers(const QList<Descriptor>& layers)
{
    QJsonObject root;
    root.insert(QStringLiteral("schemaVersion"), 2);
    root.insert(QStringLiteral("mediaType"), QString(MediaType::OciManifest));
    root.insert(QStringLiteral("artifactType"), QString(MediaType::UnknownArtifact));
    root.insert(QStringLiteral("config"), Descriptor::empty().toJson());
    QJsonArray array;
    for (const Descriptor& d : layers)
        array.append(d.toJson());
    root.insert(QStringLiteral("layers"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

const QDateTime kOldTime = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);

} // namespace

class TestArtifactPacker final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_src;
    QByteArray m_data;

    QString src(const QString& name) const { return path(m_src, name); }
    QString fresh(const QString& name) const
    {
        const QString dir = path(m_dir.path(), name);
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        return dir;
    }

    PackedArtifact packOrFail(const PackRequest& request)
    {
        auto packed = ArtifactPacker::pack(request);
        if (!packed.ok())
            qFatal("pack failed: %s", qPrintable(packed.error().message));
        return packed.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_src = path(m_dir.path(), QStringLiteral("src"));
        writeFile(src(QStringLiteral("hello.txt")), "Hello\n");
        m_data.resize(300 * 1024);
        for (qsizetype i = 0; i < m_data.size(); ++i)
            m_data[i] = char((i * 7919) % 251);
        writeFile(src(QStringLiteral("data.bin")), m_data);
        writeFile(src(QStringLiteral("docs/readme.md")), "# Docs\n");
        writeFile(src(QStringLiteral("docs/.hidden")), "secret\n");
        writeFile(src(QStringLiteral("docs/sub/deep/x.txt")), "deep\n");
        QVERIFY(QDir().mkpath(src(QStringLiteral("docs/empty"))));
        QVERIFY(QFile::link(QStringLiteral("readme.md"), src(QStringLiteral("docs/link"))));
        QVERIFY(QFile::link(QStringLiteral("../readme.md"), src(QStringLiteral("docs/sub/up"))));
        QFile readme(src(QStringLiteral("docs/readme.md")));
        QVERIFY(readme.open(QIODevice::ReadWrite));
        QVERIFY(readme.setFileTime(kOldTime, QFileDevice::FileModificationTime));
    }

    void packsFilesIntoAnExactManifest()
    {
        PackRequest request;
        request.paths = {src(QStringLiteral("hello.txt")), src(QStringLiteral("data.bin"))};
        request.artifactType = QStringLiteral("application/vnd.example.files.v1");
        request.manifestAnnotations.insert(QString(Annotation::Created),
                                           QStringLiteral("2024-01-02T03:04:05Z"));
        request.manifestAnnotations.insert(QStringLiteral("org.example.note"), QStringLiteral("hi"));
        request.layerMediaTypes.insert(src(QStringLiteral("data.bin")),
                                       QStringLiteral("application/octet-stream"));
        const PackedArtifact packed = packOrFail(request);

        const Digest hello = Digest::sha256Of("Hello\n");
        const Digest data = Digest::sha256Of(m_data);
        const QString expected =
            QStringLiteral(
                "{\"annotations\":{\"org.example.note\":\"hi\",\"org.opencontainers.image.created\":"
                "\"2024-01-02T03:04:05Z\"},\"artifactType\":\"application/vnd.example.files.v1\","
                "\"config\":{\"data\":\"e30=\",\"digest\":\"sha256:"
                "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\",\"mediaType\":"
                "\"application/vnd.oci.empty.v1+json\",\"size\":2},\"layers\":[{\"annotations\":{"
                "\"org.opencontainers.image.title\":\"hello.txt\"},\"digest\":\"%1\",\"mediaType\":"
                "\"application/vnd.oci.image.layer.v1.tar\",\"size\":6},{\"annotations\":{"
                "\"org.opencontainers.image.title\":\"data.bin\"},\"digest\":\"%2\",\"mediaType\":"
                "\"application/octet-stream\",\"size\":%3}],\"mediaType\":"
                "\"application/vnd.oci.image.manifest.v1+json\",\"schemaVersion\":2}")
                .arg(hello.toString(), data.toString())
                .arg(m_data.size());
        QCOMPARE(QString::fromUtf8(packed.manifest), expected);

        QCOMPARE(packed.manifestDescriptor.mediaType, QString(MediaType::OciManifest));
        QCOMPARE(packed.manifestDescriptor.digest, Digest::sha256Of(packed.manifest));
        QCOMPARE(packed.manifestDescriptor.size, packed.manifest.size());
        QCOMPARE(packed.manifestDescriptor.artifactType, request.artifactType);

        QCOMPARE(packed.blobs.size(), 3);
        QCOMPARE(packed.blobs.at(0).descriptor, Descriptor::empty());
        QCOMPARE(packed.blobs.at(0).bytes, QByteArray("{}"));
        QCOMPARE(packed.blobs.at(1).filePath, src(QStringLiteral("hello.txt")));
        QCOMPARE(packed.blobs.at(2).filePath, src(QStringLiteral("data.bin")));
        for (const auto& blob : packed.blobs) {
            if (!blob.isFile())
                continue;
            qint64 size = 0;
            const auto hashed = Digester::hashFile(blob.filePath, QStringLiteral("sha256"), &size);
            QVERIFY(hashed.ok());
            QCOMPARE(blob.descriptor.digest, hashed.value());
            QCOMPARE(blob.descriptor.size, size);
        }
        QVERIFY(packed.temporaryFiles.isEmpty());
    }

    void defaultsArtifactTypeAndCreatedTime()
    {
        PackRequest request;
        request.paths = {src(QStringLiteral("hello.txt"))};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const PackedArtifact packed = packOrFail(request);
        const auto manifest = Manifest::parse(packed.manifest);
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->artifactType(), QString(MediaType::UnknownArtifact));
        QCOMPARE(manifest->config(), Descriptor::empty());
        QCOMPARE(manifest->config().data, QByteArray("{}"));
        const QString created = manifest->annotations().value(QString(Annotation::Created));
        QVERIFY2(created.endsWith(QLatin1Char('Z')), qPrintable(created));
        const QDateTime when = QDateTime::fromString(created, Qt::ISODate);
        QVERIFY(when.isValid());
        QVERIFY(when >= before && when <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(ArtifactClassifier::classify(manifest.value()).kind, ArtifactKind::Files);
    }

    void usesTheConfigFileInsteadOfTheEmptyConfig()
    {
        const QString config = path(fresh(QStringLiteral("config")), QStringLiteral("config.json"));
        writeFile(config, "{\"answer\":42}");
        PackRequest request;
        request.paths = {src(QStringLiteral("hello.txt"))};
        request.configPath = config;
        request.configMediaType = QStringLiteral("application/vnd.example.config.v1+json");
        const PackedArtifact packed = packOrFail(request);
        const auto manifest = Manifest::parse(packed.manifest);
        QVERIFY(manifest.ok());
        const QJsonObject json = QJsonDocument::fromJson(packed.manifest).object();
        QVERIFY2(!json.contains(QStringLiteral("artifactType")), "the config type names the artifact");
        QCOMPARE(manifest->config().mediaType, request.configMediaType);
        QCOMPARE(manifest->config().digest, Digest::sha256Of("{\"answer\":42}"));
        QCOMPARE(manifest->config().size, 13);
        QVERIFY(manifest->config().data.isEmpty());
        QCOMPARE(packed.blobs.first().filePath, config);
        QCOMPARE(packed.blobs.first().descriptor, manifest->config());
    }

    void recordsTheSubject()
    {
        Descriptor subject = Descriptor::forBytes(QString(MediaType::OciManifest), "{\"schemaVersion\":2}");
        subject.annotations.insert(QStringLiteral("ignored"), QStringLiteral("x"));
        subject.artifactType = QStringLiteral("application/vnd.example");
        PackRequest request;
        request.paths = {src(QStringLiteral("hello.txt"))};
        request.artifactType = QStringLiteral("application/spdx+json");
        request.subject = subject;
        const PackedArtifact packed = packOrFail(request);
        const QJsonObject json = QJsonDocument::fromJson(packed.manifest).object();
        const QJsonObject expected{{QStringLiteral("mediaType"), QString(MediaType::OciManifest)},
                                   {QStringLiteral("digest"), subject.digest.toString()},
                                   {QStringLiteral("size"), subject.size}};
        QCOMPARE(json.value(QStringLiteral("subject")).toObject(), expected);
        const auto manifest = Manifest::parse(packed.manifest);
        QVERIFY(manifest.ok());
        QVERIFY(manifest->subject().has_value());
        QCOMPARE(manifest->subject()->digest, subject.digest);
    }

    void packsAFolderAsAnOrasTarGzip()
    {
        PackRequest request;
        request.paths = {src(QStringLiteral("docs"))};
        request.workDir = fresh(QStringLiteral("work"));
        const PackedArtifact packed = packOrFail(request);
        QCOMPARE(packed.temporaryFiles.size(), 1);
        const QString archive = packed.temporaryFiles.first();
        QVERIFY(archive.startsWith(request.workDir + QLatin1Char('/')));

        const auto manifest = Manifest::parse(packed.manifest);
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->layers().size(), 1);
        const Descriptor layer = manifest->layers().first();
        QCOMPARE(layer.mediaType, QString(MediaType::OciLayerTarGzip));
        QCOMPARE(layer.title(), QStringLiteral("docs"));
        QCOMPARE(layer.annotations.value(QString(Annotation::OrasUnpack)), QStringLiteral("true"));
        qint64 size = 0;
        const auto hashed = Digester::hashFile(archive, QStringLiteral("sha256"), &size);
        QVERIFY(hashed.ok());
        QCOMPARE(layer.digest, hashed.value());
        QCOMPARE(layer.size, size);
        QCOMPARE(packed.blobs.last().filePath, archive);
        QCOMPARE(packed.blobs.last().descriptor.digest, layer.digest);

        const QByteArray tar = gunzip(archive);
        QVERIFY(!tar.isEmpty());
        QCOMPARE(layer.annotations.value(QString(Annotation::OrasContentDigest)),
                 Digest::sha256Of(tar).toString());

        const QList<ListedEntry> entries = listTar(tar);
        QStringList names;
        for (const auto& e : entries)
            names.append(e.name);
        const QStringList expectedNames{
            QStringLiteral("docs"),           QStringLiteral("docs/.hidden"),
            QStringLiteral("docs/empty"),     QStringLiteral("docs/link"),
            QStringLiteral("docs/readme.md"), QStringLiteral("docs/sub"),
            QStringLiteral("docs/sub/deep"),  QStringLiteral("docs/sub/deep/x.txt"),
            QStringLiteral("docs/sub/up")};
        QCOMPARE(names, expectedNames);
        for (const auto& e : entries) {
            QCOMPARE(e.uid, 0);
            QVERIFY(e.uname.isEmpty());
            if (e.name == QLatin1String("docs/link")) {
                QCOMPARE(e.type, int(AE_IFLNK));
                QCOMPARE(e.link, QStringLiteral("readme.md"));
            } else if (e.name == QLatin1String("docs/sub/up")) {
                QCOMPARE(e.type, int(AE_IFLNK));
                QCOMPARE(e.link, QStringLiteral("../readme.md"));
            } else if (e.name == QLatin1String("docs/readme.md")) {
                QCOMPARE(e.type, int(AE_IFREG));
                QCOMPARE(e.content, QByteArray("# Docs\n"));
                QCOMPARE(e.mtime, kOldTime.toSecsSinceEpoch());
            } else if (e.name == QLatin1String("docs/empty") || e.name == QLatin1String("docs")) {
                QCOMPARE(e.type, int(AE_IFDIR));
            }
        }

        // The same folder packs to the same bytes: no time stamps in the gzip header.
        const PackedArtifact again = packOrFail(request);
        QCOMPARE(again.blobs.last().descriptor.digest, layer.digest);
        ArtifactPacker::cleanUp(packed);
        ArtifactPacker::cleanUp(again);
        QVERIFY(!QFileInfo::exists(archive));
        QVERIFY(entriesOf(request.workDir).isEmpty());
    }

    void refusesDuplicateTitles()
    {
        const QString other = fresh(QStringLiteral("other"));
        writeFile(path(other, QStringLiteral("hello.txt")), "another\n");
        PackRequest request;
        request.paths = {src(QStringLiteral("hello.txt")), path(other, QStringLiteral("hello.txt"))};
        const auto packed = ArtifactPacker::pack(request);
        QVERIFY(!packed.ok());
        QCOMPARE(packed.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(packed.error().message.contains(QLatin1String("\"hello.txt\"")),
                 qPrintable(packed.error().message));
    }

    void refusesMissingFiles()
    {
        PackRequest request;
        const QString missing = src(QStringLiteral("no-such-file.txt"));
        request.paths = {src(QStringLiteral("hello.txt")), missing};
        const auto packed = ArtifactPacker::pack(request);
        QVERIFY(!packed.ok());
        QCOMPARE(packed.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(packed.error().message.contains(missing), qPrintable(packed.error().message));
    }

    void roundTripsThroughAStore()
    {
        MemoryStore store;
        PackRequest request;
        request.paths = {src(QStringLiteral("hello.txt")), src(QStringLiteral("data.bin")),
                         src(QStringLiteral("docs"))};
        request.workDir = fresh(QStringLiteral("work"));
        const PackedArtifact packed = packOrFail(request);
        const auto pushed = ArtifactPacker::push(packed, store, QStringLiteral("v1"));
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().message));
        QCOMPARE(pushed->digest, packed.manifestDescriptor.digest);
        ArtifactPacker::cleanUp(packed);

        const auto manifest = store.fetchManifest(QStringLiteral("v1"));
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->bytes(), packed.manifest);
        QCOMPARE(ArtifactClassifier::classify(manifest.value()).kind, ArtifactKind::Files);

        const QString out = fresh(QStringLiteral("out"));
        lading::store::TransferControl control;
        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, &control);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->written,
                 QStringList({path(out, QStringLiteral("hello.txt")), path(out, QStringLiteral("data.bin")),
                              path(out, QStringLiteral("docs"))}));
        QVERIFY(result->skipped.isEmpty());
        QVERIFY(control.bytes() > m_data.size());

        QCOMPARE(readFile(path(out, QStringLiteral("hello.txt"))), QByteArray("Hello\n"));
        QCOMPARE(readFile(path(out, QStringLiteral("data.bin"))), m_data);
        QCOMPARE(tree(path(out, QStringLiteral("docs"))), tree(src(QStringLiteral("docs"))));
        QCOMPARE(QFileInfo(path(out, QStringLiteral("docs/readme.md"))).lastModified().toUTC(), kOldTime);
        // Links stay relative, as packed, so the folder can be moved.
        char target[256] = {};
        QVERIFY(::readlink(QFile::encodeName(path(out, QStringLiteral("docs/sub/up"))).constData(), target,
                           sizeof target - 1) > 0);
        QCOMPARE(QString::fromUtf8(target), QStringLiteral("../readme.md"));
        // Nothing but the pulled files: no temporary archive, no ".part".
        QCOMPARE(entriesOf(out), QStringList({QStringLiteral("data.bin"), QStringLiteral("docs"),
                                              QStringLiteral("hello.txt")}));

        // Pulling again over the same folder replaces the files in place.
        const auto again = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(tree(path(out, QStringLiteral("docs"))), tree(src(QStringLiteral("docs"))));
    }

    void findsReferrersBySubject()
    {
        MemoryStore store;
        PackRequest base;
        base.paths = {src(QStringLiteral("hello.txt"))};
        const PackedArtifact subject = packOrFail(base);
        QVERIFY(ArtifactPacker::push(subject, store, QStringLiteral("v1")).ok());

        PackRequest sbom;
        sbom.paths = {src(QStringLiteral("data.bin"))};
        sbom.artifactType = QStringLiteral("application/spdx+json");
        sbom.subject = subject.manifestDescriptor;
        const PackedArtifact referrer = packOrFail(sbom);
        QVERIFY(ArtifactPacker::push(referrer, store).ok());

        const auto referrers = store.referrers(subject.manifestDescriptor.digest);
        QVERIFY(referrers.ok());
        QCOMPARE(referrers->size(), 1);
        QCOMPARE(referrers->first().descriptor.digest, referrer.manifestDescriptor.digest);
        QCOMPARE(referrers->first().descriptor.artifactType, QStringLiteral("application/spdx+json"));
        QVERIFY(store.referrers(subject.manifestDescriptor.digest, QStringLiteral("application/x-other"))
                    ->isEmpty());
    }

    void skipsLayersWithoutTitle()
    {
        MemoryStore store;
        const QByteArray bytes("no name\n");
        const Descriptor untitled = Descriptor::forBytes(QString(MediaType::OciLayerTar), bytes);
        Descriptor titled = Descriptor::forBytes(QString(MediaType::OciLayerTar), "named\n");
        titled.annotations.insert(QString(Annotation::Title), QStringLiteral("named.txt"));
        QVERIFY(store.pushBlob(untitled, bytes).ok());
        QVERIFY(store.pushBlob(titled, "named\n").ok());
        const auto manifest = Manifest::parse(manifestWithLayers({untitled, titled}));
        QVERIFY(manifest.ok());
        const QString out = fresh(QStringLiteral("untitled"));
        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->skipped, QStringList{untitled.digest.toString()});
        QCOMPARE(entriesOf(out), QStringList{QStringLiteral("named.txt")});
    }

    void refusesUnsafeTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("parent") << "../evil";
        QTest::newRow("absolute") << "/tmp/lading-evil-title";
        QTest::newRow("climbing") << "a/../../b";
    }
    void refusesUnsafeTitles()
    {
        QFETCH(QString, title);
        MemoryStore store;
        const QByteArray bytes("evil\n");
        Descriptor layer = Descriptor::forBytes(QString(MediaType::OciLayerTar), bytes);
        layer.annotations.insert(QString(Annotation::Title), title);
        // A harmless first layer: the refusal must come before anything is written.
        Descriptor first = Descriptor::forBytes(QString(MediaType::OciLayerTar), "fine\n");
        first.annotations.insert(QString(Annotation::Title), QStringLiteral("fine.txt"));
        QVERIFY(store.pushBlob(layer, bytes).ok());
        QVERIFY(store.pushBlob(first, "fine\n").ok());
        const auto manifest = Manifest::parse(manifestWithLayers({first, layer}));
        QVERIFY(manifest.ok());

        const QString base = fresh(QStringLiteral("unsafe-title"));
        const QString out = path(base, QStringLiteral("out"));
        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Unsafe);
        QVERIFY2(result.error().message.contains(title), qPrintable(result.error().message));
        QCOMPARE(entriesOf(base), QStringList{QStringLiteral("out")});
        QVERIFY(entriesOf(out).isEmpty());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/lading-evil-title")));
    }

    void refusesUnsafeArchiveEntries_data()
    {
        QTest::addColumn<QList<TarEntry>>("entries");
        QTest::addColumn<QString>("refused"); // the entry name the error must mention
        const TarEntry top{QStringLiteral("docs"), AE_IFDIR, {}, {}, {}};
        const TarEntry fine{QStringLiteral("docs/fine.txt"), AE_IFREG, "fine\n", {}, {}};
        QTest::newRow("parent entry")
            << QList<TarEntry>{top, fine, {QStringLiteral("../x"), AE_IFREG, "x\n", {}, {}}} << "../x";
        QTest::newRow("absolute entry")
            << QList<TarEntry>{top, fine, {QStringLiteral("@VICTIM@/abs.txt"), AE_IFREG, "x\n", {}, {}}}
            << "@VICTIM@/abs.txt";
        QTest::newRow("symlink to / and a file through it")
            << QList<TarEntry>{top,
                               fine,
                               {QStringLiteral("docs/root"), AE_IFLNK, {}, QStringLiteral("/"), {}},
                               {QStringLiteral("docs/root@VICTIM@/through.txt"), AE_IFREG, "x\n", {}, {}}}
            << "docs/root";
        QTest::newRow("relative symlink out and a file through it")
            << QList<TarEntry>{top,
                               fine,
                               {QStringLiteral("docs/up"), AE_IFLNK, {}, QStringLiteral("../../victim"), {}},
                               {QStringLiteral("docs/up/through.txt"), AE_IFREG, "x\n", {}, {}}}
            << "docs/up";
        QTest::newRow("symlink out through a link to the root")
            << QList<TarEntry>{top,
                               fine,
                               {QStringLiteral("docs/here"), AE_IFLNK, {}, QStringLiteral(".."), {}},
                               {QStringLiteral("docs/here/docs/sneak"),
                                AE_IFLNK,
                                {},
                                QStringLiteral("../../victim"),
                                {}}}
            << "docs/here/docs/sneak";
        QTest::newRow("hard link outside") << QList<TarEntry>{top,
                                                              fine,
                                                              {QStringLiteral("docs/hard"),
                                                               AE_IFREG,
                                                               {},
                                                               {},
                                                               QStringLiteral("../victim/secret")}}
                                           << "../victim/secret";
        QTest::newRow("entry outside its title")
            << QList<TarEntry>{top, fine, {QStringLiteral("other/file.txt"), AE_IFREG, "x\n", {}, {}}}
            << "other/file.txt";
    }
    void refusesUnsafeArchiveEntries()
    {
        QFETCH(QList<TarEntry>, entries);
        QFETCH(QString, refused);
        const QString base = fresh(QStringLiteral("unsafe-tar"));
        const QString out = path(base, QStringLiteral("out"));
        const QString victim = path(base, QStringLiteral("victim"));
        QVERIFY(QDir().mkpath(victim));
        writeFile(path(victim, QStringLiteral("secret")), "secret\n");
        for (TarEntry& e : entries)
            e.name.replace(QStringLiteral("@VICTIM@"), victim);
        refused.replace(QStringLiteral("@VICTIM@"), victim);

        const QByteArray tar = makeTar(entries);
        const QByteArray gz = gzip(tar);
        MemoryStore store;
        Descriptor layer = Descriptor::forBytes(QString(MediaType::OciLayerTarGzip), gz);
        layer.annotations.insert(QString(Annotation::Title), QStringLiteral("docs"));
        layer.annotations.insert(QString(Annotation::OrasUnpack), QStringLiteral("true"));
        layer.annotations.insert(QString(Annotation::OrasContentDigest), Digest::sha256Of(tar).toString());
        QVERIFY(store.pushBlob(layer, gz).ok());
        const auto manifest = Manifest::parse(manifestWithLayers({layer}));
        QVERIFY(manifest.ok());

        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Unsafe);
        QVERIFY2(result.error().message.contains(refused), qPrintable(result.error().message));
        // Nothing outside the output folder, and what was extracted before the refusal is gone again.
        QCOMPARE(entriesOf(base), QStringList({QStringLiteral("out"), QStringLiteral("victim")}));
        QCOMPARE(entriesOf(victim), QStringList{QStringLiteral("secret")});
        QCOMPARE(readFile(path(victim, QStringLiteral("secret"))), QByteArray("secret\n"));
        QVERIFY2(entriesOf(out).isEmpty(), qPrintable(entriesOf(out).join(QLatin1Char(','))));
    }

    void leavesNoFileWhenABlobIsCorrupt()
    {
        MemoryStore store;
        Descriptor layer = Descriptor::forBytes(QString(MediaType::OciLayerTar), "Hello\n");
        layer.annotations.insert(QString(Annotation::Title), QStringLiteral("hello.txt"));
        store.putBlobUnchecked(layer.digest, "Jello\n"); // same size, wrong content
        const auto manifest = Manifest::parse(manifestWithLayers({layer}));
        QVERIFY(manifest.ok());
        const QString out = fresh(QStringLiteral("corrupt"));
        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Integrity);
        QVERIFY(entriesOf(out).isEmpty());
    }

    void leavesNoFolderWhenTheContentDigestIsWrong()
    {
        MemoryStore store;
        PackRequest request;
        request.paths = {src(QStringLiteral("docs"))};
        request.workDir = fresh(QStringLiteral("work"));
        const PackedArtifact packed = packOrFail(request);
        QVERIFY(ArtifactPacker::push(packed, store).ok());
        ArtifactPacker::cleanUp(packed);
        Descriptor layer = Manifest::parse(packed.manifest)->layers().first();
        layer.annotations.insert(QString(Annotation::OrasContentDigest),
                                 Digest::sha256Of("something else").toString());
        const auto manifest = Manifest::parse(manifestWithLayers({layer}));
        QVERIFY(manifest.ok());
        const QString out = fresh(QStringLiteral("bad-content"));
        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Integrity);
        QVERIFY2(entriesOf(out).isEmpty(), qPrintable(entriesOf(out).join(QLatin1Char(','))));
    }

    void packsTheSameManifestWhateverTheConcurrency()
    {
        PackRequest request;
        for (int i = 0; i < 7; ++i) {
            const QString name = QStringLiteral("many/file%1.bin").arg(i);
            writeFile(src(name), QByteArray(1000 + i * 4096, char('a' + i)));
            request.paths.append(src(name));
        }
        request.paths.insert(3, src(QStringLiteral("docs")));
        request.configPath = src(QStringLiteral("hello.txt"));
        request.manifestAnnotations.insert(QString(Annotation::Created),
                                           QStringLiteral("2024-01-02T03:04:05Z"));
        request.workDir = fresh(QStringLiteral("work-one"));
        request.concurrency = 1;
        const PackedArtifact one = packOrFail(request);
        request.workDir = fresh(QStringLiteral("work-many"));
        request.concurrency = 4;
        const PackedArtifact many = packOrFail(request);
        QCOMPARE(many.concurrency, 4);

        // Config first, then the layers in the order given, whichever job finished first.
        QCOMPARE(many.manifest, one.manifest);
        QCOMPARE(many.blobs.size(), one.blobs.size());
        for (qsizetype i = 0; i < many.blobs.size(); ++i)
            QCOMPARE(many.blobs[i].descriptor.digest, one.blobs[i].descriptor.digest);
        const auto layers = Manifest::parse(many.manifest)->layers();
        QCOMPARE(layers.size(), 8);
        QCOMPARE(layers[3].title(), QStringLiteral("docs"));
        QCOMPARE(layers[6].title(), QStringLiteral("file5.bin"));
        QCOMPARE(many.temporaryFiles.size(), 1);
        ArtifactPacker::cleanUp(one);
        ArtifactPacker::cleanUp(many);
    }

    void reportsTheFirstInputThatFails()
    {
        // Both folders hold something that cannot be packed; whichever job fails first, the error is
        // about the first folder given.
        PackRequest request;
        for (const QString& name : {QStringLiteral("bad1"), QStringLiteral("bad2")}) {
            QVERIFY(QDir().mkpath(src(name)));
            const QString fifo = src(name + QStringLiteral("/pipe"));
            QFile::remove(fifo);
            QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
            request.paths.append(src(name));
        }
        request.workDir = fresh(QStringLiteral("work-bad"));
        request.concurrency = 2;
        const auto packed = ArtifactPacker::pack(request);
        QVERIFY(!packed.ok());
        QCOMPARE(packed.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(packed.error().message.contains(src(QStringLiteral("bad1/pipe"))),
                 qPrintable(packed.error().message));
        // The half-made archives are gone again.
        QVERIFY2(entriesOf(request.workDir).isEmpty(),
                 qPrintable(entriesOf(request.workDir).join(QLatin1Char(','))));
    }

    void pushesEveryBlobBeforeTheManifest()
    {
        MemoryStore store;
        PackRequest request;
        for (int i = 0; i < 6; ++i) {
            const QString name = QStringLiteral("push/part%1.bin").arg(i);
            writeFile(src(name), QByteArray(2048 + i, char('k' + i)));
            request.paths.append(src(name));
        }
        request.concurrency = 3;
        const PackedArtifact packed = packOrFail(request);
        lading::store::TransferControl control;
        const auto pushed = ArtifactPacker::push(packed, store, QStringLiteral("v1"), &control);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().message));
        for (const auto& blob : packed.blobs)
            QVERIFY(store.exists(blob.descriptor).value());
        const auto manifest = store.fetchManifest(QStringLiteral("v1"));
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->bytes(), packed.manifest);

        // Pulled back several layers at once, the files are whole and listed in manifest order.
        const QString out = fresh(QStringLiteral("pushed"));
        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr, 3);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->written.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(result->written[i], path(out, QStringLiteral("part%1.bin").arg(i)));
            QCOMPARE(readFile(result->written[i]), QByteArray(2048 + i, char('k' + i)));
        }
    }

    void reportsTheFirstLayerThatFails()
    {
        MemoryStore store;
        QList<Descriptor> layers;
        for (const char* name : {"a.txt", "b.txt", "c.txt"}) {
            const QByteArray content = QByteArray("content of ") + name;
            Descriptor layer = Descriptor::forBytes(QString(MediaType::OciLayerTar), content);
            layer.annotations.insert(QString(Annotation::Title), QString::fromLatin1(name));
            QByteArray served = content;
            if (qstrcmp(name, "a.txt") != 0)
                served[0] = 'X'; // same size, wrong content
            store.putBlobUnchecked(layer.digest, served);
            layers.append(layer);
        }
        const auto manifest = Manifest::parse(manifestWithLayers(layers));
        QVERIFY(manifest.ok());
        const QString out = fresh(QStringLiteral("first-failure"));
        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr, 4);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Integrity);
        QVERIFY2(result.error().message.contains(layers[1].digest.toString()),
                 qPrintable(result.error().message));
        // Nothing unverified under a final name, no ".part" left behind.
        QVERIFY(!QFileInfo::exists(path(out, QStringLiteral("b.txt"))));
        QVERIFY(!QFileInfo::exists(path(out, QStringLiteral("c.txt"))));
        for (const QString& entry : entriesOf(out))
            QVERIFY2(!entry.endsWith(QLatin1String(".part")), qPrintable(entry));
    }

    void pullsLayersInsideAFolderLayerInOrder()
    {
        // A file titled inside a folder layer depends on the folder being there first: such layers keep
        // the manifest's one-by-one order even when several could run at once.
        MemoryStore store;
        PackRequest request;
        request.paths = {src(QStringLiteral("docs"))};
        request.workDir = fresh(QStringLiteral("work-nested"));
        const PackedArtifact packed = packOrFail(request);
        QVERIFY(ArtifactPacker::push(packed, store).ok());
        ArtifactPacker::cleanUp(packed);
        const Descriptor folder = Manifest::parse(packed.manifest)->layers().first();
        Descriptor inside = Descriptor::forBytes(QString(MediaType::OciLayerTar), "extra\n");
        inside.annotations.insert(QString(Annotation::Title), QStringLiteral("docs/extra.txt"));
        QVERIFY(store.pushBlob(inside, "extra\n").ok());
        Descriptor part = Descriptor::forBytes(QString(MediaType::OciLayerTar), "part\n");
        part.annotations.insert(QString(Annotation::Title), QStringLiteral("notes.txt.part"));
        QVERIFY(store.pushBlob(part, "part\n").ok());
        Descriptor notes = Descriptor::forBytes(QString(MediaType::OciLayerTar), "notes\n");
        notes.annotations.insert(QString(Annotation::Title), QStringLiteral("notes.txt"));
        QVERIFY(store.pushBlob(notes, "notes\n").ok());
        const auto manifest = Manifest::parse(manifestWithLayers({folder, inside, notes, part}));
        QVERIFY(manifest.ok());

        const QString out = fresh(QStringLiteral("nested"));
        const auto result = ArtifactUnpacker::unpack(manifest.value(), store, out, nullptr, 4);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(readFile(path(out, QStringLiteral("docs/extra.txt"))), QByteArray("extra\n"));
        QCOMPARE(readFile(path(out, QStringLiteral("docs/readme.md"))), QByteArray("# Docs\n"));
        QCOMPARE(readFile(path(out, QStringLiteral("notes.txt.part"))), QByteArray("part\n"));
        QCOMPARE(readFile(path(out, QStringLiteral("notes.txt"))), QByteArray("notes\n"));
    }

    void stopsWhenCancelled()
    {
        MemoryStore store;
        PackRequest request;
        request.paths = {src(QStringLiteral("data.bin"))};
        const PackedArtifact packed = packOrFail(request);
        QVERIFY(ArtifactPacker::push(packed, store).ok());
        lading::store::TransferControl control;
        control.cancel();
        const QString out = fresh(QStringLiteral("cancelled"));
        const auto result =
            ArtifactUnpacker::unpack(Manifest::parse(packed.manifest).value(), store, out, &control);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(path(out, QStringLiteral("data.bin"))));
    }
};

QTEST_GUILESS_MAIN(TestArtifactPacker)
#include "tst_artifactpacker.moc"
