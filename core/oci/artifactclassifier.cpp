#include "core/oci/artifactclassifier.h"

#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

LADING_TR_CONTEXT(ArtifactClass);

namespace lading::oci {

namespace {

// Media types seen in the wild that mediatypes.h has no use for elsewhere (oci-reference §7).
constexpr QLatin1StringView kSigstoreBundlePrefix{"application/vnd.dev.sigstore.bundle"};
constexpr QLatin1StringView kCosignArtifactSigPrefix{"application/vnd.dev.cosign.artifact.sig"};
constexpr QLatin1StringView kCosignArtifactAttPrefix{"application/vnd.dev.cosign.artifact.att"};
constexpr QLatin1StringView kCosignArtifactSbomPrefix{"application/vnd.dev.cosign.artifact.sbom"};
constexpr QLatin1StringView kCycloneDxPrefix{"application/vnd.cyclonedx"};
constexpr QLatin1StringView kInTotoPrefix{"application/vnd.in-toto"};
constexpr QLatin1StringView kBuildKitAttestationConfig{"application/vnd.docker.attestation.config.v1+json"};
constexpr QLatin1StringView kModelPrefix{"application/vnd.cncf.model."};
constexpr QLatin1StringView kOpaPrefix{"application/vnd.cncf.openpolicyagent."};
// Singularity < 3.7 shipped these with a typo in "application" and no version (hpcng/singularity#4437).
constexpr QLatin1StringView kSifLayerTypo{"appliciation/vnd.sylabs.sif.layer.tar"};
constexpr QLatin1StringView kSifLayerTypoGzip{"appliciation/vnd.sylabs.sif.layer.tar+gzip"};
constexpr QLatin1StringView kWasmVariantAnnotation{"module.wasm.image/variant"};

bool isSpdx(const QString& t)
{
    return t == MediaType::SpdxJson || t == MediaType::SpdxText || t == MediaType::SpdxTextJson;
}
bool isCycloneDx(const QString& t)
{
    return t.startsWith(kCycloneDxPrefix);
}
bool isSif(const QString& t)
{
    return t == MediaType::SifConfig || t == MediaType::SifConfigLegacy || t == MediaType::SifLayer ||
           t == kSifLayerTypo || t == kSifLayerTypoGzip;
}
bool isWasm(const QString& t)
{
    return t == MediaType::WasmConfig || t == MediaType::WasmConfigV1 || t == MediaType::WasmConfigSolo ||
           t == MediaType::WasmLayer || t == MediaType::WasmLayerLegacy || t == MediaType::WasmLayerSolo;
}
bool isGzipTarLayer(const QString& t)
{
    return t == MediaType::OciLayerTarGzip || t == MediaType::DockerLayerTarGzip;
}
// An empty artifactType, or one naming the empty blob, carries no information.
bool isMeaningfulType(const QString& t)
{
    return !t.isEmpty() && MediaType::essence(t) != MediaType::Empty;
}

bool isCosignTag(const QString& tag)
{
    static const QRegularExpression cosign(
        QStringLiteral("^sha(256|512)-[0-9a-f]{64,128}\\.(sig|att|sbom)$"));
    return cosign.match(tag).hasMatch();
}

ArtifactClass byArtifactType(const QString& type)
{
    if (const auto kind = ArtifactClassifier::kindOfType(type))
        return {*kind, type};
    return {ArtifactKind::Unknown, type};
}

// Step 3 of §4.6: the layers name the artifact when the config does not.
std::optional<ArtifactClass> byLayers(const Manifest& manifest, bool imageConfig)
{
    const auto& layers = manifest.layers();
    QStringList types;
    for (const auto& layer : layers)
        types.append(MediaType::essence(layer.mediaType));
    const auto find = [&](auto&& predicate) -> std::optional<qsizetype> {
        for (qsizetype i = 0; i < types.size(); ++i) {
            if (predicate(types.at(i)))
                return i;
        }
        return std::nullopt;
    };
    const auto decided = [&](ArtifactKind kind, qsizetype layer) {
        return ArtifactClass{kind, layers.at(layer).mediaType};
    };

    if (auto i = find([](const QString& t) { return t == MediaType::CosignSimpleSigning; }))
        return decided(ArtifactKind::CosignSignature, *i);
    if (auto i = find([](const QString& t) { return t.startsWith(kSigstoreBundlePrefix); }))
        return decided(ArtifactKind::SigstoreBundle, *i);
    // cosign stores attestations as DSSE layers under an image config; elsewhere DSSE is plain in-toto.
    if (auto i = find([](const QString& t) { return t == MediaType::DsseEnvelope; }))
        return decided(imageConfig ? ArtifactKind::CosignAttestation : ArtifactKind::InTotoAttestation, *i);
    // BuildKit keeps its attestations as in-toto layers of an image manifest inside the image's index.
    if (auto i = find([](const QString& t) { return t.startsWith(kInTotoPrefix); }))
        return decided(imageConfig ? ArtifactKind::BuildKitAttestation : ArtifactKind::InTotoAttestation, *i);
    if (imageConfig) {
        // cosign's deprecated "attach sbom" puts the SBOM as a layer of an image-config manifest.
        if (auto i = find(
                [](const QString& t) { return isSpdx(t) || isCycloneDx(t) || t == MediaType::SyftJson; }))
            return decided(ArtifactKind::CosignSbom, *i);
    } else {
        if (auto i = find(isSpdx))
            return decided(ArtifactKind::SpdxSbom, *i);
        if (auto i = find(isCycloneDx))
            return decided(ArtifactKind::CycloneDxSbom, *i);
        // Notation puts exactly one JWS or COSE envelope in a manifest.
        if (types.size() == 1 && (types.first() == MediaType::Jose || types.first() == MediaType::Cose))
            return decided(ArtifactKind::NotationSignature, 0);
    }
    if (auto i = find(
            [](const QString& t) { return t == MediaType::HelmChart || t == MediaType::HelmChartLegacy; }))
        return decided(ArtifactKind::HelmChart, *i);
    if (auto i = find(isSif))
        return decided(ArtifactKind::Sif, *i);
    if (auto i = find(isWasm))
        return decided(ArtifactKind::Wasm, *i);
    // solo.io's "compat" variant: an ordinary image with plugin.wasm in a tar+gzip layer, marked by an
    // annotation on the manifest or on the layer.
    const auto compat = [](const Annotations& a) {
        return a.value(QString(kWasmVariantAnnotation)).startsWith(QLatin1String("compat"));
    };
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (isGzipTarLayer(types.at(i)) &&
            (compat(manifest.annotations()) || compat(layers.at(i).annotations)))
            return decided(ArtifactKind::Wasm, i);
    }
    if (auto i = find([](const QString& t) { return t.startsWith(kOpaPrefix); }))
        return decided(ArtifactKind::OpaBundle, *i);
    if (auto i = find([](const QString& t) { return t.startsWith(kModelPrefix); }))
        return decided(ArtifactKind::ModelPackModel, *i);
    return std::nullopt;
}

} // namespace

