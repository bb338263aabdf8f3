#pragma once

#include "core/inspect/jsondiff.h"
#include "core/inspect/sbompackage.h"

#include <QList>
#include <QString>

namespace lading::inspect {

// One package whose presence or version differs between two SBOMs.
struct PackageChange
{
    ChangeKind kind = ChangeKind::Changed; // Changed: the version changed
    QString key;                           // what packages are matched by, see PackageDiff::keyOf()
    QString name;
    QString type;
    QString leftVersion;  // empty for Added
    QString rightVersion; // empty for Removed
    QString leftPurl;
    QString rightPurl;
};

struct PackageDiffResult
{
    QList<PackageChange> changes; // sorted by key, then versions
    DiffCounts counts;
};

// Compares the packages of two SBOMs (SPDX or CycloneDX, through SbomDocument) by identity, not by row:
// a package is the same package on both sides when its purl without version, qualifiers and subpath is the
// same ("pkg:deb/debian/openssl"), or, without a purl, its type and name are. A key may appear several
// times on a side (two versions of one npm package in different node_modules): versions present on both
// sides cancel out, the rest are paired newest with newest as version changes, and what remains (older
// versions) is added or removed. Packages equal in key and version are not reported, whatever their licences
// say.
class PackageDiff final
{
public:
    static PackageDiffResult compare(const QList<SbomPackage>& left, const QList<SbomPackage>& right);

    static QString keyOf(const SbomPackage& package);
    // "pkg:deb/debian/openssl@3.0.11?arch=amd64#sub" → "pkg:deb/debian/openssl" (lower-cased type, as the
    // purl spec makes the type case-insensitive).
    static QString purlKey(const QString& purl);
};

} // namespace lading::inspect
