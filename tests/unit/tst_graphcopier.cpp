// GraphCopier between TestRegistry repositories, an OCI layout and a MemoryStore: a multi-platform index
// with referrers (API, fallback tag and cosign tag), mounts within one registry, a spool file between two,
// skipping what exists, bounded concurrency, and failures that leave nothing half-copied.
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "core/store/layoutstore.h"
#include "core/transfer/graphcopier.h"
#include "tests/support/memorystore.h"
#include "tests/support/testmanifests.h"
#include "tests/support/testregistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

using lading::Error;
using lading::Result;
using lading::Status;
using lading::auth::Credential;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RemoteRepository;
using lading::store::LayoutStore;
using lading::store::Referrer;
using lading::store::ReferrerSource;
using lading::store::Store;
using lading::store::TransferControl;
using lading::test::Fault;
using lading::test::MemoryStore;
using lading::test::TestRegistry;
using lading::transfer::CopyOptions;
using lading::transfer::GraphCopier;
namespace oci = lading::oci;
namespace MediaType = lading::oci::MediaType;

using lading::test::descriptorJson;
using lading::test::imageManifest;

namespace {

RegistryOptions fastOptions()
{
    RegistryOptions options;
    options.maxRetries = 2;
    options.maxRetryDelayMs = 1000;
    return options;
}

std::shared_ptr<RegistryClient> clientFor(const TestRegistry& registry)
{
    return std::make_shared<RegistryClient>(
        registry.host(), fastOptions(), [](const QString&) -> Result<Credential> { return Credential(); });
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x & 0xff);
    }
    return bytes;
}

// What the source holds, for assertions on the destination.
struct Graph
{
    oci::Descriptor index;
    QList<oci::Descriptor> images;        // the index's children
    QList<QByteArray> blobs;              // every unique blob (configs, layers, the referrers' blobs)
    QList<oci::Descriptor> referrers;     // every referrer manifest
    oci::Descriptor cosignSignature;      // only with withCosign
    QHash<QString, QByteArray> manifests; // digest → exact bytes, for every manifest
};

