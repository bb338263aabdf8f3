// SbomLocator against an in-memory store, an OCI layout and the in-process test registry (referrers API,
// cosign tags read by RemoteRepository): an image with an SPDX referrer, a CycloneDX referrer, an in-toto
// referrer without a predicate annotation, a cosign ".sbom" tag and a cosign ".att" tag (provenance skipped,
// SPDX found), and a multi-platform index with BuildKit attestation manifests; each is found with the right
// description and loads to the packages it was made of. Selected SBOMs and attestations read themselves;
// broken ones give a clear message.
#include "core/inspect/sbomlocator.h"
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "core/store/layoutstore.h"
#include "tests/support/memorystore.h"
#include "tests/support/testmanifests.h"
#include "tests/support/testregistry.h"
#include "tests/support/testsboms.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using lading::Result;
using lading::inspect::SbomDocument;
using lading::inspect::SbomFormat;
using lading::inspect::SbomLocator;
using lading::inspect::SbomPackage;
using lading::inspect::SbomSource;
using lading::oci::Descriptor;
using lading::oci::Digest;
using lading::test::MemoryStore;
using lading::test::SbomGallery;
namespace MediaType = lading::oci::MediaType;
namespace test = lading::test;

namespace {

struct Expected
{
    QString where;
    SbomSource::Kind kind;
    SbomFormat format;
    Digest manifest;
    QList<SbomPackage> packages;
};

QString listOf(const QList<SbomSource>& sources)
{
    QStringList wheres;
    for (const SbomSource& s : sources)
        wheres.append(s.where);
    return wheres.join(QLatin1String(" | "));
}

QList<Expected> expectedForImage(const SbomGallery& g)
{
    // The memory store lists referrers by digest; the order of the three is the digests' order.
    QList<Expected> referrers{
        {QStringLiteral("referrer %1").arg(g.spdxReferrer.shortForm()), SbomSource::Kind::Referrer,
         SbomFormat::Spdx, g.spdxReferrer, g.spdxPackages},
        {QStringLiteral("referrer %1").arg(g.cycloneDxReferrer.shortForm()), SbomSource::Kind::Referrer,
         SbomFormat::CycloneDx, g.cycloneDxReferrer, g.cycloneDxPackages},
        {QStringLiteral("attestation https://cyclonedx.org/bom (referrer %1)")
             .arg(g.inTotoReferrer.shortForm()),
         SbomSource::Kind::Attestation, SbomFormat::CycloneDx, g.inTotoReferrer, g.inTotoPackages},
    };
    return referrers +
           QList<Expected>{
               {QStringLiteral("cosign .sbom tag"), SbomSource::Kind::CosignSbomTag, SbomFormat::Spdx,
                g.cosignSbom, g.cosignSbomPackages},
               {QStringLiteral("attestation https://spdx.dev/Document (cosign .att tag)"),
                SbomSource::Kind::Attestation, SbomFormat::Spdx, g.cosignAtt, g.cosignAttPackages},
           };
}

// Compares found sources with expectations in any order (stores list referrers in their own order), and
// loads each.
void checkSources(lading::store::Store& store, const QList<SbomSource>& sources,
                  const QList<Expected>& expected)
{
    QVERIFY2(sources.size() == expected.size(), qPrintable(listOf(sources)));
    for (const Expected& e : expected) {
        const auto it = std::find_if(sources.begin(), sources.end(),
                                     [&](const SbomSource& s) { return s.where == e.where; });
        QVERIFY2(it != sources.end(), qPrintable(e.where + QStringLiteral(" not in ") + listOf(sources)));
        QCOMPARE(int(it->kind), int(e.kind));
        QCOMPARE(int(it->format), int(e.format));
        QCOMPARE(it->manifest.digest, e.manifest);
        auto document = SbomLocator::load(store, *it);
        QVERIFY2(document, qPrintable(e.where + QStringLiteral(": ") + document.error().message));
        QCOMPARE(int(document->format), int(e.format));
        QVERIFY2(document->packages == e.packages, qPrintable(e.where));
    }
}

Descriptor pushBlob(MemoryStore& store, const QString& type, const QByteArray& bytes)
{
    const Descriptor d = Descriptor::forBytes(type, bytes);
    if (!store.pushBlob(d, bytes))
        qFatal("pushBlob failed");
    return d;
}

// An artifact with one layer attached to the gallery image, returned by digest.
Digest attach(MemoryStore& store, const SbomGallery& g, const QString& artifactType, const QString& layerType,
              const QByteArray& bytes, const QString& predicateType = {})
{
    Descriptor layer = pushBlob(store, layerType, bytes);
    if (!predicateType.isEmpty())
        layer.annotations.insert(QStringLiteral("predicateType"), predicateType);
    pushBlob(store, QString(MediaType::Empty), Descriptor::emptyBytes());
    auto image = store.fetchManifest(g.image.toString());
    const QString extra = QStringLiteral("\"artifactType\":\"%1\",\"subject\":%2,")
                              .arg(artifactType, test::descriptorJson(image->descriptor()));
    auto pushed = store.pushManifest(test::imageManifest(Descriptor::empty(), {layer}, extra),
                                     QString(MediaType::OciManifest));
    return pushed->digest;
}

} // namespace

