#include "tests/support/testsboms.h"

#include "core/oci/descriptor.h"
#include "core/oci/mediatypes.h"
#include "tests/support/testmanifests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lading::test {

namespace {

namespace MediaType = oci::MediaType;
using inspect::SbomPackage;

// A JSON string literal (quotes included).
QByteArray quoted(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
            else
                out += QString(c).toUtf8();
        }
    }
    out += '"';
    return out;
}

bool isExpression(const QString& licence)
{
    return licence.contains(QLatin1String(" OR ")) || licence.contains(QLatin1String(" AND ")) ||
           licence.contains(QLatin1String(" WITH "));
}

QByteArray spdxSupplier(const QString& supplier, int index)
{
    if (supplier.isEmpty())
        return QByteArrayLiteral("NOASSERTION");
    if (supplier.contains(QLatin1Char(' ')) && index % 2 == 1) {
        const QString mail =
            supplier.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
        return (QStringLiteral("Person: ") + supplier + QStringLiteral(" (") + mail + QLatin1Char(')'))
            .toUtf8();
    }
    return (QStringLiteral("Organization: ") + supplier).toUtf8();
}

QByteArray cycloneDxComponent(const SbomPackage& p, int index, const QByteArray& children)
{
    QByteArray out = "{\"type\":\"library\",\"bom-ref\":" + quoted(QStringLiteral("ref-%1").arg(index)) +
                     ",\"name\":" + quoted(p.name) + ",\"version\":" + quoted(p.version);
    if (!p.purl.isEmpty())
        out += ",\"purl\":" + quoted(p.purl);
    if (!p.licences.isEmpty()) {
        QList<QByteArray> licences;
        for (const QString& licence : p.licences) {
            if (isExpression(licence))
                licences.append("{\"expression\":" + quoted(licence) + '}');
            else if (licence.startsWith(QLatin1String("LicenseRef-")))
                licences.append("{\"license\":{\"name\":" + quoted(licence) + "}}");
            else
                licences.append("{\"license\":{\"id\":" + quoted(licence) + "}}");
        }
        out += ",\"licenses\":[" + licences.join(',') + ']';
    }
    if (!p.supplier.isEmpty()) {
        if (index % 2 == 0)
            out += ",\"supplier\":{\"name\":" + quoted(p.supplier) + '}';
        else
            out += ",\"publisher\":" + quoted(p.supplier);
    }
    if (!children.isEmpty())
        out += ",\"components\":[" + children + ']';
    out += '}';
    return out;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<oci::Descriptor> pushBlob(store::Store& store, const QString& mediaType, const QByteArray& bytes,
                                 const oci::Annotations& annotations = {})
{
    oci::Descriptor d = oci::Descriptor::forBytes(mediaType, bytes);
    LADING_TRY(store.pushBlob(d, bytes));
    d.annotations = annotations;
    return d;
}

QString subjectJson(const oci::Digest& digest, qint64 size)
{
    oci::Descriptor subject;
    subject.mediaType = QString(MediaType::OciManifest);
    subject.digest = digest;
    subject.size = size;
    return QStringLiteral("\"subject\":%1,").arg(descriptorJson(subject));
}

struct Pushed
{
    oci::Digest digest;
    qint64 size = 0;
};

Result<Pushed> pushManifest(store::Store& store, const QByteArray& bytes, const QString& tag = {},
                            const QString& mediaType = QString(MediaType::OciManifest))
{
    auto d = store.pushManifest(bytes, mediaType, tag);
    if (!d)
        return d.error();
    return Pushed{d->digest, bytes.size()};
}

// An SBOM artifact attached to `subject`: artifactType = layer type, the empty config.
Result<Pushed> pushSbomReferrer(store::Store& store, const Pushed& subject, const QString& type,
                                const QByteArray& document, const QString& title)
{
    auto layer = pushBlob(store, type, document, {{QString(oci::Annotation::Title), title}});
    if (!layer)
        return layer.error();
    LADING_TRY(store.pushBlob(oci::Descriptor::empty(), oci::Descriptor::emptyBytes()));
    const QString extra =
        QStringLiteral("\"artifactType\":\"%1\",").arg(type) + subjectJson(subject.digest, subject.size);
    return pushManifest(store, imageManifest(oci::Descriptor::empty(), {layer.value()}, extra));
}

Result<oci::Descriptor> imageConfig(store::Store& store, const QString& os, const QString& architecture)
{
    const QByteArray config =
        compact({{QStringLiteral("architecture"), architecture},
                 {QStringLiteral("os"), os},
                 {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                                        {QStringLiteral("diff_ids"), QJsonArray()}}}});
    return pushBlob(store, QString(MediaType::OciConfig), config);
}

