// TransferControl's per-blob progress: totals as before, bytes attributed to digests from many threads,
// and every core transfer path (registry fetch and push, layout, GraphCopier, ArtifactPacker) reporting
// by digest, including a download resumed after a dropped connection.
#include "core/oci/digest.h"
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "core/store/layoutstore.h"
#include "core/store/transfercontrol.h"
#include "core/transfer/artifactpacker.h"
#include "core/transfer/graphcopier.h"
#include "tests/support/testfiles.h"
#include "tests/support/testregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using lading::Result;
using lading::auth::Credential;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RemoteRepository;
using lading::store::BlobProgress;
using lading::store::LayoutStore;
using lading::store::TransferControl;
using lading::test::Fault;
using lading::test::TestRegistry;
using lading::test::writeFile;
using lading::transfer::ArtifactPacker;
using lading::transfer::GraphCopier;
using lading::transfer::PackRequest;
namespace oci = lading::oci;

namespace {

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

// Every blob complete: done == size, and the total is the sum.
void checkComplete(const TransferControl& control, const QList<oci::Descriptor>& blobs)
{
    const QList<BlobProgress> progress = control.blobProgress();
    for (const oci::Descriptor& blob : blobs) {
        const auto it = std::find_if(progress.cbegin(), progress.cend(),
                                     [&](const BlobProgress& p) { return p.blob == blob.digest.toString(); });
        QVERIFY2(it != progress.cend(), qPrintable(blob.digest.toString()));
        QCOMPARE(it->size, blob.size);
        QCOMPARE(it->done, blob.size);
    }
}

} // namespace

class TestTransferControl final : public QObject
{
    Q_OBJECT

    TestRegistry m_registry;

    std::shared_ptr<RegistryClient> client()
    {
        RegistryOptions options;
        options.maxRetries = 3;
        options.maxRetryDelayMs = 200;
        return std::make_shared<RegistryClient>(
            m_registry.host(), options, [](const QString&) -> Result<Credential> { return Credential(); });
    }

private slots:
    void initTestCase() { QVERIFY2(m_registry.isListening(), qPrintable(m_registry.errorString())); }
    void init() { m_registry.reset(); }

    void oneArgumentFormCountsOnlyTheTotal()
    {
        TransferControl control;
        qint64 seen = 0;
        control.setOnBytes([&](qint64 delta) { seen += delta; });
        control.addBytes(10);
        QCOMPARE(control.bytes(), 10);
        QCOMPARE(seen, 10);
        QVERIFY(control.blobProgress().isEmpty());
    }

    void blobsInFirstSeenOrderWithSizes()
    {
        TransferControl control;
        control.setBlobSize(QStringLiteral("sha256:b"), 100);
        control.addBytes(5, QStringLiteral("sha256:a"));
        control.addBytes(7, QStringLiteral("sha256:b"));
        control.addBytes(3, QStringLiteral("sha256:a"));
        control.setBlobSize(QStringLiteral("sha256:a"), 8);
        const QList<BlobProgress> progress = control.blobProgress();
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress[0].blob, QStringLiteral("sha256:b"));
        QCOMPARE(progress[0].done, 7);
        QCOMPARE(progress[0].size, 100);
        QCOMPARE(progress[1].blob, QStringLiteral("sha256:a"));
        QCOMPARE(progress[1].done, 8);
        QCOMPARE(progress[1].size, 8);
        QCOMPARE(control.bytes(), 15);
    }

    void threadSafeSnapshots()
    {
        TransferControl control;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&control, t] {
                for (int i = 0; i < 5000; ++i)
                    control.addBytes(1, QStringLiteral("sha256:%1").arg(i % 8 + t * 8));
            });
        }
        for (int i = 0; i < 200; ++i)
            (void)control.blobProgress(); // readers while writing
        for (auto& thread : threads)
            thread.join();
        const QList<BlobProgress> progress = control.blobProgress();
        QCOMPARE(progress.size(), 32);
        qint64 sum = 0;
        for (const auto& p : progress)
            sum += p.done;
        QCOMPARE(sum, 20000);
        QCOMPARE(control.bytes(), 20000);
    }

    void registryPushAndResumedFetchReportByDigest()
    {
        RemoteRepository repo(client(), QStringLiteral("team/blobs"));
        QTemporaryDir dir;
        const QByteArray bytes = noise(300 * 1024, 7);
        const QString source = dir.filePath(QStringLiteral("blob"));
        QVERIFY(writeFile(source, bytes));
        const oci::Descriptor blob = oci::Descriptor::forBytes(QString(oci::MediaType::OciLayerTar), bytes);
        TransferControl push;
        QVERIFY(repo.pushBlobFromFile(blob, source, &push).ok());
        checkComplete(push, {blob});
        QCOMPARE(push.bytes(), blob.size);

        // The first download breaks after 100 KiB; the retry resumes and the blob still counts once.
        m_registry.addFault(Fault::dropAfter(100 * 1024, QStringLiteral("/blobs/"), 1));
        TransferControl fetch;
        const QString target = dir.filePath(QStringLiteral("fetched"));
        const auto fetched = repo.fetchBlobToFile(blob, target, &fetch);
        QVERIFY2(fetched.ok(), qPrintable(fetched.error().toString()));
        checkComplete(fetch, {blob});
        QCOMPARE(fetch.bytes(), blob.size);
        QFile out(target);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), bytes);
    }

    void packerAndCopierReportEveryBlob()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.bin"));
        const QString b = dir.filePath(QStringLiteral("b.bin"));
        QVERIFY(writeFile(a, noise(64 * 1024, 1)));
        QVERIFY(writeFile(b, noise(32 * 1024, 2)));
        PackRequest request;
        request.paths = {a, b};
        request.workDir = dir.path();
        auto packed = ArtifactPacker::pack(request);
        QVERIFY(packed.ok());
        auto layout = LayoutStore::open(dir.filePath(QStringLiteral("layout")), true);
        QVERIFY(layout.ok());
        TransferControl push;
        auto pushed = ArtifactPacker::push(packed.value(), *layout.value(), QStringLiteral("v1"), &push);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().toString()));
        QList<oci::Descriptor> blobs;
        for (const auto& source : packed->blobs)
            blobs.append(source.descriptor);
        QCOMPARE(push.blobProgress().size(), blobs.size()); // the config too, held in memory
        checkComplete(push, blobs);

        RemoteRepository repo(client(), QStringLiteral("team/copy"));
        TransferControl copy;
        GraphCopier copier(*layout.value(), repo, {}, &copy);
        auto copied = copier.copy(QStringLiteral("v1"), QStringLiteral("v1"));
        QVERIFY2(copied.ok(), qPrintable(copied.error().toString()));
        checkComplete(copy, blobs);
        QCOMPARE(copy.bytes(), copied->bytesCopied);
    }
};

QTEST_GUILESS_MAIN(TestTransferControl)
#include "tst_transfercontrol.moc"
