// ArtifactDetector on real files: a Helm chart .tgz (with and without .prov) gets exactly the media types,
// config and tag `helm push` makes; WASM, SIF, OPA bundles and Rego, SBOMs and signatures get theirs; the
// rest stays plain files. Ends with a detected chart packed and pushed to the in-process TestRegistry.
#include "core/oci/digest.h"
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "core/transfer/artifactdetector.h"
#include "core/transfer/artifactpacker.h"
#include "tests/support/testfiles.h"
#include "tests/support/testregistry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using lading::Error;
using lading::Result;
using lading::auth::Credential;
using lading::oci::ArtifactKind;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RemoteRepository;
using lading::test::readFile;
using lading::test::writeFile;
using lading::transfer::ArtifactDetector;
using lading::transfer::ArtifactPacker;
using lading::transfer::DetectedArtifact;
using lading::transfer::PackRequest;
namespace oci = lading::oci;
namespace MediaType = lading::oci::MediaType;

Q_DECLARE_METATYPE(ArtifactKind)

namespace {

// A chart as `helm create` writes it, plus what authors add (comments, quoting, flow lists).
const QByteArray kChartYaml = "# A chart as `helm create` writes it, plus what authors add.\n"
                              "apiVersion: v2\n"
                              "name: demo-chart\n"
                              "description: A demo chart\n"
                              "type: application\n"
                              "version: 0.1.0+build.7\n"
                              "appVersion: \"1.16.0\"\n"
                              "keywords:\n"
                              "  - demo\n"
                              "  - \"test\"\n"
                              "maintainers:\n"
                              "  - name: Jane Doe\n"
                              "    email: jane@example.com\n"
                              "  - name: Bob\n"
                              "home: https://example.com/demo  # the project\n"
                              "sources: [https://github.com/example/demo, https://example.com/src]\n"
                              "annotations:\n"
                              "  category: Demo\n"
                              "  licenses: Apache-2.0\n"
                              "dependencies:\n"
                              "- name: common\n"
                              "  version: 1.x.x\n"
                              "  repository: https://charts.example.com\n"
                              "  enabled: true\n"
                              "x-custom: hello\n"
                              "x-count: 3\n";

// tar is part of every Debian system; the archives are made the way `helm package` and `opa build` do.
bool makeTarGz(const QString& archive, const QString& dir, const QStringList& members)
{
    if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
        qFatal("tar is missing: apt-get install tar");
    QProcess tar;
    tar.setWorkingDirectory(dir);
    tar.start(QStringLiteral("tar"), QStringList{QStringLiteral("-czf"), archive} + members);
    return tar.waitForFinished(30000) && tar.exitStatus() == QProcess::NormalExit && tar.exitCode() == 0;
}

} // namespace