class TestSbomLocator final : public QObject
{
    Q_OBJECT

private slots:
    void findsEverySbomOfAnImageInAMemoryStore()
    {
        MemoryStore store;
        auto gallery = test::seedSbomGallery(store);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        auto sources = SbomLocator::locate(store, QStringLiteral("image"));
        QVERIFY2(sources, qPrintable(sources.error().message));
        checkSources(store, sources.value(), expectedForImage(gallery.value()));
    }

    // An OCI layout lists referrers by scanning its manifests and knows cosign tags only as ref names.
    void findsEverySbomOfAnImageInAnOciLayout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto layout = lading::store::LayoutStore::open(dir.path(), true);
        QVERIFY2(layout, qPrintable(layout.error().message));
        auto gallery = test::seedSbomGallery(*layout.value());
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        auto sources = SbomLocator::locate(*layout.value(), QStringLiteral("image"));
        QVERIFY2(sources, qPrintable(sources.error().message));
        checkSources(*layout.value(), sources.value(), expectedForImage(gallery.value()));
        auto index = SbomLocator::locate(*layout.value(), QStringLiteral("multi"));
        QVERIFY2(index, qPrintable(index.error().message));
        QCOMPARE(index->size(), 2);
    }

    void findsBuildKitAttestationsOfEachPlatform()
    {
        MemoryStore store;
        auto gallery = test::seedSbomGallery(store);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        const SbomGallery& g = gallery.value();
        auto index = store.fetchManifest(QStringLiteral("multi"));
        QVERIFY(index);
        auto sources = SbomLocator::locate(store, index.value(), QStringLiteral("multi"));
        QVERIFY2(sources, qPrintable(sources.error().message));
        // The provenance layers are not SBOMs.
        QCOMPARE(sources->size(), 2);
        QCOMPARE(sources->at(0).platform->toString(), QStringLiteral("linux/amd64"));
        QCOMPARE(sources->at(1).platform->toString(), QStringLiteral("linux/arm64"));
        QCOMPARE(int(sources->at(0).wrapping), int(SbomSource::Wrapping::InToto));
        QCOMPARE(sources->at(0).predicateType, QString(test::kSpdxPredicateType));
        checkSources(
            store, sources.value(),
            {{QStringLiteral("BuildKit attestation for linux/amd64"), SbomSource::Kind::BuildKitAttestation,
              SbomFormat::Spdx, index->manifests().at(2).digest, g.amd64Packages},
             {QStringLiteral("BuildKit attestation for linux/arm64"), SbomSource::Kind::BuildKitAttestation,
              SbomFormat::Spdx, index->manifests().at(3).digest, g.arm64Packages}});
    }

    void aPlatformManifestWithoutSbomsHasNone()
    {
        MemoryStore store;
        auto gallery = test::seedSbomGallery(store);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        auto sources = SbomLocator::locate(store, gallery->amd64.toString());
        QVERIFY2(sources, qPrintable(sources.error().message));
        QVERIFY2(sources->isEmpty(), qPrintable(listOf(sources.value())));
    }

    void aSelectedSbomOrAttestationReadsItself_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("kind");
        QTest::newRow("SPDX referrer") << "spdx"
                                       << "this artifact" << int(SbomSource::Kind::Artifact);
        QTest::newRow("CycloneDX referrer") << "cdx"
                                            << "this artifact" << int(SbomSource::Kind::Artifact);
        QTest::newRow("in-toto referrer")
            << "intoto"
            << "attestation https://cyclonedx.org/bom" << int(SbomSource::Kind::Artifact);
        QTest::newRow("cosign .sbom tag") << "sbom"
                                          << "this artifact" << int(SbomSource::Kind::Artifact);
        QTest::newRow("cosign .att tag")
            << "att"
            << "attestation https://spdx.dev/Document" << int(SbomSource::Kind::Artifact);
    }
    void aSelectedSbomOrAttestationReadsItself()
    {
        QFETCH(QString, which);
        QFETCH(QString, where);
        QFETCH(int, kind);
        MemoryStore store;
        auto gallery = test::seedSbomGallery(store);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        const SbomGallery& g = gallery.value();
        const QMap<QString, QPair<QString, QList<SbomPackage>>> references{
            {QStringLiteral("spdx"), {g.spdxReferrer.toString(), g.spdxPackages}},
            {QStringLiteral("cdx"), {g.cycloneDxReferrer.toString(), g.cycloneDxPackages}},
            {QStringLiteral("intoto"), {g.inTotoReferrer.toString(), g.inTotoPackages}},
            {QStringLiteral("sbom"),
             {g.image.referrersTag() + QStringLiteral(".sbom"), g.cosignSbomPackages}},
            {QStringLiteral("att"), {g.image.referrersTag() + QStringLiteral(".att"), g.cosignAttPackages}},
        };
        const auto [reference, packages] = references.value(which);
        auto sources = SbomLocator::locate(store, reference);
        QVERIFY2(sources, qPrintable(sources.error().message));
        QVERIFY2(sources->size() == 1, qPrintable(listOf(sources.value())));
        QCOMPARE(sources->constFirst().where, where);
        QCOMPARE(int(sources->constFirst().kind), kind);
        auto document = SbomLocator::load(store, sources->constFirst());
        QVERIFY2(document, qPrintable(document.error().message));
        QVERIFY(document->packages == packages);
    }

    // `oras attach --artifact-type application/spdx+json file.json` gives the file a generic layer type.
    void anSbomArtifactWithAGenericLayerTypeIsFound()
    {
        MemoryStore store;
        auto gallery = test::seedSbomGallery(store, 2);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        const auto packages = test::generatedPackages(5, QStringLiteral("oras"));
        const Digest oras = attach(store, gallery.value(), QString(MediaType::SpdxJson),
                                   QString(MediaType::OciLayerTar), test::spdxJson(packages));
        auto sources = SbomLocator::locate(store, QStringLiteral("image"));
        QVERIFY2(sources, qPrintable(sources.error().message));
        const auto it = std::find_if(sources->begin(), sources->end(),
                                     [&](const SbomSource& s) { return s.manifest.digest == oras; });
        QVERIFY2(it != sources->end(), qPrintable(listOf(sources.value())));
        QCOMPARE(int(it->format), int(SbomFormat::Spdx));
        auto document = SbomLocator::load(store, *it);
        QVERIFY2(document, qPrintable(document.error().message));
        QVERIFY(document->packages == packages);
    }

    void brokenSbomsLoadToAClearMessage_data()
    {
        QTest::addColumn<QString>("artifactType");
        QTest::addColumn<QString>("layerType");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray spdx = test::spdxJson(test::generatedPackages(10));
        const Digest subject = Digest::sha256Of("x");
        QTest::newRow("truncated SPDX") << QString(MediaType::SpdxJson) << QString(MediaType::SpdxJson)
                                        << spdx.left(spdx.size() - 40) << "ends early";
        QTest::newRow("CycloneDX XML")
            << QString(MediaType::CycloneDxXml) << QString(MediaType::CycloneDxXml)
            << QByteArray("<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"/>")
            << "CycloneDX SBOM in XML";
        QTest::newRow("SPDX tag-value") << QString(MediaType::SpdxText) << QString(MediaType::SpdxText)
                                        << QByteArray("SPDXVersion: SPDX-2.3\n") << "tag-value";
        QTest::newRow("DSSE not in-toto")
            << QString(MediaType::DsseEnvelope) << QString(MediaType::DsseEnvelope)
            << test::dsseEnvelope("{}", QStringLiteral("text/plain")) << "not an in-toto statement";
        QTest::newRow("DSSE statement cut short")
            << QString(MediaType::DsseEnvelope) << QString(MediaType::DsseEnvelope)
            << test::dsseEnvelope(
                   test::inTotoStatement(spdx, QString(test::kSpdxPredicateType), subject).left(300))
            << "not valid JSON";
        QTest::newRow("in-toto with an SPDX predicate cut short")
            << QString(MediaType::InToto) << QString(MediaType::InToto)
            << test::inTotoStatement(R"({"spdxVersion":"SPDX-2.3","packages":{}})",
                                     QString(test::kSpdxPredicateType), subject)
            << "\"packages\" is not a list";
        QTest::newRow("cosign tag-value predicate")
            << QString(MediaType::InToto) << QString(MediaType::InToto)
            << test::inTotoStatement(R"("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n")",
                                     QString(test::kSpdxPredicateType), subject)
            << "tag-value";
    }
    void brokenSbomsLoadToAClearMessage()
    {
        QFETCH(QString, artifactType);
        QFETCH(QString, layerType);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        MemoryStore store;
        auto gallery = test::seedSbomGallery(store, 1);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        // Envelopes say their predicate type on the layer, as cosign writes it, so they are listed before
        // anyone reads them; loading explains what is wrong.
        const QString predicateType =
            layerType == MediaType::DsseEnvelope ? QString(test::kSpdxPredicateType) : QString();
        const Digest broken = attach(store, gallery.value(), artifactType, layerType, bytes, predicateType);
        auto sources = SbomLocator::locate(store, QStringLiteral("image"));
        QVERIFY2(sources, qPrintable(sources.error().message));
        sources->removeIf([&](const SbomSource& s) { return s.manifest.digest != broken; });
        QVERIFY2(sources->size() == 1, qPrintable(listOf(sources.value())));
        auto document = SbomLocator::load(store, sources->constFirst());
        QVERIFY(!document);
        QVERIFY2(document.error().message.contains(message), qPrintable(document.error().message));
    }

    void anAttestationWithAnotherPredicateIsNotAnSbom()
    {
        MemoryStore store;
        auto gallery = test::seedSbomGallery(store, 1);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        const Digest provenance =
            attach(store, gallery.value(), QString(MediaType::InToto), QString(MediaType::InToto),
                   test::inTotoStatement("{}", QString(test::kSlsaPredicateType), gallery->image));
        auto own = SbomLocator::locate(store, provenance.toString());
        QVERIFY2(own, qPrintable(own.error().message));
        QVERIFY(own->isEmpty());
        auto sources = SbomLocator::locate(store, QStringLiteral("image"));
        QVERIFY2(sources, qPrintable(sources.error().message));
        QCOMPARE(sources->size(), 5);
    }

    // Unwrapping costs parses of its own: 50,000 packages in a DSSE envelope still load in about a second.
    void aLargeAttestationLoadsQuickly()
    {
        MemoryStore store;
        auto gallery = test::seedSbomGallery(store, 1);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        const auto packages = test::generatedPackages(50000);
        const Digest large =
            attach(store, gallery.value(), QString(MediaType::DsseEnvelope), QString(MediaType::DsseEnvelope),
                   test::dsseEnvelope(test::inTotoStatement(
                       test::spdxJson(packages), QString(test::kSpdxPredicateType), gallery->image)),
                   QString(test::kSpdxPredicateType));
        auto sources = SbomLocator::locate(store, large.toString());
        QVERIFY2(sources && sources->size() == 1, qPrintable(listOf(sources.value())));
        QElapsedTimer timer;
        timer.start();
        auto document = SbomLocator::load(store, sources->constFirst());
        const qint64 ms = timer.elapsed();
        QVERIFY2(document, qPrintable(document.error().message));
        qDebug("50,000 packages in a DSSE envelope (%.1f MiB) loaded in %lld ms",
               sources->constFirst().layer.size / 1048576.0, ms);
        QVERIFY(document->packages == packages);
        QVERIFY2(ms < 6000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    // The same through RemoteRepository on the test registry: referrers from the API, cosign tags found
    // by the repository itself (not listed twice).
    void findsEverySbomThroughTheReferrersApi()
    {
        test::TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        auto client = std::make_shared<lading::registry::RegistryClient>(registry.host(),
                                                                         lading::registry::RegistryOptions{});
        lading::registry::RemoteRepository repository(client, QStringLiteral("team/app"));
        auto gallery = test::seedSbomGallery(repository);
        QVERIFY2(gallery, qPrintable(gallery.error().message));
        auto sources = SbomLocator::locate(repository, QStringLiteral("image"));
        QVERIFY2(sources, qPrintable(sources.error().message));
        checkSources(repository, sources.value(), expectedForImage(gallery.value()));
        auto index = SbomLocator::locate(repository, QStringLiteral("multi"));
        QVERIFY2(index, qPrintable(index.error().message));
        QCOMPARE(index->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSbomLocator)
#include "tst_sbomlocator.moc"