Result<Pushed> pushImage(store::Store& store, const QString& architecture, const QString& tag,
                         const QString& note)
{
    auto config = imageConfig(store, QStringLiteral("linux"), architecture);
    if (!config)
        return config.error();
    auto layer = pushBlob(store, QString(MediaType::OciLayerTarGzip),
                          QStringLiteral("not really a layer of %1 (%2)").arg(architecture, note).toUtf8());
    if (!layer)
        return layer.error();
    return pushManifest(store, imageManifest(config.value(), {layer.value()}), tag);
}

// A BuildKit attestation manifest for `platform`: an SPDX statement and a provenance statement, each an
// in-toto layer with its predicate type annotated.
Result<Pushed> pushBuildKitAttestation(store::Store& store, const Pushed& platform,
                                       const QList<SbomPackage>& packages, const QString& name)
{
    auto config = imageConfig(store, QStringLiteral("unknown"), QStringLiteral("unknown"));
    if (!config)
        return config.error();
    const QString typeKey = QString(oci::Annotation::InTotoPredicateType);
    auto sbom =
        pushBlob(store, QString(MediaType::InToto),
                 inTotoStatement(spdxJson(packages, name), QString(kSpdxPredicateType), platform.digest),
                 {{typeKey, QString(kSpdxPredicateType)}});
    if (!sbom)
        return sbom.error();
    auto provenance = pushBlob(
        store, QString(MediaType::InToto),
        inTotoStatement("{\"builder\":{\"id\":\"buildkit\"}}", QString(kSlsaPredicateType), platform.digest),
        {{typeKey, QString(kSlsaPredicateType)}});
    if (!provenance)
        return provenance.error();
    return pushManifest(store, imageManifest(config.value(), {sbom.value(), provenance.value()}));
}

QJsonObject indexEntry(const Pushed& manifest, const QString& os, const QString& architecture,
                       const QJsonObject& annotations = {})
{
    QJsonObject entry{
        {QStringLiteral("mediaType"), QString(MediaType::OciManifest)},
        {QStringLiteral("digest"), manifest.digest.toString()},
        {QStringLiteral("size"), manifest.size},
        {QStringLiteral("platform"),
         QJsonObject{{QStringLiteral("os"), os}, {QStringLiteral("architecture"), architecture}}}};
    if (!annotations.isEmpty())
        entry.insert(QStringLiteral("annotations"), annotations);
    return entry;
}

QJsonObject attestationAnnotations(const Pushed& platform)
{
    return {{QString(oci::Annotation::DockerReferenceType), QStringLiteral("attestation-manifest")},
            {QString(oci::Annotation::DockerReferenceDigest), platform.digest.toString()}};
}

} // namespace

