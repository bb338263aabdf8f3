#pragma once

#include "core/inspect/sbomdocument.h"
#include "core/oci/descriptor.h"
#include "core/oci/manifest.h"
#include "core/oci/platform.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace lading::inspect {

// One place an SBOM of a manifest lives: which manifest, which of its layers, and how the document is
// wrapped in that layer.
struct SbomSource
{
    enum class Kind
    {
        Artifact,            // the manifest itself is the SBOM (or attestation) the user selected
        Referrer,            // an SBOM artifact whose subject is the manifest (referrers API or fallback tag)
        CosignSbomTag,       // cosign's "sha256-<hex>.sbom" tag
        Attestation,         // an in-toto attestation with an SBOM predicate (cosign .att, a referrer)
        BuildKitAttestation, // a layer of a BuildKit attestation manifest in the image's index
    };
    // How the document sits in the layer.
    enum class Wrapping
    {
        None,           // the SBOM document itself
        Dsse,           // a DSSE envelope around an in-toto statement whose predicate is the SBOM
        InToto,         // an in-toto statement whose predicate is the SBOM
        SigstoreBundle, // a sigstore bundle whose dsseEnvelope is as Dsse
    };

    Kind kind = Kind::Referrer;
    QString
        where; // for people: "referrer sha256:…", "cosign .sbom tag", "BuildKit attestation for linux/amd64"
    SbomFormat format = SbomFormat::Unknown; // as far as media or predicate types tell before loading
    oci::Descriptor manifest;                // the manifest holding the layer
    oci::Descriptor layer;                   // the blob holding the document, envelope or statement
    Wrapping wrapping = Wrapping::None;
    QString predicateType;                 // attestations: the in-toto predicate type, when known
    std::optional<oci::Platform> platform; // BuildKit: the platform whose SBOM this is
};

// Finds the SBOMs of a manifest wherever the ecosystem puts them, and reads one. Stateless; all calls block
// on the store (run them on a worker thread).
class SbomLocator final
{
public:
    // Documents bigger than this are refused rather than read into memory.
    static constexpr qint64 kMaxSbomSize = qint64(256) * 1024 * 1024;

    // Every SBOM of `manifest`: if the manifest is itself an SBOM artifact or an attestation with an SBOM
    // predicate, its own layers; otherwise its referrers (SBOM artifacts, in-toto attestations), the cosign
    // ".sbom" and ".att" tags and, for an index, the BuildKit attestation manifest of each platform.
    // `tagHint` is the tag the manifest was opened by (cosign tags say what a manifest is).
    static Result<QList<SbomSource>> locate(store::Store& store, const oci::Manifest& manifest,
                                            const QString& tagHint = {});
    // The same for a tag or digest of the store.
    static Result<QList<SbomSource>> locate(store::Store& store, const QString& reference);

    // Fetches the source's layer, unwraps the envelope or statement, and parses the document.
    static Result<SbomDocument> load(store::Store& store, const SbomSource& source);

    // "https://spdx.dev/Document" and "https://cyclonedx.org/bom", with or without a version suffix.
    static SbomFormat formatOfPredicateType(const QString& predicateType);
    // SPDX and CycloneDX media types (JSON or not); Unknown for anything else.
    static SbomFormat formatOfMediaType(const QString& mediaType);
};

} // namespace lading::inspect