class TestArtifactDetector final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_chart;
    QString m_prov;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString src = path(QStringLiteral("chart-src"));
        QVERIFY(writeFile(src + QStringLiteral("/demo-chart/Chart.yaml"), kChartYaml));
        QVERIFY(writeFile(src + QStringLiteral("/demo-chart/values.yaml"), "replicaCount: 1\n"));
        // A subchart's Chart.yaml is deeper and must not be taken for the chart's own.
        QVERIFY(writeFile(src + QStringLiteral("/demo-chart/charts/common/Chart.yaml"),
                          "apiVersion: v2\nname: common\nversion: 9.9.9\n"));
        m_chart = path(QStringLiteral("demo-chart-0.1.0+build.7.tgz"));
        QVERIFY(makeTarGz(m_chart, src, {QStringLiteral("demo-chart")}));
        m_prov = m_chart + QStringLiteral(".prov");
        QVERIFY(writeFile(m_prov, "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nname: demo-chart\n"));
    }

    void helmChartGetsHelmMediaTypesConfigAndTag()
    {
        auto detected = ArtifactDetector::detect({m_chart});
        QVERIFY2(detected.ok(), qPrintable(detected.error().toString()));
        const DetectedArtifact& d = detected.value();
        QCOMPARE(d.kind, ArtifactKind::HelmChart);
        QCOMPARE(d.configMediaType, QStringLiteral("application/vnd.cncf.helm.config.v1+json"));
        QVERIFY(d.artifactType.isEmpty()); // helm push sets none
        QCOMPARE(d.layerMediaTypes.size(), 1);
        QCOMPARE(d.layerMediaTypes.value(m_chart),
                 QStringLiteral("application/vnd.cncf.helm.chart.content.v1.tar+gzip"));
        QCOMPARE(d.suggestedTag, QStringLiteral("0.1.0_build.7"));
        QCOMPARE(d.summary, QStringLiteral("Helm chart demo-chart 0.1.0+build.7"));
        QCOMPARE(d.annotations.value(QStringLiteral("org.opencontainers.image.title")),
                 QStringLiteral("demo-chart"));
        QCOMPARE(d.annotations.value(QStringLiteral("org.opencontainers.image.version")),
                 QStringLiteral("0.1.0+build.7"));
        QCOMPARE(d.annotations.value(QStringLiteral("org.opencontainers.image.description")),
                 QStringLiteral("A demo chart"));
        QCOMPARE(d.annotations.value(QStringLiteral("org.opencontainers.image.url")),
                 QStringLiteral("https://example.com/demo"));
        QCOMPARE(d.annotations.value(QStringLiteral("org.opencontainers.image.source")),
                 QStringLiteral("https://github.com/example/demo"));
        QCOMPARE(d.annotations.value(QStringLiteral("org.opencontainers.image.authors")),
                 QStringLiteral("Jane Doe (jane@example.com), Bob"));

        // The config is Chart.yaml as JSON, in the field order of Helm's chart.Metadata, unknown keys kept.
        QJsonParseError error;
        const QJsonObject config = QJsonDocument::fromJson(d.configBytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QByteArray helmOrder = "{\"name\":\"demo-chart\",\"home\":\"https://example.com/"
                                     "demo\",\"sources\":[\"https://github.com/example/demo\",\"https://"
                                     "example.com/src\"],\"version\":\"0.1.0+build.7\",\"description\":\"A "
                                     "demo chart\",\"keywords\":[\"demo\",\"test\"],\"maintainers\":[";
        QVERIFY2(d.configBytes.startsWith(helmOrder), d.configBytes.constData());
        QCOMPARE(config.value(QLatin1String("apiVersion")).toString(), QStringLiteral("v2"));
        QCOMPARE(config.value(QLatin1String("appVersion")).toString(), QStringLiteral("1.16.0"));
        QCOMPARE(config.value(QLatin1String("type")).toString(), QStringLiteral("application"));
        const QJsonArray maintainers = config.value(QLatin1String("maintainers")).toArray();
        QCOMPARE(maintainers.size(), 2);
        QCOMPARE(maintainers[0].toObject().value(QLatin1String("email")).toString(),
                 QStringLiteral("jane@example.com"));
        QCOMPARE(maintainers[1].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Bob"));
        const QJsonObject annotations = config.value(QLatin1String("annotations")).toObject();
        QCOMPARE(annotations.value(QLatin1String("licenses")).toString(), QStringLiteral("Apache-2.0"));
        const QJsonObject dependency =
            config.value(QLatin1String("dependencies")).toArray().first().toObject();
        QCOMPARE(dependency.value(QLatin1String("name")).toString(), QStringLiteral("common"));
        QCOMPARE(dependency.value(QLatin1String("enabled")), QJsonValue(true));
        QCOMPARE(config.value(QLatin1String("x-custom")).toString(), QStringLiteral("hello"));
        QCOMPARE(config.value(QLatin1String("x-count")).toDouble(), 3.0);
        QVERIFY(!config.contains(QLatin1String("deprecated"))); // empty fields are left out, as Go does
    }

    void helmChartWithProvenance()
    {
        auto detected = ArtifactDetector::detect({m_chart, m_prov});
        QVERIFY2(detected.ok(), qPrintable(detected.error().toString()));
        QCOMPARE(detected->kind, ArtifactKind::HelmChart);
        QCOMPARE(detected->layerMediaTypes.value(m_chart), QString(MediaType::HelmChart));
        QCOMPARE(detected->layerMediaTypes.value(m_prov),
                 QStringLiteral("application/vnd.cncf.helm.chart.provenance.v1.prov"));
    }

    void chartYamlReader_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("minimal") << QByteArray("apiVersion: v2\nname: a\nversion: 1.0.0\n")
                                 << QByteArray(
                                        "{\"name\":\"a\",\"version\":\"1.0.0\",\"apiVersion\":\"v2\"}");
        QTest::newRow("number-like version stays a string")
            << QByteArray("name: a\nversion: 1.0\n") << QByteArray("{\"name\":\"a\",\"version\":\"1.0\"}");
        QTest::newRow("quotes and comments")
            << QByteArray("name: 'it''s'  # c\nversion: \"2.0.0\"\ndescription: \"a # not a comment\"\n")
            << QByteArray("{\"name\":\"it's\",\"version\":\"2.0.0\",\"description\":\"a # not a comment\"}");
        QTest::newRow("literal block")
            << QByteArray("name: a\nversion: 1.0.0\ndescription: |\n  line one\n  line two\nicon: x\n")
            << QByteArray("{\"name\":\"a\",\"version\":\"1.0.0\",\"description\":\"line one\\nline "
                          "two\\n\",\"icon\":\"x\"}");
        QTest::newRow("folded block stripped")
            << QByteArray("name: a\nversion: 1.0.0\ndescription: >-\n  one\n  two\n")
            << QByteArray("{\"name\":\"a\",\"version\":\"1.0.0\",\"description\":\"one two\"}");
        QTest::newRow("deprecated bool, CRLF, document marker")
            << QByteArray("---\r\nname: a\r\nversion: 1.0.0\r\ndeprecated: true\r\n")
            << QByteArray("{\"name\":\"a\",\"version\":\"1.0.0\",\"deprecated\":true}");
        QTest::newRow("nested unknown map")
            << QByteArray("name: a\nversion: 1.0.0\nx-extra:\n  list:\n    - 1\n    - two\n  flag: false\n")
            << QByteArray("{\"name\":\"a\",\"version\":\"1.0.0\",\"x-extra\":{\"flag\":false,\"list\":[1,"
                          "\"two\"]}}");
    }
    void chartYamlReader()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, json);
        auto config = ArtifactDetector::helmConfigFromChartYaml(yaml);
        QVERIFY2(config.ok(), qPrintable(config.error().toString()));
        QCOMPARE(config.value(), json);
    }

    void chartYamlWithoutVersionIsRefused()
    {
        auto config = ArtifactDetector::helmConfigFromChartYaml("apiVersion: v2\nname: a\n");
        QVERIFY(!config.ok());
        QCOMPARE(config.error().kind, Error::Kind::InvalidInput);

        const QString src = path(QStringLiteral("broken-src"));
        QVERIFY(writeFile(src + QStringLiteral("/broken/Chart.yaml"), "apiVersion: v2\nname: broken\n"));
        const QString archive = path(QStringLiteral("broken-1.tgz"));
        QVERIFY(makeTarGz(archive, src, {QStringLiteral("broken")}));
        auto detected = ArtifactDetector::detect({archive});
        QVERIFY(!detected.ok());
        QVERIFY2(detected.error().message.contains(QStringLiteral("broken/Chart.yaml")),
                 qPrintable(detected.error().message));
    }

    void tagForVersion()
    {
        QCOMPARE(ArtifactDetector::tagForVersion(QStringLiteral("1.2.3+meta.1")),
                 QStringLiteral("1.2.3_meta.1"));
        QCOMPARE(ArtifactDetector::tagForVersion(QStringLiteral("1.2.3-rc.1")), QStringLiteral("1.2.3-rc.1"));
    }

    void wasmModuleGetsWasmConfig()
    {
        const QString wasm = path(QStringLiteral("hello.wasm"));
        const QByteArray bytes = QByteArray("\0asm\x01\0\0\0", 8) + QByteArray(100, 'x');
        QVERIFY(writeFile(wasm, bytes));
        auto detected = ArtifactDetector::detect({wasm});
        QVERIFY2(detected.ok(), qPrintable(detected.error().toString()));
        QCOMPARE(detected->kind, ArtifactKind::Wasm);
        QCOMPARE(detected->configMediaType, QStringLiteral("application/vnd.wasm.config.v0+json"));
        QCOMPARE(detected->layerMediaTypes.value(wasm), QStringLiteral("application/wasm"));
        const QJsonObject config = QJsonDocument::fromJson(detected->configBytes).object();
        QCOMPARE(config.value(QLatin1String("architecture")).toString(), QStringLiteral("wasm"));
        QCOMPARE(config.value(QLatin1String("os")).toString(), QStringLiteral("wasip1"));
        QCOMPARE(config.value(QLatin1String("layerDigests")).toArray(),
                 QJsonArray{oci::Digest::sha256Of(bytes).toString()});
        QVERIFY(
            QDateTime::fromString(config.value(QLatin1String("created")).toString(), Qt::ISODate).isValid());
    }

    void classifiesByContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<ArtifactKind>("kind");
        QTest::addColumn<QString>("artifactType");
        QTest::addColumn<QString>("configMediaType");
        QTest::addColumn<QString>("layerMediaType"); // empty: the packer's default

        const QByteArray sifHeader = QByteArray("#!/usr/bin/env run-singularity\n").leftJustified(32, '\0') +
                                     QByteArray("SIF_MAGIC\0", 10) + QByteArray(64, '\0');
        QTest::newRow("sif") << QStringLiteral("image.sif") << sifHeader << ArtifactKind::Sif << QString()
                             << QStringLiteral("application/vnd.sylabs.sif.config.v1+json")
                             << QStringLiteral("application/vnd.sylabs.sif.layer.v1.sif");
        QTest::newRow("rego") << QStringLiteral("policy.rego") << QByteArray("package main\n")
                              << ArtifactKind::OpaBundle << QString()
                              << QStringLiteral("application/vnd.cncf.openpolicyagent.config.v1+json")
                              << QStringLiteral("application/vnd.cncf.openpolicyagent.policy.layer.v1+rego");
        QTest::newRow("spdx") << QStringLiteral("sbom.json")
                              << QByteArray("{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\"}")
                              << ArtifactKind::SpdxSbom << QStringLiteral("application/spdx+json")
                              << QString() << QStringLiteral("application/spdx+json");
        QTest::newRow("cyclonedx") << QStringLiteral("bom.json")
                                   << QByteArray(
                                          "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.5\"\n}")
                                   << ArtifactKind::CycloneDxSbom
                                   << QStringLiteral("application/vnd.cyclonedx+json") << QString()
                                   << QStringLiteral("application/vnd.cyclonedx+json");
        QTest::newRow("dsse") << QStringLiteral("att.intoto.jsonl")
                              << QByteArray("{\"payloadType\":\"application/"
                                            "vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":[]}")
                              << ArtifactKind::InTotoAttestation
                              << QStringLiteral("application/vnd.dsse.envelope.v1+json") << QString()
                              << QStringLiteral("application/vnd.dsse.envelope.v1+json");
        QTest::newRow("sigstore bundle")
            << QStringLiteral("artifact.sigstore.json")
            << QByteArray(
                   "{\"mediaType\":\"application/"
                   "vnd.dev.sigstore.bundle.v0.3+json\",\"verificationMaterial\":{},\"messageSignature\":{}}")
            << ArtifactKind::SigstoreBundle << QStringLiteral("application/vnd.dev.sigstore.bundle.v0.3+json")
            << QString() << QStringLiteral("application/vnd.dev.sigstore.bundle.v0.3+json");
        QTest::newRow("cosign .sig") << QStringLiteral("blob.sig") << QByteArray("MEUCIQDx...base64==\n")
                                     << ArtifactKind::CosignSignature
                                     << QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json")
                                     << QString()
                                     << QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json");
        QTest::newRow("notation jws .sig")
            << QStringLiteral("notation.sig")
            << QByteArray("{\"payload\":\"e30\",\"protected\":\"e30\",\"signature\":\"AA\"}")
            << ArtifactKind::NotationSignature << QStringLiteral("application/vnd.cncf.notary.signature")
            << QString() << QStringLiteral("application/jose+json");
        QTest::newRow("notation cose .sig")
            << QStringLiteral("notation-cose.sig") << QByteArray("\xd2\x84\x58\x20", 4)
            << ArtifactKind::NotationSignature << QStringLiteral("application/vnd.cncf.notary.signature")
            << QString() << QStringLiteral("application/cose");
        QTest::newRow("plain json") << QStringLiteral("data.json") << QByteArray("{\"a\":1}")
                                    << ArtifactKind::Files << QString() << QString() << QString();
        QTest::newRow("text") << QStringLiteral("readme.txt") << QByteArray("hello\n") << ArtifactKind::Files
                              << QString() << QString() << QString();
    }
    void classifiesByContent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(ArtifactKind, kind);
        QFETCH(QString, artifactType);
        QFETCH(QString, configMediaType);
        QFETCH(QString, layerMediaType);
        QTemporaryDir dir;
        const QString file = dir.filePath(name);
        QVERIFY(writeFile(file, content));
        auto detected = ArtifactDetector::detect({file});
        QVERIFY2(detected.ok(), qPrintable(detected.error().toString()));
        QCOMPARE(detected->kind, kind);
        QCOMPARE(detected->artifactType, artifactType);
        QCOMPARE(detected->configMediaType, configMediaType);
        QCOMPARE(detected->layerMediaTypes.value(file), layerMediaType);
        QVERIFY(!detected->summary.isEmpty());
        if (!configMediaType.isEmpty())
            QVERIFY(!QJsonDocument::fromJson(detected->configBytes).isNull());
    }

    void sigstoreBundleContentAnnotation()
    {
        const QString file = path(QStringLiteral("dsse.sigstore.json"));
        const QByteArray bundle =
            "{\"mediaType\":\"application/"
            "vnd.dev.sigstore.bundle.v0.3+json\",\"dsseEnvelope\":{\"payloadType\":\"x\"}}";
        QVERIFY(writeFile(file, bundle));
        auto detected = ArtifactDetector::detect({file});
        QVERIFY(detected.ok());
        QCOMPARE(detected->annotations.value(QStringLiteral("dev.sigstore.bundle.content")),
                 QStringLiteral("dsse-envelope"));
    }

    void opaBundleAndOtherArchives()
    {
        const QString src = path(QStringLiteral("bundle-src"));
        QVERIFY(writeFile(src + QStringLiteral("/policy/authz.rego"), "package authz\n"));
        QVERIFY(writeFile(src + QStringLiteral("/data.json"), "{}"));
        const QByteArray manifest = "{\"roots\":[\"authz\"]}";
        QVERIFY(writeFile(src + QStringLiteral("/.manifest"), manifest));
        const QString bundle = path(QStringLiteral("bundle.tar.gz"));
        QVERIFY(
            makeTarGz(bundle, src,
                      {QStringLiteral("policy"), QStringLiteral("data.json"), QStringLiteral(".manifest")}));
        auto detected = ArtifactDetector::detect({bundle});
        QVERIFY2(detected.ok(), qPrintable(detected.error().toString()));
        QCOMPARE(detected->kind, ArtifactKind::OpaBundle);
        QCOMPARE(detected->configMediaType, QString(MediaType::OciConfig));
        QCOMPARE(detected->configBytes, QByteArray("{}"));
        QCOMPARE(detected->layerMediaTypes.value(bundle), QString(MediaType::OciLayerTarGzip));

        QVERIFY(writeFile(src + QStringLiteral("/bin/tool"), "ELF"));
        const QString other = path(QStringLiteral("other.tar.gz"));
        QVERIFY(makeTarGz(other, src, {QStringLiteral("policy"), QStringLiteral("bin")}));
        detected = ArtifactDetector::detect({other});
        QVERIFY(detected.ok());
        QCOMPARE(detected->kind, ArtifactKind::Files);
        QVERIFY(detected->layerMediaTypes.isEmpty());
    }

    void regoWithDataAndManifest()
    {
        const QString rego = path(QStringLiteral("rego/main.rego"));
        const QString data = path(QStringLiteral("rego/data.json"));
        QVERIFY(writeFile(rego, "package main\n"));
        const QByteArray dataJson = "{\"allowed\":[\"a\"]}";
        QVERIFY(writeFile(data, dataJson));
        auto detected = ArtifactDetector::detect({rego, data});
        QVERIFY(detected.ok());
        QCOMPARE(detected->kind, ArtifactKind::OpaBundle);
        QCOMPARE(detected->layerMediaTypes.value(rego), QString(MediaType::OpaPolicyLayer));
        QCOMPARE(detected->layerMediaTypes.value(data), QString(MediaType::OpaDataLayer));
    }

    void filesAndFoldersKeepPackerDefaults()
    {
        const QString folder = path(QStringLiteral("site"));
        QVERIFY(writeFile(folder + QStringLiteral("/index.html"), "<html/>"));
        const QString a = path(QStringLiteral("a.txt"));
        QVERIFY(writeFile(a, "a"));
        auto detected = ArtifactDetector::detect({a, folder});
        QVERIFY(detected.ok());
        QCOMPARE(detected->kind, ArtifactKind::Files);
        QVERIFY(detected->layerMediaTypes.isEmpty());
        QVERIFY(detected->configMediaType.isEmpty());
        QVERIFY(detected->suggestedTag.isEmpty());
        QCOMPARE(detected->summary, QStringLiteral("1 file(s) and 1 folder(s)"));
        // A chart together with unrelated files is not a chart push.
        detected = ArtifactDetector::detect({m_chart, a});
        QVERIFY(detected.ok());
        QCOMPARE(detected->kind, ArtifactKind::Files);
    }

    void missingPathIsNotFound()
    {
        auto detected = ArtifactDetector::detect({path(QStringLiteral("nope.tgz"))});
        QVERIFY(!detected.ok());
        QCOMPARE(detected.error().kind, Error::Kind::NotFound);
        QVERIFY(!ArtifactDetector::detect({}).ok());
    }

    // Detected chart → PackRequest → TestRegistry: the manifest has exactly Helm's media types and the
    // config blob is the generated JSON.
    void detectedChartPushesAsHelmWould()
    {
        lading::test::TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        auto detected = ArtifactDetector::detect({m_chart, m_prov});
        QVERIFY(detected.ok());
        const QString configPath = path(QStringLiteral("helm-config.json"));
        QVERIFY(writeFile(configPath, detected->configBytes));
        PackRequest request;
        request.paths = {m_chart, m_prov};
        request.layerMediaTypes = detected->layerMediaTypes;
        request.configPath = configPath;
        request.configMediaType = detected->configMediaType;
        request.artifactType = detected->artifactType;
        request.manifestAnnotations = detected->annotations;
        request.workDir = m_dir.path();
        auto packed = ArtifactPacker::pack(request);
        QVERIFY2(packed.ok(), qPrintable(packed.error().toString()));
        RegistryOptions options;
        options.maxRetries = 1;
        auto client = std::make_shared<RegistryClient>(
            registry.host(), options, [](const QString&) -> Result<Credential> { return Credential(); });
        RemoteRepository repo(client, QStringLiteral("charts/demo-chart"));
        auto pushed = ArtifactPacker::push(packed.value(), repo, detected->suggestedTag);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().toString()));
        QCOMPARE(registry.tags(QStringLiteral("charts/demo-chart")),
                 QStringList{QStringLiteral("0.1.0_build.7")});
        const QJsonObject manifest =
            QJsonDocument::fromJson(
                registry.manifest(QStringLiteral("charts/demo-chart"), QStringLiteral("0.1.0_build.7")))
                .object();
        QVERIFY(!manifest.contains(QLatin1String("artifactType")));
        const QJsonObject config = manifest.value(QLatin1String("config")).toObject();
        QCOMPARE(config.value(QLatin1String("mediaType")).toString(), QString(MediaType::HelmConfig));
        const auto configDigest = oci::Digest::parse(config.value(QLatin1String("digest")).toString());
        QVERIFY(configDigest.ok());
        QCOMPARE(registry.blob(QStringLiteral("charts/demo-chart"), configDigest.value()),
                 detected->configBytes);
        const QJsonArray layers = manifest.value(QLatin1String("layers")).toArray();
        QCOMPARE(layers.size(), 2);
        QCOMPARE(layers[0].toObject().value(QLatin1String("mediaType")).toString(),
                 QString(MediaType::HelmChart));
        QCOMPARE(layers[1].toObject().value(QLatin1String("mediaType")).toString(),
                 QString(MediaType::HelmProvenance));
        const auto chartDigest =
            oci::Digest::parse(layers[0].toObject().value(QLatin1String("digest")).toString());
        QVERIFY(chartDigest.ok());
        QCOMPARE(registry.blob(QStringLiteral("charts/demo-chart"), chartDigest.value()), readFile(m_chart));
    }
};

QTEST_GUILESS_MAIN(TestArtifactDetector)
#include "tst_artifactdetector.moc"
