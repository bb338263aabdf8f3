#include "core/oci/descriptor.h"
#include "core/oci/mediatypes.h"
#include "core/store/archivestore.h"
#include "core/store/layoutarchive.h"
#include "core/store/layoutstore.h"
#include "tests/support/process.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <atomic>
#include <thread>
#include <vector>

using lading::Error;
using lading::oci::Descriptor;
using lading::oci::Digest;
namespace MediaType = lading::oci::MediaType;
using lading::store::ArchiveStore;
using lading::store::LayoutArchive;
using lading::store::LayoutStore;
using lading::store::ReferrerSource;

namespace {

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray imageManifest(const Descriptor& config, const QList<Descriptor>& layers,
                         const std::optional<Descriptor>& subject = {}, const QString& artifactType = {},
                         const QJsonObject& annotations = {})
{
    QJsonObject m;
    m.insert(QStringLiteral("schemaVersion"), 2);
    m.insert(QStringLiteral("mediaType"), QString(MediaType::OciManifest));
    if (!artifactType.isEmpty())
        m.insert(QStringLiteral("artifactType"), artifactType);
    m.insert(QStringLiteral("config"), config.toJson());
    QJsonArray list;
    for (const auto& l : layers)
        list.append(l.toJson());
    m.insert(QStringLiteral("layers"), list);
    if (subject) {
        Descriptor s;
        s.mediaType = subject->mediaType;
        s.digest = subject->digest;
        s.size = subject->size;
        m.insert(QStringLiteral("subject"), s.toJson());
    }
    if (!annotations.isEmpty())
        m.insert(QStringLiteral("annotations"), annotations);
    return toJson(m);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every file under `dir`, relative, with its bytes.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readAll(path));
    }
    return files;
}

struct TarEntry
{
    enum Type
    {
        File,
        Dir,
        Symlink,
        Hardlink
    } type = File;
    QByteArray name;
    QByteArray content; // file content, or the link target
};

// Writes a tar with exactly these entries, hostile ones included (libarchive writes what it is told).
bool writeTar(const QString& path, const QList<TarEntry>& entries)
{
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    bool ok = true;
    for (const auto& e : entries) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_perm(entry, 0644);
        switch (e.type) {
        case TarEntry::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.content.size());
            break;
        case TarEntry::Dir:
            archive_entry_set_filetype(entry, AE_IFDIR);
            break;
        case TarEntry::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.content.constData());
            break;
        case TarEntry::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, e.content.constData());
            break;
        }
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        if (e.type == TarEntry::File && !e.content.isEmpty())
            ok = ok &&
                 archive_write_data(a, e.content.constData(), size_t(e.content.size())) == e.content.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

QList<TarEntry> minimalLayoutEntries()
{
    return {{TarEntry::File, "oci-layout", R"({"imageLayoutVersion":"1.0.0"})"},
            {TarEntry::File, "index.json", R"({"schemaVersion":2,"manifests":[]})"},
            {TarEntry::Dir, "blobs/", {}},
            {TarEntry::Dir, "blobs/sha256/", {}}};
}

} // namespace

class TestLayoutStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString newDir() { return m_tmp.filePath(QStringLiteral("d%1").arg(++m_counter)); }

    std::unique_ptr<LayoutStore> createStore(const QString& dir)
    {
        auto store = LayoutStore::open(dir, true);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return nullptr;
        }
        return std::move(store).value();
    }

    struct Image
    {
        Descriptor manifest;
        QByteArray bytes;
        Descriptor config;
        Descriptor layer;
    };

    // Pushes a config and a layer (from a file) and the manifest under `tag`.
    static Image pushImage(LayoutStore& store, const QString& tag, const QByteArray& layerContent,
                           const QString& scratch)
    {
        Image image;
        const QByteArray config = QByteArrayLiteral(
            R"({"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}})");
        image.config = Descriptor::forBytes(QString(MediaType::OciConfig), config);
        image.layer = Descriptor::forBytes(QString(MediaType::OciLayerTar), layerContent);
        if (!store.pushBlob(image.config, config).ok())
            return {};
        const QString layerFile = scratch + QStringLiteral("/layer-") + image.layer.digest.encoded();
        if (!writeAll(layerFile, layerContent) ||
            !store.pushBlobFromFile(image.layer, layerFile, nullptr).ok())
            return {};
        image.bytes = imageManifest(image.config, {image.layer});
        auto pushed = store.pushManifest(image.bytes, QString(MediaType::OciManifest), tag);
        if (!pushed)
            qWarning("%s", qPrintable(pushed.error().message));
        image.manifest = pushed.ok() ? pushed.value() : Descriptor();
        return image;
    }

    // index.json is valid JSON and nothing but the layout sits in the folder (no temporary or .part files).
    static void verifyLayoutClean(const QString& dir)
    {
        QJsonParseError error;
        const QJsonDocument index =
            QJsonDocument::fromJson(readAll(dir + QStringLiteral("/index.json")), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(index.isObject());
        QVERIFY(index.object().value(QStringLiteral("manifests")).isArray());
        QCOMPARE(index.object().value(QStringLiteral("schemaVersion")).toInt(), 2);
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{QStringLiteral("blobs"), QStringLiteral("index.json"),
                              QStringLiteral("oci-layout")}));
        QDirIterator it(dir + QStringLiteral("/blobs"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!path.endsWith(QLatin1String(".part")), qPrintable(path));
        }
    }

    static QJsonArray indexEntries(const QString& dir)
    {
        return QJsonDocument::fromJson(readAll(dir + QStringLiteral("/index.json")))
            .object()
            .value(QStringLiteral("manifests"))
            .toArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void createsTheLayoutSkeleton()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        QCOMPARE(QJsonDocument::fromJson(readAll(dir + QStringLiteral("/oci-layout")))
                     .object()
                     .value(QStringLiteral("imageLayoutVersion"))
                     .toString(),
                 QStringLiteral("1.0.0"));
        QVERIFY(QFileInfo(dir + QStringLiteral("/blobs")).isDir());
        QVERIFY(indexEntries(dir).isEmpty());
        verifyLayoutClean(dir);
        QCOMPARE(store->displayName(), QStringLiteral("oci:") + QDir::cleanPath(dir));
        QCOMPARE(store->tags().value(), QStringList());

        // Reopening without create works; a second create on the layout keeps it.
        QVERIFY(LayoutStore::open(dir, false).ok());
        QVERIFY(LayoutStore::open(dir, true).ok());
    }

    void refusesWhatIsNotALayout()
    {
        const auto missing = LayoutStore::open(newDir(), false);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);

        const QString busy = newDir();
        QVERIFY(QDir().mkpath(busy));
        QVERIFY(writeAll(busy + QStringLiteral("/notes.txt"), "mine"));
        const auto notLayout = LayoutStore::open(busy, true);
        QVERIFY(!notLayout.ok());
        QVERIFY2(notLayout.error().message.contains(QLatin1String("not empty")),
                 qPrintable(notLayout.error().message));
        QCOMPARE(QDir(busy).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});

        const QString future = newDir();
        QVERIFY(QDir().mkpath(future));
        QVERIFY(writeAll(future + QStringLiteral("/oci-layout"), R"({"imageLayoutVersion":"2.0.0"})"));
        QVERIFY(writeAll(future + QStringLiteral("/index.json"), R"({"schemaVersion":2,"manifests":[]})"));
        const auto tooNew = LayoutStore::open(future, false);
        QVERIFY(!tooNew.ok());
        QCOMPARE(tooNew.error().kind, Error::Kind::Unsupported);
        QVERIFY2(tooNew.error().message.contains(QLatin1String("2.0.0")), qPrintable(tooNew.error().message));

        const QString broken = newDir();
        QVERIFY(QDir().mkpath(broken));
        QVERIFY(writeAll(broken + QStringLiteral("/oci-layout"), R"({"imageLayoutVersion":"1.0.0"})"));
        QVERIFY(writeAll(broken + QStringLiteral("/index.json"), "{\"schemaVersion\":2,"));
        const auto damaged = LayoutStore::open(broken, false);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().message.contains(QLatin1String("index.json")),
                 qPrintable(damaged.error().message));
    }

    void pushesResolvesAndFetches()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        const Image image = pushImage(*store, QStringLiteral("v1"), QByteArray(300'000, 'x'), m_tmp.path());
        QVERIFY(image.manifest.isValid());
        verifyLayoutClean(dir);

        const auto byTag = store->resolve(QStringLiteral("v1"));
        QVERIFY2(byTag.ok(), qPrintable(byTag.error().message));
        QCOMPARE(byTag->digest, image.manifest.digest);
        QCOMPARE(byTag->mediaType, QString(MediaType::OciManifest));
        QCOMPARE(byTag->size, image.bytes.size());
        const auto byDigest = store->resolve(image.manifest.digest.toString());
        QVERIFY2(byDigest.ok(), qPrintable(byDigest.error().message));
        QCOMPARE(byDigest->digest, image.manifest.digest);
        QCOMPARE(store->resolve(QStringLiteral("v2")).error().kind, Error::Kind::NotFound);

        const auto manifest = store->fetchManifest(QStringLiteral("v1"));
        QVERIFY2(manifest.ok(), qPrintable(manifest.error().message));
        QCOMPARE(manifest->bytes(), image.bytes);
        QCOMPARE(readAll(store->blobPath(image.manifest.digest)), image.bytes);

        const auto config = store->fetchBlob(image.config);
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->size(), image.config.size);
        QCOMPARE(store->fetchBlob(image.layer, 1000).error().kind, Error::Kind::TooLarge);

        const QString out = m_tmp.filePath(QStringLiteral("fetched-layer"));
        lading::store::TransferControl control;
        const auto fetched = store->fetchBlobToFile(image.layer, out, &control);
        QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
        QCOMPARE(readAll(out), QByteArray(300'000, 'x'));
        QCOMPARE(control.bytes(), image.layer.size);

        QVERIFY(store->exists(image.layer).value());
        QCOMPARE(store->blobFilePath(image.layer).value_or(QString()), store->blobPath(image.layer.digest));
        const Descriptor absent = Descriptor::forBytes(QString(MediaType::OciLayerTar), "absent");
        QVERIFY(!store->exists(absent).value());
        QVERIFY(!store->blobFilePath(absent));
        QCOMPARE(store->fetchBlob(absent).error().kind, Error::Kind::NotFound);
        QCOMPARE(store->tags().value(), QStringList{QStringLiteral("v1")});
    }

    void pushingAnExistingBlobIsANoOp()
    {
        auto store = createStore(newDir());
        QVERIFY(store);
        const Descriptor blob = Descriptor::forBytes(QStringLiteral("application/octet-stream"), "hello");
        QVERIFY(store->pushBlob(blob, "hello").ok());
        // Different bytes would fail verification: a success proves nothing was written.
        QVERIFY(store->pushBlob(blob, "jello").ok());
        QCOMPARE(readAll(store->blobPath(blob.digest)), QByteArray("hello"));
    }

    void refusesBlobsThatDoNotMatchTheirDescriptor()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        const Descriptor blob = Descriptor::forBytes(QStringLiteral("application/octet-stream"), "hello");
        const auto wrong = store->pushBlob(blob, "jello");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::Integrity);
        QVERIFY(!QFile::exists(store->blobPath(blob.digest)));
        const auto longer = store->pushBlob(blob, "hello world");
        QCOMPARE(longer.error().kind, Error::Kind::Integrity);
        QVERIFY(!QFile::exists(store->blobPath(blob.digest)));
        verifyLayoutClean(dir);
    }

    void detectsDamageOnDisk()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        const Image image = pushImage(*store, QStringLiteral("v1"), "layer bytes", m_tmp.path());
        QVERIFY(image.manifest.isValid());

        QVERIFY(writeAll(store->blobPath(image.layer.digest), "LAYER BYTES")); // same size, other bytes
        const auto small = store->fetchBlob(image.layer);
        QVERIFY(!small.ok());
        QCOMPARE(small.error().kind, Error::Kind::Integrity);
        const QString out = m_tmp.filePath(QStringLiteral("damaged-out"));
        const auto streamed = store->fetchBlobToFile(image.layer, out, nullptr);
        QVERIFY(!streamed.ok());
        QCOMPARE(streamed.error().kind, Error::Kind::Integrity);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

        QVERIFY(store->fetchManifest(QStringLiteral("v1")).ok());
        QByteArray tampered = image.bytes;
        // Same size, one digest character changed: still valid JSON, no longer the manifest.
        tampered[tampered.indexOf("sha256:") + 7] =
            tampered[tampered.indexOf("sha256:") + 7] == 'a' ? 'b' : 'a';
        QVERIFY(writeAll(store->blobPath(image.manifest.digest), tampered));
        const auto manifest = store->fetchManifest(QStringLiteral("v1"));
        QVERIFY(!manifest.ok());
        QCOMPARE(manifest.error().kind, Error::Kind::Integrity);
    }

    void retaggingReplacesTheEntry()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        const Image first = pushImage(*store, QStringLiteral("latest"), "first", m_tmp.path());
        const Image second = pushImage(*store, QStringLiteral("latest"), "second", m_tmp.path());
        QVERIFY(first.manifest.isValid() && second.manifest.isValid());
        QCOMPARE(store->tags().value(), QStringList{QStringLiteral("latest")});
        QCOMPARE(store->resolve(QStringLiteral("latest"))->digest, second.manifest.digest);
        QCOMPARE(indexEntries(dir).size(), 1);
        verifyLayoutClean(dir);

        QVERIFY(store->tag(first.manifest, QStringLiteral("old")).ok());
        QCOMPARE(store->tags().value(), (QStringList{QStringLiteral("latest"), QStringLiteral("old")}));
        QCOMPARE(store->resolve(QStringLiteral("old"))->digest, first.manifest.digest);

        const auto invalid = store->tag(first.manifest, QStringLiteral("bad tag"));
        QCOMPARE(invalid.error().kind, Error::Kind::InvalidInput);
        const Descriptor missing = Descriptor::forBytes(QString(MediaType::OciManifest), "{}");
        QCOMPARE(store->tag(missing, QStringLiteral("x")).error().kind, Error::Kind::NotFound);
        QCOMPARE(indexEntries(dir).size(), 2);
        verifyLayoutClean(dir);
    }

    void untaggedReferrerIsListedAndSurvivesReopen()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        const Image image = pushImage(*store, QStringLiteral("v1"), "payload", m_tmp.path());
        QVERIFY(image.manifest.isValid());

        const Descriptor empty = Descriptor::empty();
        QVERIFY(store->pushBlob(empty, Descriptor::emptyBytes()).ok());
        const QByteArray sbom = R"({"spdxVersion":"SPDX-2.3"})";
        const Descriptor sbomLayer = Descriptor::forBytes(QString(MediaType::SpdxJson), sbom);
        QVERIFY(store->pushBlob(sbomLayer, sbom).ok());
        QJsonObject annotations;
        annotations.insert(QStringLiteral("org.opencontainers.image.created"),
                           QStringLiteral("2024-01-01T00:00:00Z"));
        const QByteArray referrerBytes = imageManifest(
            empty, {sbomLayer}, image.manifest, QStringLiteral("application/vnd.example.sbom"), annotations);
        const auto referrer = store->pushManifest(referrerBytes, QString(MediaType::OciManifest));
        QVERIFY2(referrer.ok(), qPrintable(referrer.error().message));
        verifyLayoutClean(dir);

        // An index child: untagged and without subject, so just a blob.
        const QByteArray child = imageManifest(empty, {sbomLayer});
        QVERIFY(store->pushManifest(child, QString(MediaType::OciManifest)).ok());
        QCOMPARE(indexEntries(dir).size(), 2);
        QCOMPARE(store->tags().value(), QStringList{QStringLiteral("v1")});

        for (int round = 0; round < 2; ++round) {
            const auto found = store->referrers(image.manifest.digest);
            QVERIFY2(found.ok(), qPrintable(found.error().message));
            QCOMPARE(found->size(), 1);
            const auto& r = found->first();
            QCOMPARE(r.source, ReferrerSource::Layout);
            QCOMPARE(r.descriptor.digest, referrer->digest);
            QCOMPARE(r.descriptor.mediaType, QString(MediaType::OciManifest));
            QCOMPARE(r.descriptor.size, referrerBytes.size());
            QCOMPARE(r.descriptor.artifactType, QStringLiteral("application/vnd.example.sbom"));
            QCOMPARE(r.descriptor.annotations.value(QStringLiteral("org.opencontainers.image.created")),
                     QStringLiteral("2024-01-01T00:00:00Z"));
            QCOMPARE(store->referrers(image.manifest.digest, QStringLiteral("application/vnd.example.sbom"))
                         ->size(),
                     1);
            QVERIFY(
                store->referrers(image.manifest.digest, QStringLiteral("application/vnd.other"))->isEmpty());
            QVERIFY(store->referrers(referrer->digest)->isEmpty());
            // The same folder opened afresh: nothing lives only in memory.
            auto reopened = LayoutStore::open(dir, false);
            QVERIFY(reopened.ok());
            store = std::move(reopened).value();
        }

        // Pushing the referrer again does not duplicate it; giving it a tag turns the entry into a tagged
        // one, and moving that tag away keeps the referrer listed.
        QVERIFY(store->pushManifest(referrerBytes, QString(MediaType::OciManifest)).ok());
        QCOMPARE(indexEntries(dir).size(), 2);
        QVERIFY(store->tag(referrer.value(), QStringLiteral("sbom")).ok());
        QCOMPARE(indexEntries(dir).size(), 2);
        QVERIFY(store->tag(image.manifest, QStringLiteral("sbom")).ok());
        QCOMPARE(indexEntries(dir).size(), 3);
        QCOMPARE(store->referrers(image.manifest.digest)->size(), 1);
        verifyLayoutClean(dir);
    }

    void deleteUnlistsAndGarbageCollectionRemovesUnreachableBlobs()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        const Image keep = pushImage(*store, QStringLiteral("keep"), "kept layer", m_tmp.path());
        const Image drop = pushImage(*store, QStringLiteral("a"), "dropped layer", m_tmp.path());
        QVERIFY(keep.manifest.isValid() && drop.manifest.isValid());
        QVERIFY(store->tag(drop.manifest, QStringLiteral("b")).ok());
        QCOMPARE(store->tags()->size(), 3);

        QVERIFY(store->deleteManifest(drop.manifest).ok());
        verifyLayoutClean(dir);
        QCOMPARE(store->tags().value(), QStringList{QStringLiteral("keep")});
        QCOMPARE(store->resolve(QStringLiteral("a")).error().kind, Error::Kind::NotFound);
        QVERIFY(store->exists(drop.manifest).value()); // blobs stay until collected
        // Still reachable by digest, as a plain blob.
        QCOMPARE(store->resolve(drop.manifest.digest.toString())->digest, drop.manifest.digest);
        const Descriptor never = Descriptor::forBytes(QString(MediaType::OciManifest), "never");
        QCOMPARE(store->deleteManifest(never).error().kind, Error::Kind::NotFound);

        QVERIFY(writeAll(store->blobPath(keep.layer.digest) + QStringLiteral(".part"), "left over"));
        QVERIFY(store->garbageCollect().ok());
        QVERIFY(!store->exists(drop.manifest).value());
        QVERIFY(!store->exists(drop.layer).value());
        QVERIFY(store->exists(keep.manifest).value());
        QVERIFY(store->exists(keep.layer).value());
        QVERIFY(store->exists(keep.config).value()); // shared with the dropped image, still referenced
        QVERIFY(store->fetchManifest(QStringLiteral("keep")).ok());
        verifyLayoutClean(dir);
    }

    void readsTheTagOfContainerdExports()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        const Image image = pushImage(*store, QStringLiteral("tmp"), "containerd", m_tmp.path());
        QVERIFY(image.manifest.isValid());
        QJsonObject entry = indexEntries(dir).first().toObject();
        QJsonObject annotations;
        annotations.insert(QString(lading::oci::Annotation::ContainerdImageName),
                           QStringLiteral("docker.io/library/app:1.2"));
        entry.insert(QStringLiteral("annotations"), annotations);
        QJsonObject index;
        index.insert(QStringLiteral("schemaVersion"), 2);
        index.insert(QStringLiteral("manifests"), QJsonArray{entry});
        QVERIFY(writeAll(dir + QStringLiteral("/index.json"), toJson(index)));
        QCOMPARE(store->tags().value(), QStringList{QStringLiteral("1.2")});
        QCOMPARE(store->resolve(QStringLiteral("1.2"))->digest, image.manifest.digest);
    }

    void tagOfEntry_data()
    {
        QTest::addColumn<QString>("refName");
        QTest::addColumn<QString>("containerdName");
        QTest::addColumn<QString>("tag");
        QTest::newRow("ref.name") << "v1"
                                  << ""
                                  << "v1";
        QTest::newRow("ref.name wins") << "v1"
                                       << "docker.io/library/app:2"
                                       << "v1";
        QTest::newRow("containerd") << ""
                                    << "docker.io/library/app:2"
                                    << "2";
        QTest::newRow("containerd with port") << ""
                                              << "localhost:5000/app:3"
                                              << "3";
        QTest::newRow("containerd no tag") << ""
                                           << "localhost:5000/app"
                                           << "";
        QTest::newRow("containerd digest") << ""
                                           << "r.io/app:4@sha256:abc"
                                           << "4";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << "";
    }
    void tagOfEntry()
    {
        QFETCH(QString, refName);
        QFETCH(QString, containerdName);
        QFETCH(QString, tag);
        QJsonObject annotations;
        if (!refName.isEmpty())
            annotations.insert(QString(lading::oci::Annotation::RefName), refName);
        if (!containerdName.isEmpty())
            annotations.insert(QString(lading::oci::Annotation::ContainerdImageName), containerdName);
        QJsonObject entry;
        entry.insert(QStringLiteral("annotations"), annotations);
        QCOMPARE(LayoutStore::tagOfEntry(entry), tag);
    }

    void validatesRefNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "latest" << true;
        QTest::newRow("semver") << "1.2.3-rc.1" << true;
        QTest::newRow("underscore") << "v1_x" << true;
        QTest::newRow("full reference") << "example.com/app:1.0" << true;
        QTest::newRow("double dash") << "a--b" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("leading dot") << ".hidden" << false;
        QTest::newRow("traversal") << "../x" << false;
        QTest::newRow("trailing slash") << "a/" << false;
    }
    void validatesRefNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(LayoutStore::isValidRefName(name), valid);
    }

    void concurrentPushesFromSeveralThreads()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        // Shared blobs pushed by every thread at once, plus one image per thread.
        QList<QByteArray> shared;
        for (int i = 0; i < 4; ++i)
            shared.append(QByteArray(200'000 + i, char('a' + i)));
        constexpr int kThreads = 8;
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        QStringList errors(kThreads);
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                const Descriptor empty = Descriptor::empty();
                QList<Descriptor> layers;
                for (const QByteArray& bytes : std::as_const(shared)) {
                    const Descriptor d = Descriptor::forBytes(QString(MediaType::OciLayerTar), bytes);
                    if (auto s = store->pushBlob(d, bytes); !s) {
                        errors[t] = s.error().message;
                        ++failures;
                    }
                    layers.append(d);
                }
                const QByteArray own = "thread " + QByteArray::number(t);
                const Descriptor ownLayer = Descriptor::forBytes(QString(MediaType::OciLayerTar), own);
                layers.append(ownLayer);
                if (!store->pushBlob(ownLayer, own).ok() ||
                    !store->pushBlob(empty, Descriptor::emptyBytes()).ok())
                    ++failures;
                const auto m =
                    store->pushManifest(imageManifest(empty, layers), QString(MediaType::OciManifest),
                                        QStringLiteral("t%1").arg(t));
                if (!m) {
                    errors[t] = m.error().message;
                    ++failures;
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        verifyLayoutClean(dir);
        const auto tags = store->tags();
        QCOMPARE(tags->size(), kThreads);
        QCOMPARE(indexEntries(dir).size(), kThreads);
        for (int t = 0; t < kThreads; ++t) {
            const auto m = store->fetchManifest(QStringLiteral("t%1").arg(t));
            QVERIFY2(m.ok(), qPrintable(m.error().message));
            for (const auto& layer : m->layers())
                QVERIFY(store->fetchBlob(layer).ok());
        }
    }

    void tarRoundTripGivesIdenticalFiles()
    {
        const QString dir = newDir();
        auto store = createStore(dir);
        QVERIFY(store);
        const Image image = pushImage(*store, QStringLiteral("v1"), QByteArray(3 << 20, 'z'), m_tmp.path());
        QVERIFY(image.manifest.isValid());
        QVERIFY(pushImage(*store, QStringLiteral("v2"), "small", m_tmp.path()).manifest.isValid());

        const QString outDir = newDir();
        QVERIFY(QDir().mkpath(outDir));
        const QString tar = outDir + QStringLiteral("/layout.tar");
        const auto created = LayoutArchive::create(dir, tar);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("layout.tar")});

        const QString extracted = newDir();
        const auto unpacked = LayoutArchive::extract(tar, extracted);
        QVERIFY2(unpacked.ok(), qPrintable(unpacked.error().message));
        QCOMPARE(snapshot(extracted), snapshot(dir));
        auto reread = LayoutStore::open(extracted, false);
        QVERIFY(reread.ok());
        QCOMPARE((*reread)->tags().value(), (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));

        // Overwriting an existing tar replaces it whole.
        QVERIFY(store->deleteManifest(image.manifest).ok());
        QVERIFY(LayoutArchive::create(dir, tar).ok());
        const QString again = newDir();
        QVERIFY(LayoutArchive::extract(tar, again).ok());
        QCOMPARE(snapshot(again), snapshot(dir));

        // gzip-compressed layouts are read too.
        const QString gzip = lading::test::requireTool(QStringLiteral("gzip"), QStringLiteral("gzip"));
        if (gzip.isEmpty())
            return;
        const auto zipped = lading::test::runProcess(gzip, {QStringLiteral("-k"), tar});
        QVERIFY2(zipped.succeeded(), qPrintable(zipped.describe()));
        const QString fromGzip = newDir();
        const auto gunzipped = LayoutArchive::extract(tar + QStringLiteral(".gz"), fromGzip);
        QVERIFY2(gunzipped.ok(), qPrintable(gunzipped.error().message));
        QCOMPARE(snapshot(fromGzip), snapshot(dir));
    }

    void extractIgnoresExtraFilesAndLeadingDotSlash()
    {
        const QByteArray blob = "blob";
        const QByteArray blobName = "./blobs/sha256/" + Digest::sha256Of(blob).encoded().toLatin1();
        const QString tar = m_tmp.filePath(QStringLiteral("extra.tar"));
        QVERIFY(writeTar(tar, {{TarEntry::Dir, "./", {}},
                               {TarEntry::File, "./oci-layout", R"({"imageLayoutVersion":"1.0.0"})"},
                               {TarEntry::File, "./index.json", R"({"schemaVersion":2,"manifests":[]})"},
                               {TarEntry::Dir, "./blobs/", {}},
                               {TarEntry::Dir, "./blobs/sha256/", {}},
                               {TarEntry::File, blobName, blob},
                               {TarEntry::Hardlink, blobName + "-copy-not-a-digest", blobName},
                               {TarEntry::File, "manifest.json", "[]"},
                               {TarEntry::File, "repositories", "{}"},
                               {TarEntry::Dir, "legacy/", {}},
                               {TarEntry::File, "legacy/layer.tar", "x"},
                               {TarEntry::Symlink, "legacy/link", "layer.tar"}}));
        const QString dest = newDir();
        const auto result = LayoutArchive::extract(tar, dest);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(snapshot(dest).keys(),
                 (QStringList{QStringLiteral("blobs/sha256/") + Digest::sha256Of(blob).encoded(),
                              QStringLiteral("index.json"), QStringLiteral("oci-layout")}));
        QVERIFY(LayoutStore::open(dest, false).ok());
    }

    void extractRefusesDamagedBlobsAndNonLayouts()
    {
        const QString damaged = m_tmp.filePath(QStringLiteral("damaged.tar"));
        auto entries = minimalLayoutEntries();
        entries.append(
            {TarEntry::File, "blobs/sha256/" + Digest::sha256Of("good").encoded().toLatin1(), "evil"});
        QVERIFY(writeTar(damaged, entries));
        const auto bad = LayoutArchive::extract(damaged, newDir());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Integrity);

        const QString notLayout = m_tmp.filePath(QStringLiteral("not-layout.tar"));
        QVERIFY(writeTar(notLayout, {{TarEntry::File, "manifest.json", "[]"}}));
        const auto refused = LayoutArchive::extract(notLayout, newDir());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("oci-layout")),
                 qPrintable(refused.error().message));

        const QString garbage = m_tmp.filePath(QStringLiteral("garbage.tar"));
        QVERIFY(writeAll(garbage, QByteArray(4096, '\x7f')));
        QVERIFY(!LayoutArchive::extract(garbage, newDir()).ok());
        QCOMPARE(LayoutArchive::extract(m_tmp.filePath(QStringLiteral("nope.tar")), newDir()).error().kind,
                 Error::Kind::NotFound);
    }

    void extractRefusesEntriesThatEscape_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("followUp"); // a file written after the hostile entry, or empty
        QTest::newRow("parent") << QByteArray("../x") << int(TarEntry::File) << QByteArray("x")
                                << QByteArray();
        QTest::newRow("dot slash parent")
            << QByteArray("./../x") << int(TarEntry::File) << QByteArray("x") << QByteArray();
        QTest::newRow("blobs then parent")
            << QByteArray("blobs/../../x") << int(TarEntry::File) << QByteArray("x") << QByteArray();
        QTest::newRow("absolute /etc") << QByteArray("/etc/lading-tst-layoutstore-x") << int(TarEntry::File)
                                       << QByteArray("x") << QByteArray();
        QTest::newRow("absolute into outside")
            << QByteArray("@OUTSIDE@/x") << int(TarEntry::File) << QByteArray("x") << QByteArray();
        QTest::newRow("symlink to /etc then file") << QByteArray("evil") << int(TarEntry::Symlink)
                                                   << QByteArray("/etc") << QByteArray("evil/lading-tst-x");
        QTest::newRow("blobs symlink to /etc")
            << QByteArray("blobs/sha256") << int(TarEntry::Symlink) << QByteArray("/etc")
            << QByteArray("blobs/sha256/lading-tst-x");
        QTest::newRow("relative symlink out")
            << QByteArray("up") << int(TarEntry::Symlink) << QByteArray("../outside") << QByteArray("up/x");
        QTest::newRow("symlink inside blobs") << QByteArray("blobs/sha256/aa") << int(TarEntry::Symlink)
                                              << QByteArray("../../oci-layout") << QByteArray();
        QTest::newRow("hardlink out") << QByteArray("blobs/sha256/h") << int(TarEntry::Hardlink)
                                      << QByteArray("../outside/secret") << QByteArray();
        QTest::newRow("hardlink absolute") << QByteArray("blobs/sha256/h") << int(TarEntry::Hardlink)
                                           << QByteArray("/etc/passwd") << QByteArray();
    }
    void extractRefusesEntriesThatEscape()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, type);
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, followUp);
        // base/dest receives the archive; base/outside must stay empty, whatever the archive says.
        const QString base = newDir();
        const QString dest = base + QStringLiteral("/dest");
        const QString outside = base + QStringLiteral("/outside");
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(writeAll(outside + QStringLiteral("/secret"), "secret"));
        name.replace("@OUTSIDE@", QFile::encodeName(outside));
        content.replace("@OUTSIDE@", QFile::encodeName(outside));

        auto entries = minimalLayoutEntries();
        entries.append({TarEntry::Type(type), name, content});
        if (!followUp.isEmpty())
            entries.append({TarEntry::File, followUp, "written through"});
        const QString tar = base + QStringLiteral("/evil.tar");
        QVERIFY(writeTar(tar, entries));

        const auto result = LayoutArchive::extract(tar, dest);
        QVERIFY2(!result.ok(), "a hostile archive was accepted");
        QCOMPARE(result.error().kind, Error::Kind::Unsafe);
        QVERIFY2(result.error().message.contains(QString::fromUtf8(name)),
                 qPrintable(result.error().message));
        QCOMPARE(
            QDir(base).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            (QStringList{QStringLiteral("dest"), QStringLiteral("evil.tar"), QStringLiteral("outside")}));
        QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("secret")});
        QCOMPARE(readAll(outside + QStringLiteral("/secret")), QByteArray("secret"));
        QVERIFY(!QFile::exists(QStringLiteral("/etc/lading-tst-layoutstore-x")));
        QVERIFY(!QFile::exists(QStringLiteral("/etc/lading-tst-x")));
        QDirIterator it(dest, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY2(!QFileInfo(it.next()).isSymLink(), qPrintable(it.filePath()));
    }

    void archiveStoreLoadsAndSavesAtomically()
    {
        const QString folder = newDir();
        QVERIFY(QDir().mkpath(folder));
        const QString tar = folder + QStringLiteral("/image.tar");
        QCOMPARE(ArchiveStore::open(tar, false).error().kind, Error::Kind::NotFound);

        Descriptor pushed;
        {
            auto archive = ArchiveStore::open(tar, true);
            QVERIFY2(archive.ok(), qPrintable(archive.error().message));
            QCOMPARE((*archive)->displayName(), QStringLiteral("oci-archive:") + tar);
            pushed = pushImage((*archive)->layout(), QStringLiteral("v1"), "archived", m_tmp.path()).manifest;
            QVERIFY(pushed.isValid());
            QVERIFY(!QFile::exists(tar)); // nothing on disk until save()
            QVERIFY((*archive)->save().ok());
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("image.tar")});

        QString tempLayout;
        {
            auto archive = ArchiveStore::open(tar, false);
            QVERIFY2(archive.ok(), qPrintable(archive.error().message));
            tempLayout = (*archive)->layout().path();
            QCOMPARE((*archive)->tags().value(), QStringList{QStringLiteral("v1")});
            QCOMPARE((*archive)->resolve(QStringLiteral("v1"))->digest, pushed.digest);
            QVERIFY((*archive)->tag(pushed, QStringLiteral("v2")).ok());
            // Not saved: the tar keeps the old content.
        }
        QVERIFY(!QFile::exists(tempLayout)); // the temporary copy is gone with the store
        auto reread = ArchiveStore::open(tar, false);
        QVERIFY(reread.ok());
        QCOMPARE((*reread)->tags().value(), QStringList{QStringLiteral("v1")});
    }
};

QTEST_GUILESS_MAIN(TestLayoutStore)
#include "tst_layoutstore.moc"
