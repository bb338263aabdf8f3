#pragma once

#include <QLatin1StringView>
#include <QString>

// Media types and annotation keys from the OCI specs and the artifact ecosystems (oci-reference §4, §7).
namespace lading::oci::MediaType {

inline constexpr QLatin1StringView OciManifest{"application/vnd.oci.image.manifest.v1+json"};
inline constexpr QLatin1StringView OciIndex{"application/vnd.oci.image.index.v1+json"};
inline constexpr QLatin1StringView DockerManifest{"application/vnd.docker.distribution.manifest.v2+json"};
inline constexpr QLatin1StringView DockerManifestList{
    "application/vnd.docker.distribution.manifest.list.v2+json"};
inline constexpr QLatin1StringView OciArtifactManifest{"application/vnd.oci.artifact.manifest.v1+json"};
inline constexpr QLatin1StringView DockerSchema1{"application/vnd.docker.distribution.manifest.v1+json"};
inline constexpr QLatin1StringView DockerSchema1Signed{
    "application/vnd.docker.distribution.manifest.v1+prettyjws"};

inline constexpr QLatin1StringView OciConfig{"application/vnd.oci.image.config.v1+json"};
inline constexpr QLatin1StringView DockerConfig{"application/vnd.docker.container.image.v1+json"};
inline constexpr QLatin1StringView Empty{"application/vnd.oci.empty.v1+json"};
inline constexpr QLatin1StringView UnknownConfig{"application/vnd.unknown.config.v1+json"};
inline constexpr QLatin1StringView UnknownArtifact{"application/vnd.unknown.artifact.v1"};

inline constexpr QLatin1StringView OciLayerTar{"application/vnd.oci.image.layer.v1.tar"};
inline constexpr QLatin1StringView OciLayerTarGzip{"application/vnd.oci.image.layer.v1.tar+gzip"};
inline constexpr QLatin1StringView OciLayerTarZstd{"application/vnd.oci.image.layer.v1.tar+zstd"};
inline constexpr QLatin1StringView DockerLayerTarGzip{"application/vnd.docker.image.rootfs.diff.tar.gzip"};
inline constexpr QLatin1StringView DockerForeignLayer{
    "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip"};
inline constexpr QLatin1StringView OciLayout{"application/vnd.oci.layout.header.v1+json"};

// Helm
inline constexpr QLatin1StringView HelmConfig{"application/vnd.cncf.helm.config.v1+json"};
inline constexpr QLatin1StringView HelmChart{"application/vnd.cncf.helm.chart.content.v1.tar+gzip"};
inline constexpr QLatin1StringView HelmChartLegacy{"application/tar+gzip"};
inline constexpr QLatin1StringView HelmProvenance{"application/vnd.cncf.helm.chart.provenance.v1.prov"};
// cosign
inline constexpr QLatin1StringView CosignSimpleSigning{"application/vnd.dev.cosign.simplesigning.v1+json"};
inline constexpr QLatin1StringView CosignArtifactSig{"application/vnd.dev.cosign.artifact.sig.v1+json"};
inline constexpr QLatin1StringView CosignArtifactSbom{"application/vnd.dev.cosign.artifact.sbom.v1+json"};
inline constexpr QLatin1StringView CosignArtifactAtt{"application/vnd.dev.cosign.artifact.att.v1+json"};
inline constexpr QLatin1StringView DsseEnvelope{"application/vnd.dsse.envelope.v1+json"};
inline constexpr QLatin1StringView InToto{"application/vnd.in-toto+json"};
// sigstore / notation
inline constexpr QLatin1StringView SigstoreBundle{"application/vnd.dev.sigstore.bundle.v0.3+json"};
inline constexpr QLatin1StringView SigstoreBundleLegacyPrefix{"application/vnd.dev.sigstore.bundle+json"};
inline constexpr QLatin1StringView NotationSignature{"application/vnd.cncf.notary.signature"};
inline constexpr QLatin1StringView Jose{"application/jose+json"};
inline constexpr QLatin1StringView Cose{"application/cose"};
// SBOMs
inline constexpr QLatin1StringView SpdxJson{"application/spdx+json"};
inline constexpr QLatin1StringView SpdxText{"text/spdx"};
inline constexpr QLatin1StringView SpdxTextJson{"text/spdx+json"};
inline constexpr QLatin1StringView CycloneDxJson{"application/vnd.cyclonedx+json"};
inline constexpr QLatin1StringView CycloneDxXml{"application/vnd.cyclonedx+xml"};
inline constexpr QLatin1StringView SyftJson{"application/vnd.syft+json"};
// WASM
inline constexpr QLatin1StringView WasmConfig{"application/vnd.wasm.config.v0+json"};
inline constexpr QLatin1StringView WasmConfigV1{"application/vnd.wasm.config.v1+json"};
inline constexpr QLatin1StringView WasmConfigSolo{"application/vnd.module.wasm.config.v1+json"};
inline constexpr QLatin1StringView WasmLayer{"application/wasm"};
inline constexpr QLatin1StringView WasmLayerLegacy{"application/vnd.wasm.content.layer.v1+wasm"};
inline constexpr QLatin1StringView WasmLayerSolo{"application/vnd.module.wasm.content.layer.v1+wasm"};
// SIF
inline constexpr QLatin1StringView SifConfig{"application/vnd.sylabs.sif.config.v1+json"};
inline constexpr QLatin1StringView SifConfigLegacy{"application/vnd.sylabs.sif.config.v1"};
inline constexpr QLatin1StringView SifLayer{"application/vnd.sylabs.sif.layer.v1.sif"};
// OPA
inline constexpr QLatin1StringView OpaConfig{"application/vnd.cncf.openpolicyagent.config.v1+json"};
inline constexpr QLatin1StringView OpaPolicyLayer{
    "application/vnd.cncf.openpolicyagent.policy.layer.v1+rego"};
inline constexpr QLatin1StringView OpaDataLayer{"application/vnd.cncf.openpolicyagent.data.layer.v1+json"};
inline constexpr QLatin1StringView OpaManifestLayer{
    "application/vnd.cncf.openpolicyagent.manifest.layer.v1+json"};
inline constexpr QLatin1StringView OpaBundleLayer{"application/vnd.cncf.openpolicyagent.layer.v1.tar+gzip"};
// ModelPack
inline constexpr QLatin1StringView ModelConfig{"application/vnd.cncf.model.config.v1+json"};
inline constexpr QLatin1StringView ModelManifest{"application/vnd.cncf.model.manifest.v1+json"};

// The Accept header for manifest GET/HEAD: every type we parse (oci-reference §8.3).
QString manifestAcceptHeader();
bool isManifest(const QString& mediaType); // an image manifest (OCI or Docker)
bool isIndex(const QString& mediaType);    // an index or manifest list
inline bool isManifestOrIndex(const QString& t)
{
    return isManifest(t) || isIndex(t);
}
bool isImageConfig(const QString& mediaType);
// Strips parameters ("; charset=utf-8") and lower-cases.
QString essence(const QString& contentType);

} // namespace lading::oci::MediaType

