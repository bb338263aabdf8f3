#pragma once

#include <Qt>

namespace lading::ui {

// Every custom item data role of the window's models, in one place so that no two models reuse a number
// by accident and views can ask any model the same question. Each model owner keeps a block of its own
// (starting at its own offset from Qt::UserRole); add new roles at the end of your block.
namespace ItemRole {
enum : int
{
    // --- Repositories and tags (RepositoryModel, TagModel, ListFilterProxy): Qt::UserRole + 100 .. 199 ---
    NameRole = Qt::UserRole + 100, // QString: the repository or tag name as the registry spells it
    RepositoryRole,    // QString: the repository a row belongs to ("team/app"; empty for a layout)
    TagKindRole,       // int: TagModel::Kind (a real tag, a referrers fallback tag, a cosign tag)
    GroupedRole,       // bool: the row belongs to the "signature and referrer tags" group
    SubjectDigestRole, // QString: for referrer and cosign tags, the digest of the subject they point at
    IsLayoutRole,      // bool: the pseudo-repository that stands for an OCI layout
    TrustBadgeRole,    // int: inspect::TrustBadge of a real tag's manifest (ReferrersModel: of a referrer
                       // row's); -1 while checked or when the check failed; invalid: no badge for the row
                       // --- end of repositories and tags ---
                       // --- Manifest tree (ManifestTreeModel): Qt::UserRole + 300 .. 399 ---
    DescriptorDigestRole = Qt::UserRole + 300, // QString: the full digest of the node's descriptor
    DescriptorMediaTypeRole,                   // QString: the descriptor's media type
    DescriptorSizeRole,                        // qint64: the descriptor's size in bytes
    ManifestNodeKindRole,                      // int: ManifestTreeModel::NodeKind
    NodeLoadingRole,                           // bool: a placeholder row shown while children load
    NodeErrorRole,                             // QString: on an error row, why the children did not load
                                               // --- end of manifest tree ---
                   // --- Referrers graph (ReferrersModel): Qt::UserRole + 400 .. 499 ---
    ReferrerDigestRole = Qt::UserRole + 400, // QString: the referrer manifest's full digest
    ReferrerMediaTypeRole,                   // QString: the referrer manifest's media type
    ReferrerSourceRole,                      // int: store::ReferrerSource, where the edge was found
    ArtifactKindRole,                // int: oci::ArtifactKind once classified, -1 while the manifest loads
    ArtifactIconNameRole,            // QString: ArtifactClass::iconName() ("signature", "sbom", ...)
    ReferrerRowTypeRole,             // int: ReferrersModel::RowType (referrer, loading or error row)
    ReferrerLoadingRole,             // bool: a "loading" row, or a referrer whose children are loading
    ReferrerErrorRole,               // QString: an error row's message (activate the row to retry)
    ReferrerCycleRole,               // bool: the referrer is also one of its own ancestors; not expanded
                                     // --- end of referrers graph ---
                                     // --- Sources sidebar (SourcesModel): Qt::UserRole + 500 .. 599 ---
    SourceRole = Qt::UserRole + 500, // QVariant<Source>: the source a row stands for (invalid on group rows)
    SourceGroupRole,                 // int: SourcesModel::Group of the row, or of the group heading itself
    IsSourceGroupRole,               // bool: a group heading ("Registries", "Layouts", ...)
    SourceDetailRole,                // QString: the second line: capabilities, "Checking…", or the error
    SourceBadgesRole,                // QStringList: short capability labels ("TLS", "Basic", "catalog", ...)
    SourceProbeStateRole,            // int: SourcesModel::ProbeState
    SourceErrorRole,                 // QString: why the source cannot be used (unreachable, not a layout)
    SourceNeedsLoginRole,            // bool: the registry refused anonymous access or the stored credential
    SourceCapabilitiesRole, // QVariantMap: reachable, tls, auth, catalog, referrersApi (absent: unknown)
    SourceCredentialRole,   // QString: where the credential comes from; empty when anonymous
                            // --- end of sources sidebar ---
                            // --- Layer files (LayerFilesModel): Qt::UserRole + 600 .. 699 ---
    LayerFilePathRole = Qt::UserRole + 600, // QString: the entry's full path in the layer ("usr/bin/env")
    LayerFileTypeRole,                      // int: inspect::LayerEntry::Type
    LayerFileSizeRole,                      // qint64: a file's size; a folder's total of the files below it
    LayerFileModeRole,                      // int: permission bits with setuid/setgid/sticky (07777)
    LayerFileLayerRole,                     // int: the layer the entry comes from (0 = lowest), -1 unknown
    LayerFileLinkTargetRole,                // QString: a symlink's or hardlink's target
    LayerFileWhiteoutRole,                  // bool: a whiteout or an opaque folder (single-layer view)
    LayerFileUnsafeRole,                    // bool: the name climbed out of the layer's root; never extracted
    LayerFileContentDigestRole, // QString: "sha256:…" of a file's bytes when computed, else empty
                                // --- end of layer files ---
                                // --- SBOM packages (SbomPackagesModel): Qt::UserRole + 700 .. 799 ---
    SbomPackageNameRole = Qt::UserRole + 700, // QString: the package's name
    SbomPackageVersionRole,                   // QString: its version
    SbomPackageTypeRole,                      // QString: purl type or component type ("npm", "library")
    SbomPackageLicencesRole,                  // QStringList: licences / expressions as written
    SbomPackageSupplierRole,                  // QString: supplier
    SbomPackagePurlRole,                      // QString: package URL
                                              // --- end of SBOM packages ---
                         // --- Comparisons (DiffTableModel, FileDiffModel): Qt::UserRole + 800 .. 899 ---
    DiffCategoryRole = Qt::UserRole + 800, // int: ui::DiffCategory of a row (Same, Added, Removed, Changed);
                                           // Same on a folder that only holds changes
    FileDiffPathRole,                      // QString: the full path of a file change ("app/config.yaml")
    FileDiffAspectsRole,                   // int: inspect::FileChange::Aspect bits of a changed entry
                                           // --- end of comparisons ---
};
} // namespace ItemRole

} // namespace lading::ui
