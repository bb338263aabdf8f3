#include "core/oci/descriptor.h"
#include "core/oci/digester.h"
#include "core/oci/mediatypes.h"
#include "core/store/archivestore.h"
#include "core/store/layoutarchive.h"
#include "core/store/layoutstore.h"
#include "tests/support/process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using lading::oci::Descriptor;
using lading::oci::Digest;
using lading::oci::Digester;
namespace MediaType = lading::oci::MediaType;
using lading::store::ArchiveStore;
using lading::store::LayoutArchive;
using lading::store::LayoutStore;
using lading::test::requireTool;
using lading::test::runProcess;

namespace {

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

} // namespace

// Interoperability of LayoutStore and LayoutArchive with the real peers: umoci builds and reads layouts,
// skopeo copies between layouts and oci-archive tars.
class TestLayoutPeers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_umoci;
    QString m_skopeo;
    QString m_tar;
    QString m_gzip;
    int m_images = 0;

    QString path(const QString& name) const { return m_tmp.filePath(name); }

    // skopeo without /etc/containers/policy.json: the tests trust their own layouts.
    lading::test::ProcessResult skopeo(const QStringList& arguments)
    {
        return runProcess(m_skopeo, QStringList{QStringLiteral("--insecure-policy")} + arguments);
    }

    // Opens a layout, checks `tag` and verifies every blob of its manifest by streaming it out.
    static void verifyImage(LayoutStore& store, const QString& tag, const QString& scratch)
    {
        const auto manifest = store.fetchManifest(tag);
        QVERIFY2(manifest.ok(), qPrintable(manifest.error().message));
        QCOMPARE(readAll(store.blobPath(manifest->digest())), manifest->bytes());
        for (const Descriptor& blob : manifest->children()) {
            const QString out = scratch + QStringLiteral("/verify-") + blob.digest.encoded();
            const auto fetched = store.fetchBlobToFile(blob, out, nullptr);
            QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
            QFile::remove(out);
        }
    }

    struct BuiltImage
    {
        QByteArray manifestBytes;
        Descriptor manifest;
    };

    // An image written by LayoutStore alone: a plain tar layer and a gzip one, with the diff_ids umoci
    // checks.
    BuiltImage writeImage(LayoutStore& store, const QString& tag)
    {
        BuiltImage result;
        const QString src = path(QStringLiteral("src-%1").arg(++m_images));
        if (!QDir().mkpath(src + QStringLiteral("/one")) || !QDir().mkpath(src + QStringLiteral("/two")) ||
            !writeAll(src + QStringLiteral("/one/hello.txt"), "hello from lading\n") ||
            !writeAll(src + QStringLiteral("/two/second.txt"), "second layer\n"))
            return result;
        const QString layer1 = src + QStringLiteral("/layer1.tar");
        const QString layer2 = src + QStringLiteral("/layer2.tar");
        auto run = runProcess(m_tar, {QStringLiteral("-C"), src + QStringLiteral("/one"),
                                      QStringLiteral("-cf"), layer1, QStringLiteral("hello.txt")});
        if (!run.succeeded()) {
            qWarning("%s", qPrintable(run.describe()));
            return result;
        }
        run = runProcess(m_tar, {QStringLiteral("-C"), src + QStringLiteral("/two"), QStringLiteral("-cf"),
                                 layer2, QStringLiteral("second.txt")});
        if (!run.succeeded()) {
            qWarning("%s", qPrintable(run.describe()));
            return result;
        }
        const Digest diff2 = Digester::hashFile(layer2).value();
        run = runProcess(m_gzip, {QStringLiteral("-n"), layer2}); // layer2.tar -> layer2.tar.gz
        if (!run.succeeded()) {
            qWarning("%s", qPrintable(run.describe()));
            return result;
        }

        const auto describe = [](const QString& mediaType, const QString& file) {
            Descriptor d;
            d.mediaType = mediaType;
            qint64 size = 0;
            d.digest = Digester::hashFile(file, QStringLiteral("sha256"), &size).value();
            d.size = size;
            return d;
        };
        const Descriptor l1 = describe(QString(MediaType::OciLayerTar), layer1);
        const Descriptor l2 = describe(QString(MediaType::OciLayerTarGzip), layer2 + QStringLiteral(".gz"));

        QJsonObject rootfs;
        rootfs.insert(QStringLiteral("type"), QStringLiteral("layers"));
        rootfs.insert(QStringLiteral("diff_ids"), QJsonArray{l1.digest.toString(), diff2.toString()});
        QJsonObject runConfig;
        runConfig.insert(QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/bin/sh")});
        QJsonObject history1;
        history1.insert(QStringLiteral("created_by"), QStringLiteral("lading test layer 1"));
        QJsonObject history2;
        history2.insert(QStringLiteral("created_by"), QStringLiteral("lading test layer 2"));
        QJsonObject config;
        config.insert(QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00Z"));
        config.insert(QStringLiteral("architecture"), QStringLiteral("amd64"));
        config.insert(QStringLiteral("os"), QStringLiteral("linux"));
        config.insert(QStringLiteral("config"), runConfig);
        config.insert(QStringLiteral("rootfs"), rootfs);
        config.insert(QStringLiteral("history"), QJsonArray{history1, history2});
        const QByteArray configBytes = QJsonDocument(config).toJson(QJsonDocument::Compact);
        const Descriptor configDescriptor = Descriptor::forBytes(QString(MediaType::OciConfig), configBytes);

        if (!store.pushBlob(configDescriptor, configBytes).ok() ||
            !store.pushBlobFromFile(l1, layer1, nullptr).ok() ||
            !store.pushBlobFromFile(l2, layer2 + QStringLiteral(".gz"), nullptr).ok())
            return result;

        QJsonObject manifest;
        manifest.insert(QStringLiteral("schemaVersion"), 2);
        manifest.insert(QStringLiteral("mediaType"), QString(MediaType::OciManifest));
        manifest.insert(QStringLiteral("config"), configDescriptor.toJson());
        manifest.insert(QStringLiteral("layers"), QJsonArray{l1.toJson(), l2.toJson()});
        result.manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        auto pushed = store.pushManifest(result.manifestBytes, QString(MediaType::OciManifest), tag);
        if (!pushed) {
            qWarning("%s", qPrintable(pushed.error().message));
            return result;
        }
        result.manifest = pushed.value();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_umoci = requireTool(QStringLiteral("umoci"), QStringLiteral("umoci"));
        m_skopeo = requireTool(QStringLiteral("skopeo"), QStringLiteral("skopeo"));
        m_tar = requireTool(QStringLiteral("tar"), QStringLiteral("tar"));
        m_gzip = requireTool(QStringLiteral("gzip"), QStringLiteral("gzip"));
    }

    void readsALayoutBuiltByUmoci()
    {
        const QString layout = path(QStringLiteral("umoci-layout"));
        const QString file = path(QStringLiteral("umoci-file.txt"));
        QVERIFY(writeAll(file, "inserted by umoci\n"));
        const QList<QStringList> steps{
            {QStringLiteral("init"), QStringLiteral("--layout"), layout},
            {QStringLiteral("new"), QStringLiteral("--image"), layout + QStringLiteral(":t")},
            {QStringLiteral("insert"), QStringLiteral("--rootless"), QStringLiteral("--image"),
             layout + QStringLiteral(":t"), file, QStringLiteral("/hello.txt")},
            {QStringLiteral("config"), QStringLiteral("--image"), layout + QStringLiteral(":t"),
             QStringLiteral("--config.cmd"), QStringLiteral("/bin/true")},
            {QStringLiteral("tag"), QStringLiteral("--image"), layout + QStringLiteral(":t"),
             QStringLiteral("t2")},
        };
        for (const QStringList& step : steps) {
            const auto run = runProcess(m_umoci, step);
            QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        }

        auto opened = LayoutStore::open(layout, false);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        LayoutStore& store = **opened;
        QCOMPARE(store.tags().value(), (QStringList{QStringLiteral("t"), QStringLiteral("t2")}));
        const auto resolved = store.resolve(QStringLiteral("t"));
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QCOMPARE(resolved->mediaType, QString(MediaType::OciManifest));
        QCOMPARE(store.resolve(QStringLiteral("t2"))->digest, resolved->digest);
        QCOMPARE(store.resolve(resolved->digest.toString())->digest, resolved->digest);
        const auto manifest = store.fetchManifest(QStringLiteral("t"));
        QVERIFY2(manifest.ok(), qPrintable(manifest.error().message));
        QCOMPARE(manifest->bytes(), readAll(store.blobPath(resolved->digest)));
        QCOMPARE(manifest->layers().size(), 1);
        verifyImage(store, QStringLiteral("t"), m_tmp.path());

        // umoci leaves the manifests it replaced behind; collecting them must not hurt what umoci reads.
        QVERIFY(store.garbageCollect().ok());
        const auto stat = runProcess(m_umoci, {QStringLiteral("stat"), QStringLiteral("--image"),
                                               layout + QStringLiteral(":t"), QStringLiteral("--json")});
        QVERIFY2(stat.succeeded(), qPrintable(stat.describe()));
        const auto bundle = path(QStringLiteral("umoci-bundle"));
        const auto unpack =
            runProcess(m_umoci, {QStringLiteral("unpack"), QStringLiteral("--rootless"),
                                 QStringLiteral("--image"), layout + QStringLiteral(":t2"), bundle});
        QVERIFY2(unpack.succeeded(), qPrintable(unpack.describe()));
        QCOMPARE(readAll(bundle + QStringLiteral("/rootfs/hello.txt")), QByteArray("inserted by umoci\n"));
    }

    void peersReadALayoutWrittenByLading()
    {
        const QString layout = path(QStringLiteral("lading-layout"));
        auto opened = LayoutStore::open(layout, true);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        const BuiltImage image = writeImage(**opened, QStringLiteral("v1"));
        QVERIFY(image.manifest.isValid());
        QVERIFY((*opened)->tag(image.manifest, QStringLiteral("stable")).ok());

        const auto ls = runProcess(m_umoci, {QStringLiteral("ls"), QStringLiteral("--layout"), layout});
        QVERIFY2(ls.succeeded(), qPrintable(ls.describe()));
        QStringList listed =
            QString::fromUtf8(ls.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        listed.sort();
        QCOMPARE(listed, (QStringList{QStringLiteral("stable"), QStringLiteral("v1")}));

        const auto stat = runProcess(m_umoci, {QStringLiteral("stat"), QStringLiteral("--image"),
                                               layout + QStringLiteral(":v1"), QStringLiteral("--json")});
        QVERIFY2(stat.succeeded(), qPrintable(stat.describe()));
        const QJsonArray history =
            QJsonDocument::fromJson(stat.standardOutput).object().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("created_by")).toString(),
                 QStringLiteral("lading test layer 1"));

        const QString bundle = path(QStringLiteral("lading-bundle"));
        const auto unpack =
            runProcess(m_umoci, {QStringLiteral("unpack"), QStringLiteral("--rootless"),
                                 QStringLiteral("--image"), layout + QStringLiteral(":v1"), bundle});
        QVERIFY2(unpack.succeeded(), qPrintable(unpack.describe()));
        QCOMPARE(readAll(bundle + QStringLiteral("/rootfs/hello.txt")), QByteArray("hello from lading\n"));
        QCOMPARE(readAll(bundle + QStringLiteral("/rootfs/second.txt")), QByteArray("second layer\n"));

        const auto inspect = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
                                     QStringLiteral("oci:") + layout + QStringLiteral(":v1")});
        QVERIFY2(inspect.succeeded(), qPrintable(inspect.describe()));
        QCOMPARE(inspect.standardOutput, image.manifestBytes);

        const QString copy = path(QStringLiteral("skopeo-copy"));
        const auto copied = skopeo({QStringLiteral("copy"), QStringLiteral("--preserve-digests"),
                                    QStringLiteral("oci:") + layout + QStringLiteral(":v1"),
                                    QStringLiteral("oci:") + copy + QStringLiteral(":v1")});
        QVERIFY2(copied.succeeded(), qPrintable(copied.describe()));
        auto reread = LayoutStore::open(copy, false);
        QVERIFY2(reread.ok(), qPrintable(reread.error().message));
        QCOMPARE((*reread)->tags().value(), QStringList{QStringLiteral("v1")});
        QCOMPARE((*reread)->resolve(QStringLiteral("v1"))->digest, image.manifest.digest);
        verifyImage(**reread, QStringLiteral("v1"), m_tmp.path());

        // Writing into a layout skopeo made: skopeo still reads both tags afterwards.
        QVERIFY((*reread)->tag(image.manifest, QStringLiteral("again")).ok());
        const auto again = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
                                   QStringLiteral("oci:") + copy + QStringLiteral(":again")});
        QVERIFY2(again.succeeded(), qPrintable(again.describe()));
        QCOMPARE(again.standardOutput, image.manifestBytes);
    }

    void archivesTravelBothWays()
    {
        const QString layout = path(QStringLiteral("archive-source"));
        auto opened = LayoutStore::open(layout, true);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        const BuiltImage image = writeImage(**opened, QStringLiteral("v1"));
        QVERIFY(image.manifest.isValid());

        // Our tar, read by skopeo.
        const QString ours = path(QStringLiteral("ours.tar"));
        const auto created = LayoutArchive::create(layout, ours);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QString fromOurs = path(QStringLiteral("from-ours"));
        const auto copied = skopeo({QStringLiteral("copy"), QStringLiteral("--preserve-digests"),
                                    QStringLiteral("oci-archive:") + ours + QStringLiteral(":v1"),
                                    QStringLiteral("oci:") + fromOurs + QStringLiteral(":v1")});
        QVERIFY2(copied.succeeded(), qPrintable(copied.describe()));
        auto l3 = LayoutStore::open(fromOurs, false);
        QVERIFY2(l3.ok(), qPrintable(l3.error().message));
        QCOMPARE((*l3)->resolve(QStringLiteral("v1"))->digest, image.manifest.digest);
        verifyImage(**l3, QStringLiteral("v1"), m_tmp.path());

        // skopeo's tar, read by us.
        const QString theirs = path(QStringLiteral("theirs.tar"));
        const auto exported = skopeo({QStringLiteral("copy"), QStringLiteral("--preserve-digests"),
                                      QStringLiteral("oci:") + layout + QStringLiteral(":v1"),
                                      QStringLiteral("oci-archive:") + theirs + QStringLiteral(":v1")});
        QVERIFY2(exported.succeeded(), qPrintable(exported.describe()));
        const QString unpacked = path(QStringLiteral("theirs-unpacked"));
        const auto extracted = LayoutArchive::extract(theirs, unpacked);
        QVERIFY2(extracted.ok(), qPrintable(extracted.error().message));
        auto fromTheirs = LayoutStore::open(unpacked, false);
        QVERIFY2(fromTheirs.ok(), qPrintable(fromTheirs.error().message));
        QCOMPARE((*fromTheirs)->tags().value(), QStringList{QStringLiteral("v1")});
        QCOMPARE((*fromTheirs)->resolve(QStringLiteral("v1"))->digest, image.manifest.digest);
        verifyImage(**fromTheirs, QStringLiteral("v1"), m_tmp.path());

        // The oci-archive: store round trip: add a tag to skopeo's tar, save, and skopeo reads the new tag.
        {
            auto archive = ArchiveStore::open(theirs, false);
            QVERIFY2(archive.ok(), qPrintable(archive.error().message));
            QVERIFY((*archive)->tag(image.manifest, QStringLiteral("saved")).ok());
            const auto saved = (*archive)->save();
            QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        }
        const auto inspect = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
                                     QStringLiteral("oci-archive:") + theirs + QStringLiteral(":saved")});
        QVERIFY2(inspect.succeeded(), qPrintable(inspect.describe()));
        QCOMPARE(inspect.standardOutput, image.manifestBytes);
    }
};

QTEST_GUILESS_MAIN(TestLayoutPeers)
#include "tst_layoutpeers.moc"