// A two-platform index whose images share one layer, an SBOM referrer on the index and a signature
// referrer on one image, stored through the test registry's seeding (no client code involved).
Graph seedGraph(TestRegistry& registry, const QString& repository, qsizetype layerSize,
                bool withCosign = false)
{
    Graph g;
    auto blob = [&](const QByteArray& bytes, const QString& mediaType) {
        registry.putBlob(repository, bytes);
        if (!g.blobs.contains(bytes))
            g.blobs.append(bytes);
        return oci::Descriptor::forBytes(mediaType, bytes);
    };
    auto manifest = [&](const QByteArray& bytes, const QString& mediaType, const QString& tag) {
        registry.putManifest(repository, tag, bytes, mediaType);
        g.manifests.insert(oci::Digest::sha256Of(bytes).toString(), bytes);
        return oci::Descriptor::forBytes(mediaType, bytes);
    };
    const oci::Descriptor shared = blob(noise(layerSize, 100), QString(MediaType::OciLayerTarGzip));
    QStringList entries;
    const QStringList architectures{QStringLiteral("amd64"), QStringLiteral("arm64")};
    for (int i = 0; i < architectures.size(); ++i) {
        const oci::Descriptor config =
            blob(QStringLiteral("{\"architecture\":\"%1\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\","
                                "\"diff_ids\":[]}}")
                     .arg(architectures[i])
                     .toUtf8(),
                 QString(MediaType::OciConfig));
        const oci::Descriptor own =
            blob(noise(layerSize / 2 + i, 200 + i), QString(MediaType::OciLayerTarGzip));
        oci::Descriptor image =
            manifest(imageManifest(config, {shared, own}), QString(MediaType::OciManifest), QString());
        g.images.append(image);
        entries.append(descriptorJson(image).chopped(1) +
                       QStringLiteral(",\"platform\":{\"architecture\":\"%1\",\"os\":\"linux\"}}")
                           .arg(architectures[i]));
    }
    const QByteArray index = QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"manifests\":[%2]}")
                                 .arg(QString(MediaType::OciIndex), entries.join(QLatin1Char(',')))
                                 .toUtf8();
    g.index = manifest(index, QString(MediaType::OciIndex), QStringLiteral("v1"));

    const oci::Descriptor empty = blob(oci::Descriptor::emptyBytes(), QString(MediaType::Empty));
    const oci::Descriptor sbomLayer = blob(noise(3000, 300), QString(MediaType::SpdxJson));
    const QString subjectOfIndex = QStringLiteral("\"subject\":%1,").arg(descriptorJson(g.index));
    g.referrers.append(manifest(
        imageManifest(empty, {sbomLayer},
                      QStringLiteral("\"artifactType\":\"application/spdx+json\",") + subjectOfIndex),
        QString(MediaType::OciManifest), QString()));
    const oci::Descriptor sigLayer =
        blob(noise(500, 400), QStringLiteral("application/vnd.example.signature"));
    const QString subjectOfImage = QStringLiteral("\"subject\":%1,").arg(descriptorJson(g.images.first()));
    g.referrers.append(
        manifest(imageManifest(empty, {sigLayer},
                               QStringLiteral("\"artifactType\":\"application/vnd.example.signature\",") +
                                   subjectOfImage),
                 QString(MediaType::OciManifest), QString()));
    if (withCosign) {
        const oci::Descriptor payload =
            blob(QByteArray("{\"critical\":{\"type\":\"cosign container image signature\"}}"),
                 QString(MediaType::CosignSimpleSigning));
        const oci::Descriptor config = blob(QByteArray("{\"cosign\":1}"), QString(MediaType::OciConfig));
        g.cosignSignature = manifest(imageManifest(config, {payload}), QString(MediaType::OciManifest),
                                     g.index.digest.referrersTag() + QStringLiteral(".sig"));
    }
    return g;
}

// Every manifest and blob of the graph is in `store`, byte for byte.
void verifyCopied(Store& store, const Graph& g)
{
    for (auto it = g.manifests.constBegin(); it != g.manifests.constEnd(); ++it) {
        auto m = store.fetchManifest(it.key());
        QVERIFY2(m.ok(), qPrintable(it.key() + QStringLiteral(": ") + m.error().message));
        QCOMPARE(m->bytes(), it.value());
    }
    for (const QByteArray& bytes : g.blobs) {
        const auto d = oci::Descriptor::forBytes(QStringLiteral("application/octet-stream"), bytes);
        auto fetched = store.fetchBlob(d, 8 << 20);
        QVERIFY2(fetched.ok(),
                 qPrintable(d.digest.toString() + QStringLiteral(": ") + fetched.error().message));
        QCOMPARE(fetched.value(), bytes);
    }
    auto root = store.resolve(QStringLiteral("v1"));
    QVERIFY2(root.ok(), qPrintable(root.error().message));
    QCOMPARE(root->digest, g.index.digest);
}

// Forwards to another store and records how many blob operations ran at once.
class CountingStore final : public Store
{
public:
    explicit CountingStore(Store& inner)
        : m_inner(inner)
    {}

    int maxInFlight() const { return m_max.load(); }
    int blobPushes() const { return m_pushes.load(); }