namespace lading::oci::Annotation {
inline constexpr QLatin1StringView Title{"org.opencontainers.image.title"};
inline constexpr QLatin1StringView Created{"org.opencontainers.image.created"};
inline constexpr QLatin1StringView RefName{"org.opencontainers.image.ref.name"};
inline constexpr QLatin1StringView Description{"org.opencontainers.image.description"};
inline constexpr QLatin1StringView Version{"org.opencontainers.image.version"};
inline constexpr QLatin1StringView OrasContentDigest{"io.deis.oras.content.digest"};
inline constexpr QLatin1StringView OrasUnpack{"io.deis.oras.content.unpack"};
inline constexpr QLatin1StringView ContainerdImageName{"io.containerd.image.name"};
inline constexpr QLatin1StringView DockerReferenceType{"vnd.docker.reference.type"};
inline constexpr QLatin1StringView DockerReferenceDigest{"vnd.docker.reference.digest"};
inline constexpr QLatin1StringView InTotoPredicateType{"in-toto.io/predicate-type"};
// cosign writes the predicate type of each DSSE layer of a ".att" manifest here; sigstore bundles on the
// manifest.
inline constexpr QLatin1StringView CosignPredicateType{"predicateType"};
inline constexpr QLatin1StringView SigstoreBundlePredicateType{"dev.sigstore.bundle.predicateType"};
inline constexpr QLatin1StringView CosignSignature{"dev.cosignproject.cosign/signature"};
inline constexpr QLatin1StringView ModelFilepath{"org.cncf.model.filepath"};
} // namespace lading::oci::Annotation