QList<SbomPackage> generatedPackages(int count, const QString& prefix)
{
    static const QStringList suppliers{QStringLiteral("Example Corp"), QStringLiteral("Jane Doe"), QString(),
                                       QStringLiteral("ACME (Europe) GmbH"), QStringLiteral("Debian")};
    QList<SbomPackage> packages;
    packages.reserve(count);
    for (int i = 0; i < count; ++i) {
        SbomPackage p;
        p.name = QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        p.version = QStringLiteral("%1.%2.%3").arg(i % 7 + 1).arg(i % 13).arg(i % 5);
        switch (i % 6) {
        case 0:
            p.type = QStringLiteral("npm");
            p.purl = QStringLiteral("pkg:npm/%1@%2").arg(p.name, p.version);
            break;
        case 1:
            p.type = QStringLiteral("deb");
            p.purl = QStringLiteral("pkg:deb/debian/%1@%2?arch=amd64").arg(p.name, p.version);
            break;
        case 2:
            p.type = QStringLiteral("pypi");
            p.purl = QStringLiteral("pkg:pypi/%1@%2").arg(p.name, p.version);
            break;
        case 3:
            p.type = QStringLiteral("golang");
            p.purl = QStringLiteral("pkg:golang/example.com/%1@v%2").arg(p.name, p.version);
            break;
        case 4:
            p.type = QStringLiteral("maven");
            p.purl = QStringLiteral("pkg:maven/org.example/%1@%2").arg(p.name, p.version);
            break;
        default:
            p.type = QStringLiteral("library"); // no purl: the component type / package purpose
            break;
        }
        switch (i % 7) {
        case 0:
            p.licences = {QStringLiteral("MIT")};
            break;
        case 1:
            p.licences = {QStringLiteral("Apache-2.0")};
            break;
        case 2:
            p.licences = {QStringLiteral("GPL-2.0-only")};
            break;
        case 3:
            p.licences = {QStringLiteral("MIT OR Apache-2.0")};
            break;
        case 4:
            p.licences = {QStringLiteral("BSD-3-Clause"), QStringLiteral("MIT")};
            break;
        case 5:
            break;
        default:
            p.licences = {QStringLiteral("LicenseRef-Proprietary")};
            break;
        }
        p.supplier = suppliers.at(i % suppliers.size());
        packages.append(std::move(p));
    }
    return packages;
}

QByteArray spdxJson(const QList<SbomPackage>& packages, const QString& name, const QString& spdxVersion)
{
    QByteArray out;
    out.reserve(packages.size() * 420 + 1024);
    out += "{\"spdxVersion\":" + quoted(spdxVersion) +
           ",\"dataLicense\":\"CC0-1.0\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"name\":" + quoted(name) +
           ",\"documentNamespace\":" + quoted(QStringLiteral("https://example.invalid/spdx/") + name) +
           ",\"creationInfo\":{\"created\":\"2026-01-01T00:00:00Z\",\"creators\":[\"Tool: testsboms-1.0\","
           "\"Organization: Lading\"]},\"packages\":[";
    for (qsizetype i = 0; i < packages.size(); ++i) {
        const SbomPackage& p = packages.at(i);
        if (i > 0)
            out += ',';
        out += "{\"SPDXID\":" + quoted(QStringLiteral("SPDXRef-Package-%1").arg(i)) +
               ",\"name\":" + quoted(p.name) + ",\"versionInfo\":" + quoted(p.version) +
               ",\"downloadLocation\":\"NOASSERTION\"";
        const QString concluded = p.licences.value(0, QStringLiteral("NOASSERTION"));
        // A single licence is sometimes declared too (read back once); otherwise the second one is.
        QString declared = p.licences.value(1);
        if (declared.isEmpty())
            declared = p.licences.size() == 1 && i % 2 == 1 ? concluded : QStringLiteral("NOASSERTION");
        out += ",\"licenseConcluded\":" + quoted(concluded) + ",\"licenseDeclared\":" + quoted(declared);
        out += ",\"supplier\":" + quoted(QString::fromUtf8(spdxSupplier(p.supplier, int(i))));
        if (!p.purl.isEmpty()) {
            out += ",\"externalRefs\":[{\"referenceCategory\":\"PACKAGE-MANAGER\",\"referenceType\":\"purl\","
                   "\"referenceLocator\":" +
                   quoted(p.purl) + "}]";
        } else {
            out += ",\"primaryPackagePurpose\":\"LIBRARY\"";
        }
        out += '}';
    }
    out += "],\"relationships\":[]}";
    return out;
}