    QString displayName() const override { return m_inner.displayName(); }
    Result<oci::Descriptor> resolve(const QString& r) override { return m_inner.resolve(r); }
    Result<oci::Manifest> fetchManifest(const QString& r) override { return m_inner.fetchManifest(r); }
    Result<QByteArray> fetchBlob(const oci::Descriptor& b, qint64 max) override
    {
        return m_inner.fetchBlob(b, max);
    }
    Status fetchBlobToFile(const oci::Descriptor& b, const QString& p, TransferControl* c) override
    {
        return m_inner.fetchBlobToFile(b, p, c);
    }
    Result<bool> exists(const oci::Descriptor& d) override
    {
        Busy busy(*this);
        return m_inner.exists(d);
    }
    Status pushBlobFromFile(const oci::Descriptor& b, const QString& p, TransferControl* c) override
    {
        Busy busy(*this);
        ++m_pushes;
        return m_inner.pushBlobFromFile(b, p, c);
    }
    Status pushBlob(const oci::Descriptor& b, const QByteArray& bytes) override
    {
        Busy busy(*this);
        ++m_pushes;
        return m_inner.pushBlob(b, bytes);
    }
    Result<oci::Descriptor> pushManifest(const QByteArray& b, const QString& t, const QString& tag) override
    {
        return m_inner.pushManifest(b, t, tag);
    }
    Status tag(const oci::Descriptor& m, const QString& t) override { return m_inner.tag(m, t); }
    Status deleteManifest(const oci::Descriptor& m) override { return m_inner.deleteManifest(m); }
    Result<QStringList> tags() override { return m_inner.tags(); }
    Result<QList<Referrer>> referrers(const oci::Digest& s, const QString& t) override
    {
        return m_inner.referrers(s, t);
    }

private:
    // Held for the length of a blob operation; the pause makes overlapping workers overlap for sure.
    struct Busy
    {
        explicit Busy(CountingStore& s)
            : store(s)
        {
            const int now = ++store.m_inFlight;
            int seen = store.m_max.load();
            while (now > seen && !store.m_max.compare_exchange_weak(seen, now)) {
            }
            QThread::msleep(30);
        }
        ~Busy() { --store.m_inFlight; }
        CountingStore& store;
    };

    Store& m_inner;
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_max{0};
    std::atomic<int> m_pushes{0};
};

} // namespace

class TestGraphCopier final : public QObject
{
    Q_OBJECT

private:
    TestRegistry m_source;
    TestRegistry m_destination;

private slots:
    void initTestCase()
    {
        for (const TestRegistry* r : {&m_source, &m_destination})
            QVERIFY2(
                r->isListening(),
                qPrintable(QStringLiteral("The test registry could not listen: %1").arg(r->errorString())));
    }

    void init()
    {
        m_source.reset();
        m_destination.reset();
    }

    void mountsWithinOneRegistry()
    {
        const Graph g = seedGraph(m_source, QStringLiteral("src"), 2000);
        auto client = clientFor(m_source);
        RemoteRepository source(client, QStringLiteral("src"));
        RemoteRepository destination(client, QStringLiteral("dst"));
        CopyOptions options;
        options.includeReferrers = true;
        GraphCopier copier(source, destination, options);
        auto copied = copier.copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        QCOMPARE(copied->blobsMounted, int(g.blobs.size()));
        QCOMPARE(copied->blobsCopied, 0);
        QCOMPARE(copied->manifestsCopied, 1 + 2 + 2);
        verifyCopied(destination, g);
        QCOMPARE(m_source.requestCount("PUT", QStringLiteral("^/v2/dst/blobs/uploads/")), 0);
        QCOMPARE(m_source.requestCount("PATCH", QStringLiteral(".")), 0);
        auto referrers = destination.referrers(g.index.digest);
        QVERIFY2(referrers.ok(), qPrintable(referrers.error().message));
        QCOMPARE(referrers->size(), 1);
        QCOMPARE(referrers->at(0).descriptor.artifactType, QStringLiteral("application/spdx+json"));
    }

