// ManifestTreeModel under QAbstractItemModelTester while child manifests load lazily from Debian's real
// registry: a multi-platform index (two images and a BuildKit-style attestation entry) and a referrer with
// a subject, seeded over HTTP by the fixture; failures show an error row that retries; a new root drops
// replies still in flight for the old one.
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "tests/support/registryfixture.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/manifesttreemodel.h"
#include "ui/util/async.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using lading::Error;
using lading::Result;
using lading::oci::Descriptor;
using lading::oci::Digest;
using lading::oci::Manifest;
using lading::test::RegistryFixture;
using lading::ui::AppContext;
using lading::ui::ManifestTreeModel;
namespace ItemRole = lading::ui::ItemRole;
namespace MediaType = lading::oci::MediaType;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kRepository = QStringLiteral("tree/app");

QJsonObject descriptorJson(const QString& mediaType, const Digest& digest, qint64 size,
                           const QJsonObject& extra = {})
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("mediaType"), mediaType);
    object.insert(QStringLiteral("digest"), digest.toString());
    object.insert(QStringLiteral("size"), size);
    return object;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Pushes one image (config + one titled layer) by digest and returns its index entry.
Result<QJsonObject> seedImage(RegistryFixture& registry, const QString& os, const QString& arch)
{
    const QByteArray config =
        compact({{QStringLiteral("architecture"), arch},
                 {QStringLiteral("os"), os},
                 {QStringLiteral("config"),
                  QJsonObject{{QStringLiteral("Env"), QJsonArray{QStringLiteral("PATH=/bin")}}}},
                 {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                                        {QStringLiteral("diff_ids"), QJsonArray{}}}}});
    const QByteArray layer = QByteArrayLiteral("layer of ") + arch.toUtf8();
    auto configDigest = registry.seedBlob(kRepository, config);
    if (!configDigest)
        return configDigest.error();
    auto layerDigest = registry.seedBlob(kRepository, layer);
    if (!layerDigest)
        return layerDigest.error();
    const QByteArray manifest = compact(
        {{QStringLiteral("schemaVersion"), 2},
         {QStringLiteral("mediaType"), QString(MediaType::OciManifest)},
         {QStringLiteral("config"),
          descriptorJson(QString(MediaType::OciConfig), configDigest.value(), config.size())},
         {QStringLiteral("layers"),
          QJsonArray{descriptorJson(QString(MediaType::OciLayerTarGzip), layerDigest.value(), layer.size(),
                                    {{QStringLiteral("annotations"),
                                      QJsonObject{{QStringLiteral("org.opencontainers.image.title"),
                                                   QStringLiteral("rootfs-%1.tar.gz").arg(arch)}}}})}}});
    auto digest = registry.seedManifest(kRepository, Digest::sha256Of(manifest).toString(), manifest,
                                        QString(MediaType::OciManifest));
    if (!digest)
        return digest.error();
    return descriptorJson(
        QString(MediaType::OciManifest), digest.value(), manifest.size(),
        {{QStringLiteral("platform"),
          QJsonObject{{QStringLiteral("os"), os}, {QStringLiteral("architecture"), arch}}}});
}

} // namespace

class TestManifestTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));

        auto amd64 = seedImage(*m_registry, QStringLiteral("linux"), QStringLiteral("amd64"));
        QVERIFY2(amd64, qPrintable(amd64.error().message));
        auto arm64 = seedImage(*m_registry, QStringLiteral("linux"), QStringLiteral("arm64"));
        QVERIFY2(arm64, qPrintable(arm64.error().message));
        auto attestation = seedImage(*m_registry, QStringLiteral("unknown"), QStringLiteral("unknown"));
        QVERIFY2(attestation, qPrintable(attestation.error().message));
        QJsonObject attestationEntry = attestation.value();
        attestationEntry.insert(
            QStringLiteral("annotations"),
            QJsonObject{{QStringLiteral("vnd.docker.reference.type"), QStringLiteral("attestation-manifest")},
                        {QStringLiteral("vnd.docker.reference.digest"),
                         amd64->value(QStringLiteral("digest")).toString()}});
        m_amd64Digest = amd64->value(QStringLiteral("digest")).toString();

        m_indexBytes = compact(
            {{QStringLiteral("schemaVersion"), 2},
             {QStringLiteral("mediaType"), QString(MediaType::OciIndex)},
             {QStringLiteral("manifests"), QJsonArray{amd64.value(), arm64.value(), attestationEntry}}});
        auto index = m_registry->seedManifest(kRepository, QStringLiteral("1.0"), m_indexBytes,
                                              QString(MediaType::OciIndex));
        QVERIFY2(index, qPrintable(index.error().message));

        // A referrer of the index: an SBOM artifact whose subject is the index.
        const QByteArray sbom = QByteArrayLiteral(R"({"spdxVersion":"SPDX-2.3"})");
        auto sbomDigest = m_registry->seedBlob(kRepository, sbom);
        QVERIFY2(sbomDigest, qPrintable(sbomDigest.error().message));
        auto empty = m_registry->seedBlob(kRepository, Descriptor::emptyBytes());
        QVERIFY2(empty, qPrintable(empty.error().message));
        m_referrerBytes = compact(
            {{QStringLiteral("schemaVersion"), 2},
             {QStringLiteral("mediaType"), QString(MediaType::OciManifest)},
             {QStringLiteral("artifactType"), QString(MediaType::SpdxJson)},
             {QStringLiteral("config"), descriptorJson(QString(MediaType::Empty), empty.value(), 2)},
             {QStringLiteral("layers"),
              QJsonArray{descriptorJson(QString(MediaType::SpdxJson), sbomDigest.value(), sbom.size())}},
             {QStringLiteral("subject"),
              descriptorJson(QString(MediaType::OciIndex), index.value(), m_indexBytes.size())}});
        auto referrer = m_registry->seedManifest(kRepository, Digest::sha256Of(m_referrerBytes).toString(),
                                                 m_referrerBytes, QString(MediaType::OciManifest));
        QVERIFY2(referrer, qPrintable(referrer.error().message));

        auto location = lading::store::Location::parse(m_registry->host() + QLatin1Char('/') + kRepository);
        QVERIFY2(location, qPrintable(location.error().message));
        m_location = location.value();
        m_context = std::make_unique<AppContext>();
    }

    void cleanupTestCase()
    {
        // Replies still in flight must not outlive the registry.
        lading::ui::workerPool().waitForDone();
    }

    void listsIndexEntriesByPlatform()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoot(index(), QStringLiteral("tree/app:1.0"));

        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("tree/app:1.0"));
        QCOMPARE(model.nodeKind(root), ManifestTreeModel::NodeKind::Index);
        QCOMPARE(root.data(ItemRole::DescriptorMediaTypeRole).toString(), QString(MediaType::OciIndex));
        QCOMPARE(model.rowCount(root), 3);
        QCOMPARE(model.index(0, 0, root).data().toString(), QStringLiteral("linux/amd64"));
        QCOMPARE(model.index(1, 0, root).data().toString(), QStringLiteral("linux/arm64"));
        QVERIFY(
            model.index(2, 0, root).data().toString().startsWith(QLatin1String("Attestations of sha256:")));
        QCOMPARE(model.index(0, ManifestTreeModel::DigestColumn, root).data().toString(),
                 Digest::parse(m_amd64Digest)->shortForm());
        // Without a loader nothing can be fetched, but the rows still say they have children.
        QVERIFY(model.hasChildren(model.index(0, 0, root)));
        QVERIFY(!model.canFetchMore(model.index(0, 0, root)));
    }

    void loadsChildManifestsLazilyWithALoadingRow()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::atomic<int> calls = 0;
        model.setLoader([this, &calls](const Descriptor& d) {
            ++calls;
            return load(d);
        });
        // No view: nothing is fetched until asked (the tester asks for every row it walks).
        model.setRoot(index());
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingLoads(), 0, kTimeoutMs);
        const QModelIndex root = model.index(0, 0);
        const QModelIndex amd64 = model.index(0, 0, root);
        QCOMPARE(model.rowCount(amd64), 2);
        QCOMPARE(model.index(0, 0, amd64).data().toString(), QStringLiteral("Config"));
        QCOMPARE(model.nodeKind(model.index(0, 0, amd64)), ManifestTreeModel::NodeKind::Config);
        QCOMPARE(model.index(0, ManifestTreeModel::MediaTypeColumn, amd64).data().toString(),
                 QString(MediaType::OciConfig));
        QCOMPARE(model.index(1, 0, amd64).data().toString(), QStringLiteral("rootfs-amd64.tar.gz"));
        QCOMPARE(model.index(1, 0, amd64).data(ItemRole::DescriptorSizeRole).toLongLong(),
                 qint64(14)); // "layer of amd64"
        QVERIFY(!model.canFetchMore(amd64));
        QVERIFY(calls >= 3);
    }

    void showsTheLoadingRowUntilTheManifestArrives()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto gate = std::make_shared<QSemaphore>(0);
        model.setLoader([this, gate](const Descriptor& d) {
            gate->acquire();
            return load(d);
        });
        model.setRoot(index());
        // The tester walked the tree and started one load per platform entry; each shows a placeholder.
        const QModelIndex root = model.index(0, 0);
        const QModelIndex arm64 = model.index(1, 0, root);
        QCOMPARE(model.pendingLoads(), 3);
        QVERIFY(!model.canFetchMore(arm64)); // marked at once, so it is never fetched twice
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(arm64), 1, kTimeoutMs);
        QVERIFY(model.index(0, 0, arm64).data(ItemRole::NodeLoadingRole).toBool());
        QCOMPARE(model.nodeKind(model.index(0, 0, arm64)), ManifestTreeModel::NodeKind::Loading);

        QSignalSpy loaded(&model, &ManifestTreeModel::childrenLoaded);
        gate->release(3);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, kTimeoutMs);
        QCOMPARE(model.rowCount(arm64), 2);
        QVERIFY(!model.index(0, 0, arm64).data(ItemRole::NodeLoadingRole).toBool());
        QCOMPARE(model.index(1, 0, arm64).data().toString(), QStringLiteral("rootfs-arm64.tar.gz"));
    }

    void failedLoadShowsAnErrorRowThatRetries()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto failures = std::make_shared<std::atomic<int>>(1);
        model.setLoader([this, failures](const Descriptor& d) -> Result<Manifest> {
            // The first load of the arm64 image fails the way a registry that went away does.
            if (d.platform && d.platform->architecture == QLatin1String("arm64") &&
                failures->fetch_sub(1) > 0)
                return Error::make(Error::Kind::Network, QStringLiteral("Connection refused"));
            return load(d);
        });
        QSignalSpy failed(&model, &ManifestTreeModel::loadFailed);
        model.setRoot(index());
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingLoads(), 0, kTimeoutMs);
        QCOMPARE(failed.count(), 1);
        const QModelIndex arm64 = model.index(1, 0, model.index(0, 0));
        QCOMPARE(model.rowCount(arm64), 1);
        const QModelIndex errorRow = model.index(0, 0, arm64);
        QCOMPARE(model.nodeKind(errorRow), ManifestTreeModel::NodeKind::Error);
        QCOMPARE(errorRow.data(ItemRole::NodeErrorRole).toString(), QStringLiteral("Connection refused"));
        QVERIFY(errorRow.data().toString().contains(QLatin1String("Connection refused")));
        QVERIFY(!model.canFetchMore(arm64)); // no retry loop from views; the user retries

        model.retry(errorRow);
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingLoads(), 0, kTimeoutMs);
        QCOMPARE(model.rowCount(arm64), 2);
        QCOMPARE(model.nodeKind(model.index(0, 0, arm64)), ManifestTreeModel::NodeKind::Config);
    }

    void missingManifestIsAnErrorRow()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoader([this](const Descriptor& d) { return load(d); });
        // An index naming a manifest the registry does not have.
        const QByteArray bytes =
            compact({{QStringLiteral("schemaVersion"), 2},
                     {QStringLiteral("mediaType"), QString(MediaType::OciIndex)},
                     {QStringLiteral("manifests"),
                      QJsonArray{descriptorJson(
                          QString(MediaType::OciManifest), Digest::sha256Of("nothing here"), 12,
                          {{QStringLiteral("platform"),
                            QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")},
                                        {QStringLiteral("architecture"), QStringLiteral("s390x")}}}})}}});
        auto manifest = Manifest::parse(bytes);
        QVERIFY(manifest);
        model.setRoot(manifest.value());
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingLoads(), 0, kTimeoutMs);
        const QModelIndex entry = model.index(0, 0, model.index(0, 0));
        QCOMPARE(model.rowCount(entry), 1);
        QCOMPARE(model.nodeKind(model.index(0, 0, entry)), ManifestTreeModel::NodeKind::Error);
        QVERIFY(!model.index(0, 0, entry).data(ItemRole::NodeErrorRole).toString().isEmpty());
    }

    void referrerShowsItsSubjectLazily()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoader([this](const Descriptor& d) { return load(d); });
        auto referrer = Manifest::parse(m_referrerBytes);
        QVERIFY(referrer);
        model.setRoot(referrer.value());
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 3); // config, the SBOM layer, the subject
        const QModelIndex subject = model.index(2, 0, root);
        QCOMPARE(model.nodeKind(subject), ManifestTreeModel::NodeKind::Subject);
        QVERIFY(model.isManifest(subject));
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingLoads(), 0, kTimeoutMs);
        // The subject is the index: its platform entries, themselves lazy.
        QCOMPARE(model.rowCount(subject), 3);
        QCOMPARE(model.index(0, 0, subject).data().toString(), QStringLiteral("linux/amd64"));
        QCOMPARE(model.nodeKind(model.index(0, 0, subject)), ManifestTreeModel::NodeKind::Manifest);
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingLoads(), 0, kTimeoutMs);
        QCOMPARE(model.rowCount(model.index(0, 0, subject)), 2);
    }

    void newRootDropsRepliesInFlight()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto gate = std::make_shared<QSemaphore>(0);
        auto finished = std::make_shared<std::atomic<int>>(0);
        model.setLoader([this, gate, finished](const Descriptor& d) {
            gate->acquire();
            auto result = load(d);
            ++*finished;
            return result;
        });
        model.setRoot(index());
        QCOMPARE(model.pendingLoads(), 3);
        // Wait until every load runs (its placeholder is in): the loaders now block on the gate.
        const QModelIndex oldRoot = model.index(0, 0);
        for (int row = 0; row < 3; ++row)
            QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(model.index(row, 0, oldRoot)), 1, kTimeoutMs);

        auto referrer = Manifest::parse(m_referrerBytes);
        QVERIFY(referrer);
        model.setLoader({}); // the new tree cannot load: any row that appears came from the old one
        model.setRoot(referrer.value());
        QCOMPARE(model.pendingLoads(), 0);
        gate->release(3);
        QTRY_COMPARE_WITH_TIMEOUT(finished->load(), 3, kTimeoutMs);
        lading::ui::workerPool().waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();

        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(root), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.rowCount(model.index(row, 0, root)), 0);
        QCOMPARE(model.pendingLoads(), 0);
    }

private:
    Manifest index() const
    {
        auto parsed = Manifest::parse(m_indexBytes);
        return parsed.value();
    }

    // Runs on the worker pool, like the details panel's loader.
    Result<Manifest> load(const Descriptor& d)
    {
        auto store = m_context->store(m_location);
        if (!store)
            return store.error();
        return store.value()->fetchManifest(d.digest.toString());
    }

    std::unique_ptr<RegistryFixture> m_registry;
    std::unique_ptr<AppContext> m_context;
    lading::store::Location m_location;
    QByteArray m_indexBytes;
    QByteArray m_referrerBytes;
    QString m_amd64Digest;
};

QTEST_MAIN(TestManifestTreeModel)
#include "tst_manifesttreemodel.moc"
