#include "core/oci/artifactclassifier.h"
#include "core/oci/manifest.h"

#include <QTest>

using lading::oci::ArtifactClass;
using lading::oci::ArtifactClassifier;
using lading::oci::ArtifactKind;
using lading::oci::Manifest;

namespace {

// Raw strings cannot go through QStringLiteral: moc's preprocessor does not understand them in macros.
QString json(const char* text)
{
    return QString::fromUtf8(text);
}

// A real-looking digest, different for each n.
QString digest(int n)
{
    const QString hex = QStringLiteral("%1").arg(n, 8, 16, QLatin1Char('0'));
    return QStringLiteral("sha256:") + hex.repeated(8);
}

// One descriptor as JSON text; `extra` is spliced in (",\"annotations\":{…}" and the like).
QString desc(const QString& mediaType, int n, qint64 size, const QString& extra = {})
{
    return json(R"({"mediaType":"%1","digest":"%2","size":%3%4})")
        .arg(mediaType, digest(n))
        .arg(size)
        .arg(extra);
}

QString titled(const QString& title)
{
    return json(R"(,"annotations":{"org.opencontainers.image.title":"%1"})").arg(title);
}

const QString kEmptyConfig = QStringLiteral(
    R"({"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2,"data":"e30="})");
const QString kOciConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
const QString kGzipLayer = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");

// An OCI image manifest; `head` adds top-level members before config (artifactType, subject, annotations).
QByteArray manifest(const QString& config, const QStringList& layers, const QString& head = {},
                    const QString& mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json"))
{
    return json(R"({"schemaVersion":2,"mediaType":"%1",%2"config":%3,"layers":[%4]})")
        .arg(mediaType, head, config, layers.join(QLatin1Char(',')))
        .toUtf8();
}

QString subject()
{
    return json(R"("subject":%1,)")
        .arg(desc(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), 999, 1234));
}

QString artifactType(const QString& type)
{
    return json(R"("artifactType":"%1",)").arg(type);
}

QString cosignTag(const QString& suffix)
{
    return QStringLiteral("sha256-") + QString(64, QLatin1Char('a')) + suffix;
}

} // namespace

class TestArtifactClassifier final : public QObject
{
    Q_OBJECT

private slots:
    void classifiesByCatalogue_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<ArtifactKind>("kind");
        QTest::addColumn<QString>("type");