    void copiesRegistryToLayoutAndOnToAnotherRegistry()
    {
        const Graph g = seedGraph(m_source, QStringLiteral("src"), 200 * 1024);
        QTemporaryDir dir;
        auto layout = LayoutStore::open(dir.filePath(QStringLiteral("layout")), true);
        QVERIFY2(layout.ok(), qPrintable(layout.error().message));
        RemoteRepository source(clientFor(m_source), QStringLiteral("src"));
        CopyOptions options;
        options.includeReferrers = true;
        TransferControl control;
        auto copied =
            GraphCopier(source, **layout, options, &control).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        QCOMPARE(copied->blobsCopied, int(g.blobs.size()));
        verifyCopied(**layout, g);
        qint64 total = 0;
        for (const QByteArray& b : g.blobs)
            total += b.size();
        QCOMPARE(copied->bytesCopied, total);
        QCOMPARE(control.bytes(), total);
        // Nothing half-written is left in the layout.
        QDirIterator parts((*layout)->path(), {QStringLiteral("*.part")}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY(!parts.hasNext());
        auto layoutReferrers = (*layout)->referrers(g.images.first().digest);
        QVERIFY(layoutReferrers.ok());
        QCOMPARE(layoutReferrers->size(), 1);

        RemoteRepository destination(clientFor(m_destination), QStringLiteral("copy/of/app"));
        auto onward =
            GraphCopier(**layout, destination, options).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(onward.ok(), qPrintable(onward.error().message));
        verifyCopied(destination, g);
        auto referrers = destination.referrers(g.images.first().digest);
        QVERIFY(referrers.ok());
        QCOMPARE(referrers->size(), 1);
    }

    void copiesBetweenRegistriesThroughASpoolFile()
    {
        // Layers over 1 MiB go through a spool file (smaller ones through memory).
        const Graph g = seedGraph(m_source, QStringLiteral("src"), 3 * 1024 * 1024);
        QTemporaryDir spool;
        RemoteRepository source(clientFor(m_source), QStringLiteral("src"));
        RemoteRepository destination(clientFor(m_destination), QStringLiteral("dst"));
        CopyOptions options;
        options.includeReferrers = true;
        options.spoolDir = spool.path();
        auto copied =
            GraphCopier(source, destination, options).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        QCOMPARE(copied->blobsCopied, int(g.blobs.size()));
        QCOMPARE(copied->blobsMounted, 0);
        verifyCopied(destination, g);
        QVERIFY2(QDir(spool.path()).isEmpty(), "spool files were left behind");
    }

    void secondCopySkipsExistingBlobs()
    {
        const Graph g = seedGraph(m_source, QStringLiteral("src"), 5000);
        RemoteRepository source(clientFor(m_source), QStringLiteral("src"));
        RemoteRepository destination(clientFor(m_destination), QStringLiteral("dst"));
        CopyOptions options;
        options.includeReferrers = true;
        auto first =
            GraphCopier(source, destination, options).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->blobsCopied, int(g.blobs.size()));
        m_destination.clearRequests();
        m_source.clearRequests();
        auto second =
            GraphCopier(source, destination, options).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second->blobsSkipped, int(g.blobs.size()));
        QCOMPARE(second->blobsCopied, 0);
        QCOMPARE(m_destination.requestCount("POST", QStringLiteral("/blobs/uploads/")), 0);
        QCOMPARE(m_source.requestCount("GET", QStringLiteral("/blobs/")), 0);
        verifyCopied(destination, g);
    }

    void concurrencyIsBounded_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("four") << 4;
    }
    void concurrencyIsBounded()
    {
        QFETCH(int, concurrency);
        const Graph g = seedGraph(m_source, QStringLiteral("src"), 4000);
        RemoteRepository source(clientFor(m_source), QStringLiteral("src"));
        MemoryStore memory;
        CountingStore destination(memory);
        CopyOptions options;
        options.includeReferrers = true;
        options.concurrency = concurrency;
        auto copied =
            GraphCopier(source, destination, options).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        QCOMPARE(destination.blobPushes(), int(g.blobs.size()));
        QVERIFY2(destination.maxInFlight() <= concurrency,
                 qPrintable(QString::number(destination.maxInFlight())));
        if (concurrency > 1)
            QVERIFY2(destination.maxInFlight() > 1, "the copy never ran blobs in parallel");
        verifyCopied(memory, g);
        auto referrers = memory.referrers(g.index.digest);
        QVERIFY(referrers.ok());
        QCOMPARE(referrers->size(), 1);
    }

    void cosignAndFallbackReferrersKeepTheirTags()
    {
        m_source.setReferrersApiEnabled(false);
        m_destination.setReferrersApiEnabled(false);
        Graph g = seedGraph(m_source, QStringLiteral("src"), 3000, true);
        RemoteRepository source(clientFor(m_source), QStringLiteral("src"));
        // The source has no API: write its fallback index through the client, as a push would.
        for (const oci::Descriptor& r : g.referrers) {
            auto again = source.pushManifest(g.manifests.value(r.digest.toString()), r.mediaType, {});
            QVERIFY2(again.ok(), qPrintable(again.error().message));
        }
        auto before = source.referrers(g.index.digest);
        QVERIFY2(before.ok(), qPrintable(before.error().message));
        QCOMPARE(before->size(), 2); // the SBOM (fallback tag) and the cosign signature (.sig tag)

        RemoteRepository destination(clientFor(m_destination), QStringLiteral("dst"));
        CopyOptions options;
        options.includeReferrers = true;
        auto copied =
            GraphCopier(source, destination, options).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        g.manifests.insert(g.cosignSignature.digest.toString(),
                           m_source.manifest(QStringLiteral("src"), g.cosignSignature.digest.toString()));
        verifyCopied(destination, g);
        const QString sigTag = g.index.digest.referrersTag() + QStringLiteral(".sig");
        QVERIFY2(m_destination.tags(QStringLiteral("dst")).contains(sigTag), "the cosign tag was not copied");
        auto after = destination.referrers(g.index.digest);
        QVERIFY2(after.ok(), qPrintable(after.error().message));
        QCOMPARE(after->size(), 2);
        QStringList sources;
        for (const Referrer& r : after.value())
            sources.append(r.source == ReferrerSource::CosignTag ? QStringLiteral("cosign")
                                                                 : QStringLiteral("tag"));
        sources.sort();
        QCOMPARE(sources, (QStringList{QStringLiteral("cosign"), QStringLiteral("tag")}));
    }

    void corruptSourceBlobStopsTheCopyCleanly()
    {
        const Graph g = seedGraph(m_source, QStringLiteral("src"), 100 * 1024);
        m_source.addFault(Fault::wrongBytes(QStringLiteral("/blobs/sha256:"), -1));
        QTemporaryDir dir;
        auto layout = LayoutStore::open(dir.filePath(QStringLiteral("layout")), true);
        QVERIFY(layout.ok());
        RemoteRepository source(clientFor(m_source), QStringLiteral("src"));
        CopyOptions options;
        options.concurrency = 2;
        auto copied = GraphCopier(source, **layout, options).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY(!copied.ok());
        QCOMPARE(copied.error().kind, Error::Kind::Integrity);
        // The destination names nothing it lacks, and holds no corrupt or partial file.
        auto tags = (*layout)->tags();
        QVERIFY(tags.ok());
        QVERIFY(tags->isEmpty());
        QDirIterator files((*layout)->path() + QStringLiteral("/blobs"), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!path.endsWith(QLatin1String(".part")), qPrintable(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QStringLiteral("sha256:") + QFileInfo(path).fileName(),
                     oci::Digest::sha256Of(file.readAll()).toString());
        }
    }

    void cancelledCopyStops()
    {
        seedGraph(m_source, QStringLiteral("src"), 1000);
        RemoteRepository source(clientFor(m_source), QStringLiteral("src"));
        MemoryStore destination;
        TransferControl control;
        control.cancel();
        auto copied =
            GraphCopier(source, destination, {}, &control).copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY(!copied.ok());
        QCOMPARE(copied.error().kind, Error::Kind::Cancelled);
        QCOMPARE(destination.manifestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphCopier)
#include "tst_graphcopier.moc"
