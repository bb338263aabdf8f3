#pragma once

#include "core/oci/digest.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace lading::inspect {

// A subject of an in-toto statement: a name and its digests by algorithm ("sha256" → hex).
struct InTotoSubject
{
    QString name;
    QMap<QString, QString> digests;
};

// An in-toto attestation statement (in-toto/attestation spec v0.1 and v1): what a DSSE envelope with payload
// type "application/vnd.in-toto+json" carries, and what BuildKit stores as plain layers of its attestation
// manifests. The predicate is kept as the parsed JSON value: it may be a 50,000-package SBOM, which readers
// take as it is rather than parsing it a second time.
struct InTotoStatement
{
    QString type;          // "_type": https://in-toto.io/Statement/v0.1 or /v1
    QString predicateType; // "https://spdx.dev/Document", "https://cyclonedx.org/bom",
                           // "https://slsa.dev/provenance/v1"…
    QList<InTotoSubject> subjects;
    QJsonValue predicate; // the "predicate" value as parsed; Undefined when absent

    // The predicate as JSON text ("null" when it is neither an object nor an array).
    QByteArray predicateJson(QJsonDocument::JsonFormat format = QJsonDocument::Compact) const;

    static Result<InTotoStatement> parse(const QByteArray& json);

    // Whether one of the subjects names this digest (algorithm and hex compared exactly, hex
    // case-insensitively).
    bool hasSubject(const oci::Digest& digest) const;
};

} // namespace lading::inspect
