#pragma once

#include "core/inspect/artifactdiff.h"

#include <QJsonObject>
#include <QString>

namespace lading::inspect {

// The JSON form of an ArtifactComparison, printed by `lading diff --json`. A stable schema: fields are
// only ever added, and "schemaVersion" goes up when one changes meaning. Words are fixed English
// identifiers, never translated; absent values are left out, not null.
//
// {
//   "schemaVersion": 1,
//   "identical": false,                     // no difference in any section (diff(1) exit code 0)
//   "left":  SIDE, "right": SIDE,
//   "manifest":    {"counts": COUNTS, "changes": [JSONCHANGE…]},
//   "config":      {"compared": true, "reason": "…", "left": DESCRIPTOR, "right": DESCRIPTOR,
//                   "counts": COUNTS, "changes": [JSONCHANGE…]},
//   "annotations": {"counts": COUNTS, "changes": [{"kind", "key", "left", "right"}…]},
//   "layers":      {"counts": PRESENCE, "sharedPrefix": 2,
//                   "layers": [{"presence", "digest", "size", "mediaType", "leftPosition",
//                   "rightPosition"}…]},
//   "files":       {"compared", "reason", "counts": COUNTS, "sharedPrefixLayers", "prefixListed",
//   "layersRead",
//                   "changes": [{"kind", "path", "aspects": ["type","size","mode","content","linkTarget",
//                                "owner"], "left": ENTRY, "right": ENTRY}…]},
//   "sbom":        {"compared", "reason", "leftSource", "rightSource", "counts": COUNTS,
//                   "changes": [{"kind", "key", "name", "type", "leftVersion", "rightVersion",
//                                "leftPurl", "rightPurl"}…]},
//   "referrers":   {"compared", "reason", "counts": PRESENCE, "differentDigests",
//                   "verification": {"left": BADGE, "right": BADGE},   // only for a side that has signatures
//                   "referrers": [{"presence", "kind", "artifactType", "sameDigest",
//                                  "left": REFERRER, "right": REFERRER}…]},
//   "platforms":   {"counts": PRESENCE, "platforms": [{"platform": "linux/amd64", "attestation": false,
//                   "presence", "left": DESCRIPTOR, "right": DESCRIPTOR, "diff": {…this object again,
//                   without schemaVersion…}}…]}
// }
// SIDE       {"name", "digest", "mediaType", "size", "artifactType", "kind"}
// DESCRIPTOR {"digest", "mediaType", "size"}
// COUNTS     {"added", "removed", "changed"}       PRESENCE {"both", "onlyLeft", "onlyRight"}
// JSONCHANGE {"kind": "added"|"removed"|"changed", "path": RFC 6901 pointer, "rightPath", "left", "right"}
// ENTRY      {"type": "file"|"directory"|"symlink"|"hardlink"|"char-device"|"block-device"|"fifo",
//             "size", "mode": "0644", "uid", "gid", "digest", "linkTarget", "layer"}
// REFERRER   {"digest", "mediaType", "size", "created", "source", "verification": BADGE, "status"}
// BADGE      "verified" | "signed-not-verified" | "invalid" | "unsigned" (SignatureReportJson::badgeKeyword)
// kind       ArtifactKind as kebab-case: "image", "multi-platform-image", "helm-chart", "cosign-signature",
//            "cosign-attestation", "cosign-sbom", "sigstore-bundle", "notation-signature", "spdx-sbom",
//            "cyclonedx-sbom", "in-toto-attestation", "wasm", "sif", "opa-bundle", "modelpack-model",
//            "files", "buildkit-attestation", "unknown"
// presence   "both" | "left" | "right"
class ArtifactDiffJson final
{
public:
    static constexpr int kSchemaVersion = 1;

    static QJsonObject toJson(const ArtifactComparison& comparison);

    static QString kindName(ChangeKind kind);
    static QString presenceName(Presence presence);
    static QString artifactKindName(oci::ArtifactKind kind);
    static QString entryTypeName(LayerEntry::Type type);
    static QStringList aspectNames(int aspects);
};

} // namespace lading::inspect