        // Container images and indexes.
        QTest::newRow("OCI image") << manifest(desc(kOciConfig, 1, 1469),
                                               {desc(kGzipLayer, 2, 3623807), desc(kGzipLayer, 3, 220)})
                                   << QString() << ArtifactKind::Image << kOciConfig;
        QTest::newRow("Docker schema 2 image")
            << manifest(desc(QStringLiteral("application/vnd.docker.container.image.v1+json"), 1, 7023),
                        {desc(QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip"), 2, 32654)},
                        {}, QStringLiteral("application/vnd.docker.distribution.manifest.v2+json"))
            << QString() << ArtifactKind::Image
            << QStringLiteral("application/vnd.docker.container.image.v1+json");
        QTest::newRow("OPA native bundle stays an image (caller peeks)")
            << manifest(desc(kOciConfig, 1, 2),
                        {desc(kGzipLayer, 2, 412, titled(QStringLiteral("bundle.tar.gz")))})
            << QString() << ArtifactKind::Image << kOciConfig;
        const QString platformEntry = QStringLiteral(
            R"({"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%1","size":1000,"platform":{"architecture":"%2","os":"%3"}%4})");
        const QByteArray index =
            QStringLiteral(
                R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[%1,%2]})")
                .arg(platformEntry.arg(digest(10), QStringLiteral("amd64"), QStringLiteral("linux"),
                                       QString()),
                     platformEntry.arg(digest(11), QStringLiteral("arm64"), QStringLiteral("linux"),
                                       QString()))
                .toUtf8();
        QTest::newRow("OCI index") << index << QString() << ArtifactKind::MultiPlatformImage
                                   << QStringLiteral("application/vnd.oci.image.index.v1+json");
        const QByteArray dockerList =
            QStringLiteral(
                R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json","manifests":[{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"%1","size":528,"platform":{"architecture":"amd64","os":"linux"}}]})")
                .arg(digest(12))
                .toUtf8();
        QTest::newRow("Docker manifest list")
            << dockerList << QString() << ArtifactKind::MultiPlatformImage
            << QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
        const QString attestationAnnotations =
            QStringLiteral(
                R"(,"annotations":{"vnd.docker.reference.digest":"%1","vnd.docker.reference.type":"attestation-manifest"})")
                .arg(digest(10));
        const QByteArray buildkitIndex =
            QStringLiteral(
                R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[%1,%2]})")
                .arg(platformEntry.arg(digest(10), QStringLiteral("amd64"), QStringLiteral("linux"),
                                       QString()),
                     platformEntry.arg(digest(13), QStringLiteral("unknown"), QStringLiteral("unknown"),
                                       attestationAnnotations))
                .toUtf8();
        QTest::newRow("index with attestation-manifest entries")
            << buildkitIndex << QString() << ArtifactKind::MultiPlatformImage
            << QStringLiteral("application/vnd.oci.image.index.v1+json");
        const QString inTotoLayer = QStringLiteral("application/vnd.in-toto+json");
        QTest::newRow("BuildKit attestation manifest")
            << manifest(
                   desc(kOciConfig, 1, 167),
                   {desc(
                        inTotoLayer, 2, 1234,
                        QStringLiteral(
                            R"(,"annotations":{"in-toto.io/predicate-type":"https:\/\/spdx.dev/Document"})")),
                    desc(
                        inTotoLayer, 3, 1500,
                        QStringLiteral(
                            R"(,"annotations":{"in-toto.io/predicate-type":"https:\/\/slsa.dev/provenance/v0.2"})"))})
            << QString() << ArtifactKind::BuildKitAttestation << inTotoLayer;
        QTest::newRow("BuildKit attestation config type")
            << manifest(desc(QStringLiteral("application/vnd.docker.attestation.config.v1+json"), 1, 167),
                        {desc(inTotoLayer, 2, 1234)})
            << QString() << ArtifactKind::BuildKitAttestation
            << QStringLiteral("application/vnd.docker.attestation.config.v1+json");

        // Helm.
        QTest::newRow("Helm chart")
            << manifest(desc(QStringLiteral("application/vnd.cncf.helm.config.v1+json"), 1, 117),
                        {desc(QStringLiteral("application/vnd.cncf.helm.chart.content.v1.tar+gzip"), 2, 3452),
                         desc(QStringLiteral("application/vnd.cncf.helm.chart.provenance.v1.prov"), 3, 812)})
            << QString() << ArtifactKind::HelmChart
            << QStringLiteral("application/vnd.cncf.helm.config.v1+json");
        QTest::newRow("Helm legacy layer type")
            << manifest(desc(QStringLiteral("application/vnd.unknown.config.v1+json"), 1, 2),
                        {desc(QStringLiteral("application/tar+gzip"), 2, 3452,
                              titled(QStringLiteral("nginx-1.0.0.tgz")))})
            << QString() << ArtifactKind::HelmChart << QStringLiteral("application/tar+gzip");