QString ArtifactClass::label() const
{
    switch (kind) {
    case ArtifactKind::Image:
        return tr("Container image");
    case ArtifactKind::MultiPlatformImage:
        return tr("Multi-platform image");
    case ArtifactKind::HelmChart:
        return tr("Helm chart");
    case ArtifactKind::CosignSignature:
        return tr("Cosign signature");
    case ArtifactKind::CosignAttestation:
        return tr("Cosign attestation");
    case ArtifactKind::CosignSbom:
        return tr("Cosign SBOM");
    case ArtifactKind::SigstoreBundle:
        return tr("Sigstore bundle");
    case ArtifactKind::NotationSignature:
        return tr("Notation signature");
    case ArtifactKind::SpdxSbom:
        return tr("SPDX SBOM");
    case ArtifactKind::CycloneDxSbom:
        return tr("CycloneDX SBOM");
    case ArtifactKind::InTotoAttestation:
        return tr("In-toto attestation");
    case ArtifactKind::Wasm:
        return tr("WebAssembly module");
    case ArtifactKind::Sif:
        return tr("Apptainer image (SIF)");
    case ArtifactKind::OpaBundle:
        return tr("OPA policy bundle");
    case ArtifactKind::ModelPackModel:
        return tr("AI model (ModelPack)");
    case ArtifactKind::Files:
        return tr("Files");
    case ArtifactKind::BuildKitAttestation:
        return tr("BuildKit attestations");
    case ArtifactKind::Unknown:
        break;
    }
    return type.isEmpty() ? tr("Unknown") : tr("Unknown (%1)").arg(type);
}

