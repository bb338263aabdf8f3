#pragma once

#include <QString>
#include <QStringList>

namespace lading::inspect {

// One package (SPDX) or component (CycloneDX) of an SBOM, in the few fields people compare across formats.
// Values are as the document writes them; absent or "NOASSERTION"/"NONE" values are empty.
struct SbomPackage
{
    QString name;
    QString version;
    // The purl type when there is a purl ("npm", "deb", "pypi"), else what the document calls the kind of
    // thing (CycloneDX component type "library", SPDX primaryPackagePurpose lower-cased).
    QString type;
    QString purl;
    // SPDX licenseConcluded then licenseDeclared (once when equal); CycloneDX licenses[].license.id / name or
    // expression. Expressions stay as written ("MIT OR Apache-2.0").
    QStringList licences;
    // SPDX "Organization: X" / "Person: Y" without the prefix and a trailing "(mail)"; CycloneDX
    // supplier.name, else publisher.
    QString supplier;

    friend bool operator==(const SbomPackage&, const SbomPackage&) = default;
};

} // namespace lading::inspect
