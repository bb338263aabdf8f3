#pragma once

#include "core/inspect/filesystemdiff.h"
#include "core/inspect/jsondiff.h"
#include "core/inspect/packagediff.h"
#include "core/inspect/signatureverifier.h"
#include "core/oci/artifactclassifier.h"
#include "core/oci/descriptor.h"
#include "core/oci/platform.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lading::inspect {

// On which sides of a comparison something exists.
enum class Presence
{
    Both,
    OnlyLeft,
    OnlyRight,
};

// Counts of a section whose entries are matched rather than changed: layers, platforms, referrers.
struct PresenceCounts
{
    int both = 0;
    int onlyLeft = 0;
    int onlyRight = 0;

    void add(Presence presence);
    int total() const { return both + onlyLeft + onlyRight; }
    friend bool operator==(const PresenceCounts&, const PresenceCounts&) = default;
};

// One manifest-level annotation that differs (index or manifest "annotations").
struct AnnotationChange
{
    ChangeKind kind = ChangeKind::Changed;
    QString key;
    QString left;  // empty for Added
    QString right; // empty for Removed
};

// A layer of either side, aligned by digest. A layer present on both sides may sit at different positions
// (one was inserted below it); layers with equal digests at the same position on both sides and all
// positions below also equal form the shared prefix, which the files diff skips.
struct LayerPair
{
    Presence presence = Presence::Both;
    oci::Descriptor left;  // invalid for OnlyRight
    oci::Descriptor right; // invalid for OnlyLeft
    int leftPosition = -1; // 0 = lowest layer; -1 when absent on that side
    int rightPosition = -1;

    // The side that exists (left when both): digest, size and media type are equal on both sides anyway.
    const oci::Descriptor& descriptor() const { return presence == Presence::OnlyRight ? right : left; }
};

// The SBOMs of both sides compared package by package (see PackageDiff).
struct SbomDiff
{
    SectionState state;
    QString leftSource; // where the left SBOM came from, for people: "referrer sha256:… (SPDX 2.3)"
    QString rightSource;
    QList<PackageChange> changes; // sorted by key, then versions
    DiffCounts counts;
};

// The verification status of the signatures on one side, as SignatureVerifier reports it.
struct SideVerification
{
    bool checked = false; // false when verification was off or the side has no signature referrers
    TrustBadge badge = TrustBadge::Unsigned;
    QList<SignatureReport> reports;
};

// A referrer of the compared manifest on one or both sides. Referrers are matched first by digest (the same
// signature copied along), then by kind and artifact type (each side's SBOM, each side's signature), in
// creation order; what is left is only on one side.
struct ReferrerPair
{
    Presence presence = Presence::Both;
    oci::ArtifactClass artifactClass; // of the left referrer, else the right one
    QString artifactType;
    std::optional<store::Referrer> left;
    std::optional<store::Referrer> right;
    bool sameDigest = false;
    // Signatures and attestations, when verification was asked for: the badge of this referrer's reports.
    std::optional<TrustBadge> leftBadge;
    std::optional<TrustBadge> rightBadge;
    QString leftStatus; // the first report's statusMessage, for a tooltip
    QString rightStatus;
};

struct ReferrersDiff
{
    SectionState state;
    QList<ReferrerPair> pairs; // by kind, then artifact type, then presence (both, left, right)
    PresenceCounts counts;
    int differentDigests = 0; // pairs on both sides whose digests differ
    SideVerification leftVerification;
    SideVerification rightVerification;

    bool hasDifferences() const;
};

struct ArtifactComparison;

// One platform of a multi-platform index (or the single platform of a plain image compared with an index).
struct PlatformPair
{
    // "linux/arm64/v8" ("unknown" without a platform; "…#2" for a second entry of one platform); BuildKit's
    // attestation manifests (platform unknown/unknown) by the platform they describe:
    // "attestation:linux/amd64".
    QString key;
    oci::Platform platform;
    bool attestation = false;
    Presence presence = Presence::Both;
    oci::Descriptor left;
    oci::Descriptor right;
    // Both sides: the comparison of the two platform manifests (shared, immutable: cheap to copy).
    std::shared_ptr<const ArtifactComparison> diff;
};

// Everything that differs between two artifacts. A value: safe to hand from a worker thread to the GUI.
struct ArtifactComparison
{
    QString leftName; // the store and reference, for people: "localhost:5000/app:v1"
    QString rightName;
    oci::Descriptor left; // the compared manifests (the chosen platform's when --platform was given)
    oci::Descriptor right;
    oci::ArtifactClass leftClass;
    oci::ArtifactClass rightClass;
    QByteArray leftManifest; // exact bytes, for the side-by-side JSON view
    QByteArray rightManifest;
    JsonDiffResult manifest;

    SectionState configState;
    oci::Descriptor leftConfig;
    oci::Descriptor rightConfig;
    QByteArray leftConfigBytes; // empty when not compared
    QByteArray rightConfigBytes;
    JsonDiffResult config;

    QList<AnnotationChange> annotations; // sorted by key
    DiffCounts annotationCounts;

    QList<LayerPair> layers; // aligned order (see JsonDiff::alignByKey)
    PresenceCounts layerCounts;

    QList<PlatformPair> platforms; // sorted by key
    PresenceCounts platformCounts;

    ReferrersDiff referrers;
    FilesDiff files;
    SbomDiff sbom;

    bool sameDigest() const { return left.digest == right.digest; }
    // Anything a person would call a difference: another manifest, or referrers that differ.
    bool hasDifferences() const;
};

struct ArtifactDiffOptions
{
    // For indexes: compare only this platform's manifests (an error when a side lacks it).
    std::optional<oci::Platform> platform;
    bool files = true;
    bool referrers = true;
    bool sbom = true;
    bool verify = true; // check signatures among the referrers against `trust`
    TrustPolicy trust;
    int concurrency = 4;
};

// Compares two artifacts, from the same or different registries and layouts, section by section: manifest
// and config JSON, annotations, layers, platforms of an index, referrers with their verification status,
// and the merged filesystems (FileSystemDiff, container images only) and SBOM packages (SbomLocator's first
// document of each side, one of the same format when both have several; for a platform of an index also
// the BuildKit attestation the index holds for it). Indexes are compared platform by platform, each pair a
// nested comparison; with ArtifactDiffOptions::platform, each side's manifest of that platform is compared
// instead. Blocks on the network and the disk: call it off the GUI thread; `control` cancels and counts the
// bytes read.
//
// Memory stays small whatever the size of the images: manifests and configs are capped at 4 MiB, layers are
// streamed and only their listings are kept.
class ArtifactDiff final
{
public:
    static Result<ArtifactComparison> compare(store::Store& left, const QString& leftReference,
                                              store::Store& right, const QString& rightReference,
                                              const ArtifactDiffOptions& options = {},
                                              store::TransferControl* control = nullptr);
};

} // namespace lading::inspect
