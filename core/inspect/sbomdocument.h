#pragma once

#include "core/inspect/sbompackage.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace lading::inspect {

enum class SbomFormat
{
    Unknown, // not known yet (a cosign .sbom layer of a type that does not say), or not an SBOM
    Spdx,
    CycloneDx,
};

// "SPDX", "CycloneDX" (proper names, not translated); empty for Unknown.
QString sbomFormatName(SbomFormat format);

// An SBOM document as far as a package table needs it. Reads SPDX 2.x JSON (2.2 and 2.3 in practice) and
// CycloneDX 1.x JSON (1.4 to 1.6 in practice; 1.2 and 1.3 have the same shape); nested CycloneDX components
// are flattened, parents before their children. Other forms of the same standards (SPDX tag-value or
// RDF, SPDX 3 JSON-LD, CycloneDX XML) are recognised and refused with a message that names them.
struct SbomDocument
{
    SbomFormat format = SbomFormat::Unknown;
    QString specVersion;  // "2.3", "1.5"
    QString name;         // SPDX name; CycloneDX metadata.component.name
    QString created;      // SPDX creationInfo.created; CycloneDX metadata.timestamp
    QStringList creators; // SPDX creationInfo.creators as written; CycloneDX tools and authors
    QList<SbomPackage> packages;

    // "SPDX 2.3", "CycloneDX 1.5".
    QString formatLabel() const;

    static Result<SbomDocument> parse(const QByteArray& bytes);
    // A document already parsed as JSON (an in-toto predicate).
    static Result<SbomDocument> fromJson(const QJsonObject& object);
};

} // namespace lading::inspect