QByteArray cycloneDxJson(const QList<SbomPackage>& packages, const QString& specVersion, int nestDepth,
                         const QString& name)
{
    nestDepth = qMax(1, nestDepth);
    QByteArray out;
    out.reserve(packages.size() * 360 + 1024);
    const bool toolsObject = specVersion != QLatin1String("1.4");
    out += "{\"bomFormat\":\"CycloneDX\",\"specVersion\":" + quoted(specVersion) +
           ",\"serialNumber\":\"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\",\"version\":1,\"metadata\":{"
           "\"timestamp\":\"2026-01-02T00:00:00Z\",\"tools\":";
    out += toolsObject
               ? "{\"components\":[{\"type\":\"application\",\"name\":\"testsboms\",\"version\":\"1.0\"}]}"
               : "[{\"vendor\":\"lading\",\"name\":\"testsboms\",\"version\":\"1.0\"}]";
    out += ",\"authors\":[{\"name\":\"Lading tests\"}],\"component\":{\"type\":\"application\",\"name\":" +
           quoted(name) + ",\"version\":\"1.0\"}},\"components\":[";
    for (qsizetype start = 0; start < packages.size(); start += nestDepth) {
        const qsizetype end = qMin<qsizetype>(start + nestDepth, packages.size());
        QByteArray chain;
        for (qsizetype i = end - 1; i >= start; --i)
            chain = cycloneDxComponent(packages.at(i), int(i), chain);
        if (start > 0)
            out += ',';
        out += chain;
    }
    out += "],\"dependencies\":[]}";
    return out;
}

QByteArray inTotoStatement(const QByteArray& predicateJson, const QString& predicateType,
                           const oci::Digest& subject)
{
    return "{\"_type\":\"https://in-toto.io/Statement/v0.1\",\"predicateType\":" + quoted(predicateType) +
           ",\"subject\":[{\"name\":\"test-subject\",\"digest\":{" + quoted(subject.algorithm()) + ':' +
           quoted(subject.encoded()) + "}}],\"predicate\":" + predicateJson + '}';
}

QByteArray dsseEnvelope(const QByteArray& payload, const QString& payloadType)
{
    return "{\"payloadType\":" + quoted(payloadType) + ",\"payload\":\"" + payload.toBase64() +
           "\",\"signatures\":[{\"keyid\":\"test\",\"sig\":\"" +
           QByteArrayLiteral("dummy signature").toBase64() + "\"}]}";
}

