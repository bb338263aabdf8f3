#pragma once

#include "core/inspect/sbompackage.h"
#include "core/oci/digest.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lading::test {

inline constexpr QLatin1StringView kSpdxPredicateType{"https://spdx.dev/Document"};
inline constexpr QLatin1StringView kCycloneDxPredicateType{"https://cyclonedx.org/bom"};
inline constexpr QLatin1StringView kSlsaPredicateType{"https://slsa.dev/provenance/v0.2"};

// `count` packages with known, varied fields: names "<prefix>-00000"…, versions, purl types (npm, deb, pypi,
// golang, maven, and no purl: type "library"), licences (one, two, an expression, a LicenseRef, none) and
// suppliers (some none). What SPDX and CycloneDX documents written by the functions below read back as.
QList<inspect::SbomPackage> generatedPackages(int count, const QString& prefix = QStringLiteral("pkg"));

// An SPDX JSON document ("SPDX-2.3" or "SPDX-2.2") of the packages: licenseConcluded / licenseDeclared,
// "NOASSERTION" where there is none, suppliers as "Organization: X" or "Person: Y (y@example.com)",
// purls as externalRefs, primaryPackagePurpose LIBRARY for packages without a purl. Written by hand, fast
// for 50,000 packages.
QByteArray spdxJson(const QList<inspect::SbomPackage>& packages,
                    const QString& name = QStringLiteral("test-sbom"),
                    const QString& spdxVersion = QStringLiteral("SPDX-2.3"));
// A CycloneDX JSON document ("1.4", "1.5", "1.6") of the packages: licences as ids, names and expressions,
// suppliers as supplier.name or publisher, tools in the form of that version. nestDepth > 1 nests each run
// of nestDepth packages as a chain (each the child of the one before), which flattens back to the same order.
QByteArray cycloneDxJson(const QList<inspect::SbomPackage>& packages,
                         const QString& specVersion = QStringLiteral("1.5"), int nestDepth = 1,
                         const QString& name = QStringLiteral("test-app"));

// An in-toto v0.1 statement about `subject` with this predicate (raw JSON spliced in).
QByteArray inTotoStatement(const QByteArray& predicateJson, const QString& predicateType,
                           const oci::Digest& subject);
// A DSSE envelope around `payload` with one dummy signature (nobody verifies it here).
QByteArray dsseEnvelope(const QByteArray& payload,
                        const QString& payloadType = QStringLiteral("application/vnd.in-toto+json"));

// A store seeded with an SBOM of every kind Lading finds, and what each should read back as.
struct SbomGallery
{
    oci::Digest image;             // an image with all of the following attached:
    oci::Digest spdxReferrer;      // an SPDX 2.3 referrer (artifactType application/spdx+json)
    oci::Digest cycloneDxReferrer; // a CycloneDX 1.6 referrer with nested components
    oci::Digest inTotoReferrer;    // an in-toto referrer: a CycloneDX 1.4 predicate, no predicate annotation
    oci::Digest cosignSbom;        // the cosign "sha256-<hex>.sbom" tag: SPDX 2.2 as text/spdx+json
    oci::Digest cosignAtt;         // the cosign ".att" tag: SLSA provenance and an SPDX DSSE attestation
    QList<inspect::SbomPackage> spdxPackages, cycloneDxPackages, inTotoPackages, cosignSbomPackages,
        cosignAttPackages;

    oci::Digest index; // a two-platform index with BuildKit attestation manifests (SPDX + provenance each)
    oci::Digest amd64, arm64;
    QList<inspect::SbomPackage> amd64Packages, arm64Packages;
};

// Pushes the gallery into `store` (blocking; a worker thread for a registry): the image under tag "image",
// the index under "multi". `packages` per SBOM.
Result<SbomGallery> seedSbomGallery(store::Store& store, int packages = 12);

} // namespace lading::test