        // cosign.
        const QString simpleSigning = QStringLiteral("application/vnd.dev.cosign.simplesigning.v1+json");
        QTest::newRow("cosign signature")
            << manifest(desc(kOciConfig, 1, 233),
                        {desc(simpleSigning, 2, 250,
                              QStringLiteral(
                                  R"(,"annotations":{"dev.cosignproject.cosign/signature":"MEUCIQDx"})"))})
            << cosignTag(QStringLiteral(".sig")) << ArtifactKind::CosignSignature << simpleSigning;
        const QString dsse = QStringLiteral("application/vnd.dsse.envelope.v1+json");
        QTest::newRow("cosign attestation")
            << manifest(
                   desc(kOciConfig, 1, 342),
                   {desc(dsse, 2, 4211,
                         QStringLiteral(
                             R"(,"annotations":{"predicateType":"https:\/\/slsa.dev/provenance/v0.2"})"))})
            << cosignTag(QStringLiteral(".att")) << ArtifactKind::CosignAttestation << dsse;
        QTest::newRow("cosign sbom (spdx)")
            << manifest(desc(kOciConfig, 1, 248), {desc(QStringLiteral("text/spdx+json"), 2, 90211)})
            << cosignTag(QStringLiteral(".sbom")) << ArtifactKind::CosignSbom
            << QStringLiteral("text/spdx+json");
        QTest::newRow("cosign sbom (cyclonedx)")
            << manifest(desc(kOciConfig, 1, 248),
                        {desc(QStringLiteral("application/vnd.cyclonedx+json"), 2, 7000)})
            << QString() << ArtifactKind::CosignSbom << QStringLiteral("application/vnd.cyclonedx+json");
        const QByteArray opaqueLayers =
            manifest(desc(kOciConfig, 1, 248), {desc(QStringLiteral("application/octet-stream"), 2, 77)});
        QTest::newRow("cosign tag hint .sig") << opaqueLayers << cosignTag(QStringLiteral(".sig"))
                                              << ArtifactKind::CosignSignature << kOciConfig;
        QTest::newRow("cosign tag hint .att") << opaqueLayers << cosignTag(QStringLiteral(".att"))
                                              << ArtifactKind::CosignAttestation << kOciConfig;
        QTest::newRow("cosign tag hint .sbom")
            << opaqueLayers << cosignTag(QStringLiteral(".sbom")) << ArtifactKind::CosignSbom << kOciConfig;
        QTest::newRow("no tag hint: an image")
            << opaqueLayers << QStringLiteral("latest") << ArtifactKind::Image << kOciConfig;
        QTest::newRow("not quite a cosign tag")
            << opaqueLayers << QStringLiteral("sha256-abc.sig") << ArtifactKind::Image << kOciConfig;
        const QString cosignSig = QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json");
        QTest::newRow("cosign OCI 1.1 signature")
            << manifest(desc(cosignSig, 1, 233), {desc(simpleSigning, 2, 250)},
                        artifactType(cosignSig) + subject())
            << QString() << ArtifactKind::CosignSignature << cosignSig;
        const QString cosignSbom = QStringLiteral("application/vnd.dev.cosign.artifact.sbom.v1+json");
        QTest::newRow("cosign OCI 1.1 sbom, config only")
            << manifest(desc(cosignSbom, 1, 233), {desc(QStringLiteral("text/spdx+json"), 2, 250)}, subject())
            << QString() << ArtifactKind::CosignSbom << cosignSbom;

        // Sigstore bundles.
        const QString bundle = QStringLiteral("application/vnd.dev.sigstore.bundle.v0.3+json");
        QTest::newRow("sigstore bundle v0.3")
            << manifest(
                   kEmptyConfig, {desc(bundle, 2, 5023)},
                   artifactType(bundle) + subject() +
                       QStringLiteral(
                           R"("annotations":{"dev.sigstore.bundle.content":"dsse-envelope","dev.sigstore.bundle.predicateType":"https:\/\/slsa.dev/provenance/v1","org.opencontainers.image.created":"2024-05-01T10:00:00Z"},)"))
            << QString() << ArtifactKind::SigstoreBundle << bundle;
        const QString legacyBundle = QStringLiteral("application/vnd.dev.sigstore.bundle+json;version=0.2");
        QTest::newRow("sigstore legacy artifactType")
            << manifest(kEmptyConfig, {desc(legacyBundle, 2, 5023)}, artifactType(legacyBundle) + subject())
            << QString() << ArtifactKind::SigstoreBundle << legacyBundle;
        const QString legacyBundleLayer =
            QStringLiteral("application/vnd.dev.sigstore.bundle+json;version=0.1");
        QTest::newRow("sigstore legacy layer only")
            << manifest(kEmptyConfig, {desc(legacyBundleLayer, 2, 5023)}, subject()) << QString()
            << ArtifactKind::SigstoreBundle << legacyBundleLayer;

