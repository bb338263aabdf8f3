#pragma once

#include "core/oci/manifest.h"

#include <QString>

#include <optional>

namespace lading::oci {

// What a manifest holds, as far as its media types tell (oci-reference §4.6, §7).
enum class ArtifactKind
{
    Image,
    MultiPlatformImage,
    HelmChart,
    CosignSignature,
    CosignAttestation,
    CosignSbom,
    SigstoreBundle,
    NotationSignature,
    SpdxSbom,
    CycloneDxSbom,
    InTotoAttestation,
    Wasm,
    Sif,
    OpaBundle,
    ModelPackModel,
    Files,
    BuildKitAttestation,
    Unknown,
};

struct ArtifactClass
{
    ArtifactKind kind = ArtifactKind::Unknown;
    QString type; // the media type that decided (artifactType, config, layer or manifest type)

    // Translated name for people: "Helm chart", "Unknown (application/x-foo)".
    QString label() const;
    // A stable short id the UI maps to an icon: image, helm, signature, sbom, attestation, wasm, sif, policy,
    // model, files, unknown.
    QString iconName() const;

    friend bool operator==(const ArtifactClass&, const ArtifactClass&) = default;
};

// Classifies manifests by media types alone; it never fetches anything, so it is cheap and thread-safe.
class ArtifactClassifier final
{
public:
    // `tagHint` is the tag the manifest was found under, if any: cosign's "sha256-<hex>.sig/.att/.sbom"
    // tags name what a manifest is when its layers do not.
    //
    // A one-layer image whose config is the 2-byte "{}" with a tar+gzip layer may be an OPA bundle; only a
    // look inside the layer can tell, so it is classified as Image here and the caller may peek.
    static ArtifactClass classify(const Manifest& manifest, const QString& tagHint = {});

    // Maps one media type (artifactType, config or layer type) to a kind, if it names one.
    static std::optional<ArtifactKind> kindOfType(const QString& mediaType);

    static bool isSignatureOrAttestation(ArtifactKind kind);
    static bool isSbom(ArtifactKind kind);
    // True for the "{}"-config single tar+gzip layer image that could be an OPA bundle (see classify()).
    static bool mayBeOpaBundle(const Manifest& manifest);
};

} // namespace lading::oci