Result<SbomGallery> seedSbomGallery(store::Store& store, int packages)
{
    SbomGallery g;
    g.spdxPackages = generatedPackages(packages, QStringLiteral("spdx"));
    g.cycloneDxPackages = generatedPackages(packages, QStringLiteral("cdx"));
    g.inTotoPackages = generatedPackages(packages, QStringLiteral("intoto"));
    g.cosignSbomPackages = generatedPackages(packages, QStringLiteral("cosign-sbom"));
    g.cosignAttPackages = generatedPackages(packages, QStringLiteral("cosign-att"));
    g.amd64Packages = generatedPackages(packages, QStringLiteral("amd64"));
    g.arm64Packages = generatedPackages(packages, QStringLiteral("arm64"));

    auto image = pushImage(store, QStringLiteral("amd64"), QStringLiteral("image"), QStringLiteral("image"));
    if (!image)
        return image.error();
    g.image = image->digest;

    auto spdx = pushSbomReferrer(store, image.value(), QString(MediaType::SpdxJson),
                                 spdxJson(g.spdxPackages, QStringLiteral("spdx-referrer")),
                                 QStringLiteral("sbom.spdx.json"));
    if (!spdx)
        return spdx.error();
    g.spdxReferrer = spdx->digest;

    auto cdx = pushSbomReferrer(store, image.value(), QString(MediaType::CycloneDxJson),
                                cycloneDxJson(g.cycloneDxPackages, QStringLiteral("1.6"), 3),
                                QStringLiteral("sbom.cdx.json"));
    if (!cdx)
        return cdx.error();
    g.cycloneDxReferrer = cdx->digest;

    // No predicate type annotation: the locator has to look inside.
    auto inToto = pushSbomReferrer(store, image.value(), QString(MediaType::InToto),
                                   inTotoStatement(cycloneDxJson(g.inTotoPackages, QStringLiteral("1.4")),
                                                   QString(kCycloneDxPredicateType), image->digest),
                                   QStringLiteral("statement.json"));
    if (!inToto)
        return inToto.error();
    g.inTotoReferrer = inToto->digest;

    // cosign's tags: an image config with the SBOM, or the DSSE envelopes, as layers.
    const QString cosignPrefix = image->digest.referrersTag();
    auto cosignConfig = imageConfig(store, QStringLiteral("linux"), QStringLiteral("amd64"));
    if (!cosignConfig)
        return cosignConfig.error();
    auto sbomLayer =
        pushBlob(store, QString(MediaType::SpdxTextJson),
                 spdxJson(g.cosignSbomPackages, QStringLiteral("cosign-sbom"), QStringLiteral("SPDX-2.2")));
    if (!sbomLayer)
        return sbomLayer.error();
    auto sbomTag = pushManifest(store, imageManifest(cosignConfig.value(), {sbomLayer.value()}),
                                cosignPrefix + QStringLiteral(".sbom"));
    if (!sbomTag)
        return sbomTag.error();
    g.cosignSbom = sbomTag->digest;

    const QString predicateKey = QStringLiteral("predicateType");
    auto provenance = pushBlob(store, QString(MediaType::DsseEnvelope),
                               dsseEnvelope(inTotoStatement("{\"builder\":{\"id\":\"ci\"}}",
                                                            QString(kSlsaPredicateType), image->digest)),
                               {{predicateKey, QString(kSlsaPredicateType)}});
    if (!provenance)
        return provenance.error();
    auto attested =
        pushBlob(store, QString(MediaType::DsseEnvelope),
                 dsseEnvelope(inTotoStatement(spdxJson(g.cosignAttPackages, QStringLiteral("cosign-att")),
                                              QString(kSpdxPredicateType), image->digest)),
                 {{predicateKey, QString(kSpdxPredicateType)}});
    if (!attested)
        return attested.error();
    auto attTag =
        pushManifest(store, imageManifest(cosignConfig.value(), {provenance.value(), attested.value()}),
                     cosignPrefix + QStringLiteral(".att"));
    if (!attTag)
        return attTag.error();
    g.cosignAtt = attTag->digest;

    // A multi-platform image as BuildKit pushes it.
    auto amd64 = pushImage(store, QStringLiteral("amd64"), {}, QStringLiteral("multi"));
    auto arm64 = pushImage(store, QStringLiteral("arm64"), {}, QStringLiteral("multi"));
    if (!amd64 || !arm64)
        return (amd64 ? arm64 : amd64).error();
    g.amd64 = amd64->digest;
    g.arm64 = arm64->digest;
    auto amd64Att = pushBuildKitAttestation(store, amd64.value(), g.amd64Packages, QStringLiteral("amd64"));
    if (!amd64Att)
        return amd64Att.error();
    auto arm64Att = pushBuildKitAttestation(store, arm64.value(), g.arm64Packages, QStringLiteral("arm64"));
    if (!arm64Att)
        return arm64Att.error();
    const QJsonObject index{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString(MediaType::OciIndex)},
        {QStringLiteral("manifests"),
         QJsonArray{indexEntry(amd64.value(), QStringLiteral("linux"), QStringLiteral("amd64")),
                    indexEntry(arm64.value(), QStringLiteral("linux"), QStringLiteral("arm64")),
                    indexEntry(amd64Att.value(), QStringLiteral("unknown"), QStringLiteral("unknown"),
                               attestationAnnotations(amd64.value())),
                    indexEntry(arm64Att.value(), QStringLiteral("unknown"), QStringLiteral("unknown"),
                               attestationAnnotations(arm64.value()))}}};
    auto pushedIndex =
        pushManifest(store, compact(index), QStringLiteral("multi"), QString(MediaType::OciIndex));
    if (!pushedIndex)
        return pushedIndex.error();
    g.index = pushedIndex->digest;
    return g;
}

} // namespace lading::test