        // Notation.
        const QString notary = QStringLiteral("application/vnd.cncf.notary.signature");
        QTest::newRow("notation signature")
            << manifest(
                   kEmptyConfig, {desc(QStringLiteral("application/jose+json"), 2, 2104)},
                   artifactType(notary) + subject() +
                       QStringLiteral(
                           R"("annotations":{"io.cncf.notary.x509chain.thumbprint#S256":"[\u0022b3a1c9\u0022]"},)"))
            << QString() << ArtifactKind::NotationSignature << notary;
        QTest::newRow("notation legacy config")
            << manifest(desc(notary, 1, 2), {desc(QStringLiteral("application/cose"), 2, 1984)}, subject())
            << QString() << ArtifactKind::NotationSignature << notary;

        // SBOM and attestation referrers.
        const QString spdx = QStringLiteral("application/spdx+json");
        QTest::newRow("SPDX referrer")
            << manifest(kEmptyConfig, {desc(spdx, 2, 48211, titled(QStringLiteral("sbom.spdx.json")))},
                        artifactType(spdx) + subject())
            << QString() << ArtifactKind::SpdxSbom << spdx;
        const QString cyclone = QStringLiteral("application/vnd.cyclonedx+json");
        QTest::newRow("CycloneDX referrer")
            << manifest(kEmptyConfig, {desc(cyclone, 2, 30000)}, artifactType(cyclone) + subject())
            << QString() << ArtifactKind::CycloneDxSbom << cyclone;
        QTest::newRow("SPDX layer without artifactType")
            << manifest(kEmptyConfig, {desc(spdx, 2, 48211)}, subject()) << QString()
            << ArtifactKind::SpdxSbom << spdx;
        QTest::newRow("in-toto referrer")
            << manifest(kEmptyConfig, {desc(inTotoLayer, 2, 900)}, artifactType(inTotoLayer) + subject())
            << QString() << ArtifactKind::InTotoAttestation << inTotoLayer;
        QTest::newRow("DSSE referrer")
            << manifest(kEmptyConfig, {desc(dsse, 2, 900)}, artifactType(dsse) + subject()) << QString()
            << ArtifactKind::InTotoAttestation << dsse;
        QTest::newRow("withdrawn artifact manifest")
            << json(
                   R"({"schemaVersion":2,"mediaType":"application/vnd.oci.artifact.manifest.v1+json","artifactType":"%1","blobs":[%2]})")
                   .arg(spdx, desc(spdx, 2, 100))
                   .toUtf8()
            << QString() << ArtifactKind::SpdxSbom << spdx;

        // WebAssembly.
        const QString wasmConfig = QStringLiteral("application/vnd.wasm.config.v0+json");
        QTest::newRow("wasm (TAG Runtime)")
            << manifest(desc(wasmConfig, 1, 420), {desc(QStringLiteral("application/wasm"), 2, 102400)})
            << QString() << ArtifactKind::Wasm << wasmConfig;
        QTest::newRow("wasm legacy wasm-to-oci")
            << manifest(desc(QStringLiteral("application/vnd.wasm.config.v1+json"), 1, 2),
                        {desc(QStringLiteral("application/vnd.wasm.content.layer.v1+wasm"), 2, 102400)})
            << QString() << ArtifactKind::Wasm << QStringLiteral("application/vnd.wasm.config.v1+json");
        QTest::newRow("wasm legacy solo.io")
            << manifest(
                   desc(QStringLiteral("application/vnd.module.wasm.config.v1+json"), 1, 90),
                   {desc(QStringLiteral("application/vnd.module.wasm.content.layer.v1+wasm"), 2, 102400)})
            << QString() << ArtifactKind::Wasm
            << QStringLiteral("application/vnd.module.wasm.config.v1+json");
        QTest::newRow("wasm legacy layer, unknown config")
            << manifest(desc(QStringLiteral("application/vnd.unknown.config.v1+json"), 1, 2),
                        {desc(QStringLiteral("application/vnd.wasm.content.layer.v1+wasm"), 2, 102400,
                              titled(QStringLiteral("module.wasm")))})
            << QString() << ArtifactKind::Wasm
            << QStringLiteral("application/vnd.wasm.content.layer.v1+wasm");
        QTest::newRow("wasm solo compat image")
            << manifest(desc(kOciConfig, 1, 600), {desc(kGzipLayer, 2, 40960)},
                        json(R"("annotations":{"module.wasm.image/variant":"compat"},)"))
            << QString() << ArtifactKind::Wasm << kGzipLayer;

        // Apptainer / Singularity.
        const QString sifConfig = QStringLiteral("application/vnd.sylabs.sif.config.v1+json");
        QTest::newRow("SIF") << manifest(desc(sifConfig, 1, 2),
                                         {desc(QStringLiteral("application/vnd.sylabs.sif.layer.v1.sif"), 2,
                                               29999104, titled(QStringLiteral("image.sif")))})
                             << QString() << ArtifactKind::Sif << sifConfig;
        QTest::newRow("SIF older config")
            << manifest(desc(QStringLiteral("application/vnd.sylabs.sif.config.v1"), 1, 0),
                        {desc(QStringLiteral("appliciation/vnd.sylabs.sif.layer.tar"), 2, 2999,
                              titled(QStringLiteral("a.sif")))})
            << QString() << ArtifactKind::Sif << QStringLiteral("application/vnd.sylabs.sif.config.v1");
        QTest::newRow("SIF legacy typo layer")
            << manifest(desc(QStringLiteral("application/vnd.unknown.config.v1+json"), 1, 0),
                        {desc(QStringLiteral("appliciation/vnd.sylabs.sif.layer.tar"), 2, 2999,
                              titled(QStringLiteral("a.sif")))})
            << QString() << ArtifactKind::Sif << QStringLiteral("appliciation/vnd.sylabs.sif.layer.tar");
        QTest::newRow("SIF legacy typo gzip layer")
            << manifest(kEmptyConfig,
                        {desc(QStringLiteral("appliciation/vnd.sylabs.sif.layer.tar+gzip"), 2, 2999)})
            << QString() << ArtifactKind::Sif << QStringLiteral("appliciation/vnd.sylabs.sif.layer.tar+gzip");

        // Open Policy Agent (conftest / Trivy checks).
        const QString opaConfig = QStringLiteral("application/vnd.cncf.openpolicyagent.config.v1+json");
        QTest::newRow("OPA conftest")
            << manifest(desc(opaConfig, 1, 2),
                        {desc(QStringLiteral("application/vnd.cncf.openpolicyagent.policy.layer.v1+rego"), 2,
                              812, titled(QStringLiteral("policy/deny.rego"))),
                         desc(QStringLiteral("application/vnd.cncf.openpolicyagent.data.layer.v1+json"), 3,
                              44, titled(QStringLiteral("data/exceptions.json")))})
            << QString() << ArtifactKind::OpaBundle << opaConfig;
        const QString opaLayer = QStringLiteral("application/vnd.cncf.openpolicyagent.layer.v1.tar+gzip");
        QTest::newRow("OPA Trivy checks layer")
            << manifest(kEmptyConfig, {desc(opaLayer, 2, 81920, titled(QStringLiteral("bundle.tar.gz")))})
            << QString() << ArtifactKind::OpaBundle << opaLayer;

        // ModelPack.
        const QString modelManifest = QStringLiteral("application/vnd.cncf.model.manifest.v1+json");
        QTest::newRow("ModelPack model")
            << manifest(desc(QStringLiteral("application/vnd.cncf.model.config.v1+json"), 1, 512),
                        {desc(QStringLiteral("application/vnd.cncf.model.weight.v1.tar"), 2, 1073741824,
                              json(R"(,"annotations":{"org.cncf.model.filepath":"model.safetensors"})")),
                         desc(QStringLiteral("application/vnd.cncf.model.doc.v1.tar"), 3, 4096)},
                        artifactType(modelManifest))
            << QString() << ArtifactKind::ModelPackModel << modelManifest;
        QTest::newRow("ModelPack config without artifactType")
            << manifest(desc(QStringLiteral("application/vnd.cncf.model.config.v1+json"), 1, 512),
                        {desc(QStringLiteral("application/vnd.cncf.model.weight.v1.raw"), 2, 1024)})
            << QString() << ArtifactKind::ModelPackModel
            << QStringLiteral("application/vnd.cncf.model.config.v1+json");

        // ORAS generic files.
        const QString unknownArtifact = QStringLiteral("application/vnd.unknown.artifact.v1");
        QTest::newRow("ORAS files, 1.1 mode")
            << manifest(
                   kEmptyConfig,
                   {desc(QStringLiteral("application/vnd.oci.image.layer.v1.tar"), 2, 12,
                         titled(QStringLiteral("hello.txt"))),
                    desc(
                        kGzipLayer, 3, 400,
                        QStringLiteral(
                            R"(,"annotations":{"io.deis.oras.content.digest":"%1","io.deis.oras.content.unpack":"true","org.opencontainers.image.title":"docs"})")
                            .arg(digest(4)))},
                   artifactType(unknownArtifact) +
                       QStringLiteral(
                           R"("annotations":{"org.opencontainers.image.created":"2024-05-01T10:00:00Z"},)"))
            << QString() << ArtifactKind::Files << unknownArtifact;
        QTest::newRow("ORAS files, 1.0 mode")
            << manifest(desc(QStringLiteral("application/vnd.unknown.config.v1+json"), 1, 2),
                        {desc(QStringLiteral("application/vnd.oci.image.layer.v1.tar"), 2, 12,
                              titled(QStringLiteral("hello.txt")))})
            << QString() << ArtifactKind::Files << QStringLiteral("application/vnd.unknown.config.v1+json");
        QTest::newRow("empty config without artifactType or titles")
            << manifest(kEmptyConfig, {desc(QStringLiteral("application/vnd.oci.image.layer.v1.tar"), 2, 12)})
            << QString() << ArtifactKind::Unknown << QStringLiteral("application/vnd.oci.empty.v1+json");

        // Unknown.
        const QString custom = QStringLiteral("application/vnd.example.thing.v1");
        QTest::newRow("unknown artifactType")
            << manifest(kEmptyConfig,
                        {desc(QStringLiteral("application/vnd.oci.image.layer.v1.tar"), 2, 12,
                              titled(QStringLiteral("a.txt")))},
                        artifactType(custom))
            << QString() << ArtifactKind::Unknown << custom;
        QTest::newRow("unknown config type")
            << manifest(desc(QStringLiteral("application/vnd.docker.plugin.v1+json"), 1, 200),
                        {desc(kGzipLayer, 2, 12)})
            << QString() << ArtifactKind::Unknown << QStringLiteral("application/vnd.docker.plugin.v1+json");
        QTest::newRow("index with artifactType")
            << json(
                   R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","artifactType":"%1","manifests":[]})")
                   .arg(custom)
                   .toUtf8()
            << QString() << ArtifactKind::Unknown << custom;
        QTest::newRow("index with a known artifactType")
            << json(
                   R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","artifactType":"%1","manifests":[]})")
                   .arg(modelManifest)
                   .toUtf8()
            << QString() << ArtifactKind::ModelPackModel << modelManifest;
    }
    void classifiesByCatalogue()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, tag);
        QFETCH(ArtifactKind, kind);
        QFETCH(QString, type);
        const auto parsed = Manifest::parse(json);
        QVERIFY2(parsed.ok(),
                 qPrintable(parsed.error().message + QLatin1Char('\n') + QString::fromUtf8(json)));
        const ArtifactClass c = ArtifactClassifier::classify(parsed.value(), tag);
        QCOMPARE(c.kind, kind);
        QCOMPARE(c.type, type);
    }

    void namesEveryKindForPeople_data()
    {
        QTest::addColumn<ArtifactKind>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("icon");
        QTest::addColumn<bool>("signatureOrAttestation");
        QTest::addColumn<bool>("sbom");
        QTest::newRow("image") << ArtifactKind::Image << "Container image"
                               << "image" << false << false;
        QTest::newRow("multi") << ArtifactKind::MultiPlatformImage << "Multi-platform image"
                               << "image" << false << false;
        QTest::newRow("helm") << ArtifactKind::HelmChart << "Helm chart"
                              << "helm" << false << false;
        QTest::newRow("cosign sig") << ArtifactKind::CosignSignature << "Cosign signature"
                                    << "signature" << true << false;
        QTest::newRow("cosign att") << ArtifactKind::CosignAttestation << "Cosign attestation"
                                    << "attestation" << true << false;
        QTest::newRow("cosign sbom") << ArtifactKind::CosignSbom << "Cosign SBOM"
                                     << "sbom" << false << true;
        QTest::newRow("sigstore") << ArtifactKind::SigstoreBundle << "Sigstore bundle"
                                  << "signature" << true << false;
        QTest::newRow("notation") << ArtifactKind::NotationSignature << "Notation signature"
                                  << "signature" << true << false;
        QTest::newRow("spdx") << ArtifactKind::SpdxSbom << "SPDX SBOM"
                              << "sbom" << false << true;
        QTest::newRow("cyclonedx") << ArtifactKind::CycloneDxSbom << "CycloneDX SBOM"
                                   << "sbom" << false << true;
        QTest::newRow("in-toto") << ArtifactKind::InTotoAttestation << "In-toto attestation"
                                 << "attestation" << true << false;
        QTest::newRow("wasm") << ArtifactKind::Wasm << "WebAssembly module"
                              << "wasm" << false << false;
        QTest::newRow("sif") << ArtifactKind::Sif << "Apptainer image (SIF)"
                             << "sif" << false << false;
        QTest::newRow("opa") << ArtifactKind::OpaBundle << "OPA policy bundle"
                             << "policy" << false << false;
        QTest::newRow("model") << ArtifactKind::ModelPackModel << "AI model (ModelPack)"
                               << "model" << false << false;
        QTest::newRow("files") << ArtifactKind::Files << "Files"
                               << "files" << false << false;
        QTest::newRow("buildkit") << ArtifactKind::BuildKitAttestation << "BuildKit attestations"
                                  << "attestation" << true << false;
        QTest::newRow("unknown") << ArtifactKind::Unknown << "Unknown"
                                 << "unknown" << false << false;
    }
    void namesEveryKindForPeople()
    {
        QFETCH(ArtifactKind, kind);
        QFETCH(QString, label);
        QFETCH(QString, icon);
        QFETCH(bool, signatureOrAttestation);
        QFETCH(bool, sbom);
        const ArtifactClass c{kind, {}};
        QCOMPARE(c.label(), label);
        QCOMPARE(c.iconName(), icon);
        QCOMPARE(ArtifactClassifier::isSignatureOrAttestation(kind), signatureOrAttestation);
        QCOMPARE(ArtifactClassifier::isSbom(kind), sbom);
    }

    void unknownLabelNamesTheType()
    {
        const ArtifactClass c{ArtifactKind::Unknown, QStringLiteral("application/x-foo")};
        QCOMPARE(c.label(), QStringLiteral("Unknown (application/x-foo)"));
    }

    void flagsPossibleOpaBundleOnlyForEmptyConfigSingleGzipLayer()
    {
        const auto opa = Manifest::parse(manifest(
            desc(kOciConfig, 0, 2)
                .replace(digest(0),
                         QStringLiteral(
                             "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")),
            {desc(kGzipLayer, 2, 412)}));
        QVERIFY(opa.ok());
        QCOMPARE(ArtifactClassifier::classify(opa.value()).kind, ArtifactKind::Image);
        QVERIFY(ArtifactClassifier::mayBeOpaBundle(opa.value()));
        const auto image = Manifest::parse(manifest(desc(kOciConfig, 1, 1469), {desc(kGzipLayer, 2, 412)}));
        QVERIFY(image.ok());
        QVERIFY(!ArtifactClassifier::mayBeOpaBundle(image.value()));
        const auto twoLayers = Manifest::parse(manifest(
            desc(kOciConfig, 0, 2)
                .replace(digest(0),
                         QStringLiteral(
                             "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")),
            {desc(kGzipLayer, 2, 412), desc(kGzipLayer, 3, 9)}));
        QVERIFY(twoLayers.ok());
        QVERIFY(!ArtifactClassifier::mayBeOpaBundle(twoLayers.value()));
    }
};

QTEST_GUILESS_MAIN(TestArtifactClassifier)
#include "tst_artifactclassifier.moc"