QString ArtifactClass::iconName() const
{
    switch (kind) {
    case ArtifactKind::Image:
    case ArtifactKind::MultiPlatformImage:
        return QStringLiteral("image");
    case ArtifactKind::HelmChart:
        return QStringLiteral("helm");
    case ArtifactKind::CosignSignature:
    case ArtifactKind::SigstoreBundle:
    case ArtifactKind::NotationSignature:
        return QStringLiteral("signature");
    case ArtifactKind::CosignSbom:
    case ArtifactKind::SpdxSbom:
    case ArtifactKind::CycloneDxSbom:
        return QStringLiteral("sbom");
    case ArtifactKind::CosignAttestation:
    case ArtifactKind::InTotoAttestation:
    case ArtifactKind::BuildKitAttestation:
        return QStringLiteral("attestation");
    case ArtifactKind::Wasm:
        return QStringLiteral("wasm");
    case ArtifactKind::Sif:
        return QStringLiteral("sif");
    case ArtifactKind::OpaBundle:
        return QStringLiteral("policy");
    case ArtifactKind::ModelPackModel:
        return QStringLiteral("model");
    case ArtifactKind::Files:
        return QStringLiteral("files");
    case ArtifactKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<ArtifactKind> ArtifactClassifier::kindOfType(const QString& mediaType)
{
    const QString t = MediaType::essence(mediaType);
    if (t == MediaType::HelmConfig || t == MediaType::HelmChart || t == MediaType::HelmProvenance)
        return ArtifactKind::HelmChart;
    if (t == MediaType::CosignSimpleSigning || t.startsWith(kCosignArtifactSigPrefix))
        return ArtifactKind::CosignSignature;
    if (t.startsWith(kCosignArtifactAttPrefix))
        return ArtifactKind::CosignAttestation;
    if (t.startsWith(kCosignArtifactSbomPrefix))
        return ArtifactKind::CosignSbom;
    // The bundle's legacy types carry the version as a parameter ("…bundle+json;version=0.2"); the
    // essence drops it.
    if (t.startsWith(kSigstoreBundlePrefix))
        return ArtifactKind::SigstoreBundle;
    if (t == MediaType::NotationSignature)
        return ArtifactKind::NotationSignature;
    if (isSpdx(t))
        return ArtifactKind::SpdxSbom;
    if (isCycloneDx(t))
        return ArtifactKind::CycloneDxSbom;
    if (t == kBuildKitAttestationConfig)
        return ArtifactKind::BuildKitAttestation;
    if (t == MediaType::DsseEnvelope || t.startsWith(kInTotoPrefix))
        return ArtifactKind::InTotoAttestation;
    if (isWasm(t))
        return ArtifactKind::Wasm;
    if (isSif(t))
        return ArtifactKind::Sif;
    if (t.startsWith(kOpaPrefix))
        return ArtifactKind::OpaBundle;
    if (t.startsWith(kModelPrefix))
        return ArtifactKind::ModelPackModel;
    if (t == MediaType::UnknownArtifact)
        return ArtifactKind::Files;
    return std::nullopt;
}

ArtifactClass ArtifactClassifier::classify(const Manifest& manifest, const QString& tagHint)
{
    // Step 1: an explicit artifactType is the answer, for manifests and indexes alike.
    if (isMeaningfulType(manifest.artifactType()))
        return byArtifactType(manifest.artifactType());
    if (manifest.isIndex())
        return {ArtifactKind::MultiPlatformImage, manifest.mediaType()};

    // Step 2: a config type that is not an image config names the artifact, unless it is one of the
    // placeholders (empty, ORAS 1.0's unknown config) that say nothing.
    const QString configType = manifest.config().mediaType;
    const QString config = MediaType::essence(configType);
    const bool imageConfig = MediaType::isImageConfig(config);
    const bool placeholderConfig =
        config.isEmpty() || config == MediaType::Empty || config == MediaType::UnknownConfig;
    if (!imageConfig && !placeholderConfig)
        return byArtifactType(configType);

    // Step 3: layer types.
    if (auto byLayer = byLayers(manifest, imageConfig))
        return *byLayer;

    // ORAS generic files: a placeholder config and every layer named by a title.
    const auto& layers = manifest.layers();
    if (placeholderConfig && !layers.isEmpty() &&
        std::all_of(layers.begin(), layers.end(), [](const Descriptor& d) { return !d.title().isEmpty(); }))
        return {ArtifactKind::Files, configType};

    // Step 3b: cosign's tag scheme names what its layers may not.
    if (isCosignTag(tagHint)) {
        if (tagHint.endsWith(QLatin1String(".sig")))
            return {ArtifactKind::CosignSignature, configType};
        if (tagHint.endsWith(QLatin1String(".att")))
            return {ArtifactKind::CosignAttestation, configType};
        return {ArtifactKind::CosignSbom, configType};
    }

    // Step 4. A placeholder config with nothing else to go on is not runnable: say we do not know.
    if (placeholderConfig)
        return {ArtifactKind::Unknown, configType.isEmpty() ? manifest.mediaType() : configType};
    return {ArtifactKind::Image, configType};
}

bool ArtifactClassifier::isSignatureOrAttestation(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::CosignSignature:
    case ArtifactKind::CosignAttestation:
    case ArtifactKind::SigstoreBundle:
    case ArtifactKind::NotationSignature:
    case ArtifactKind::InTotoAttestation:
    case ArtifactKind::BuildKitAttestation:
        return true;
    default:
        return false;
    }
}

bool ArtifactClassifier::isSbom(ArtifactKind kind)
{
    return kind == ArtifactKind::CosignSbom || kind == ArtifactKind::SpdxSbom ||
           kind == ArtifactKind::CycloneDxSbom;
}

bool ArtifactClassifier::mayBeOpaBundle(const Manifest& manifest)
{
    if (manifest.isIndex() || isMeaningfulType(manifest.artifactType()))
        return false;
    const Descriptor& config = manifest.config();
    return MediaType::essence(config.mediaType) == MediaType::OciConfig && config.size == 2 &&
           config.digest == Descriptor::empty().digest && manifest.layers().size() == 1 &&
           MediaType::essence(manifest.layers().first().mediaType) == MediaType::OciLayerTarGzip;
}

} // namespace lading::oci
